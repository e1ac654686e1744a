// Parses chronicle's ICS with libical, a real iCalendar implementation:
// zero X-LIC-ERROR properties (parse errors and RFC 5545 restriction
// violations), and the five listed events start when and where they should.

#include <libical/ical.h>

#include <ctime>
#include <map>
#include <string>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "gtest/gtest.h"
#include "timeline/ics.h"
#include "timeline/testing/listed_events.h"

namespace chronicle {
namespace {

int CountErrors(icalcomponent* component) {
  int errors = 0;
  for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p != nullptr;
       p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
    ADD_FAILURE() << "libical: " << icalproperty_get_xlicerror(p);
    ++errors;
  }
  for (icalcomponent* c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c != nullptr;
       c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
    errors += CountErrors(c);
  }
  return errors;
}

int64_t UnixSeconds(const std::string& utc) {  // "2025-10-02T14:00:00Z"
  absl::CivilSecond civil;
  EXPECT_TRUE(absl::ParseCivilTime(utc.substr(0, 19), &civil)) << utc;
  return absl::ToUnixSeconds(absl::FromCivil(civil, absl::UTCTimeZone()));
}

class LibicalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const absl::StatusOr<std::string> ics = TimelineToIcs(testing::ListedEventsTimeline(), {});
    ASSERT_TRUE(ics.ok()) << ics.status();
    calendar_ = icalparser_parse_string(ics->c_str());
    ASSERT_NE(calendar_, nullptr);
  }
  void TearDown() override {
    if (calendar_ != nullptr) icalcomponent_free(calendar_);
  }
  icalcomponent* calendar_ = nullptr;
};

TEST_F(LibicalTest, ParsesWithoutErrors) {
  EXPECT_EQ(icalcomponent_isa(calendar_), ICAL_VCALENDAR_COMPONENT);
  icalrestriction_check(calendar_);  // adds X-LIC-ERROR for RFC violations
  EXPECT_EQ(CountErrors(calendar_), 0);
  EXPECT_EQ(icalcomponent_count_components(calendar_, ICAL_VEVENT_COMPONENT), 7);
  EXPECT_EQ(icalcomponent_count_components(calendar_, ICAL_VTIMEZONE_COMPONENT), 2);
}

TEST_F(LibicalTest, FiveListedEventsStartAtTheirTimesInNewYork) {
  std::map<std::string, const icalcomponent*> by_summary;
  for (icalcomponent* e = icalcomponent_get_first_component(calendar_, ICAL_VEVENT_COMPONENT); e != nullptr;
       e = icalcomponent_get_next_component(calendar_, ICAL_VEVENT_COMPONENT)) {
    by_summary[icalcomponent_get_summary(e)] = e;
  }
  icaltimezone* zone = icalcomponent_get_timezone(calendar_, testing::kListingsZone);
  ASSERT_NE(zone, nullptr) << "no VTIMEZONE for " << testing::kListingsZone;
  for (const testing::ListedEvent& listed : testing::FiveListedEvents()) {
    const auto it = by_summary.find(listed.summary);
    ASSERT_NE(it, by_summary.end()) << listed.summary;
    icalproperty* dtstart =
        icalcomponent_get_first_property(const_cast<icalcomponent*>(it->second), ICAL_DTSTART_PROPERTY);
    ASSERT_NE(dtstart, nullptr);
    icalparameter* tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER);
    ASSERT_NE(tzid, nullptr);
    EXPECT_STREQ(icalparameter_get_tzid(tzid), testing::kListingsZone);
    const icaltimetype start = icalproperty_get_dtstart(dtstart);
    EXPECT_EQ(start.hour, std::stoi(listed.local_start.substr(11, 2))) << listed.summary;
    EXPECT_EQ(start.minute, std::stoi(listed.local_start.substr(14, 2))) << listed.summary;
    EXPECT_EQ(start.day, 2);
    EXPECT_EQ(icaltime_as_timet_with_zone(start, zone), UnixSeconds(listed.utc_start)) << listed.summary;
  }
}

}  // namespace
}  // namespace chronicle
