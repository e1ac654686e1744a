#include "extractor/temporal/field_resolver.h"


namespace chronicle::temporal {
namespace {

using date::days;
constexpr int16_t kUnset = TemporalValue::kUnset;
// How many days of distance a tense outweighs when choosing the year of a
// yearless date ("in October", "on March 12").
constexpr long kTensePenaltyDays = 200;
bool Set(int16_t v) { return v != kUnset; }

// The hour after "p.m." / "a.m.": 12 p.m. is noon, 12 a.m. midnight.
int AdjustedHour(const TemporalValue& v) {
  int h = v.hour;
  if (v.meridiem > 0 && h < 12) h += 12;
  if (v.meridiem < 0 && h == 12) h = 0;
  return h;
}

// The period the fields name within one year, or not ok when they name
// nothing in that year (or too little to be a period).
Period InYear(const TemporalValue& v, int year) {
  if (Set(v.days_after_easter)) {
    const std::optional<Days> easter = EasterSunday(year);
    if (!easter) return Period{};
    return Period::Day(*easter + days(v.days_after_easter));
  }
  if (Set(v.month) && Set(v.nth_weekday) && Set(v.weekday)) {
    const Period month = Period::Month(year, v.month);
    if (!month.ok()) return month;
    const date::year_month ym(date::year(year), date::month(static_cast<unsigned>(v.month)));
    const date::weekday wd(static_cast<unsigned>(v.weekday % 7));
    if (v.nth_weekday >= 5) return Period::Day(Days(ym / date::weekday_last(wd)));
    return Period::Day(Days(ym / date::weekday_indexed(wd, static_cast<unsigned>(v.nth_weekday))));
  }
  if (Set(v.month) && Set(v.day)) return Period::Day(year, v.month, v.day);
  if (Set(v.month)) return Period::Month(year, v.month);
  if (Set(v.week)) return v.weekend ? Period::Weekend(year, v.week) : Period::Week(year, v.week);
  if (v.season != Season::kNone) return Period::SeasonOf(year, v.season);
  if (Set(v.quarter)) return Period::Quarter(year, v.quarter);
  if (Set(v.half)) return Period::HalfYear(year, v.half);
  return Period::Year(year);
}

bool NeedsYear(const TemporalValue& v) {
  return !Set(v.year) && !Set(v.decade) && !Set(v.century) &&
         (Set(v.month) || Set(v.week) || Set(v.days_after_easter) || v.season != Season::kNone || Set(v.quarter) ||
          Set(v.half));
}

// Chooses the year of a yearless period from the anchor: `pick` ranks the
// candidates of the years around it.
std::optional<FieldResolution> ChooseYear(const TemporalValue& v, Days anchor, Tense tense) {
  const int anchor_year = static_cast<int>(date::year_month_day(anchor).year());
  const LocalSeconds now{anchor.time_since_epoch()};
  const LocalSeconds tomorrow = now + days(1);
  Period before, after;  // latest beginning on or before the anchor day; earliest ending after it
  for (int y = anchor_year - 2; y <= anchor_year + 2; ++y) {
    const Period p = InYear(v, y);
    if (!p.ok()) continue;
    if (p.Begin() < tomorrow) before = p;
    if (!after.ok() && p.End() > now) after = p;
  }
  if (Set(v.weekday) && Set(v.day) && !Set(v.nth_weekday)) {
    // "Friday, Aug. 15": the nearest year in which Aug. 15 is a Friday.
    for (int distance = 0; distance <= 6; ++distance) {
      for (int y : {anchor_year + distance, anchor_year - distance}) {
        const Period p = InYear(v, y);
        if (p.ok() && IsoWeekday(p.first_day()) == v.weekday) {
          FieldResolution r;
          r.period = p;
          r.evidence = "weekday";
          return r;
        }
      }
    }
  }
  FieldResolution r;
  switch (v.direction) {
    case Direction::kThis:
      r.period = InYear(v, anchor_year);
      r.evidence = "this";
      break;
    case Direction::kPast:
    case Direction::kPreviousUnit: {
      // "last March": the latest March that has ended.
      Period p;
      for (int y = anchor_year - 2; y <= anchor_year; ++y) {
        const Period c = InYear(v, y);
        if (c.ok() && c.End() <= now) p = c;
      }
      r.period = p;
      r.evidence = "last";
      break;
    }
    case Direction::kFuture:
    case Direction::kNextUnit: {
      Period p;
      for (int y = anchor_year + 2; y >= anchor_year; --y) {
        const Period c = InYear(v, y);
        if (c.ok() && c.Begin() >= tomorrow) p = c;
      }
      r.period = p;
      r.evidence = "next";
      break;
    }
    case Direction::kByContext: {
      // A tense that the phrase itself gives ("since March", "effective
      // Jan. 1") is certain: the one on that side of the anchor.
      if (v.tense_hint != 0 && before.ok() && after.ok()) {
        r.period = v.tense_hint < 0 ? before : after;
        r.evidence = v.tense_hint < 0 ? "phrase:past" : "phrase:future";
        break;
      }
      // The nearer occurrence, the tense weighing against the other side:
      // news mostly names months and days within half a year of its date,
      // and a tense guessed from a nearby verb can be that of another clause.
      if (!before.ok() || !after.ok() || before == after) {
        r.period = before.ok() ? before : after;
        r.evidence = "only";
        break;
      }
      const auto distance = [&](const Period& p) {
        if (p.Begin() <= now && now < p.End()) return 0L;
        const auto d = p.Begin() > now ? p.Begin() - now : now - p.End();
        return static_cast<long>(std::chrono::duration_cast<date::days>(d).count());
      };
      long back = distance(before);
      long ahead = distance(after);
      if (tense == Tense::kPast) ahead += kTensePenaltyDays;
      if (tense == Tense::kFuture) back += kTensePenaltyDays;
      r.period = back <= ahead ? before : after;
      r.evidence = tense == Tense::kUnknown || tense == Tense::kPresent ? "nearest"
                   : tense == Tense::kPast                             ? "tense:past"
                                                                       : "tense:future";
      break;
    }
  }
  if (!r.period.ok()) return std::nullopt;
  return r;
}

// The day of a weekday: in a given week, or the latest/earliest around the
// anchor.
std::optional<FieldResolution> ChooseWeekday(int weekday, Direction direction, Days anchor, Tense tense) {
  const int today = IsoWeekday(anchor);
  const Days monday = anchor - days(today - 1);
  const Days in_this_week = monday + days(weekday - 1);
  const Days latest_past = anchor - days((today - weekday + 7) % 7);   // on or before today
  const Days earliest_next = anchor + days((weekday - today + 7) % 7);  // on or after today
  FieldResolution r;
  switch (direction) {
    case Direction::kThis:
      r.period = Period::Day(in_this_week);
      r.evidence = "this-week";
      return r;
    case Direction::kPreviousUnit:
      r.period = Period::Day(in_this_week - days(7));
      r.evidence = "previous-week";
      return r;
    case Direction::kNextUnit:
      r.period = Period::Day(in_this_week + days(7));
      r.evidence = "next-week";
      return r;
    case Direction::kPast:
      r.period = Period::Day(latest_past == anchor ? anchor - days(7) : latest_past);
      r.evidence = "last";
      return r;
    case Direction::kFuture:
      r.period = Period::Day(earliest_next == anchor ? anchor + days(7) : earliest_next);
      r.evidence = "next";
      return r;
    case Direction::kByContext:
      break;
  }
  if (tense == Tense::kPast) {
    r.period = Period::Day(latest_past);
    r.evidence = "tense:past";
    if (latest_past == anchor) r.alternative = Period::Day(anchor - days(7)), r.alternative_reason = "a week ago";
    return r;
  }
  if (tense == Tense::kFuture) {
    r.period = Period::Day(earliest_next);
    r.evidence = "tense:future";
    if (earliest_next == anchor) r.alternative = Period::Day(anchor + days(7)), r.alternative_reason = "next week";
    return r;
  }
  // No tense: the nearer one; the other is an alternative reading.
  const int back = (anchor - latest_past).count();
  const int ahead = (earliest_next - anchor).count();
  const bool past_nearer = back <= ahead;
  r.period = Period::Day(past_nearer ? latest_past : earliest_next);
  r.alternative = Period::Day(past_nearer ? earliest_next : latest_past);
  r.alternative_reason = past_nearer ? "coming" : "previous";
  if (back == 0) {
    r.alternative = Period::Day(anchor + days(7));
    r.alternative_reason = "next week";
  }
  r.evidence = "nearest";
  return r;
}

int InferTwoDigitYear(int yy, int anchor_year) {
  const int century = anchor_year / 100 * 100;
  int y = century + yy;
  if (y > anchor_year + 10) y -= 100;
  return y;
}

}  // namespace

Period FieldsInYear(const TemporalValue& v, int year) { return InYear(v, year); }

Period WithTimeOfDay(const TemporalValue& v, Days day) {
  if (Set(v.hour)) {
    const int h = AdjustedHour(v);
    if (Set(v.second)) return Period::Second(day, h, Set(v.minute) ? v.minute : 0, v.second);
    if (Set(v.minute)) return Period::Minute(day, h, v.minute);
    return Period::Hour(day, h);
  }
  if (v.part_of_day != PartOfDay::kNone) return Period::Day(day).WithPartOfDay(v.part_of_day);
  return Period::Day(day);
}

// "the 15th": in the base day's month, unless the tense points past it:
// "met on the 20th" early in August is July's, "will meet on the 5th" late
// in it September's.
Period DayOfMonthNear(Days base_day, int day, Tense tense) {
  const date::year_month_day ymd(base_day);
  const auto day_in = [&](date::year_month ym) {
    return Period::Day(static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month())), day);
  };
  const date::year_month base = ymd.year() / ymd.month();
  const Period p = day_in(base);
  if (tense == Tense::kPast && (!p.ok() || p.first_day() > base_day)) return day_in(base - date::months(1));
  if (tense == Tense::kFuture && (!p.ok() || p.first_day() < base_day)) return day_in(base + date::months(1));
  return p;
}

std::optional<FieldResolution> ResolveFields(const TemporalValue& v, Days base_day, Tense tense) {
  const int base_year = static_cast<int>(date::year_month_day(base_day).year());
  FieldResolution r;
  if (Set(v.century) && !Set(v.decade) && !Set(v.year)) {
    r.period = Period::Century(v.century);
  } else if (Set(v.decade) && !Set(v.year)) {
    int decade = v.decade;
    if (decade < 10) decade = (base_year / 100) * 10 + decade;  // "the '90s"
    if (decade * 10 > base_year + 5) decade -= 10;
    r.period = Period::Decade(decade);
  } else if (Set(v.year)) {
    const int year = v.two_digit_year ? InferTwoDigitYear(v.year, base_year) : v.year;
    r.period = InYear(v, year);
  } else if (NeedsYear(v)) {
    std::optional<FieldResolution> chosen = ChooseYear(v, base_day, tense);
    if (!chosen) return std::nullopt;
    r = *chosen;
  } else if (Set(v.weekday)) {
    std::optional<FieldResolution> chosen = ChooseWeekday(v.weekday, v.direction, base_day, tense);
    if (!chosen) return std::nullopt;
    r = *chosen;
  } else if (Set(v.day)) {
    r.period = DayOfMonthNear(base_day, v.day, tense);
  } else {
    r.period = Period::Day(base_day);  // a time of day alone
  }
  if (!r.period.ok()) return std::nullopt;
  if (r.period.granularity() == Granularity::kDay && v.HasTimeOfDay()) {
    r.period = WithTimeOfDay(v, r.period.first_day());
    if (r.alternative) r.alternative = WithTimeOfDay(v, r.alternative->first_day());
    if (!r.period.ok()) return std::nullopt;
  }
  return r;
}

}  // namespace chronicle::temporal
