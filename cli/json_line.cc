#include "cli/json_line.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/strings/str_cat.h"
#include "extractor/text/utf8.h"
#include "google/protobuf/descriptor.h"

namespace chronicle::cli {
namespace {

using google::protobuf::FieldDescriptor;

// The index of the first '"' or '\\' at or after `pos`, or the size of `s`.
// A document's text is one long string with few escapes: sixteen bytes at a
// time with SSE2, then eight; a byte-by-byte loop was 2% of extract.
size_t NextQuoteOrBackslash(std::string_view s, size_t pos) {
#if defined(__SSE2__)
  const __m128i quotes = _mm_set1_epi8('"');
  const __m128i backslashes = _mm_set1_epi8('\\');
  while (pos + 16 <= s.size()) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + pos));
    const int found =
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(block, quotes), _mm_cmpeq_epi8(block, backslashes)));
    if (found != 0) return pos + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(found)));
    pos += 16;
  }
#endif
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  while (pos + 8 <= s.size()) {
    uint64_t word;
    std::memcpy(&word, s.data() + pos, 8);
    const uint64_t quote = word ^ (kOnes * '"');
    const uint64_t backslash = word ^ (kOnes * '\\');
    // A zero byte in either: one of the two characters is in this word.
    if ((((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash)) & kHighs) break;
    pos += 8;
  }
  while (pos < s.size() && s[pos] != '"' && s[pos] != '\\') ++pos;
  return pos;
}

// A cursor over one line of JSON.
class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  void SkipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r' || s_[pos_] == '\n')) ++pos_;
  }
  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek() const { return AtEnd() ? '\0' : s_[pos_]; }
  bool Consume(char c) {
    if (Peek() != c) return false;
    ++pos_;
    return true;
  }

  absl::Status Error(std::string_view what) const {
    return absl::InvalidArgumentError(absl::StrCat(std::string(what), " at byte ", pos_ + 1));
  }

  // A string literal at the cursor, unescaped into `*out`.
  absl::Status String(std::string* out) {
    out->clear();
    if (!Consume('"')) return Error("expected a string");
    while (true) {
      const size_t start = pos_;
      pos_ = NextQuoteOrBackslash(s_, pos_);
      out->append(s_.data() + start, pos_ - start);
      if (AtEnd()) return Error("unterminated string");
      const char c = s_[pos_];
      if (c == '"') {
        ++pos_;
        return absl::OkStatus();
      }
      ++pos_;  // the backslash
      if (AtEnd()) return Error("unterminated string");
      switch (s_[pos_++]) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          char32_t cp;
          if (!Hex4(&cp)) return Error("bad \\u escape");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            char32_t low;
            if (!Consume('\\') || !Consume('u') || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) {
              return Error("unpaired surrogate in a \\u escape");
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return Error("unpaired surrogate in a \\u escape");
          }
          AppendUtf8(cp, out);
          break;
        }
        default:  // protobuf's parser reads C escapes here (\v, \x41); JSON has none
          --pos_;
          return Error("bad escape in a string");
      }
    }
  }

  // Skips any JSON value (for names the message does not have).
  absl::Status SkipValue(int depth = 0) {
    if (depth > 64) return Error("too deeply nested");
    SkipSpace();
    const char c = Peek();
    if (c == '"') {
      std::string ignored;
      return String(&ignored);
    }
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++pos_;
      SkipSpace();
      if (Consume(close)) return absl::OkStatus();
      while (true) {
        if (c == '{') {
          SkipSpace();
          std::string ignored;
          if (absl::Status s = String(&ignored); !s.ok()) return s;
          SkipSpace();
          if (!Consume(':')) return Error("expected ':'");
        }
        if (absl::Status s = SkipValue(depth + 1); !s.ok()) return s;
        SkipSpace();
        if (Consume(close)) return absl::OkStatus();
        if (!Consume(',')) return Error(c == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
        SkipSpace();
        if (Consume(close)) return absl::OkStatus();
      }
    }
    for (std::string_view word : {"true", "false", "null"}) {
      if (s_.substr(pos_, word.size()) == word) {
        pos_ += word.size();
        return absl::OkStatus();
      }
    }
    return Number();
  }

  // A JSON number (only checked, not kept).
  absl::Status Number() {
    const size_t start = pos_;
    Consume('-');
    if (Consume('0')) {
    } else if (!Digits()) {
      pos_ = start;
      return Error("expected a value");
    }
    if (Consume('.') && !Digits()) return Error("bad number");
    if (Consume('e') || Consume('E')) {
      if (!Consume('+')) Consume('-');
      if (!Digits()) return Error("bad number");
    }
    // protobuf's parser refuses numbers a double cannot hold, so do we.
    const double value = std::strtod(std::string(s_.substr(start, pos_ - start)).c_str(), nullptr);
    if (std::isinf(value)) return Error("number out of range");
    return absl::OkStatus();
  }

 private:
  bool Digits() {
    const size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > start;
  }

  bool Hex4(char32_t* cp) {
    if (pos_ + 4 > s_.size()) return false;
    *cp = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = s_[pos_ + i];
      int v;
      if (h >= '0' && h <= '9') v = h - '0';
      else if (h >= 'a' && h <= 'f') v = h - 'a' + 10;
      else if (h >= 'A' && h <= 'F') v = h - 'A' + 10;
      else return false;
      *cp = *cp * 16 + static_cast<char32_t>(v);
    }
    pos_ += 4;
    return true;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

// The fields of InputDocument under both their names ("time_zone",
// "timeZone"), looked through in order: a handful of short names, where a
// descriptor lookup per name hashed and copied it.
const FieldDescriptor* FieldNamed(const std::string& name) {
  static const std::vector<std::pair<std::string, const FieldDescriptor*>>* const names = [] {
    auto* list = new std::vector<std::pair<std::string, const FieldDescriptor*>>();
    const google::protobuf::Descriptor* d = InputDocument::descriptor();
    for (int i = 0; i < d->field_count(); ++i) list->emplace_back(d->field(i)->name(), d->field(i));
    for (int i = 0; i < d->field_count(); ++i) list->emplace_back(d->field(i)->json_name(), d->field(i));
    return list;
  }();
  for (const auto& [known, field] : *names) {
    if (known == name) return field;
  }
  return nullptr;
}

}  // namespace

absl::Status ParseJsonLine(std::string_view line, InputDocument* out) {
  out->Clear();
  Reader r(line);
  r.SkipSpace();
  if (!r.Consume('{')) return r.Error("expected '{'");
  r.SkipSpace();
  if (!r.Consume('}')) {
    std::string name;
    std::string value;
    while (true) {
      r.SkipSpace();
      if (absl::Status s = r.String(&name); !s.ok()) return s;
      if (name.empty()) return r.Error("empty field name");  // protobuf's parser refuses it too
      r.SkipSpace();
      if (!r.Consume(':')) return r.Error("expected ':'");
      r.SkipSpace();
      const FieldDescriptor* field = FieldNamed(name);
      if (field == nullptr) {
        if (absl::Status s = r.SkipValue(); !s.ok()) return s;
      } else if (r.Peek() == 'n') {
        if (absl::Status s = r.SkipValue(); !s.ok()) return s;  // null changes nothing, as in protobuf
      } else {
        if (r.Peek() != '"') return r.Error(absl::StrCat("\"", name, "\" is not a string"));
        if (absl::Status s = r.String(&value); !s.ok()) return s;
        out->GetReflection()->SetString(out, field, std::move(value));
        value = std::string();
      }
      r.SkipSpace();
      if (r.Consume('}')) break;
      if (!r.Consume(',')) return r.Error("expected ',' or '}'");
      r.SkipSpace();
      if (r.Consume('}')) break;  // a trailing comma, which protobuf's parser allows too
    }
  }
  r.SkipSpace();
  if (!r.AtEnd()) return r.Error("text after the object");
  return absl::OkStatus();
}

}  // namespace chronicle::cli
