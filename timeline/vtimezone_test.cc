#include "timeline/vtimezone.h"

#include <string>

#include "gtest/gtest.h"

namespace chronicle {
namespace {

std::string VTimezone(const std::string& zone, int first_year, int last_year) {
  IcsWriter out;
  EXPECT_TRUE(AppendVTimezone(zone, first_year, last_year, &out).ok());
  return out.text();
}

int Count(const std::string& text, const std::string& what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(VTimezoneTest, NewYorkHasBothTransitionsOfTheYear) {
  const std::string text = VTimezone("America/New_York", 2025, 2025);
  EXPECT_EQ(text.rfind("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n", 0), 0u);
  // In force on 1 January: standard time since 3 November 2024.
  EXPECT_NE(text.find("BEGIN:STANDARD\r\nDTSTART:20241103T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
                      "TZNAME:EST\r\nEND:STANDARD\r\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("BEGIN:DAYLIGHT\r\nDTSTART:20250309T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"
                      "TZNAME:EDT\r\nEND:DAYLIGHT\r\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("DTSTART:20251102T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"), std::string::npos);
  EXPECT_EQ(Count(text, "BEGIN:DAYLIGHT"), 1);
  EXPECT_EQ(Count(text, "BEGIN:STANDARD"), 2);
  EXPECT_EQ(text.substr(text.size() - 15), "END:VTIMEZONE\r\n");
}

TEST(VTimezoneTest, SeveralYearsListEveryTransition) {
  const std::string text = VTimezone("Europe/London", 2024, 2026);
  EXPECT_NE(text.find("DTSTART:20250330T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST"),
            std::string::npos)
      << text;
  EXPECT_EQ(Count(text, "BEGIN:DAYLIGHT"), 3);
}

TEST(VTimezoneTest, ZonesWithoutDaylightTimeHaveOneStandardObservance) {
  for (const char* zone : {"Asia/Tokyo", "UTC"}) {
    const std::string text = VTimezone(zone, 2025, 2025);
    EXPECT_EQ(Count(text, "BEGIN:DAYLIGHT"), 0) << zone;
    EXPECT_EQ(Count(text, "BEGIN:STANDARD"), 1) << zone;
    EXPECT_NE(text.find("DTSTART:19700101T000000\r\n"), std::string::npos) << text;
  }
  EXPECT_NE(VTimezone("Asia/Tokyo", 2025, 2025).find("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:JST"),
            std::string::npos);
}

TEST(VTimezoneTest, UnknownZonesAreErrors) {
  IcsWriter out;
  EXPECT_FALSE(AppendVTimezone("Mars/Olympus_Mons", 2025, 2025, &out).ok());
  EXPECT_EQ(out.text(), "");
  EXPECT_FALSE(IsKnownTimeZone("Mars/Olympus_Mons"));
  EXPECT_FALSE(IsKnownTimeZone(""));
  EXPECT_TRUE(IsKnownTimeZone("Europe/Tallinn"));
}

TEST(LocalToUnixSecondsTest, AppliesTheOffsetInForce) {
  // 2025-10-02 10:00 EDT is 14:00 UTC; 2025-01-15 10:00 EST is 15:00 UTC.
  EXPECT_EQ(LocalToUnixSeconds("America/New_York", absl::CivilSecond(2025, 10, 2, 10, 0, 0)), 1759413600);
  EXPECT_EQ(LocalToUnixSeconds("America/New_York", absl::CivilSecond(2025, 1, 15, 10, 0, 0)), 1736953200);
  EXPECT_EQ(LocalToUnixSeconds("Nowhere/Else", absl::CivilSecond(2025, 1, 15)), std::nullopt);
}

}  // namespace
}  // namespace chronicle
