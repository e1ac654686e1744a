#include "extractor/events/reached_times.h"

#include "gtest/gtest.h"

namespace chronicle::events {
namespace {

// "Two days later" after "Sept. 9", as the resolver gives it.
TimeExpression TwoDaysLater() {
  TimeExpression t;
  t.set_text("Two days");
  t.set_type(TimeExpression::DURATION);
  t.set_value("P2D");
  t.mutable_relation()->set_offset("P2D");
  t.mutable_relation()->set_direction(TemporalRelation::AFTER);
  t.mutable_relation()->set_reference_value("2025-09-09");
  t.mutable_relation()->set_reference_anchor(ANCHOR_EARLIER_EXPRESSION);
  Reading* reached = t.add_alternatives();
  reached->set_value("2025-09-11");
  reached->set_type(TimeExpression::DURATION);
  return t;
}

TEST(ReachedTimesTest, AnOffsetFromAnEarlierDateIsTheDateItReaches) {
  const std::optional<TimeExpression> date = ReachedDate(TwoDaysLater());
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->type(), TimeExpression::DATE);
  EXPECT_EQ(date->value(), "2025-09-11");
  EXPECT_EQ(date->text(), "Two days");
  EXPECT_EQ(date->granularity(), GRANULARITY_DAY);
  EXPECT_EQ(date->interval().begin(), "2025-09-11T00:00:00");
  EXPECT_EQ(date->interval().end(), "2025-09-12T00:00:00");
  ASSERT_EQ(date->alternatives_size(), 1);
  EXPECT_EQ(date->alternatives(0).value(), "P2D");
}

TEST(ReachedTimesTest, MonthsAndYearsKeepTheirGranularity) {
  TimeExpression t = TwoDaysLater();
  t.mutable_alternatives(0)->set_value("2026-03");
  const std::optional<TimeExpression> month = ReachedDate(t);
  ASSERT_TRUE(month.has_value());
  EXPECT_EQ(month->granularity(), GRANULARITY_MONTH);
  EXPECT_EQ(month->interval().end(), "2026-04-01T00:00:00");
  t.mutable_alternatives(0)->set_value("2019");
  EXPECT_EQ(ReachedDate(t)->interval().begin(), "2019-01-01T00:00:00");
}

TEST(ReachedTimesTest, OtherExpressionsReachNothing) {
  TimeExpression no_reading = TwoDaysLater();
  no_reading.clear_alternatives();
  EXPECT_FALSE(ReachedDate(no_reading));
  TimeExpression from_publication = TwoDaysLater();
  from_publication.mutable_relation()->set_reference_anchor(ANCHOR_PUBLICATION_DATE);
  EXPECT_FALSE(ReachedDate(from_publication));
  TimeExpression not_a_date = TwoDaysLater();
  for (const char* value : {"2025-W37", "2025-13", "2025-02-30", "20x5", "PAST_REF"}) {
    not_a_date.mutable_alternatives(0)->set_value(value);
    EXPECT_FALSE(ReachedDate(not_a_date)) << value;
  }
  TimeExpression date = TwoDaysLater();
  date.set_type(TimeExpression::DATE);
  EXPECT_FALSE(ReachedDate(date));
}

TEST(ReachedTimesTest, ReachedTimesReadOnlyTheOffsetsAsDates) {
  TimeExpression sept9;
  sept9.set_type(TimeExpression::DATE);
  sept9.set_value("2025-09-09");
  const std::vector<TimeExpression> resolved = {sept9, TwoDaysLater()};
  const ReachedTimes times("", resolved);
  ASSERT_EQ(times.size(), 2u);
  EXPECT_EQ(&times[0], &resolved[0]);  // not a copy
  EXPECT_EQ(times[1].value(), "2025-09-11");
  EXPECT_EQ(times.as_resolved()[1].value(), resolved[1].value());
}

// "a week" in "will meet on Monday, a week after Trump's summit", as the
// resolver gives it: the summit about a week before Monday, 2025-08-18.
constexpr std::string_view kWeekAfter = "will meet on Monday, a week after Trump's summit with Putin.";
TimeExpression AWeekAfterTheSummit() {
  TimeExpression t;
  t.set_begin(static_cast<int32_t>(kWeekAfter.find("a week")));
  t.set_end(t.begin() + 6);
  t.set_text("a week");
  t.set_type(TimeExpression::DURATION);
  t.set_value("P1W");
  t.mutable_relation()->set_offset("P1W");
  t.mutable_relation()->set_direction(TemporalRelation::AFTER);
  t.mutable_relation()->set_reference_text("Trump's summit");
  t.mutable_relation()->set_reference_value("2025-08-11");
  t.mutable_relation()->set_reference_mod("APPROX");
  t.mutable_relation()->set_reference_anchor(ANCHOR_EARLIER_EXPRESSION);
  return t;
}

TEST(ReachedTimesTest, AnOffsetFromAnEventDatesThatEvent) {
  const std::optional<TimeExpression> date = ReferenceDate(AWeekAfterTheSummit());
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->type(), TimeExpression::DATE);
  EXPECT_EQ(date->value(), "2025-08-11");
  EXPECT_EQ(date->mod(), "APPROX");
  EXPECT_EQ(date->interval().begin(), "2025-08-11T00:00:00");
  ASSERT_EQ(date->alternatives_size(), 1);
  EXPECT_EQ(date->alternatives(0).value(), "P1W");
  const auto span = ReferenceSpan(kWeekAfter, AWeekAfterTheSummit());
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ(kWeekAfter.substr(span->first, span->second - span->first), "Trump's summit");
}

TEST(ReachedTimesTest, AnEventOffsetWithoutADateDatesNothing) {
  TimeExpression week = AWeekAfterTheSummit();
  week.mutable_relation()->set_reference_value("2025-W32");
  EXPECT_FALSE(ReferenceDate(week));
  TimeExpression unnamed = AWeekAfterTheSummit();
  unnamed.mutable_relation()->clear_reference_text();
  EXPECT_FALSE(ReferenceDate(unnamed));
  EXPECT_FALSE(ReferenceSpan("will meet on Monday, a week later.", unnamed));
  // The reference must follow the offset closely.
  TimeExpression at_start = AWeekAfterTheSummit();
  at_start.set_begin(0);
  at_start.set_end(6);
  EXPECT_TRUE(ReferenceSpan("a week after Trump's summit", at_start));
  EXPECT_FALSE(ReferenceSpan("a week after the vote, and much later Trump's summit", at_start));
}

}  // namespace
}  // namespace chronicle::events
