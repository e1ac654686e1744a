#include "extractor/timeml/timeml.h"

#include <algorithm>
#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "extractor/text/utf8.h"

namespace chronicle {
namespace {

int LineOf(std::string_view raw, size_t offset) {
  return 1 + static_cast<int>(std::count(raw.begin(), raw.begin() + std::min(offset, raw.size()), '\n'));
}

absl::Status Malformed(std::string_view raw, size_t offset, std::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat("malformed TimeML at line ", LineOf(raw, offset), ": ",
                                                 std::string(what)));
}

// Decodes the entity at raw[pos] ('&'); returns its length or 0.
size_t DecodeEntity(std::string_view raw, size_t pos, std::string* out) {
  const size_t semi = raw.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 10) return 0;
  const std::string_view name = raw.substr(pos + 1, semi - pos - 1);
  static const std::pair<const char*, const char*> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}};
  for (const auto& [n, v] : kNamed) {
    if (name == n) {
      out->append(v);
      return semi - pos + 1;
    }
  }
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string digits(name.substr(hex ? 2 : 1));
    char* end = nullptr;
    const long cp = std::strtol(digits.c_str(), &end, hex ? 16 : 10);
    if (digits.empty() || *end != '\0' || cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    AppendUtf8(static_cast<char32_t>(cp), out);
    return semi - pos + 1;
  }
  return 0;
}

// The value of attribute `name` inside the tag raw[begin, end), or "".
std::string Attribute(std::string_view tag, std::string_view name) {
  const std::string key = absl::StrCat(std::string(name), "=\"");
  size_t at = 0;
  while ((at = tag.find(key, at)) != std::string_view::npos) {
    if (at == 0 || tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n') {
      const size_t close = tag.find('"', at + key.size());
      if (close == std::string_view::npos) return "";
      return std::string(tag.substr(at + key.size(), close - at - key.size()));
    }
    at += key.size();
  }
  return "";
}

absl::StatusOr<std::string> FindDct(std::string_view raw) {
  const size_t dct = raw.find("<DCT>");
  if (dct == std::string_view::npos) return absl::InvalidArgumentError("no <DCT> element (the document creation time)");
  const size_t dct_end = raw.find("</DCT>", dct);
  const size_t timex = raw.find("<TIMEX3", dct);
  if (dct_end == std::string_view::npos || timex == std::string_view::npos || timex > dct_end) {
    return absl::InvalidArgumentError("the <DCT> element holds no TIMEX3");
  }
  const size_t close = raw.find('>', timex);
  const std::string value = Attribute(raw.substr(timex, close - timex), "value");
  if (value.empty()) return absl::InvalidArgumentError("the DCT TIMEX3 has no value");
  return value;
}

// Strips the markup of <TEXT>, checking that tags nest and entities decode.
absl::Status StripText(TimemlDocument* doc) {
  const std::string_view raw = doc->raw;
  std::vector<std::string> open;
  for (size_t pos = doc->text_begin; pos < doc->text_end;) {
    const char c = raw[pos];
    if (c == '<') {
      const size_t close = raw.find('>', pos);
      if (close == std::string_view::npos || close > doc->text_end || raw.substr(pos + 1, close - pos - 1).find('<') !=
                                                                           std::string_view::npos) {
        return Malformed(raw, pos, "unterminated tag");
      }
      std::string_view tag = raw.substr(pos + 1, close - pos - 1);
      const bool closing = !tag.empty() && tag[0] == '/';
      const bool self_closing = !tag.empty() && tag.back() == '/';
      if (closing) tag.remove_prefix(1);
      const std::string name(tag.substr(0, tag.find_first_of(" \t\n/")));
      if (name.empty()) return Malformed(raw, pos, "tag without a name");
      if (closing) {
        if (open.empty() || open.back() != name) return Malformed(raw, pos, absl::StrCat("unexpected </", name, ">"));
        open.pop_back();
      } else if (!self_closing) {
        open.push_back(name);
      }
      pos = close + 1;
      continue;
    }
    if (c == '&') {
      std::string decoded;
      const size_t length = DecodeEntity(raw, pos, &decoded);
      if (length == 0) return Malformed(raw, pos, "unknown entity");
      for (size_t i = 0; i < decoded.size(); ++i) doc->plain_to_stripped.push_back(doc->stripped.size());
      doc->plain += decoded;
      doc->stripped.append(raw.substr(pos, length));
      pos += length;
      continue;
    }
    if (c == '>') return Malformed(raw, pos, "stray '>'");
    doc->plain_to_stripped.push_back(doc->stripped.size());
    doc->plain.push_back(c);
    doc->stripped.push_back(c);
    ++pos;
  }
  if (!open.empty()) return Malformed(raw, doc->text_end, absl::StrCat("<", open.back(), "> is not closed"));
  doc->plain_to_stripped.push_back(doc->stripped.size());
  return absl::OkStatus();
}

std::string EscapeAttribute(std::string_view v) {
  std::string out;
  for (char c : v) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<TimemlDocument> ParseTimeml(std::string raw) {
  TimemlDocument doc;
  doc.raw = std::move(raw);
  const TextError error = CheckText(doc.raw);
  if (!error.ok()) return absl::InvalidArgumentError(error.message);
  const size_t open = doc.raw.find("<TEXT>");
  const size_t close = doc.raw.rfind("</TEXT>");
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return absl::InvalidArgumentError("no <TEXT> element");
  }
  doc.text_begin = open + 6;
  doc.text_end = close;
  absl::StatusOr<std::string> dct = FindDct(doc.raw);
  if (!dct.ok()) return dct.status();
  doc.dct = *dct;
  const absl::Status stripped = StripText(&doc);
  if (!stripped.ok()) return stripped;
  return doc;
}

std::string WriteTimeml(const TimemlDocument& doc, const std::vector<TimeExpression>& expressions) {
  std::string out = doc.raw.substr(0, doc.text_begin);
  size_t written = 0;  // into doc.stripped
  int tid = 0;
  for (const TimeExpression& t : expressions) {
    if (t.begin() < 0 || t.end() > static_cast<int32_t>(doc.plain.size()) || t.begin() >= t.end()) continue;
    const size_t begin = doc.plain_to_stripped[t.begin()];
    const size_t end = doc.plain_to_stripped[t.end()];
    if (begin < written) continue;  // overlaps the previous expression
    out.append(doc.stripped, written, begin - written);
    absl::StrAppend(&out, "<TIMEX3 tid=\"t", ++tid, "\" type=\"", TimeExpression::Type_Name(t.type()), "\" value=\"",
                    EscapeAttribute(t.value()), "\"");
    if (!t.mod().empty()) absl::StrAppend(&out, " mod=\"", t.mod(), "\"");
    if (!t.quant().empty()) absl::StrAppend(&out, " quant=\"", t.quant(), "\"");
    if (!t.freq().empty()) absl::StrAppend(&out, " freq=\"", t.freq(), "\"");
    out += ">";
    out.append(doc.stripped, begin, end - begin);
    out += "</TIMEX3>";
    written = end;
  }
  out.append(doc.stripped, written, std::string::npos);
  out.append(doc.raw, doc.text_end, std::string::npos);
  return out;
}

}  // namespace chronicle
