#include "extractor/temporal/zones.h"

#include "gtest/gtest.h"

namespace chronicle::temporal {
namespace {

LocalSeconds At(int y, unsigned m, unsigned d, int hour) {
  return LocalSeconds{date::local_days{date::year(y) / date::month(m) / date::day(d)}.time_since_epoch() +
                      std::chrono::hours(hour)};
}

TEST(ZonesTest, UtcHasOneIndexUnderItsNamesAndConvertsUnchanged) {
  const int utc = ZoneIndex("Etc/UTC");
  ASSERT_GE(utc, 0);
  EXPECT_EQ(ZoneIndex("UTC"), utc);
  EXPECT_EQ(ZoneName(utc), "Etc/UTC");
  EXPECT_EQ(FormatUtc(*ToUtc(utc, At(2025, 8, 14, 10))), "2025-08-14T10:00:00Z");
}

TEST(ZonesTest, RegionalZonesFollowTheirRulesAtThatDate) {
  const int new_york = ZoneIndex("America/New_York");
  ASSERT_GE(new_york, 0);
  EXPECT_NE(new_york, ZoneIndex("Etc/UTC"));
  EXPECT_EQ(ZoneName(new_york), "America/New_York");
  EXPECT_EQ(ZoneIndex("America/New_York"), new_york);
  EXPECT_EQ(FormatUtc(*ToUtc(new_york, At(2025, 8, 14, 10))), "2025-08-14T14:00:00Z");  // EDT
  EXPECT_EQ(FormatUtc(*ToUtc(new_york, At(2025, 1, 14, 10))), "2025-01-14T15:00:00Z");  // EST
}

TEST(ZonesTest, UnknownNamesAndIndicesGiveNothing) {
  EXPECT_EQ(ZoneIndex("Mars/Olympus_Mons"), -1);
  EXPECT_EQ(ZoneName(-1), "");
  EXPECT_FALSE(ToUtc(-1, At(2025, 8, 14, 10)).has_value());
  EXPECT_FALSE(ToUtc(999, At(2025, 8, 14, 10)).has_value());
}

}  // namespace
}  // namespace chronicle::temporal
