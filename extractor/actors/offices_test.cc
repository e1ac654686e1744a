#include "extractor/actors/offices.h"

#include "gtest/gtest.h"

namespace chronicle {
namespace {

TEST(ParseDayTest, ReadsDatesAndDateTimes) {
  EXPECT_EQ(ParseDay("2025-08-13"), 20250813);
  EXPECT_EQ(ParseDay("2025-08-13T09:00:00"), 20250813);
  EXPECT_EQ(ParseDay("2025-08"), 20250801);
  EXPECT_EQ(ParseDay("2025-08", true), 20250831);
  EXPECT_EQ(ParseDay("2025", true), 20251231);
  EXPECT_EQ(ParseDay(""), 0);
  EXPECT_EQ(ParseDay("Aug 13"), 0);
}

TEST(ParseOfficeTermTest, YearRanges) {
  std::string error;
  const auto term = ParseOfficeTerm("prime-minister:GB:2019-2022", &error);
  ASSERT_TRUE(term) << error;
  EXPECT_EQ(term->office, "prime-minister");
  EXPECT_EQ(term->scope, "GB");
  EXPECT_EQ(term->from, 20190101);
  EXPECT_EQ(term->to, 20221231);
}

TEST(ParseOfficeTermTest, OpenAndExactRanges) {
  std::string error;
  const auto open = ParseOfficeTerm("president:RU:2012-", &error);
  ASSERT_TRUE(open) << error;
  EXPECT_EQ(open->to, 0);
  const auto exact = ParseOfficeTerm("chancellor:DE:2021-12-08..2025-05-06", &error);
  ASSERT_TRUE(exact) << error;
  EXPECT_EQ(exact->from, 20211208);
  EXPECT_EQ(exact->to, 20250506);
  EXPECT_TRUE(exact->HeldOn(20250101));
  EXPECT_FALSE(exact->HeldOn(20250813));
  EXPECT_FALSE(exact->HeldOn(0));  // not held now
  const auto single = ParseOfficeTerm("envoy:US:2025", &error);
  ASSERT_TRUE(single) << error;
  EXPECT_TRUE(single->HeldOn(20250601));
  EXPECT_FALSE(single->HeldOn(20260101));
}

TEST(ParseOfficeTermTest, RejectsBadTerms) {
  std::string error;
  EXPECT_FALSE(ParseOfficeTerm("president:RU", &error));
  EXPECT_FALSE(ParseOfficeTerm("president:RU:soon", &error));
  EXPECT_FALSE(ParseOfficeTerm("president:RU:2020-2010", &error));
  EXPECT_NE(error.find("2020-2010"), std::string::npos);
}

}  // namespace
}  // namespace chronicle
