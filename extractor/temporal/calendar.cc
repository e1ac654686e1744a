#include "extractor/temporal/calendar.h"

#include <cstdio>
#include <cstring>
#include <string_view>

#include "date/iso_week.h"

namespace chronicle::temporal {
namespace {

using date::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;

bool YearOk(int y) { return y >= kMinYear && y <= kMaxYear; }

Days FirstOfMonth(int year, int month) {
  return Days(date::year(year) / date::month(static_cast<unsigned>(month)) / 1);
}

// Adds `n` months to the first day of a month.
Days AddMonths(Days first_of_month, int n) {
  const date::year_month_day ymd(first_of_month);
  const date::year_month ym = date::year_month(ymd.year(), ymd.month()) + date::months(n);
  return Days(ym / 1);
}

Days MondayOfIsoWeek(int iso_year, int week) {
  return Days(iso_week::year(iso_year) / iso_week::weeknum(static_cast<unsigned>(week)) / iso_week::mon);
}

// Start and end hours of the parts of a day; night runs into the next day.
struct HourRange {
  int begin;
  int end;
};
HourRange PartOfDayHours(PartOfDay p) {
  switch (p) {
    case PartOfDay::kMorning: return {6, 12};
    case PartOfDay::kMidday: return {11, 14};
    case PartOfDay::kAfternoon: return {12, 18};
    case PartOfDay::kEvening: return {17, 22};
    case PartOfDay::kNight: return {21, 30};
    case PartOfDay::kDaytime: return {8, 18};
    case PartOfDay::kNone: break;
  }
  return {0, 24};
}

int SeasonIndex(Season s) { return static_cast<int>(s) - 1; }  // spring = 0
Season SeasonAt(int index) { return static_cast<Season>(index + 1); }
// First month of each season: March, June, September, December.
int SeasonFirstMonth(Season s) { return 3 + 3 * SeasonIndex(s); }

std::string Printf(const char* format, int a, int b = 0, int c = 0, int d = 0, int e = 0) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, a, b, c, d, e);
  return buffer;
}

int FloorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

// Appends `value` as `width` digits (2 or 4) with leading zeros, as
// "%0<width>d" prints it; false, appending nothing, when it does not fit.
bool AppendDigits(int value, int width, std::string* out) {
  if (value < 0 || value >= (width == 2 ? 100 : 10000)) return false;
  char digits[4];
  for (int i = width - 1; i >= 0; --i, value /= 10) digits[i] = static_cast<char>('0' + value % 10);
  out->append(digits, width);
  return true;
}

const char* PartOfDayCode(PartOfDay p) {
  switch (p) {
    case PartOfDay::kMorning: return "MO";
    case PartOfDay::kMidday: return "MI";
    case PartOfDay::kAfternoon: return "AF";
    case PartOfDay::kEvening: return "EV";
    case PartOfDay::kNight: return "NI";
    case PartOfDay::kDaytime: return "DT";
    case PartOfDay::kNone: break;
  }
  return "";
}

const char* SeasonCode(Season s) {
  switch (s) {
    case Season::kSpring: return "SP";
    case Season::kSummer: return "SU";
    case Season::kFall: return "FA";
    case Season::kWinter: return "WI";
    case Season::kNone: break;
  }
  return "";
}

PartOfDay PartOfDayFromCode(std::string_view code) {
  for (PartOfDay p : {PartOfDay::kMorning, PartOfDay::kMidday, PartOfDay::kAfternoon, PartOfDay::kEvening,
                      PartOfDay::kNight, PartOfDay::kDaytime}) {
    if (code == PartOfDayCode(p)) return p;
  }
  return PartOfDay::kNone;
}

Season SeasonFromCode(std::string_view code) {
  for (Season s : {Season::kSpring, Season::kSummer, Season::kFall, Season::kWinter}) {
    if (code == SeasonCode(s)) return s;
  }
  return Season::kNone;
}

const char* GranularityName(Granularity g) {
  static const char* const kNames[] = {"unspecified", "millennium", "century", "decade", "year",
                                       "half-year",   "quarter",    "season",  "month",  "week",
                                       "day",         "part-of-day", "hour",   "minute", "second"};
  return kNames[static_cast<int>(g)];
}

Period Period::Millennium(int m) {
  Period p;
  if (!YearOk(m * 1000) && m != 0) return p;
  p.granularity_ = Granularity::kMillennium;
  p.first_day_ = FirstOfMonth(m == 0 ? 1 : m * 1000, 1);
  return p;
}

Period Period::Century(int c) {
  Period p;
  if (c < 0 || c > 99) return p;
  p.granularity_ = Granularity::kCentury;
  p.first_day_ = FirstOfMonth(c == 0 ? 1 : c * 100, 1);
  return p;
}

Period Period::Decade(int d) {
  Period p;
  if (d < 0 || d > 999) return p;
  p.granularity_ = Granularity::kDecade;
  p.first_day_ = FirstOfMonth(d == 0 ? 1 : d * 10, 1);
  return p;
}

Period Period::Year(int y) {
  Period p;
  if (!YearOk(y)) return p;
  p.granularity_ = Granularity::kYear;
  p.first_day_ = FirstOfMonth(y, 1);
  return p;
}

Period Period::HalfYear(int y, int half) {
  Period p;
  if (!YearOk(y) || half < 1 || half > 2) return p;
  p.granularity_ = Granularity::kHalfYear;
  p.first_day_ = FirstOfMonth(y, half == 1 ? 1 : 7);
  return p;
}

Period Period::Quarter(int y, int q) {
  Period p;
  if (!YearOk(y) || q < 1 || q > 4) return p;
  p.granularity_ = Granularity::kQuarter;
  p.first_day_ = FirstOfMonth(y, 3 * (q - 1) + 1);
  return p;
}

Period Period::SeasonOf(int y, Season s) {
  Period p;
  if (!YearOk(y) || s == Season::kNone) return p;
  p.granularity_ = Granularity::kSeason;
  p.season_ = s;
  p.first_day_ = FirstOfMonth(y, SeasonFirstMonth(s));
  return p;
}

Period Period::Month(int y, int m) {
  Period p;
  if (!YearOk(y) || m < 1 || m > 12) return p;
  p.granularity_ = Granularity::kMonth;
  p.first_day_ = FirstOfMonth(y, m);
  return p;
}

Period Period::Week(int iso_year, int week) {
  Period p;
  if (!YearOk(iso_year) || week < 1 || week > IsoWeeksInYear(iso_year)) return p;
  p.granularity_ = Granularity::kWeek;
  p.first_day_ = MondayOfIsoWeek(iso_year, week);
  return p;
}

Period Period::Weekend(int iso_year, int week) {
  Period p = Week(iso_year, week);
  if (!p.ok()) return p;
  p.weekend_ = true;
  p.first_day_ += days(5);
  return p;
}

Period Period::Day(int y, int m, int d) {
  if (!YearOk(y) || m < 1 || m > 12 || d < 1 || d > 31) return Period();
  const date::year_month_day ymd(date::year(y), date::month(static_cast<unsigned>(m)),
                                 date::day(static_cast<unsigned>(d)));
  if (!ymd.ok()) return Period();
  return Day(Days(ymd));
}

Period Period::Day(Days day) {
  Period p;
  const int y = static_cast<int>(date::year_month_day(day).year());
  if (!YearOk(y)) return p;
  p.granularity_ = Granularity::kDay;
  p.first_day_ = day;
  return p;
}

Period Period::Hour(Days day, int hour) {
  Period p = Day(day);
  if (!p.ok() || hour < 0 || hour > 23) return Period();
  p.granularity_ = Granularity::kHour;
  p.hour_ = static_cast<int8_t>(hour);
  return p;
}

Period Period::Minute(Days day, int hour, int minute) {
  Period p = Hour(day, hour);
  if (!p.ok() || minute < 0 || minute > 59) return Period();
  p.granularity_ = Granularity::kMinute;
  p.minute_ = static_cast<int8_t>(minute);
  return p;
}

Period Period::Second(Days day, int hour, int minute, int second) {
  Period p = Minute(day, hour, minute);
  if (!p.ok() || second < 0 || second > 60) return Period();
  p.granularity_ = Granularity::kSecond;
  p.second_ = static_cast<int8_t>(second);
  return p;
}

Period Period::WithPartOfDay(PartOfDay part) const {
  if (granularity_ != Granularity::kDay || part == PartOfDay::kNone) return Period();
  Period p = *this;
  p.granularity_ = Granularity::kPartOfDay;
  p.part_ = part;
  return p;
}

LocalSeconds Period::Begin() const {
  const LocalSeconds midnight{first_day_.time_since_epoch()};
  switch (granularity_) {
    case Granularity::kPartOfDay:
      return midnight + hours(PartOfDayHours(part_).begin);
    case Granularity::kHour:
    case Granularity::kMinute:
    case Granularity::kSecond:
      return midnight + hours(hour_) + minutes(minute_) + seconds(second_);
    default:
      return midnight;
  }
}

LocalSeconds Period::End() const {
  const date::year_month_day ymd(first_day_);
  const int y = static_cast<int>(ymd.year());
  const LocalSeconds begin = Begin();
  const auto at = [](Days d) { return LocalSeconds{d.time_since_epoch()}; };
  switch (granularity_) {
    case Granularity::kMillennium: return at(FirstOfMonth(FloorDiv(y, 1000) * 1000 + 1000, 1));
    case Granularity::kCentury: return at(FirstOfMonth(FloorDiv(y, 100) * 100 + 100, 1));
    case Granularity::kDecade: return at(FirstOfMonth(FloorDiv(y, 10) * 10 + 10, 1));
    case Granularity::kYear: return at(FirstOfMonth(y + 1, 1));
    case Granularity::kHalfYear: return at(AddMonths(first_day_, 6));
    case Granularity::kQuarter:
    case Granularity::kSeason: return at(AddMonths(first_day_, 3));
    case Granularity::kMonth: return at(AddMonths(first_day_, 1));
    case Granularity::kWeek: return at(first_day_ + days(weekend_ ? 2 : 7));
    case Granularity::kDay: return at(first_day_ + days(1));
    case Granularity::kPartOfDay:
      return LocalSeconds{first_day_.time_since_epoch()} + hours(PartOfDayHours(part_).end);
    case Granularity::kHour: return begin + hours(1);
    case Granularity::kMinute: return begin + minutes(1);
    case Granularity::kSecond: return begin + seconds(1);
    case Granularity::kUnspecified: break;
  }
  return begin;
}

// The values most expressions get (years, months, days, parts of days,
// hours) written digit by digit: every resolved expression formats one, and
// snprintf's format parsing cost more than the rest of resolving it. Empty
// for the others, and where a field does not fit its width.
std::string Period::CommonValue(int y, int m, int d) const {
  const Granularity g = granularity_;
  const bool has_day =
      g == Granularity::kDay || g == Granularity::kPartOfDay || g == Granularity::kHour || g == Granularity::kMinute;
  if (g != Granularity::kYear && g != Granularity::kMonth && !has_day) return "";
  std::string out;
  if (!AppendDigits(y, 4, &out)) return "";
  if (g == Granularity::kYear) return out;
  out += '-';
  if (!AppendDigits(m, 2, &out)) return "";
  if (g == Granularity::kMonth) return out;
  out += '-';
  if (!AppendDigits(d, 2, &out)) return "";
  if (g == Granularity::kDay) return out;
  out += 'T';
  if (g == Granularity::kPartOfDay) return out + PartOfDayCode(part_);
  if (!AppendDigits(hour_, 2, &out)) return "";
  out += ':';
  if (!AppendDigits(minute_, 2, &out)) return "";
  return out;
}

std::string Period::Value() const {
  if (!ok()) return "";
  const date::year_month_day ymd(first_day_);
  const int y = static_cast<int>(ymd.year());
  const int m = static_cast<int>(static_cast<unsigned>(ymd.month()));
  const int d = static_cast<int>(static_cast<unsigned>(ymd.day()));
  if (std::string fast = CommonValue(y, m, d); !fast.empty()) return fast;
  switch (granularity_) {
    case Granularity::kMillennium: return Printf("%d", y / 1000);
    case Granularity::kCentury: return Printf("%02d", y / 100);
    case Granularity::kDecade: return Printf("%03d", y / 10);
    case Granularity::kYear: return Printf("%04d", y);
    case Granularity::kHalfYear: return Printf("%04d-H%d", y, m <= 6 ? 1 : 2);
    case Granularity::kQuarter: return Printf("%04d-Q%d", y, (m - 1) / 3 + 1);
    case Granularity::kSeason: return Printf("%04d-", y) + SeasonCode(season_);
    case Granularity::kMonth: return Printf("%04d-%02d", y, m);
    case Granularity::kWeek: {
      const IsoWeek w = IsoWeekOf(first_day_);
      return Printf("%04d-W%02d", w.year, w.week) + (weekend_ ? "-WE" : "");
    }
    case Granularity::kDay: return Printf("%04d-%02d-%02d", y, m, d);
    case Granularity::kPartOfDay: return Printf("%04d-%02d-%02dT", y, m, d) + PartOfDayCode(part_);
    case Granularity::kHour:
    case Granularity::kMinute: return Printf("%04d-%02d-%02dT%02d:%02d", y, m, d, hour_, minute_);
    case Granularity::kSecond: return Printf("%04d-%02d-%02dT%02d:%02d", y, m, d, hour_, minute_) +
                                      Printf(":%02d", second_);
    case Granularity::kUnspecified: break;
  }
  return "";
}

Period Period::Shifted(int n) const {
  if (!ok() || n == 0) return *this;
  const date::year_month_day ymd(first_day_);
  const int y = static_cast<int>(ymd.year());
  Period p = *this;
  switch (granularity_) {
    case Granularity::kMillennium: return Millennium(y / 1000 + n);
    case Granularity::kCentury: return Century(y / 100 + n);
    case Granularity::kDecade: return Decade(y / 10 + n);
    case Granularity::kYear: return Year(y + n);
    case Granularity::kHalfYear:
    case Granularity::kQuarter:
    case Granularity::kMonth: {
      const int step = granularity_ == Granularity::kHalfYear ? 6 : granularity_ == Granularity::kQuarter ? 3 : 1;
      p.first_day_ = AddMonths(first_day_, step * n);
      return YearOk(p.year()) ? p : Period();
    }
    case Granularity::kSeason: {
      const int index = SeasonIndex(season_) + n;
      const int year = y + FloorDiv(index, 4);
      return SeasonOf(year, SeasonAt(((index % 4) + 4) % 4));
    }
    case Granularity::kWeek:
    case Granularity::kDay:
    case Granularity::kPartOfDay: {
      p.first_day_ += days((granularity_ == Granularity::kWeek ? 7 : 1) * n);
      return YearOk(p.year()) ? p : Period();
    }
    case Granularity::kHour:
    case Granularity::kMinute:
    case Granularity::kSecond: {
      const std::chrono::seconds step = granularity_ == Granularity::kHour     ? hours(1)
                                        : granularity_ == Granularity::kMinute ? minutes(1)
                                                                               : seconds(1);
      const LocalSeconds t = Begin() + step * n;
      const auto day = date::floor<days>(t);
      const date::hh_mm_ss<seconds> hms(t - day);
      p.first_day_ = Days(day.time_since_epoch());
      p.hour_ = static_cast<int8_t>(hms.hours().count());
      p.minute_ = static_cast<int8_t>(hms.minutes().count());
      p.second_ = static_cast<int8_t>(hms.seconds().count());
      return YearOk(p.year()) ? p : Period();
    }
    case Granularity::kUnspecified: break;
  }
  return Period();
}

Period Period::Containing(Granularity g) const {
  if (!ok() || g == granularity_) return *this;
  if (g > granularity_ && !(granularity_ == Granularity::kWeek && weekend_ && g == Granularity::kDay)) {
    return Period();
  }
  const date::year_month_day ymd(first_day_);
  const int y = static_cast<int>(ymd.year());
  const int m = static_cast<int>(static_cast<unsigned>(ymd.month()));
  switch (g) {
    case Granularity::kMillennium: return Millennium(y / 1000);
    case Granularity::kCentury: return Century(y / 100);
    case Granularity::kDecade: return Decade(y / 10);
    case Granularity::kYear: return Year(y);
    case Granularity::kHalfYear: return HalfYear(y, m <= 6 ? 1 : 2);
    case Granularity::kQuarter: return Quarter(y, (m - 1) / 3 + 1);
    case Granularity::kSeason: {
      if (m <= 2) return SeasonOf(y - 1, Season::kWinter);
      if (m == 12) return SeasonOf(y, Season::kWinter);
      return SeasonOf(y, SeasonAt((m - 3) / 3));
    }
    case Granularity::kMonth: return Month(y, m);
    case Granularity::kWeek: {
      const IsoWeek w = IsoWeekOf(first_day_);
      return Week(w.year, w.week);
    }
    case Granularity::kDay: return Day(first_day_);
    default: return Period();
  }
}

bool Period::operator==(const Period& o) const {
  return granularity_ == o.granularity_ && first_day_ == o.first_day_ && weekend_ == o.weekend_ &&
         season_ == o.season_ && part_ == o.part_ && hour_ == o.hour_ && minute_ == o.minute_ &&
         second_ == o.second_;
}

IsoWeek IsoWeekOf(Days day) {
  const iso_week::year_weeknum_weekday w(day);
  return {static_cast<int>(w.year()), static_cast<int>(static_cast<unsigned>(w.weeknum()))};
}

int IsoWeekday(Days day) { return static_cast<int>(date::weekday(day).iso_encoding()); }

int IsoWeeksInYear(int iso_year) {
  return static_cast<int>(static_cast<unsigned>(
      iso_week::year_lastweek_weekday(iso_week::year(iso_year), iso_week::mon).weeknum()));
}

// The Gregorian computus: the first Sunday after the ecclesiastical full
// moon on or after March 21, from the year's place in the 19-year lunar
// cycle (golden number) and the century's solar and lunar corrections.
std::optional<Days> EasterSunday(int year) {
  if (!YearOk(year)) return std::nullopt;
  const int golden = year % 19;
  const int century = year / 100;
  const int leap_skips = century / 4;
  const int lunar_correction = (8 * century + 13) / 25;
  const int epact = (19 * golden + century - leap_skips - lunar_correction + 15) % 30;
  const int weekday_offset = (32 + 2 * (century % 4) + 2 * ((year % 100) / 4) - epact - (year % 100) % 4) % 7;
  const int march_skip = (golden + 11 * epact + 22 * weekday_offset) / 451;
  const int day_of_march = epact + weekday_offset - 7 * march_skip + 22;  // 22..56
  return Days{date::year(year) / date::March / 1} + date::days(day_of_march - 1);
}

std::string FormatLocal(LocalSeconds t) {
  char out[kMaxLocalTimeBytes];
  return std::string(out, WriteLocal(t, out));
}

char* WriteLocal(LocalSeconds t, char* out) {
  const auto day = date::floor<days>(t);
  const date::year_month_day ymd{date::sys_days(day.time_since_epoch())};
  const date::hh_mm_ss<seconds> hms(t - day);
  const int year = static_cast<int>(ymd.year());
  if (year >= 0 && year <= 9999) {
    // Every expression's interval is formatted twice: digits by hand cost a
    // fraction of snprintf's format parsing, and two at a time from a table
    // half of a division per digit.
    static constexpr char kPairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    const auto put = [out](int at, int value) {  // value < 100
      out[at] = kPairs[2 * value];
      out[at + 1] = kPairs[2 * value + 1];
    };
    put(0, year / 100);
    put(2, year % 100);
    put(5, static_cast<int>(static_cast<unsigned>(ymd.month())));
    put(8, static_cast<int>(static_cast<unsigned>(ymd.day())));
    put(11, static_cast<int>(hms.hours().count()));
    put(14, static_cast<int>(hms.minutes().count()));
    put(17, static_cast<int>(hms.seconds().count()));
    out[4] = out[7] = '-';
    out[10] = 'T';
    out[13] = out[16] = ':';
    return out + 19;
  }
  std::snprintf(out, kMaxLocalTimeBytes, "%04d-%02u-%02uT%02d:%02d:%02d", year,
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return out + std::strlen(out);
}

}  // namespace chronicle::temporal
