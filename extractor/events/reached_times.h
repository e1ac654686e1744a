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
//
// An offset from an event dates that event the other way: in "will meet on
// Monday, a week after Trump's summit with Putin" the resolver relates "a
// week" to "Trump's summit" at about 2025-08-11, and the summit is read as
// that date (ReferenceDate, ReferenceSpan).

#ifndef CHRONICLE_EXTRACTOR_EVENTS_REACHED_TIMES_H_
#define CHRONICLE_EXTRACTOR_EVENTS_REACHED_TIMES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle::events {

// For a duration counted from an earlier expression whose reading as a date
// is known: the same span of text as a DATE of that day, month or year,
// anchored to the earlier expression. Nothing for any other expression.
std::optional<TimeExpression> ReachedDate(const TimeExpression& offset);

// For an offset from an event whose date the resolver derived (a day,
// month or year): that date as an APPROX DATE over the offset's span of
// text, for the event referred to. Nothing for any other expression.
std::optional<TimeExpression> ReferenceDate(const TimeExpression& offset);

// Bytes [begin, end) of `text` where the reference of `offset` is written:
// just after the offset and its preposition ("a week after | Trump's
// summit |"). Nothing when it has none or it is not found there.
std::optional<std::pair<uint32_t, uint32_t>> ReferenceSpan(std::string_view text, const TimeExpression& offset);

// A piece's expressions as the event extractor reads them: each offset
// that reaches a date as that date, the others as they are, and after them
// the dates of the events that offsets are counted from. Only the dates
// are copies, not a long document's thousands of other expressions.
//
//   const ReachedTimes times(text, resolved);  // "Sept. 9", "Two days later"
//   times[1].value();                          // "2025-09-11"
class ReachedTimes {
 public:
  // `text` and `times` must outlive the ReachedTimes.
  ReachedTimes(std::string_view text, const std::vector<TimeExpression>& times);

  const TimeExpression& operator[](size_t i) const {
    if (i >= times_.size()) return references_[i - times_.size()];
    const int32_t reached = reached_at_.empty() ? -1 : reached_at_[i];
    return reached < 0 ? times_[i] : reached_[reached];
  }
  // The resolved expressions, then the dates of the events they name.
  size_t size() const { return times_.size() + references_.size(); }
  // The expressions as the resolver gave them.
  const std::vector<TimeExpression>& as_resolved() const { return times_; }

  // The index of the date of the event written at byte `offset` that an
  // offset is counted from ("a week after | Trump's summit |"), or -1.
  int32_t ReferencedAt(uint32_t offset) const;

 private:
  const std::vector<TimeExpression>& times_;
  std::vector<TimeExpression> reached_;
  // By expression, its date's index in reached_ or -1; empty when no
  // expression reaches a date.
  std::vector<int32_t> reached_at_;
  // The dates of events that offsets are counted from, and where each
  // event is written (bytes [first, second) of the text).
  std::vector<TimeExpression> references_;
  std::vector<std::pair<uint32_t, uint32_t>> reference_spans_;
};

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_REACHED_TIMES_H_
