#include "timeline/timex_value.h"

#include <cctype>

namespace chronicle {
namespace {

// Reads exactly `count` digits at text[pos].
std::optional<int> Digits(std::string_view text, size_t pos, size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool HasAt(std::string_view text, size_t pos, char c) { return pos < text.size() && text[pos] == c; }

absl::CivilDay MondayOfIsoWeek(int year, int week) {
  // January 4th is always in week 1.
  const absl::CivilDay january4(year, 1, 4);
  const int days_since_monday = static_cast<int>(absl::GetWeekday(january4)) - static_cast<int>(absl::Weekday::monday);
  return january4 - days_since_monday + 7 * (week - 1);
}

std::optional<TimexSpan> WeekSpan(std::string_view value, int year) {
  const std::optional<int> week = Digits(value, 6, 2);
  if (!week || *week < 1 || *week > 53) return std::nullopt;
  const absl::CivilDay monday = MondayOfIsoWeek(year, *week);
  if (value.substr(8) == "-WE") {
    return TimexSpan{{absl::CivilSecond(monday + 5), absl::CivilSecond(monday + 7)}, GRANULARITY_WEEK};
  }
  if (value.size() != 8) return std::nullopt;
  return TimexSpan{{absl::CivilSecond(monday), absl::CivilSecond(monday + 7)}, GRANULARITY_WEEK};
}

// "2025-08-12TEV": the day, at part-of-day granularity; which hours an
// evening covers is the resolver's business, not a guess to make here.
std::optional<TimexSpan> PartOfDaySpan(std::string_view value) {
  const std::optional<absl::CivilSecond> day = ParseLocalTime(value.substr(0, 10));
  if (!day || value.size() != 13 || !std::isalpha(static_cast<unsigned char>(value[11]))) return std::nullopt;
  return TimexSpan{{*day, AddGranularityUnit(*day, GRANULARITY_DAY)}, GRANULARITY_PART_OF_DAY};
}

std::optional<TimexSpan> ClockSpan(std::string_view value) {
  if (HasAt(value, 10, 'T') && value.size() == 13 && !Digits(value, 11, 2)) return PartOfDaySpan(value);
  const std::optional<absl::CivilSecond> begin = ParseLocalTime(value);
  if (!begin) return std::nullopt;
  Granularity granularity = GRANULARITY_HOUR;
  if (value.size() >= 16) granularity = GRANULARITY_MINUTE;
  if (value.size() >= 19) granularity = GRANULARITY_SECOND;
  return TimexSpan{{*begin, AddGranularityUnit(*begin, granularity)}, granularity};
}

}  // namespace

std::optional<absl::CivilSecond> ParseLocalTime(std::string_view text) {
  const std::optional<int> year = Digits(text, 0, 4);
  const std::optional<int> month = Digits(text, 5, 2);
  const std::optional<int> day = Digits(text, 8, 2);
  if (!year || !month || !day || !HasAt(text, 4, '-') || !HasAt(text, 7, '-')) return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1 || *day > 31) return std::nullopt;
  int hour = 0, minute = 0, second = 0;
  if (text.size() > 10) {
    if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
    const std::optional<int> h = Digits(text, 11, 2);
    if (!h) return std::nullopt;
    hour = *h;
    if (HasAt(text, 13, ':')) {
      const std::optional<int> m = Digits(text, 14, 2);
      if (!m) return std::nullopt;
      minute = *m;
      if (HasAt(text, 16, ':')) second = Digits(text, 17, 2).value_or(0);
    }
  }
  const absl::CivilSecond parsed(*year, *month, *day, hour, minute, second);
  // CivilSecond normalises 2025-02-30 to March 2nd; such text is not a date.
  if (parsed.month() != *month || parsed.day() != *day || parsed.hour() != hour || parsed.minute() != minute) {
    return std::nullopt;
  }
  return parsed;
}

absl::CivilSecond AddGranularityUnit(absl::CivilSecond begin, Granularity granularity) {
  switch (granularity) {
    case GRANULARITY_SECOND:
      return begin + 1;
    case GRANULARITY_MINUTE:
      return begin + 60;
    case GRANULARITY_HOUR:
      return begin + 3600;
    case GRANULARITY_PART_OF_DAY:
      return begin + 6 * 3600;
    case GRANULARITY_DAY:
      return absl::CivilSecond(absl::CivilDay(begin) + 1);
    case GRANULARITY_WEEK:
      return absl::CivilSecond(absl::CivilDay(begin) + 7);
    case GRANULARITY_MONTH:
      return absl::CivilSecond(absl::CivilMonth(begin) + 1);
    case GRANULARITY_SEASON:
    case GRANULARITY_QUARTER:
      return absl::CivilSecond(absl::CivilMonth(begin) + 3);
    case GRANULARITY_HALF_YEAR:
      return absl::CivilSecond(absl::CivilMonth(begin) + 6);
    default:
      return absl::CivilSecond(absl::CivilYear(begin) + 1);
  }
}

std::optional<TimexSpan> SpanOfTimexValue(std::string_view value) {
  const std::optional<int> year = Digits(value, 0, 4);
  if (!year) return std::nullopt;
  if (value.size() == 4) {
    const absl::CivilSecond begin(*year, 1, 1);
    return TimexSpan{{begin, AddGranularityUnit(begin, GRANULARITY_YEAR)}, GRANULARITY_YEAR};
  }
  if (!HasAt(value, 4, '-')) return std::nullopt;
  if (HasAt(value, 5, 'W')) return WeekSpan(value, *year);
  if (value.size() == 7) {
    const std::optional<int> month = Digits(value, 5, 2);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    const absl::CivilSecond begin(*year, *month, 1);
    return TimexSpan{{begin, AddGranularityUnit(begin, GRANULARITY_MONTH)}, GRANULARITY_MONTH};
  }
  if (value.size() == 10) {
    const std::optional<absl::CivilSecond> begin = ParseLocalTime(value);
    if (!begin) return std::nullopt;
    return TimexSpan{{*begin, AddGranularityUnit(*begin, GRANULARITY_DAY)}, GRANULARITY_DAY};
  }
  return ClockSpan(value);
}

}  // namespace chronicle
