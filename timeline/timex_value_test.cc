#include "timeline/timex_value.h"

#include "gtest/gtest.h"
#include "timeline/event_time.h"

namespace chronicle {
namespace {

absl::CivilSecond T(int y, int m, int d, int hh = 0, int mm = 0) { return absl::CivilSecond(y, m, d, hh, mm); }

TEST(SpanOfTimexValueTest, ReadsYearsMonthsDaysAndWeeks) {
  const auto year = SpanOfTimexValue("2018");
  ASSERT_TRUE(year);
  EXPECT_EQ(year->span.begin, T(2018, 1, 1));
  EXPECT_EQ(year->span.end, T(2019, 1, 1));
  EXPECT_EQ(year->granularity, GRANULARITY_YEAR);
  EXPECT_EQ(SpanOfTimexValue("2025-02")->span.end, T(2025, 3, 1));
  EXPECT_EQ(SpanOfTimexValue("2025-08-15")->span.end, T(2025, 8, 16));
  // ISO week 32 of 2025 runs Monday 4 to Sunday 10 August.
  const auto week = SpanOfTimexValue("2025-W32");
  ASSERT_TRUE(week);
  EXPECT_EQ(week->span.begin, T(2025, 8, 4));
  EXPECT_EQ(week->span.end, T(2025, 8, 11));
  EXPECT_EQ(SpanOfTimexValue("2025-W32-WE")->span.begin, T(2025, 8, 9));
  // Week 1 of 2026 starts in December 2025.
  EXPECT_EQ(SpanOfTimexValue("2026-W01")->span.begin, T(2025, 12, 29));
}

TEST(SpanOfTimexValueTest, ReadsClockTimesAndPartsOfDays) {
  const auto minute = SpanOfTimexValue("2025-08-14T10:30");
  ASSERT_TRUE(minute);
  EXPECT_EQ(minute->span.begin, T(2025, 8, 14, 10, 30));
  EXPECT_EQ(minute->granularity, GRANULARITY_MINUTE);
  EXPECT_EQ(SpanOfTimexValue("2025-08-14T10")->granularity, GRANULARITY_HOUR);
  const auto evening = SpanOfTimexValue("2025-08-12TEV");
  ASSERT_TRUE(evening);
  EXPECT_EQ(evening->granularity, GRANULARITY_PART_OF_DAY);
  EXPECT_EQ(evening->span.begin, T(2025, 8, 12));
}

TEST(SpanOfTimexValueTest, GivesNothingForVagueValues) {
  EXPECT_FALSE(SpanOfTimexValue("PAST_REF"));
  EXPECT_FALSE(SpanOfTimexValue("P3Y"));
  EXPECT_FALSE(SpanOfTimexValue("2025-SU"));
  EXPECT_FALSE(SpanOfTimexValue("2025-02-30"));
  EXPECT_FALSE(SpanOfTimexValue(""));
}

TEST(SpanOfTest, PrefersTheIntervalToTheValue) {
  TimeExpression time;
  time.set_value("2025-08-12TEV");
  time.set_granularity(GRANULARITY_PART_OF_DAY);
  time.mutable_interval()->set_begin("2025-08-12T18:00:00");
  time.mutable_interval()->set_end("2025-08-12T22:00:00");
  const auto span = SpanOf(time);
  ASSERT_TRUE(span);
  EXPECT_EQ(span->begin, T(2025, 8, 12, 18));
  EXPECT_EQ(span->end, T(2025, 8, 12, 22));
  time.mutable_interval()->clear_end();  // a missing end lasts one unit
  EXPECT_EQ(SpanOf(time)->end, T(2025, 8, 13, 0));
}

TEST(ComparePlacementsTest, FinerFirstAtTheSameBegin) {
  Placement year{{T(2025, 1, 1), T(2026, 1, 1)}, GRANULARITY_YEAR};
  Placement day{{T(2025, 1, 1), T(2025, 1, 2)}, GRANULARITY_DAY};
  Placement undated{{T(2025, 1, 1), T(2025, 1, 2)}, GRANULARITY_DAY, true};
  EXPECT_LT(ComparePlacements(day, year), 0);
  EXPECT_LT(ComparePlacements(day, undated), 0);
  EXPECT_GT(ComparePlacements(undated, day), 0);
  EXPECT_EQ(ComparePlacements(year, year), 0);
}

}  // namespace
}  // namespace chronicle
