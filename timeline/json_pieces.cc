// See json_pieces.h: protobuf's JSON, one repeated element at a time.

#include "timeline/json_pieces.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "google/protobuf/descriptor.h"
#include "google/protobuf/field_mask.pb.h"
#include "google/protobuf/util/field_mask_util.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"

namespace chronicle {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::util::JsonPrintOptions;

std::string Print(const Message& message, const JsonPrintOptions& options) {
  std::string json;
  // Cannot fail for the messages of timeline.proto: they hold no Any.
  google::protobuf::util::MessageToJsonString(message, &json, options);
  return json;
}

// Appends `text`, with `indent` spaces after each of its newlines.
void AppendIndented(std::string_view text, size_t indent, std::string* out) {
  if (indent == 0) {
    out->append(text.data(), text.size());
    return;
  }
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos) {
      out->append(text.data() + pos, text.size() - pos);
      return;
    }
    out->append(text.data() + pos, newline + 1 - pos);
    out->append(indent, ' ');
    pos = newline + 1;
  }
}

std::string_view WithoutFinalNewline(std::string_view json) {
  if (!json.empty() && json.back() == '\n') json.remove_suffix(1);
  return json;
}

// The repeated message fields of `message` that hold elements: those that
// are printed one element at a time when the message is large.
std::vector<const FieldDescriptor*> SplitFields(const Message& message) {
  std::vector<const FieldDescriptor*> set;
  message.GetReflection()->ListFields(message, &set);
  std::vector<const FieldDescriptor*> split;
  for (const FieldDescriptor* f : set) {
    if (f->is_repeated() && !f->is_map() && f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) split.push_back(f);
  }
  return split;
}

// The resolver MessageToJsonString uses for generated messages, made once.
google::protobuf::util::TypeResolver* GeneratedTypes() {
  static google::protobuf::util::TypeResolver* const resolver =
      google::protobuf::util::NewTypeResolverForDescriptorPool("type.googleapis.com",
                                                              google::protobuf::DescriptorPool::generated_pool());
  return resolver;
}

void AppendVarint(uint64_t value, std::string* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>(value | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

void AppendAt(const Message& message, const JsonPrintOptions& options, size_t split_bytes, size_t indent,
              std::string* out);

// The lines of the elements of `field` of `message`, for AppendAt: between
// the "[" and the "]" of the field's array, each element on its own lines.
// Elements are printed a batch of about `split_bytes` at a time, as a message
// holding only them (the printer costs much to set up per call); an element
// larger than that is printed in pieces itself. False when the printer's
// layout is not the one this relies on.
bool AppendElements(const Message& message, const FieldDescriptor* field, const JsonPrintOptions& options,
                    size_t split_bytes, size_t indent, std::string* out) {
  const google::protobuf::Reflection* reflection = message.GetReflection();
  const std::string name = options.preserve_proto_field_names ? field->name() : field->json_name();
  const std::string open = "\n \"" + name + "\": [\n";
  const std::string type_url = "type.googleapis.com/" + message.GetDescriptor()->full_name();
  const uint32_t tag = static_cast<uint32_t>(field->number()) << 3 | 2;  // length-delimited
  const int n = reflection->FieldSize(message, field);
  bool first = true;
  // The wire form of a message holding only the batch's elements, which is
  // what MessageToJsonString would print from, without copying them first.
  std::string batch;
  // Prints the batch and appends its elements' lines.
  auto flush = [&]() -> bool {
    if (batch.empty()) return true;
    std::string json;
    google::protobuf::util::BinaryToJsonString(GeneratedTypes(), type_url, batch, &json, options);
    batch.clear();
    const size_t begin = json.find(open);
    if (begin == std::string::npos) return false;
    const size_t body = begin + open.size();
    // The array's "]" is the first line of one space and "]" after it.
    const size_t end = json.find("\n ]", body);
    if (end == std::string::npos) return false;
    out->append(first ? "\n" : ",\n");
    out->append(indent, ' ');
    AppendIndented(std::string_view(json).substr(body, end - body), indent, out);
    first = false;
    return true;
  };
  for (int i = 0; i < n; ++i) {
    const Message& element = reflection->GetRepeatedMessage(message, field, i);
    const size_t bytes = element.ByteSizeLong();
    if (bytes > split_bytes) {
      if (!flush()) return false;
      out->append(first ? "\n" : ",\n");
      out->append(indent + 2, ' ');
      AppendAt(element, options, split_bytes, indent + 2, out);
      first = false;
      continue;
    }
    AppendVarint(tag, &batch);
    AppendVarint(bytes, &batch);
    element.AppendPartialToString(&batch);
    if (batch.size() >= split_bytes && !flush()) return false;
  }
  return flush();
}

// Appends the JSON of `message` without its final newline, every line after
// the first indented by `indent` more spaces (its place in an enclosing array).
void AppendAt(const Message& message, const JsonPrintOptions& options, size_t split_bytes, size_t indent,
              std::string* out) {
  const size_t start = out->size();
  std::vector<const FieldDescriptor*> split;
  if (message.ByteSizeLong() > split_bytes) split = SplitFields(message);
  if (split.empty()) {
    AppendIndented(WithoutFinalNewline(Print(message, options)), indent, out);
    return;
  }
  // The message without the split fields: the other set fields, copied by
  // name so that no unset submessage gets created (it would print as {}).
  google::protobuf::FieldMask mask;
  std::vector<const FieldDescriptor*> set;
  message.GetReflection()->ListFields(message, &set);
  for (const FieldDescriptor* f : set) {
    if (std::find(split.begin(), split.end(), f) == split.end()) mask.add_paths(f->name());
  }
  std::unique_ptr<Message> shell(message.New());
  google::protobuf::util::FieldMaskUtil::MergeMessageTo(message, mask, {}, shell.get());
  const std::string shell_json = Print(*shell, options);

  // Each split field is an empty array in the shell, as a top-level key: on
  // a line of its own after one space (deeper keys have more spaces, and
  // strings hold no raw newline).
  std::vector<std::pair<size_t, const FieldDescriptor*>> marks;
  for (const FieldDescriptor* f : split) {
    const std::string mark =
        "\n \"" + (options.preserve_proto_field_names ? f->name() : f->json_name()) + "\": []";
    const size_t at = shell_json.find(mark);
    if (at == std::string::npos) {  // not the layout this relies on: print it whole
      AppendIndented(WithoutFinalNewline(Print(message, options)), indent, out);
      return;
    }
    marks.emplace_back(at + mark.size() - 2, f);  // at the "[]"
  }
  std::sort(marks.begin(), marks.end());

  const std::string_view shell_text = WithoutFinalNewline(shell_json);
  size_t pos = 0;
  for (const auto& [at, field] : marks) {
    AppendIndented(shell_text.substr(pos, at - pos), indent, out);
    out->push_back('[');
    if (!AppendElements(message, field, options, split_bytes, indent, out)) {
      // Not the layout this relies on: start again with the whole message.
      out->resize(start);
      AppendIndented(WithoutFinalNewline(Print(message, options)), indent, out);
      return;
    }
    out->push_back('\n');
    out->append(indent + 1, ' ');
    out->push_back(']');
    pos = at + 2;
  }
  AppendIndented(shell_text.substr(pos), indent, out);
}

}  // namespace

void AppendJsonInPieces(const Message& message, const JsonPrintOptions& options, size_t split_bytes,
                        std::string* out) {
  if (!options.add_whitespace || !options.always_print_primitive_fields) {
    out->append(Print(message, options));
    return;
  }
  AppendAt(message, options, split_bytes, 0, out);
  // The printer ends its whitespace form with a newline.
  out->push_back('\n');
}

}  // namespace chronicle
