#include "cli/json_writer.h"

#include <cmath>
#include <cstdio>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"

namespace chronicle::cli {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

void AppendDouble(double v, std::string* out) {
  if (std::isnan(v)) {
    out->append("\"NaN\"");
  } else if (std::isinf(v)) {
    out->append(v > 0 ? "\"Infinity\"" : "\"-Infinity\"");
  } else {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    out->append(buffer);
  }
}

void AppendEnum(const FieldDescriptor& field, int number, std::string* out) {
  const google::protobuf::EnumValueDescriptor* value = field.enum_type()->FindValueByNumber(number);
  if (value == nullptr) {
    absl::StrAppend(out, number);
  } else {
    AppendJsonString(value->name(), out);
  }
}

// One value of `field` (element `index` when it is repeated, else -1).
void AppendValue(const Message& m, const Reflection& r, const FieldDescriptor& field, int index,
                 std::string* out) {
  const bool repeated = index >= 0;
  switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
      absl::StrAppend(out, repeated ? r.GetRepeatedInt32(m, &field, index) : r.GetInt32(m, &field));
      break;
    case FieldDescriptor::CPPTYPE_UINT32:
      absl::StrAppend(out, repeated ? r.GetRepeatedUInt32(m, &field, index) : r.GetUInt32(m, &field));
      break;
    case FieldDescriptor::CPPTYPE_INT64:
      absl::StrAppend(out, "\"", repeated ? r.GetRepeatedInt64(m, &field, index) : r.GetInt64(m, &field), "\"");
      break;
    case FieldDescriptor::CPPTYPE_UINT64:
      absl::StrAppend(out, "\"", repeated ? r.GetRepeatedUInt64(m, &field, index) : r.GetUInt64(m, &field), "\"");
      break;
    case FieldDescriptor::CPPTYPE_DOUBLE:
      AppendDouble(repeated ? r.GetRepeatedDouble(m, &field, index) : r.GetDouble(m, &field), out);
      break;
    case FieldDescriptor::CPPTYPE_FLOAT:
      AppendDouble(repeated ? r.GetRepeatedFloat(m, &field, index) : r.GetFloat(m, &field), out);
      break;
    case FieldDescriptor::CPPTYPE_BOOL:
      out->append((repeated ? r.GetRepeatedBool(m, &field, index) : r.GetBool(m, &field)) ? "true" : "false");
      break;
    case FieldDescriptor::CPPTYPE_ENUM:
      AppendEnum(field, repeated ? r.GetRepeatedEnumValue(m, &field, index) : r.GetEnumValue(m, &field), out);
      break;
    case FieldDescriptor::CPPTYPE_STRING: {
      std::string scratch;
      const std::string& s =
          repeated ? r.GetRepeatedStringReference(m, &field, index, &scratch) : r.GetStringReference(m, &field, &scratch);
      if (field.type() == FieldDescriptor::TYPE_BYTES) {
        absl::StrAppend(out, "\"", absl::Base64Escape(s), "\"");
      } else {
        AppendJsonString(s, out);
      }
      break;
    }
    case FieldDescriptor::CPPTYPE_MESSAGE:
      AppendJson(repeated ? r.GetRepeatedMessage(m, &field, index) : r.GetMessage(m, &field), out);
      break;
  }
}

// A map field: a JSON object keyed by the entries' keys, as strings.
void AppendMap(const Message& m, const Reflection& r, const FieldDescriptor& field, std::string* out) {
  out->push_back('{');
  const FieldDescriptor* key = field.message_type()->map_key();
  const FieldDescriptor* value = field.message_type()->map_value();
  const int n = r.FieldSize(m, &field);
  for (int i = 0; i < n; ++i) {
    const Message& entry = r.GetRepeatedMessage(m, &field, i);
    const Reflection& er = *entry.GetReflection();
    if (i > 0) out->push_back(',');
    if (key->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
      AppendValue(entry, er, *key, -1, out);
    } else {
      std::string k;
      AppendValue(entry, er, *key, -1, &k);
      if (k.front() != '"') k = absl::StrCat("\"", k, "\"");
      out->append(k);
    }
    out->push_back(':');
    AppendValue(entry, er, *value, -1, out);
  }
  out->push_back('}');
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  AppendJsonEscaped(s, out);
  out->push_back('"');
}

void AppendJsonEscaped(std::string_view s, std::string* out) {
  const size_t old = out->size();
  out->resize(old + MaxJsonEscaped(s.size()));
  char* end = WriteJsonEscaped(s, out->data() + old);
  out->resize(end - out->data());
}

namespace {

// Bytes written as they are: all but controls, DEL, quote and backslash.
struct PlainBytes {
  bool plain[256];
  constexpr PlainBytes() : plain() {
    for (int c = 0; c < 256; ++c) plain[c] = c >= 0x20 && c != 0x7f && c != '"' && c != '\\';
  }
};
constexpr PlainBytes kPlain;

}  // namespace

char* WriteJsonEscaped(std::string_view s, char* p) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (const char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (kPlain.plain[u]) {
      *p++ = c;
      continue;
    }
    *p++ = '\\';
    switch (c) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\n': *p++ = 'n'; break;
      case '\r': *p++ = 'r'; break;
      case '\t': *p++ = 't'; break;
      case '\b': *p++ = 'b'; break;
      case '\f': *p++ = 'f'; break;
      default:  // other control characters: \u00XX, lower-case hex
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = kHex[u >> 4];
        *p++ = kHex[u & 15];
    }
  }
  return p;
}

void AppendJson(const Message& message, std::string* out) {
  const google::protobuf::Descriptor& d = *message.GetDescriptor();
  const Reflection& r = *message.GetReflection();
  out->push_back('{');
  bool first = true;
  for (int i = 0; i < d.field_count(); ++i) {
    const FieldDescriptor& field = *d.field(i);
    const bool is_message = field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE;
    if (!field.is_repeated() && (is_message || field.real_containing_oneof() != nullptr || field.has_optional_keyword()) &&
        !r.HasField(message, &field)) {
      continue;  // unset messages, oneof members and explicit-presence fields stay out
    }
    if (!first) out->push_back(',');
    first = false;
    AppendJsonString(field.json_name(), out);
    out->push_back(':');
    if (field.is_map()) {
      AppendMap(message, r, field, out);
    } else if (field.is_repeated()) {
      out->push_back('[');
      const int n = r.FieldSize(message, &field);
      for (int k = 0; k < n; ++k) {
        if (k > 0) out->push_back(',');
        AppendValue(message, r, field, k, out);
      }
      out->push_back(']');
    } else {
      AppendValue(message, r, field, -1, out);
    }
  }
  out->push_back('}');
}

}  // namespace chronicle::cli
