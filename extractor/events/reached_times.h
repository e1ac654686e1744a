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

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle::events {

// For a duration counted from an earlier expression whose reading as a date
// is known: the same span of text as a DATE of that day, month or year,
// anchored to the earlier expression. Nothing for any other expression.
std::optional<TimeExpression> ReachedDate(const TimeExpression& offset);

// A piece's expressions as the event extractor reads them: each offset
// that reaches a date as that date, the others as they are. Only the dates
// are copies, not a long document's thousands of other expressions.
//
//   const ReachedTimes times(resolved);  // "Sept. 9", "Two days later"
//   times[1].value();                    // "2025-09-11"
class ReachedTimes {
 public:
  // `times` must outlive the ReachedTimes.
  explicit ReachedTimes(const std::vector<TimeExpression>& times);

  const TimeExpression& operator[](size_t i) const {
    const int32_t reached = reached_at_.empty() ? -1 : reached_at_[i];
    return reached < 0 ? times_[i] : reached_[reached];
  }
  size_t size() const { return times_.size(); }
  // The expressions as the resolver gave them.
  const std::vector<TimeExpression>& as_resolved() const { return times_; }

 private:
  const std::vector<TimeExpression>& times_;
  std::vector<TimeExpression> reached_;
  // By expression, its date's index in reached_ or -1; empty when no
  // expression reaches a date.
  std::vector<int32_t> reached_at_;
};

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_REACHED_TIMES_H_
