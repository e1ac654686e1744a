#include "timeline/ics_text.h"

#include "absl/strings/str_cat.h"
#include "extractor/text/utf8.h"

namespace chronicle {
namespace {

constexpr size_t kMaxOctets = 75;

}  // namespace

std::string EscapeIcsText(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one newline
        out += "\\n";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out.push_back(c);
        if (c == '\t') out.push_back(c);
    }
  }
  return out;
}

std::string FoldIcsLine(std::string_view line) {
  std::string out;
  size_t limit = kMaxOctets;
  while (true) {
    size_t cut = Utf8SafePrefix(line, limit);
    if (cut == 0) cut = std::min(limit, line.size());  // not UTF-8: cut by octets
    out.append(line.data(), cut);
    out += "\r\n";
    line.remove_prefix(cut);
    if (line.empty()) return out;
    out += ' ';
    limit = kMaxOctets - 1;  // the leading space counts
  }
}

void IcsWriter::Line(std::string_view name, std::string_view value) {
  text_ += FoldIcsLine(
      absl::StrCat(absl::string_view(name.data(), name.size()), ":", absl::string_view(value.data(), value.size())));
}

}  // namespace chronicle
