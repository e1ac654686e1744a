#include "timeline/json_printer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "google/protobuf/descriptor.h"
#include "google/protobuf/stubs/strutil.h"

namespace chronicle {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

constexpr char kHex[] = "0123456789abcdef";

void AppendUnicodeEscape(uint32_t unit, std::string* out) {
  const char escape[6] = {'\\', 'u', kHex[(unit >> 12) & 15], kHex[(unit >> 8) & 15], kHex[(unit >> 4) & 15],
                          kHex[unit & 15]};
  out->append(escape, sizeof escape);
}

// The ASCII bytes protobuf escapes: controls and DEL as \u00XX (or the
// short forms below), the quote and backslash, and "<" and ">" for HTML.
struct AsciiEscapes {
  bool escaped[128];
  constexpr AsciiEscapes() : escaped() {
    for (int c = 0; c < 128; ++c) escaped[c] = c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c == '<' || c == '>';
  }
};
constexpr AsciiEscapes kAscii;

void AppendAsciiEscape(char c, std::string* out) {
  switch (c) {
    case '"': out->append("\\\""); return;
    case '\\': out->append("\\\\"); return;
    case '\b': out->append("\\b"); return;
    case '\t': out->append("\\t"); return;
    case '\n': out->append("\\n"); return;
    case '\f': out->append("\\f"); return;
    case '\r': out->append("\\r"); return;
    default: AppendUnicodeEscape(static_cast<unsigned char>(c), out);
  }
}

// The code points from U+0080 up that protobuf escapes: the C1 controls,
// and format characters a reader would not see (soft hyphen, zero-width
// marks, line and paragraph separators, byte order mark...).
bool EscapedAboveAscii(uint32_t cp) {
  return cp <= 0x9f || cp == 0xad || (cp >= 0x600 && cp <= 0x603) || cp == 0x6dd || cp == 0x70f || cp == 0x17b4 ||
         cp == 0x17b5 || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) ||
         (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206a && cp <= 0x206f) || cp == 0xfeff ||
         (cp >= 0xfff9 && cp <= 0xfffb) || (cp >= 0x1d173 && cp <= 0x1d17a) || cp == 0xe0001 ||
         (cp >= 0xe0020 && cp <= 0xe007f);
}

// The code point of the well-formed UTF-8 sequence at the start of `s`
// (of two to four bytes) and its length, or a length of 0.
uint32_t DecodeMultibyte(std::string_view s, size_t* length) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const auto continuation = [&](size_t i) { return i < s.size() && (byte(i) & 0xC0) == 0x80; };
  const unsigned char lead = byte(0);
  *length = 0;
  if (lead >= 0xC2 && lead <= 0xDF && continuation(1)) {
    *length = 2;
    return (lead & 0x1Fu) << 6 | (byte(1) & 0x3Fu);
  }
  if (lead >= 0xE0 && lead <= 0xEF && continuation(1) && continuation(2)) {
    const uint32_t cp = (lead & 0x0Fu) << 12 | (byte(1) & 0x3Fu) << 6 | (byte(2) & 0x3Fu);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;  // overlong, or a surrogate
    *length = 3;
    return cp;
  }
  if (lead >= 0xF0 && lead <= 0xF4 && continuation(1) && continuation(2) && continuation(3)) {
    const uint32_t cp = (lead & 0x07u) << 18 | (byte(1) & 0x3Fu) << 12 | (byte(2) & 0x3Fu) << 6 | (byte(3) & 0x3Fu);
    if (cp < 0x10000 || cp > 0x10FFFF) return 0;
    *length = 4;
    return cp;
  }
  return 0;
}

// Appends `s` as a quoted JSON string as protobuf escapes it. False when
// `s` is not valid UTF-8 (protobuf has rules of its own for that).
bool AppendString(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t plain_from = 0;
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (kAscii.escaped[c]) {
        out->append(s.data() + plain_from, i - plain_from);
        AppendAsciiEscape(static_cast<char>(c), out);
        plain_from = i + 1;
      }
      ++i;
      continue;
    }
    size_t length;
    const uint32_t cp = DecodeMultibyte(s.substr(i), &length);
    if (length == 0) return false;
    if (EscapedAboveAscii(cp)) {
      out->append(s.data() + plain_from, i - plain_from);
      if (cp > 0xFFFF) {  // as a pair of surrogates
        AppendUnicodeEscape(0xD800 + ((cp - 0x10000) >> 10), out);
        AppendUnicodeEscape(0xDC00 + ((cp - 0x10000) & 0x3FF), out);
      } else {
        AppendUnicodeEscape(cp, out);
      }
      plain_from = i + length;
    }
    i += length;
  }
  out->append(s.data() + plain_from, s.size() - plain_from);
  out->push_back('"');
  return true;
}

class Printer {
 public:
  explicit Printer(std::string* out) : out_(out) {}

  // The object at nesting `level` (0 for the outermost).
  bool Object(const Message& message, int level) {
    const Descriptor& d = *message.GetDescriptor();
    const Reflection& r = *message.GetReflection();
    out_->push_back('{');
    bool first = true;
    for (int i = 0; i < d.field_count(); ++i) {
      const FieldDescriptor& field = *d.field(i);
      if (!Writable(field)) return false;
      // Unset messages stay out; every other field is printed, set or not.
      const bool is_message = field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE;
      if (!field.is_repeated() && is_message && !r.HasField(message, &field)) continue;
      out_->append(first ? "" : ",");
      NewLine(level + 1);
      out_->push_back('"');
      out_->append(field.json_name());
      out_->append("\": ");
      first = false;
      if (!(field.is_repeated() ? List(message, r, field, level + 1) : Value(message, r, field, -1, level + 1))) {
        return false;
      }
    }
    if (!first) NewLine(level);
    out_->push_back('}');
    return true;
  }

 private:
  static bool Writable(const FieldDescriptor& field) {
    if (field.is_map() || field.real_containing_oneof() != nullptr || field.has_optional_keyword()) return false;
    switch (field.cpp_type()) {
      case FieldDescriptor::CPPTYPE_INT32:
      case FieldDescriptor::CPPTYPE_UINT32:
      case FieldDescriptor::CPPTYPE_FLOAT:
      case FieldDescriptor::CPPTYPE_BOOL:
      case FieldDescriptor::CPPTYPE_ENUM:
      case FieldDescriptor::CPPTYPE_MESSAGE:
        return true;
      case FieldDescriptor::CPPTYPE_STRING:
        return field.type() == FieldDescriptor::TYPE_STRING;
      default:
        return false;
    }
  }

  void AppendInt(int64_t v) {
    char buffer[24];
    out_->append(buffer, std::to_chars(buffer, buffer + sizeof buffer, v).ptr - buffer);
  }

  void NewLine(int level) {
    out_->push_back('\n');
    out_->append(static_cast<size_t>(level), ' ');
  }

  bool List(const Message& m, const Reflection& r, const FieldDescriptor& field, int level) {
    out_->push_back('[');
    const int n = r.FieldSize(m, &field);
    for (int k = 0; k < n; ++k) {
      out_->append(k == 0 ? "" : ",");
      NewLine(level + 1);
      if (!Value(m, r, field, k, level + 1)) return false;
    }
    if (n > 0) NewLine(level);
    out_->push_back(']');
    return true;
  }

  // One value of `field` (element `index` when it is repeated, else -1).
  bool Value(const Message& m, const Reflection& r, const FieldDescriptor& field, int index, int level) {
    const bool repeated = index >= 0;
    switch (field.cpp_type()) {
      case FieldDescriptor::CPPTYPE_INT32:
        AppendInt(repeated ? r.GetRepeatedInt32(m, &field, index) : r.GetInt32(m, &field));
        return true;
      case FieldDescriptor::CPPTYPE_UINT32:
        AppendInt(repeated ? r.GetRepeatedUInt32(m, &field, index) : r.GetUInt32(m, &field));
        return true;
      case FieldDescriptor::CPPTYPE_FLOAT: {
        const float v = repeated ? r.GetRepeatedFloat(m, &field, index) : r.GetFloat(m, &field);
        if (!std::isfinite(v)) return false;
        out_->append(google::protobuf::SimpleFtoa(v));  // protobuf's shortest form that reads back
        return true;
      }
      case FieldDescriptor::CPPTYPE_BOOL:
        out_->append((repeated ? r.GetRepeatedBool(m, &field, index) : r.GetBool(m, &field)) ? "true" : "false");
        return true;
      case FieldDescriptor::CPPTYPE_ENUM: {
        const int number = repeated ? r.GetRepeatedEnumValue(m, &field, index) : r.GetEnumValue(m, &field);
        const google::protobuf::EnumValueDescriptor* value = field.enum_type()->FindValueByNumber(number);
        if (value == nullptr) {
          AppendInt(number);
        } else {
          out_->push_back('"');
          out_->append(value->name());
          out_->push_back('"');
        }
        return true;
      }
      case FieldDescriptor::CPPTYPE_STRING: {
        std::string scratch;
        const std::string& s = repeated ? r.GetRepeatedStringReference(m, &field, index, &scratch)
                                        : r.GetStringReference(m, &field, &scratch);
        return AppendString(s, out_);
      }
      case FieldDescriptor::CPPTYPE_MESSAGE:
        return Object(repeated ? r.GetRepeatedMessage(m, &field, index) : r.GetMessage(m, &field), level);
      default:
        return false;
    }
  }

  std::string* out_;
};

}  // namespace

bool AppendIndentedJson(const Message& message, std::string* out) {
  const size_t start = out->size();
  if (!Printer(out).Object(message, 0)) {
    out->resize(start);
    return false;
  }
  out->push_back('\n');
  return true;
}

}  // namespace chronicle
