#include "timeline/evidence.h"

#include "gtest/gtest.h"
#include "timeline/event_time.h"
#include "timeline/testing/story.h"

namespace chronicle {
namespace {

using testing::MakePlace;

TEST(PlacesCompatibleTest, OnePlaceInsideTheOther) {
  EXPECT_TRUE(PlacesCompatible(MakePlace("Alaska"), MakePlace("Anchorage, Alaska")));
  EXPECT_TRUE(PlacesCompatible(MakePlace("Anchorage, Alaska"), MakePlace("Alaska")));
  EXPECT_TRUE(PlacesCompatible(MakePlace("Anchorage", "Anchorage", "Alaska", "United States"),
                               MakePlace("Alaska", "", "Alaska")));
  EXPECT_TRUE(PlacesCompatible(MakePlace(""), MakePlace("Oslo")));
  EXPECT_FALSE(PlacesCompatible(MakePlace("Anchorage, Alaska"), MakePlace("Fairbanks, Alaska")));
  EXPECT_FALSE(PlacesCompatible(MakePlace("Helsinki"), MakePlace("Anchorage, Alaska")));
  EXPECT_FALSE(
      PlacesCompatible(MakePlace("Georgia", "", "", "United States"), MakePlace("Georgia", "", "", "Georgia")));
}

TEST(PlacePartsTest, NormalizesCaseAndPunctuation) {
  EXPECT_EQ(PlaceParts(MakePlace("Washington, D.C.", "", "", "U.S.")),
            (std::vector<std::string>{"dc", "us", "washington"}));
}

TEST(ParticipantsOverlapTest, TwoSharedOrTheWholeSmallerSet) {
  EXPECT_TRUE(ParticipantsOverlap({"a", "b", "c"}, {"a", "b", "d"}));
  EXPECT_TRUE(ParticipantsOverlap({"a"}, {"a", "b"}));
  EXPECT_FALSE(ParticipantsOverlap({"a", "c"}, {"a", "b"}));
  EXPECT_FALSE(ParticipantsOverlap({}, {}));
}

TEST(ClassOfTest, InPersonTypesShareAClass) {
  EXPECT_EQ(ClassOf(Event::SUMMIT), ClassOf(Event::MEETING));
  EXPECT_EQ(ClassOf(Event::VISIT), ClassOf(Event::MEETING));
  EXPECT_NE(ClassOf(Event::CALL), ClassOf(Event::MEETING));
  EXPECT_NE(ClassOf(Event::PUBLIC_EVENT), ClassOf(Event::PRESS_CONFERENCE));
}

Report ReportOf(const Event& event, const std::string& published) {
  Report r;
  r.event = &event;
  r.span = SpanOf(event.time());
  r.granularity = GranularityOf(event.time());
  r.published = absl::CivilDay(*ParseLocalTime(published));
  r.participants = ParticipantIds(event);
  return r;
}

// Whether two reports are kept apart whichever is taken first.
bool ApartEitherWay(const Report& a, const Report& b) { return !ReportsCompatible(a, b) && !ReportsCompatible(b, a); }

TEST(ReportsCompatibleTest, CancelledNeverMatchesOccurred) {
  Timeline doc = testing::Article("d", "2025-09-20");
  Event* held = testing::AddEvent(&doc, Event::MEETING, Event::OCCURRED, {"ana-ferreira", "tomas-berg"},
                                  testing::Day("2025-09-19"), "They met.", 0);
  Event* off = testing::AddEvent(&doc, Event::MEETING, Event::CANCELLED, {"ana-ferreira", "tomas-berg"},
                                 testing::Day("2025-09-19"), "It was called off.", 20);
  Event* planned = testing::AddEvent(&doc, Event::MEETING, Event::SCHEDULED, {"ana-ferreira", "tomas-berg"},
                                     testing::Day("2025-09-19"), "It was planned.", 40);
  // As told by three articles.
  const auto report_in = [](const Event& event, int document) {
    Report r = ReportOf(event, "2025-09-20");
    r.document_position = document;
    return r;
  };
  EXPECT_FALSE(ReportsCompatible(report_in(*held, 0), report_in(*off, 1)));
  EXPECT_TRUE(ReportsCompatible(report_in(*planned, 2), report_in(*off, 1)));
  EXPECT_TRUE(ReportsCompatible(report_in(*planned, 2), report_in(*held, 0)));
}

TEST(ReportsCompatibleTest, AnOccurredReportPrecedesItsPublication) {
  Timeline doc = testing::Article("d", "2025-09-10");
  Event* met = testing::AddEvent(&doc, Event::MEETING, Event::OCCURRED, {"ana-ferreira", "tomas-berg"}, std::nullopt,
                                 "They have met.", 0);
  Event* later = testing::AddEvent(&doc, Event::MEETING, Event::SCHEDULED, {"ana-ferreira", "tomas-berg"},
                                   testing::Day("2025-09-19"), "They will meet.", 20);
  EXPECT_FALSE(ReportsCompatible(ReportOf(*met, "2025-09-10"), ReportOf(*later, "2025-09-10")));
  EXPECT_TRUE(ReportsCompatible(ReportOf(*met, "2025-09-19"), ReportOf(*later, "2025-09-10")));
}

TEST(ReportsCompatibleTest, AScheduledReportIsNotOverBeforeItsPublication) {
  Timeline doc = testing::Article("d", "1997-04-07");
  Event* planned = testing::AddEvent(&doc, Event::SUMMIT, Event::SCHEDULED, {"ana-ferreira", "tomas-berg"},
                                     std::nullopt, "a summit in two weeks", 0);
  Event* old = testing::AddEvent(&doc, Event::SUMMIT, Event::OCCURRED, {"ana-ferreira", "tomas-berg"},
                                 testing::Day("1950-06-25"), "the 1950 summit", 40);
  Event* soon = testing::AddEvent(&doc, Event::SUMMIT, Event::OCCURRED, {"ana-ferreira", "tomas-berg"},
                                  testing::Day("1997-04-21"), "the summit of April 21", 80);
  Report a = ReportOf(*planned, "1997-04-07");
  a.document_position = 1;
  EXPECT_TRUE(ApartEitherWay(a, ReportOf(*old, "1997-04-25")));
  EXPECT_TRUE(ReportsCompatible(a, ReportOf(*soon, "1997-04-25")));
}

TEST(ReportsCompatibleTest, TwoUndatedEventsOfOneDocumentStayApart) {
  Timeline doc = testing::Article("d", "2025-09-10");
  Event* second = testing::AddEvent(&doc, Event::MEETING, Event::PROPOSED, {"ana-ferreira", "tomas-berg"},
                                    std::nullopt, "a second bilateral meeting", 0);
  Event* three = testing::AddEvent(&doc, Event::MEETING, Event::PROPOSED, {"ana-ferreira", "tomas-berg", "li-wei"},
                                   std::nullopt, "a trilateral meeting afterward", 40);
  Report a = ReportOf(*second, "2025-09-10");
  Report b = ReportOf(*three, "2025-09-10");
  EXPECT_FALSE(ReportsCompatible(a, b));
  b.document_position = 1;  // the same words in another article may be the same plan
  EXPECT_TRUE(ReportsCompatible(a, b));
  // An undated mention may still join a dated event of its own document.
  Event* dated = testing::AddEvent(&doc, Event::MEETING, Event::PROPOSED, {"ana-ferreira", "tomas-berg"},
                                   testing::Day("2025-09-19"), "a meeting on Sept. 19", 80);
  EXPECT_TRUE(ReportsCompatible(a, ReportOf(*dated, "2025-09-10")));
}

TEST(ReportsCompatibleTest, UndatedReportsOfDocumentsMonthsApartAreDifferentEvents) {
  Timeline doc = testing::Article("d", "2005-12-13");
  Event* visit = testing::AddEvent(&doc, Event::VISIT, Event::OCCURRED, {"ana-ferreira", "tomas-berg"},
                                   std::nullopt, "begins a two-day visit", 0);
  Report a = ReportOf(*visit, "2005-12-13");
  Report later = ReportOf(*visit, "2006-12-23");
  later.document_position = 1;
  EXPECT_TRUE(ApartEitherWay(a, later));
  Report next_week = ReportOf(*visit, "2005-12-20");
  next_week.document_position = 1;
  EXPECT_TRUE(ReportsCompatible(a, next_week));
}

TEST(ReportsCompatibleTest, AnUndatedReportIsNoEventYearsFromItsPublication) {
  Timeline doc = testing::Article("d", "2006-11-15");
  Event* undated = testing::AddEvent(&doc, Event::VISIT, Event::OCCURRED, {"ana-ferreira", "tomas-berg"},
                                     std::nullopt, "the warships visited Shanghai", 0);
  Event* old = testing::AddEvent(&doc, Event::VISIT, Event::OCCURRED, {"ana-ferreira", "tomas-berg"},
                                 testing::Day("1997-04-16"), "a visit on April 16", 40);
  Event* recent = testing::AddEvent(&doc, Event::VISIT, Event::OCCURRED, {"ana-ferreira", "tomas-berg"},
                                    testing::Day("2006-03-02"), "a visit on March 2", 80);
  Report a = ReportOf(*undated, "2006-11-15");
  a.document_position = 1;
  EXPECT_TRUE(ApartEitherWay(a, ReportOf(*old, "1997-04-17")));
  EXPECT_TRUE(ReportsCompatible(a, ReportOf(*recent, "2006-03-03")));
}

TEST(ReportsCompatibleTest, AnApproximateDayIsNearTheDaysAroundIt) {
  Timeline preview = testing::Article("preview", "2019-02-28");
  Timeline wire = testing::Article("wire", "2019-03-01");
  Event* summit = testing::AddEvent(&preview, Event::SUMMIT, Event::OCCURRED, {"donald-trump", "kim-jong-un"},
                                    testing::Day("2019-02-27"), "the summit in Hanoi", 0);
  Event* day_after = testing::AddEvent(&wire, Event::SUMMIT, Event::OCCURRED, {"donald-trump", "kim-jong-un"},
                                       testing::Day("2019-02-28"), "a day after his summit with Trump", 0);
  Report a = ReportOf(*summit, "2019-02-28");
  Report b = ReportOf(*day_after, "2019-03-01");
  b.document_position = 1;
  EXPECT_FALSE(ReportsCompatible(a, b));  // two days told exactly
  day_after->mutable_time()->set_mod("APPROX");
  EXPECT_TRUE(ReportsCompatible(a, b));
  *day_after->mutable_time() = testing::Day("2019-03-02");
  day_after->mutable_time()->set_mod("APPROX");
  Report far = ReportOf(*day_after, "2019-03-01");
  far.document_position = 1;
  EXPECT_FALSE(ReportsCompatible(a, far));  // more than a day apart
}

TEST(ReportsCompatibleTest, DatedEventsOfOneDocumentToldApartByStatusStayApart) {
  Timeline doc = testing::Article("d", "2025-09-10");
  Event* talks = testing::AddEvent(&doc, Event::TALKS, Event::OCCURRED, {"li-wei", "tomas-berg"},
                                   testing::Day("2025-09-10"), "held talks with Berg on Wednesday", 0);
  Event* trip = testing::AddEvent(&doc, Event::VISIT, Event::SCHEDULED, {"tomas-berg"}, testing::Year("2025"),
                                  "Berg is to travel to Beijing later this year", 60);
  EXPECT_FALSE(ReportsCompatible(ReportOf(*talks, "2025-09-10"), ReportOf(*trip, "2025-09-10")));
  // The same status: the document may tell one event twice.
  trip->set_status(Event::OCCURRED);
  EXPECT_TRUE(ReportsCompatible(ReportOf(*talks, "2025-09-10"), ReportOf(*trip, "2025-09-10")));
}

}  // namespace
}  // namespace chronicle
