// The typed, underspecified value of a time expression, as the grammar
// extracts it and before anything is resolved. Resolution against an anchor
// happens later, in resolver.h; nothing here knows the publication date.
//
//   "Tuesday evening"   -> {kind: kTime, weekday: 2, part_of_day: kEvening}
//   "last week"         -> {kind: kDate, unit: kWeek, shift: -1}
//   "Aug. 15"           -> {kind: kDate, month: 8, day: 15}
//   "three weeks ago"   -> {kind: kDate, amount: 3, unit: kWeek, offset: kAnchor, sign: -1}
//   "four years after the withdrawal"
//                       -> {kind: kDuration, amount: 4, unit: kYear, offset: kEvent, sign: +1}
//
// HeidelTime encodes such values as strings ("UNDEF-last-week") and parses
// them again; here each notion is a field of its own.

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_TEMPORAL_VALUE_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_TEMPORAL_VALUE_H_

#include <cstdint>
#include <string>

#include "extractor/temporal/calendar.h"

namespace chronicle::temporal {

// A calendar unit, for durations, shifts and sets.
enum class Unit : uint8_t {
  kNone,
  kSecond,
  kMinute,
  kHour,
  kPartOfDay,
  kDay,
  kWeekend,
  kWeek,
  kFortnight,
  kMonth,
  kSeason,
  kQuarter,
  kHalfYear,
  kYear,
  kDecade,
  kCentury,
  kMillennium,
};

// Parses "day", "week", ... (the names used in the grammar); kNone if unknown.
Unit UnitFromName(std::string_view name);
const char* UnitName(Unit u);
// The granularity of a period of this unit (kWeekend -> kWeek).
Granularity UnitGranularity(Unit u);

// How an underspecified date such as "Friday" or "March" picks its
// occurrence relative to the anchor.
enum class Direction : uint8_t {
  kByContext,  // from the tense around it, or the nearest occurrence
  kPast,       // "last March", "previous Friday"
  kFuture,     // "next March", "coming Friday"
  kThis,       // "this Friday": in the anchor's week / year
  kPreviousUnit,  // "last Friday": in the week before the anchor's
  kNextUnit,      // "next Friday": in the week after the anchor's
};

// What an offset ("three weeks ago", "a week later") counts from.
enum class OffsetBase : uint8_t {
  kNone,
  kAnchor,     // "ago", "from now": the publication time
  kReference,  // "later", "earlier", "prior": the time in focus
  kEvent,      // "after the withdrawal": an event named in the text
};

// TimeML reference values.
enum class RefKind : uint8_t { kNone, kPresent, kPast, kFuture };

// TIMEX3 mods. kNone means none.
enum class Mod : uint8_t {
  kNone,
  kBefore,
  kAfter,
  kOnOrBefore,
  kOnOrAfter,
  kLessThan,
  kMoreThan,
  kEqualOrLess,
  kEqualOrMore,
  kStart,
  kMid,
  kEnd,
  kApprox,
};
Mod ModFromName(std::string_view name);
const char* ModName(Mod m);  // "START"; "" for kNone

struct TemporalValue {
  static constexpr int16_t kUnset = -32768;

  enum class Kind : uint8_t { kNone, kNumber, kDate, kTime, kDuration, kSet, kRef };
  Kind kind = Kind::kNone;

  // Calendar fields; kUnset when the text does not give them.
  int16_t year = kUnset;
  int16_t century = kUnset;  // 19 for "the 20th century" and "the 1900s"
  int16_t decade = kUnset;   // 199 for "the 1990s"
  int16_t half = kUnset;
  int16_t quarter = kUnset;
  int16_t month = kUnset;
  int16_t week = kUnset;
  int16_t day = kUnset;
  int16_t weekday = kUnset;  // ISO, Monday = 1
  int16_t hour = kUnset;
  int16_t minute = kUnset;
  int16_t second = kUnset;
  Season season = Season::kNone;
  PartOfDay part_of_day = PartOfDay::kNone;
  bool weekend = false;
  // Two-digit year ("'98"): `year` holds the digits and the century is
  // inferred from the anchor.
  bool two_digit_year = false;
  // "p.m." (+1), "a.m." (-1) or neither (0); applied to `hour`.
  int8_t meridiem = 0;
  // Index into the zone table (zones.h), or -1.
  int16_t zone = -1;

  // A shift from the anchor or reference by whole units: "yesterday" is
  // {unit: kDay, shift: -1}, "this year" {unit: kYear, shift: 0}.
  bool has_shift = false;
  int16_t shift = 0;
  // Unit of the shift (dates), of the duration, or of the set's period.
  Unit unit = Unit::kNone;
  Direction direction = Direction::kByContext;
  // Shift from the time in focus rather than the anchor ("the next day").
  bool from_reference = false;
  // With `from_reference`: the shift from the anchor to use when no time of
  // that unit is in focus ("the quarter" is then the last one); kUnset means
  // `shift`.
  int16_t fallback_shift = kUnset;

  // Quantity of a number, a duration or an offset; `vague` when the text
  // gives none ("several years", "weeks" -> "PXY", "PXW").
  double amount = 0;
  bool vague = false;

  OffsetBase offset = OffsetBase::kNone;
  int8_t sign = 0;  // +1 after/later, -1 before/earlier/ago
  // Byte span of the reference of a kEvent offset ("the U.S. withdrawal").
  int32_t reference_begin = -1;
  int32_t reference_end = -1;

  Mod mod = Mod::kNone;
  RefKind ref = RefKind::kNone;
  // A tense the phrase itself implies, overriding the clause's: -1 past
  // ("since March"), +1 future ("as soon as Tuesday", "effective Jan. 1"),
  // 0 none. Unlike a clause's tense it is certain: a yearless date takes its
  // occurrence on that side of the anchor. kPastUnlessFuture is past unless
  // the clause looks ahead ("Wednesday's ruling", but "will attend Monday's
  // meeting"); the annotator settles it before resolving.
  static constexpr int8_t kPastUnlessFuture = -2;
  int8_t tense_hint = 0;
  // The quarter, half or month in focus, moved into the year this value
  // resolves to: "the 1988 quarter" after "the third quarter" is 1988-Q3.
  // Without such a period in focus, the year itself.
  bool like_period_focus = false;
  // Widen the resolved period to this granularity ("the quarter ended
  // Sept. 30" is the quarter, not the day); kUnspecified for none.
  Granularity coarsen_to = Granularity::kUnspecified;
  // Days to move the resolved day by: "the day before Thanksgiving" is
  // Thanksgiving with -1, "the week after Easter" Easter with 7 (and a
  // week's granularity).
  int16_t days_later = 0;

  // For sets: "EVERY", "EACH"; and the frequency ("2X" for "twice a week").
  const char* quant = "";
  int16_t times = 0;

  // A day that the grammar fixed to a holiday rule, e.g. the fourth
  // Thursday of November: {nth_weekday: 4, weekday: 4, month: 11}.
  int16_t nth_weekday = kUnset;
  // A day counted from Western Easter Sunday, whose date moves from year to
  // year: -2 for Good Friday, 1 for Easter Monday.
  int16_t days_after_easter = kUnset;

  static bool Set(int16_t v) { return v != kUnset; }
  bool HasCalendarFields() const;
  bool HasTimeOfDay() const { return Set(hour) || part_of_day != PartOfDay::kNone; }

  // Fills the fields unset here from `other` (an intersection: "Friday" +
  // "Aug. 15", "Tuesday" + "evening"). Returns false when the two disagree
  // on a field they both set.
  bool MergeFrom(const TemporalValue& other);

  // A compact description for tests and debugging: "date weekday=2 pod=EV".
  std::string DebugString() const;
};

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_TEMPORAL_VALUE_H_
