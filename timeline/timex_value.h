// Civil spans for the simple TIMEX3 values, for times that carry a `value`
// but no `interval` (hand-written timelines, older extractor output). The
// resolver normally fills `interval`, which always wins over this.
//
//   SpanOfTimexValue("2025-W32")         -> [2025-08-04T00:00, 2025-08-11T00:00)
//   SpanOfTimexValue("2025-08-14T10:30") -> [10:30, 10:31), GRANULARITY_MINUTE
//
// Years, months, days, ISO weeks (and their weekends) and clock times are
// understood; vaguer values ("PAST_REF", "2025-SU", "P3Y") give nothing, and
// their events count as undated.

#ifndef CHRONICLE_TIMELINE_TIMEX_VALUE_H_
#define CHRONICLE_TIMELINE_TIMEX_VALUE_H_

#include <optional>
#include <string_view>

#include "absl/time/civil_time.h"
#include "proto/timeline.pb.h"

namespace chronicle {

// A half-open span [begin, end) of civil (wall-clock) time.
struct CivilSpan {
  absl::CivilSecond begin;
  absl::CivilSecond end;

  bool Overlaps(const CivilSpan& other) const { return begin < other.end && other.begin < end; }
  bool Contains(const CivilSpan& other) const { return begin <= other.begin && other.end <= end; }
};

// A span read from a TIMEX3 value, with the granularity the value's shape
// implies.
struct TimexSpan {
  CivilSpan span;
  Granularity granularity = GRANULARITY_UNSPECIFIED;
};

std::optional<TimexSpan> SpanOfTimexValue(std::string_view value);

// "2025-08-15", "2025-08-15T10:30" or "2025-08-15T10:30:00", with anything
// after the seconds (a fraction, "Z", an offset) ignored.
std::optional<absl::CivilSecond> ParseLocalTime(std::string_view text);

// The end of a span that starts at `begin` and lasts one unit of
// `granularity` (a day for GRANULARITY_DAY, a minute for MINUTE...). Coarser
// units than a year count as a year; part of a day as six hours.
absl::CivilSecond AddGranularityUnit(absl::CivilSecond begin, Granularity granularity);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_TIMEX_VALUE_H_
