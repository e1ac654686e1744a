// Calendar value types for resolved times: one stretch of the calendar at
// one granularity, with its TIMEX3 value and its interval.
//
//   Period p = Period::Day(2025, 8, 12).WithPartOfDay(PartOfDay::kEvening);
//   p.Value();          // "2025-08-12TEV"
//   p.Shifted(-1);      // 2025-08-11TEV
//   Period::Week(2025, 32).Value();          // "2025-W32"
//   Period::Day(2025, 2, 30).ok();           // false
//
// Periods are floating civil times (no zone): "Friday" names the same day
// wherever the reader is. Zones are attached by the resolver.

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_CALENDAR_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>

#include "date/date.h"

namespace chronicle::temporal {

// How specific a time is, coarse to fine. Mirrors chronicle.Granularity.
enum class Granularity : uint8_t {
  kUnspecified = 0,
  kMillennium,
  kCentury,
  kDecade,
  kYear,
  kHalfYear,
  kQuarter,
  kSeason,
  kMonth,
  kWeek,
  kDay,
  kPartOfDay,
  kHour,
  kMinute,
  kSecond,
};

enum class PartOfDay : uint8_t { kNone, kMorning, kMidday, kAfternoon, kEvening, kNight, kDaytime };
enum class Season : uint8_t { kNone, kSpring, kSummer, kFall, kWinter };

// TIMEX3 codes: "MO", "AF", ..., and "SP", "SU", "FA", "WI".
const char* PartOfDayCode(PartOfDay p);
const char* SeasonCode(Season s);
PartOfDay PartOfDayFromCode(std::string_view code);
Season SeasonFromCode(std::string_view code);
const char* GranularityName(Granularity g);

using Days = date::sys_days;
using LocalSeconds = date::local_seconds;

class Period {
 public:
  Period() = default;  // not ok()

  static Period Millennium(int millennium);  // 2 -> 2000-2999, value "2"
  static Period Century(int century);        // 19 -> 1900-1999, value "19"
  static Period Decade(int decade);          // 199 -> 1990-1999, value "199"
  static Period Year(int year);
  static Period HalfYear(int year, int half);  // 1 or 2
  static Period Quarter(int year, int quarter);
  static Period SeasonOf(int year, Season season);  // winter of Y starts in December of Y
  static Period Month(int year, int month);
  static Period Week(int iso_year, int week);     // ISO 8601 week, Monday first
  static Period Weekend(int iso_year, int week);  // Saturday and Sunday of that week
  static Period Day(int year, int month, int day);
  static Period Day(Days day);
  static Period Hour(Days day, int hour);
  static Period Minute(Days day, int hour, int minute);
  static Period Second(Days day, int hour, int minute, int second);

  // The same day at a part of day ("2025-08-12TEV"); only for day periods.
  Period WithPartOfDay(PartOfDay part) const;

  bool ok() const { return granularity_ != Granularity::kUnspecified; }
  Granularity granularity() const { return granularity_; }
  bool is_weekend() const { return weekend_; }
  Season season() const { return season_; }
  PartOfDay part_of_day() const { return part_; }

  // First day of the period (the day of a time).
  Days first_day() const { return first_day_; }
  date::year_month_day ymd() const { return date::year_month_day(first_day_); }
  int year() const { return static_cast<int>(ymd().year()); }
  // Clock fields, for hour/minute/second periods.
  int hour() const { return hour_; }
  int minute() const { return minute_; }
  int second() const { return second_; }

  // The interval [Begin(), End()) the period covers.
  LocalSeconds Begin() const;
  LocalSeconds End() const;

  // The TIMEX3 value: "2025", "2025-Q3", "2025-W32-WE", "2025-08-12TEV",
  // "2025-08-14T10:30".
  std::string Value() const;

  // The period `n` steps later (earlier when negative) at the same
  // granularity: the next quarter, the previous weekend, the same part of
  // the next day.
  Period Shifted(int n) const;

  // The period of granularity `g` (coarser than or equal to this one's)
  // that contains this period's start.
  Period Containing(Granularity g) const;

  bool operator==(const Period& o) const;
  bool operator!=(const Period& o) const { return !(*this == o); }

 private:
  // Value() of the usual granularities without snprintf; empty for others.
  std::string CommonValue(int y, int m, int d) const;

  Granularity granularity_ = Granularity::kUnspecified;
  Days first_day_{};
  bool weekend_ = false;
  Season season_ = Season::kNone;
  PartOfDay part_ = PartOfDay::kNone;
  int8_t hour_ = 0;
  int8_t minute_ = 0;
  int8_t second_ = 0;
};

// ISO week-numbering year and week of a day.
struct IsoWeek {
  int year;
  int week;
};
IsoWeek IsoWeekOf(Days day);
// ISO weekday, Monday = 1 ... Sunday = 7.
int IsoWeekday(Days day);
// Number of ISO weeks (52 or 53) in an ISO year.
int IsoWeeksInYear(int iso_year);
// Western (Gregorian) Easter Sunday of a year, e.g. 2025-04-20; nullopt for
// a year a Period cannot hold.
std::optional<Days> EasterSunday(int year);

// Formats a local time as ISO 8601 "2025-08-12T18:00:00".
std::string FormatLocal(LocalSeconds t);

// FormatLocal into `out`, which has room for kMaxLocalTimeBytes; returns the
// end of what it wrote. For callers that copy the text on: nineteen bytes
// are past a short string's own buffer, so FormatLocal allocates.
inline constexpr size_t kMaxLocalTimeBytes = 32;
char* WriteLocal(LocalSeconds t, char* out);

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_CALENDAR_H_
