// Internal to the resolver: turns the calendar fields of a TemporalValue
// ("Aug. 15", "Tuesday evening", "the third quarter", "late 2024") into a
// Period, choosing the missing year or week from the anchor, the tense and
// explicit words such as "last" or "next".
//
//   fields {weekday: 5}, anchor Wed 2025-08-13, tense future -> 2025-08-15
//   fields {month: 7},   anchor 2025-08-13, tense past       -> 2025-07

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_FIELD_RESOLVER_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_FIELD_RESOLVER_H_

#include <optional>
#include <string>

#include "extractor/temporal/calendar.h"
#include "extractor/temporal/resolver.h"
#include "extractor/temporal/temporal_value.h"

namespace chronicle::temporal {

struct FieldResolution {
  Period period;
  std::string evidence;  // how a missing part was chosen: "tense:past", "nearest"
  // Another reading when the choice was a close call.
  std::optional<Period> alternative;
  std::string alternative_reason;
};

// `base_day` is the day that fields without a day attach to: the anchor's,
// a heading's, or a shifted day ("yesterday").
std::optional<FieldResolution> ResolveFields(const TemporalValue& v, Days base_day, Tense tense);

// The period the calendar fields name within `year`: a month, a day, a
// quarter...; the year itself when they name nothing finer.
Period FieldsInYear(const TemporalValue& v, int year);

// Applies a time of day (hour and minute, or a part of day) to a day.
Period WithTimeOfDay(const TemporalValue& v, Days day);

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_FIELD_RESOLVER_H_
