// The dates that offsets reach, for dating events. TimeML annotates "Two
// days later" as the duration P2D, and so does the resolver; it adds the date
// the offset reaches from the time in focus as an alternative reading. An
// event told with such an offset happened on that date, so the event
// extractor reads the expression as that date:
//
//   "The round ended on Sept. 9. Two days later, Al Thani flew to
//    Washington to meet Rubio."
//   ReachedDate(<"Two days", P2D, alternative 2025-09-11>)
//     -> DATE 2025-09-11, interval [2025-09-11T00:00:00, 2025-09-12T00:00:00)

#ifndef CHRONICLE_EXTRACTOR_EVENTS_REACHED_TIMES_H_
#define CHRONICLE_EXTRACTOR_EVENTS_REACHED_TIMES_H_

#include <optional>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle::events {

// For a duration counted from an earlier expression whose reading as a date
// is known: the same span of text as a DATE of that day, month or year,
// anchored to the earlier expression. Nothing for any other expression.
std::optional<TimeExpression> ReachedDate(const TimeExpression& offset);

// Whether any of `times` has a ReachedDate.
bool AnyReachesDate(const std::vector<TimeExpression>& times);

// `times` with each offset that reaches a date replaced by that date.
std::vector<TimeExpression> WithReachedDates(const std::vector<TimeExpression>& times);

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_REACHED_TIMES_H_
