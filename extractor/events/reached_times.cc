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

}  // namespace

std::optional<TimeExpression> ReachedDate(const TimeExpression& offset) {
  const std::optional<Period> period = ReachedPeriod(offset);
  if (!period) return std::nullopt;
  TimeExpression date = offset;
  date.set_type(TimeExpression::DATE);
  date.set_value(period->Value());
  date.set_granularity(static_cast<Granularity>(period->granularity()));
  date.mutable_interval()->set_begin(temporal::FormatLocal(period->Begin()));
  date.mutable_interval()->set_end(temporal::FormatLocal(period->End()));
  // TimeML's own reading stays on record.
  date.clear_alternatives();
  Reading* duration = date.add_alternatives();
  duration->set_value(offset.value());
  duration->set_type(TimeExpression::DURATION);
  duration->set_reason("the offset as written");
  return date;
}

ReachedTimes::ReachedTimes(const std::vector<TimeExpression>& times) : times_(times) {
  for (size_t i = 0; i < times.size(); ++i) {
    std::optional<TimeExpression> date = ReachedDate(times[i]);
    if (!date) continue;
    if (reached_at_.empty()) reached_at_.assign(times.size(), -1);
    reached_at_[i] = static_cast<int32_t>(reached_.size());
    reached_.push_back(*std::move(date));
  }
}

}  // namespace chronicle::events
