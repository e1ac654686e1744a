#include "timeline/event_text.h"

#include "gtest/gtest.h"
#include "timeline/testing/story.h"

namespace chronicle {
namespace {

using testing::At;
using testing::Day;
using testing::Month;
using testing::PartOfDay;
using testing::Week;
using testing::Year;

TEST(TimeLabelTest, ReadsAtItsGranularity) {
  EXPECT_EQ(TimeLabel(Day("2025-08-15")), "2025-08-15");
  EXPECT_EQ(TimeLabel(PartOfDay("2025-08-12", "EV")), "2025-08-12 evening");
  EXPECT_EQ(TimeLabel(Week("2025-W32")), "week of 2025-08-04");
  EXPECT_EQ(TimeLabel(Week("2025-W32-WE")), "weekend of 2025-08-09");
  EXPECT_EQ(TimeLabel(Year("2018")), "2018");
  EXPECT_EQ(TimeLabel(Month("2025-08")), "2025-08");
  EXPECT_EQ(TimeLabel(At("2025-08-14T10:30", "America/New_York")), "2025-08-14 10:30 America/New_York");
  EXPECT_EQ(TimeLabel(At("2025-08-14T10")), "2025-08-14 10:00");
}

TEST(TimeLabelTest, ShowsModsMultiDaySpansAndVagueValues) {
  TimeExpression approx = Month("2025-08");
  approx.set_mod("APPROX");
  EXPECT_EQ(TimeLabel(approx), "about 2025-08");
  TimeExpression three_days = Day("2025-08-15");
  three_days.mutable_interval()->set_end("2025-08-18T00:00:00");
  EXPECT_EQ(TimeLabel(three_days), "2025-08-15 to 2025-08-17");
  TimeExpression vague;
  vague.set_value("PAST_REF");
  EXPECT_EQ(TimeLabel(vague), "PAST_REF");
}

TEST(WhenLabelTest, UndatedEventsShowTheirPublicationDay) {
  Timeline article = testing::Article("late", "2025-08-13T09:00:00");
  testing::AddEvent(&article, Event::MEETING, Event::PROPOSED, {"ana-ferreira", "tomas-berg"}, std::nullopt,
                    "They may meet again.", 0);
  const DocumentIndex documents(article.documents());
  EXPECT_EQ(WhenLabel(article.events(0), documents), "undated (published 2025-08-13)");
}

TEST(EventTextTest, NamesTypesStatusesPlacesAndSources) {
  EXPECT_EQ(TypeLabel(Event::PRESS_CONFERENCE), "press conference");
  EXPECT_EQ(TypeLabel(Event::TYPE_UNSPECIFIED), "event");
  EXPECT_EQ(StatusLabel(Event::CANCELLED), "cancelled");
  EXPECT_EQ(PlaceLabel(testing::MakePlace("BEIJING", "Beijing", "", "China")), "Beijing, China");
  EXPECT_EQ(PlaceLabel(testing::MakePlace("", "Anchorage", "Alaska", "United States")),
            "Anchorage, Alaska, United States");
  EXPECT_EQ(PlaceLabel(testing::MakePlace("Old Town,\n Tallinn")), "Old Town, Tallinn");
  Mention mention;
  mention.set_document_id("wire-1");
  mention.set_begin(120);
  mention.set_end(188);
  EXPECT_EQ(SourceLabel(mention), "wire-1#120-188");
  EXPECT_EQ(OneLine("  two\n\tlines  "), "two lines");
}

}  // namespace
}  // namespace chronicle
