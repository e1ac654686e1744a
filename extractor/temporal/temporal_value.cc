#include "extractor/temporal/temporal_value.h"

#include <cstring>
#include <string_view>

#include "absl/strings/str_cat.h"

namespace chronicle::temporal {
namespace {

struct UnitEntry {
  Unit unit;
  const char* name;
  Granularity granularity;
};
constexpr UnitEntry kUnits[] = {
    {Unit::kSecond, "second", Granularity::kSecond},      {Unit::kMinute, "minute", Granularity::kMinute},
    {Unit::kHour, "hour", Granularity::kHour},            {Unit::kPartOfDay, "pod", Granularity::kPartOfDay},
    {Unit::kDay, "day", Granularity::kDay},               {Unit::kWeekend, "weekend", Granularity::kWeek},
    {Unit::kWeek, "week", Granularity::kWeek},            {Unit::kFortnight, "fortnight", Granularity::kWeek},
    {Unit::kMonth, "month", Granularity::kMonth},         {Unit::kSeason, "season", Granularity::kSeason},
    {Unit::kQuarter, "quarter", Granularity::kQuarter},   {Unit::kHalfYear, "half", Granularity::kHalfYear},
    {Unit::kYear, "year", Granularity::kYear},            {Unit::kDecade, "decade", Granularity::kDecade},
    {Unit::kCentury, "century", Granularity::kCentury},   {Unit::kMillennium, "millennium", Granularity::kMillennium},
};

constexpr const char* kModNames[] = {"",         "BEFORE",        "AFTER",         "ON_OR_BEFORE", "ON_OR_AFTER",
                                     "LESS_THAN", "MORE_THAN",    "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START",
                                     "MID",       "END",          "APPROX"};

template <typename T>
bool Fill(T* mine, T theirs, T unset) {
  if (theirs == unset) return true;
  if (*mine == unset) {
    *mine = theirs;
    return true;
  }
  return *mine == theirs;
}

}  // namespace

Unit UnitFromName(std::string_view name) {
  for (const UnitEntry& e : kUnits) {
    if (name == e.name) return e.unit;
  }
  return Unit::kNone;
}

const char* UnitName(Unit u) {
  for (const UnitEntry& e : kUnits) {
    if (e.unit == u) return e.name;
  }
  return "none";
}

Granularity UnitGranularity(Unit u) {
  for (const UnitEntry& e : kUnits) {
    if (e.unit == u) return e.granularity;
  }
  return Granularity::kUnspecified;
}

Mod ModFromName(std::string_view name) {
  for (size_t i = 1; i < sizeof kModNames / sizeof kModNames[0]; ++i) {
    if (name == kModNames[i]) return static_cast<Mod>(i);
  }
  return Mod::kNone;
}

const char* ModName(Mod m) { return kModNames[static_cast<int>(m)]; }

bool TemporalValue::HasCalendarFields() const {
  return Set(year) || Set(century) || Set(decade) || Set(half) || Set(quarter) || Set(month) || Set(week) ||
         Set(day) || Set(weekday) || Set(hour) || season != Season::kNone || part_of_day != PartOfDay::kNone ||
         weekend || Set(nth_weekday) || Set(days_after_easter);
}

bool TemporalValue::MergeFrom(const TemporalValue& o) {
  bool ok = Fill(&year, o.year, kUnset) && Fill(&century, o.century, kUnset) &&
            Fill(&decade, o.decade, kUnset) && Fill(&half, o.half, kUnset) && Fill(&quarter, o.quarter, kUnset) &&
            Fill(&month, o.month, kUnset) && Fill(&week, o.week, kUnset) && Fill(&day, o.day, kUnset) &&
            Fill(&weekday, o.weekday, kUnset) && Fill(&hour, o.hour, kUnset) && Fill(&minute, o.minute, kUnset) &&
            Fill(&second, o.second, kUnset) && Fill(&season, o.season, Season::kNone) &&
            Fill(&part_of_day, o.part_of_day, PartOfDay::kNone) && Fill(&nth_weekday, o.nth_weekday, kUnset) &&
            Fill(&days_after_easter, o.days_after_easter, kUnset);
  weekend = weekend || o.weekend;
  two_digit_year = two_digit_year || o.two_digit_year;
  if (meridiem == 0) meridiem = o.meridiem;
  if (zone < 0) zone = o.zone;
  if (!has_shift && o.has_shift) {
    has_shift = true;
    shift = o.shift;
    if (unit == Unit::kNone) unit = o.unit;
    from_reference = from_reference || o.from_reference;
  }
  if (direction == Direction::kByContext) direction = o.direction;
  if (mod == Mod::kNone) mod = o.mod;
  if (tense_hint == 0) tense_hint = o.tense_hint;
  if (coarsen_to == Granularity::kUnspecified) coarsen_to = o.coarsen_to;
  like_period_focus = like_period_focus || o.like_period_focus;
  if (days_later == 0) days_later = o.days_later;
  if (o.kind == Kind::kTime || HasTimeOfDay()) kind = Kind::kTime;
  return ok;
}

std::string TemporalValue::DebugString() const {
  static const char* const kKinds[] = {"none", "number", "date", "time", "duration", "set", "ref"};
  std::string s = kKinds[static_cast<int>(kind)];
  const auto field = [&s](const char* name, int16_t v) {
    if (Set(v)) absl::StrAppend(&s, " ", name, "=", v);
  };
  field("year", year);
  field("century", century);
  field("decade", decade);
  field("half", half);
  field("quarter", quarter);
  field("month", month);
  field("week", week);
  field("day", day);
  field("weekday", weekday);
  field("hour", hour);
  field("minute", minute);
  field("nth", nth_weekday);
  field("easter", days_after_easter);
  if (season != Season::kNone) absl::StrAppend(&s, " season=", SeasonCode(season));
  if (part_of_day != PartOfDay::kNone) absl::StrAppend(&s, " pod=", PartOfDayCode(part_of_day));
  if (weekend) absl::StrAppend(&s, " weekend");
  if (meridiem) absl::StrAppend(&s, meridiem > 0 ? " pm" : " am");
  if (zone >= 0) absl::StrAppend(&s, " zone=", zone);
  if (has_shift) absl::StrAppend(&s, " shift=", shift);
  if (unit != Unit::kNone) absl::StrAppend(&s, " unit=", UnitName(unit));
  if (direction != Direction::kByContext) absl::StrAppend(&s, " dir=", static_cast<int>(direction));
  if (from_reference) absl::StrAppend(&s, " from_reference");
  if (amount != 0 || vague) absl::StrAppend(&s, " amount=", vague ? std::string("X") : absl::StrCat(amount));
  if (offset != OffsetBase::kNone) absl::StrAppend(&s, " offset=", static_cast<int>(offset), " sign=", sign);
  if (mod != Mod::kNone) absl::StrAppend(&s, " mod=", ModName(mod));
  if (ref != RefKind::kNone) absl::StrAppend(&s, " ref=", static_cast<int>(ref));
  if (std::strlen(quant)) absl::StrAppend(&s, " quant=", quant);
  if (times) absl::StrAppend(&s, " times=", times);
  if (like_period_focus) absl::StrAppend(&s, " like=period");
  if (days_later) absl::StrAppend(&s, " days_later=", days_later);
  return s;
}

}  // namespace chronicle::temporal
