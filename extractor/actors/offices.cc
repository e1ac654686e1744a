#include "extractor/actors/offices.h"

namespace chronicle {
namespace {

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// Parses a whole "yyyy", "yyyy-mm" or "yyyy-mm-dd"; 0 when malformed.
DayKey ParseWholeDay(std::string_view text, bool end_of_period) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return 0;
  if (text.size() > 4 && text[4] != '-') return 0;
  if (text.size() > 7 && text[7] != '-') return 0;
  const std::string_view year = text.substr(0, 4);
  const std::string_view month = text.size() > 4 ? text.substr(5, 2) : "";
  const std::string_view day = text.size() > 7 ? text.substr(8, 2) : "";
  if (!AllDigits(year) || (!month.empty() && !AllDigits(month)) || (!day.empty() && !AllDigits(day))) {
    return 0;
  }
  const int m = month.empty() ? (end_of_period ? 12 : 1) : Number(month);
  const int d = day.empty() ? (end_of_period ? 31 : 1) : Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
  return Number(year) * 10000 + m * 100 + d;
}

}  // namespace

DayKey ParseDay(std::string_view text, bool end_of_period) {
  size_t length = 0;
  while (length < text.size() && length < 10 && text[length] != 'T' && text[length] != ' ') ++length;
  return ParseWholeDay(text.substr(0, length), end_of_period);
}

bool OfficeTerm::HeldOn(DayKey day) const {
  if (day == 0) return to == 0;
  return (from == 0 || from <= day) && (to == 0 || day <= to);
}

std::optional<OfficeTerm> ParseOfficeTerm(std::string_view text, std::string* error) {
  const size_t colon1 = text.find(':');
  const size_t colon2 = colon1 == std::string_view::npos ? colon1 : text.find(':', colon1 + 1);
  if (colon2 == std::string_view::npos) {
    *error = "office term needs office:scope:range, got \"" + std::string(text) + "\"";
    return std::nullopt;
  }
  OfficeTerm term;
  term.office = std::string(text.substr(0, colon1));
  term.scope = std::string(text.substr(colon1 + 1, colon2 - colon1 - 1));
  const std::string_view range = text.substr(colon2 + 1);
  std::string_view from, to;
  bool single = false;
  if (const size_t dots = range.find(".."); dots != std::string_view::npos) {
    from = range.substr(0, dots);
    to = range.substr(dots + 2);
  } else if (range.size() > 4 && range[4] == '-') {
    from = range.substr(0, 4);
    to = range.substr(5);
  } else {
    from = to = range;
    single = true;
  }
  term.from = ParseWholeDay(from, false);
  term.to = to.empty() ? 0 : ParseWholeDay(to, true);
  if (term.office.empty() || term.scope.empty() || term.from == 0 || (!to.empty() && term.to == 0) ||
      (!single && term.to != 0 && term.to < term.from)) {
    *error = "bad office term \"" + std::string(text) + "\"";
    return std::nullopt;
  }
  return term;
}

}  // namespace chronicle
