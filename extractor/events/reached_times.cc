#include "extractor/events/reached_times.h"

#include <string_view>

#include "extractor/temporal/calendar.h"

namespace chronicle::events {
namespace {

using temporal::Period;

// The number of `length` digits at `at` in `value`, or -1.
int Digits(std::string_view value, size_t at, size_t length) {
  if (value.size() < at + length) return -1;
  int n = 0;
  for (char c : value.substr(at, length)) {
    if (c < '0' || c > '9') return -1;
    n = 10 * n + (c - '0');
  }
  return n;
}

// A calendar date value: "2025", "2025-09" or "2025-09-11". Weeks, quarters
// and the like are not dates an offset reaches in whole units.
std::optional<Period> DatePeriod(std::string_view value) {
  const int year = Digits(value, 0, 4);
  if (year < 0) return std::nullopt;
  if (value.size() == 4) return Period::Year(year);
  if (value[4] != '-') return std::nullopt;
  const int month = Digits(value, 5, 2);
  if (month < 1 || month > 12) return std::nullopt;
  if (value.size() == 7) return Period::Month(year, month);
  if (value.size() != 10 || value[7] != '-') return std::nullopt;
  const int day = Digits(value, 8, 2);
  if (day < 1) return std::nullopt;
  const Period p = Period::Day(year, month, day);
  return p.ok() ? std::optional<Period>(p) : std::nullopt;
}

// The period the offset reaches, read from its alternatives.
std::optional<Period> ReachedPeriod(const TimeExpression& offset) {
  if (offset.type() != TimeExpression::DURATION || !offset.has_relation() ||
      offset.relation().reference_anchor() != ANCHOR_EARLIER_EXPRESSION) {
    return std::nullopt;
  }
  for (const Reading& reading : offset.alternatives()) {
    if (std::optional<Period> period = DatePeriod(reading.value())) return period;
  }
  return std::nullopt;
}

// The offset's span of text read as a DATE of `period`; TimeML's own
// reading, the duration, stays on record as an alternative.
TimeExpression AsDate(const TimeExpression& offset, const Period& period, const char* reason) {
  TimeExpression date = offset;
  date.set_type(TimeExpression::DATE);
  date.set_value(period.Value());
  date.set_granularity(static_cast<Granularity>(period.granularity()));
  date.mutable_interval()->set_begin(temporal::FormatLocal(period.Begin()));
  date.mutable_interval()->set_end(temporal::FormatLocal(period.End()));
  date.clear_alternatives();
  Reading* duration = date.add_alternatives();
  duration->set_value(offset.value());
  duration->set_type(TimeExpression::DURATION);
  duration->set_reason(reason);
  return date;
}

}  // namespace

std::optional<TimeExpression> ReachedDate(const TimeExpression& offset) {
  const std::optional<Period> period = ReachedPeriod(offset);
  if (!period) return std::nullopt;
  return AsDate(offset, *period, "the offset as written");
}

std::optional<TimeExpression> ReferenceDate(const TimeExpression& offset) {
  if (offset.type() != TimeExpression::DURATION || !offset.has_relation() ||
      offset.relation().reference_text().empty()) {
    return std::nullopt;
  }
  const std::optional<Period> period = DatePeriod(offset.relation().reference_value());
  if (!period) return std::nullopt;
  TimeExpression date = AsDate(offset, *period, "the offset as written, from the event it names");
  date.set_mod("APPROX");
  return date;
}

std::optional<std::pair<uint32_t, uint32_t>> ReferenceSpan(std::string_view text, const TimeExpression& offset) {
  // The preposition between them is a word or two: "after", "ahead of".
  constexpr size_t kMaxGap = 16;
  const std::string& reference = offset.relation().reference_text();
  const size_t from = static_cast<size_t>(offset.end());
  if (reference.empty() || from > text.size()) return std::nullopt;
  const size_t at = text.substr(from, kMaxGap + reference.size()).find(reference);
  if (at == std::string_view::npos) return std::nullopt;
  const auto begin = static_cast<uint32_t>(from + at);
  return std::make_pair(begin, begin + static_cast<uint32_t>(reference.size()));
}

ReachedTimes::ReachedTimes(std::string_view text, const std::vector<TimeExpression>& times) : times_(times) {
  for (size_t i = 0; i < times.size(); ++i) {
    std::optional<TimeExpression> date = ReachedDate(times[i]);
    if (date) {
      if (reached_at_.empty()) reached_at_.assign(times.size(), -1);
      reached_at_[i] = static_cast<int32_t>(reached_.size());
      reached_.push_back(*std::move(date));
    }
    std::optional<TimeExpression> reference = ReferenceDate(times[i]);
    const std::optional<std::pair<uint32_t, uint32_t>> span =
        reference ? ReferenceSpan(text, times[i]) : std::nullopt;
    if (span) {
      references_.push_back(*std::move(reference));
      reference_spans_.push_back(*span);
    }
  }
}

int32_t ReachedTimes::ReferencedAt(uint32_t offset) const {
  for (size_t r = 0; r < reference_spans_.size(); ++r) {
    if (reference_spans_[r].first <= offset && offset < reference_spans_[r].second) {
      return static_cast<int32_t>(times_.size() + r);
    }
  }
  return -1;
}

}  // namespace chronicle::events
