#include "extractor/temporal/calendar.h"

#include "gtest/gtest.h"

namespace chronicle::temporal {
namespace {

TEST(PeriodTest, ValuesAtEveryGranularity) {
  EXPECT_EQ(Period::Century(19).Value(), "19");
  EXPECT_EQ(Period::Decade(199).Value(), "199");
  EXPECT_EQ(Period::Year(2025).Value(), "2025");
  EXPECT_EQ(Period::HalfYear(2025, 2).Value(), "2025-H2");
  EXPECT_EQ(Period::Quarter(2025, 3).Value(), "2025-Q3");
  EXPECT_EQ(Period::SeasonOf(2025, Season::kSummer).Value(), "2025-SU");
  EXPECT_EQ(Period::Month(2017, 7).Value(), "2017-07");
  EXPECT_EQ(Period::Week(2025, 32).Value(), "2025-W32");
  EXPECT_EQ(Period::Weekend(2025, 32).Value(), "2025-W32-WE");
  EXPECT_EQ(Period::Day(2025, 8, 15).Value(), "2025-08-15");
  EXPECT_EQ(Period::Day(2025, 8, 12).WithPartOfDay(PartOfDay::kEvening).Value(), "2025-08-12TEV");
  const Days d = Period::Day(2025, 8, 14).first_day();
  EXPECT_EQ(Period::Hour(d, 10).Value(), "2025-08-14T10:00");
  EXPECT_EQ(Period::Minute(d, 10, 30).Value(), "2025-08-14T10:30");
  EXPECT_EQ(Period::Second(d, 9, 5, 7).Value(), "2025-08-14T09:05:07");
}

TEST(PeriodTest, RejectsImpossibleDates) {
  EXPECT_FALSE(Period::Day(2025, 2, 29).ok());
  EXPECT_TRUE(Period::Day(2024, 2, 29).ok());
  EXPECT_FALSE(Period::Month(2025, 13).ok());
  EXPECT_FALSE(Period::Quarter(2025, 5).ok());
  EXPECT_FALSE(Period::Week(2025, 53).ok());
  EXPECT_TRUE(Period::Week(2020, 53).ok());
  EXPECT_FALSE(Period::Year(0).ok());
  EXPECT_FALSE(Period::Minute(Period::Day(2025, 1, 1).first_day(), 10, 60).ok());
  EXPECT_FALSE(Period().ok());
}

TEST(PeriodTest, IntervalsAreHalfOpen) {
  const Period week = Period::Week(2025, 32);
  EXPECT_EQ(FormatLocal(week.Begin()), "2025-08-04T00:00:00");
  EXPECT_EQ(FormatLocal(week.End()), "2025-08-11T00:00:00");
  const Period weekend = Period::Weekend(2025, 32);
  EXPECT_EQ(FormatLocal(weekend.Begin()), "2025-08-09T00:00:00");
  EXPECT_EQ(FormatLocal(weekend.End()), "2025-08-11T00:00:00");
  const Period evening = Period::Day(2025, 8, 12).WithPartOfDay(PartOfDay::kEvening);
  EXPECT_EQ(FormatLocal(evening.Begin()), "2025-08-12T17:00:00");
  EXPECT_EQ(FormatLocal(evening.End()), "2025-08-12T22:00:00");
  const Period winter = Period::SeasonOf(2024, Season::kWinter);
  EXPECT_EQ(FormatLocal(winter.Begin()), "2024-12-01T00:00:00");
  EXPECT_EQ(FormatLocal(winter.End()), "2025-03-01T00:00:00");
  EXPECT_EQ(FormatLocal(Period::Decade(199).End()), "2000-01-01T00:00:00");
}

TEST(PeriodTest, ShiftsKeepGranularity) {
  EXPECT_EQ(Period::Quarter(2025, 1).Shifted(-1).Value(), "2024-Q4");
  EXPECT_EQ(Period::Month(2025, 1).Shifted(-2).Value(), "2024-11");
  EXPECT_EQ(Period::Week(2025, 1).Shifted(-1).Value(), "2024-W52");
  EXPECT_EQ(Period::Weekend(2025, 33).Shifted(-1).Value(), "2025-W32-WE");
  EXPECT_EQ(Period::SeasonOf(2025, Season::kSpring).Shifted(-1).Value(), "2024-WI");
  EXPECT_EQ(Period::SeasonOf(2024, Season::kWinter).Shifted(1).Value(), "2025-SP");
  const Days d = Period::Day(2025, 8, 31).first_day();
  EXPECT_EQ(Period::Hour(d, 23).Shifted(2).Value(), "2025-09-01T01:00");
  EXPECT_EQ(Period::Day(2025, 8, 12).WithPartOfDay(PartOfDay::kNight).Shifted(1).Value(), "2025-08-13TNI");
}

TEST(PeriodTest, ContainingCoarsens) {
  const Period day = Period::Day(2025, 8, 14);
  EXPECT_EQ(day.Containing(Granularity::kWeek).Value(), "2025-W33");
  EXPECT_EQ(day.Containing(Granularity::kQuarter).Value(), "2025-Q3");
  EXPECT_EQ(day.Containing(Granularity::kSeason).Value(), "2025-SU");
  EXPECT_EQ(Period::Day(2025, 1, 15).Containing(Granularity::kSeason).Value(), "2024-WI");
  EXPECT_EQ(day.Containing(Granularity::kDecade).Value(), "202");
  EXPECT_FALSE(Period::Year(2025).Containing(Granularity::kDay).ok());
}

TEST(IsoWeekTest, YearBoundaries) {
  const IsoWeek w = IsoWeekOf(Period::Day(2024, 12, 30).first_day());
  EXPECT_EQ(w.year, 2025);
  EXPECT_EQ(w.week, 1);
  EXPECT_EQ(IsoWeekday(Period::Day(2025, 8, 13).first_day()), 3);  // Wednesday
  EXPECT_EQ(IsoWeeksInYear(2026), 53);
}

// Known Western Easter dates, including the earliest (March 22) and latest
// (April 25) it can fall on.
TEST(EasterSundayTest, KnownYears) {
  const auto easter = [](int y) { return Period::Day(*EasterSunday(y)).Value(); };
  EXPECT_EQ(easter(1818), "1818-03-22");
  EXPECT_EQ(easter(1998), "1998-04-12");
  EXPECT_EQ(easter(2000), "2000-04-23");
  EXPECT_EQ(easter(2019), "2019-04-21");
  EXPECT_EQ(easter(2024), "2024-03-31");
  EXPECT_EQ(easter(2025), "2025-04-20");
  EXPECT_EQ(easter(2038), "2038-04-25");
  EXPECT_FALSE(EasterSunday(-50000).has_value());
}

}  // namespace
}  // namespace chronicle::temporal
