#include "extractor/actors/tsv.h"

namespace chronicle {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::string_view TrimSpace(std::string_view text) {
  while (!text.empty() && IsBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
  return text;
}

bool TsvReader::Next(TsvRecord* record) {
  while (pos_ < data_.size()) {
    size_t eol = data_.find('\n', pos_);
    if (eol == std::string_view::npos) eol = data_.size();
    const std::string_view line = data_.substr(pos_, eol - pos_);
    pos_ = eol + 1;
    ++line_;
    if (TrimSpace(line).empty() || TrimSpace(line).front() == '#') continue;
    record->line = line_;
    record->fields.clear();
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      const size_t stop = tab == std::string_view::npos ? line.size() : tab;
      record->fields.push_back(TrimSpace(line.substr(start, stop - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    while (!record->fields.empty() && record->fields.back().empty()) record->fields.pop_back();
    return true;
  }
  return false;
}

std::vector<std::string_view> SplitList(std::string_view field) {
  std::vector<std::string_view> items;
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    const std::string_view item = TrimSpace(field.substr(start, bar - start));
    if (!item.empty()) items.push_back(item);
    start = bar + 1;
  }
  return items;
}

std::string DataError(std::string_view where, int line, std::string_view message) {
  std::string error(where);
  error += ':';
  error += std::to_string(line);
  error += ": ";
  error += message;
  return error;
}

}  // namespace chronicle
