#include "timeline/query.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "timeline/builder.h"
#include "timeline/testing/story.h"

namespace chronicle {
namespace {

using testing::AddEvent;
using testing::Article;

// A month of meetings among the cast, each published where it happens.
Timeline Month() {
  Timeline a = Article("a", "2025-09-02");
  *AddEvent(&a, Event::SUMMIT, Event::OCCURRED, {"ana-ferreira", "tomas-berg"}, testing::Day("2025-09-01"),
            "Ferreira and Berg met in Tallinn.", 0)
       ->mutable_location() = testing::MakePlace("Tallinn", "Tallinn", "", "Estonia");
  Timeline b = Article("b", "2025-09-10");
  AddEvent(&b, Event::CALL, Event::OCCURRED, {"tomas-berg", "omar-haddad"}, testing::Day("2025-09-09"),
           "Berg phoned Haddad.", 0);
  AddEvent(&b, Event::MEETING, Event::SCHEDULED, {"lena-novak", "kai-lund"}, testing::Month("2025-10"),
           "Novak and Lund will meet in October.", 40);
  Timeline c = Article("c", "2025-09-20");
  AddEvent(&c, Event::MEETING, Event::PROPOSED, {"ana-ferreira", "omar-haddad"}, std::nullopt,
           "Ferreira would like to meet Haddad.", 0);
  return BuildTimeline({a, b, c}, {});
}

QueryResult Query(const FilterSpec& spec) {
  const absl::StatusOr<EventFilter> filter = ParseEventFilter(spec);
  EXPECT_TRUE(filter.ok()) << filter.status();
  return FilterTimeline(Month(), *filter);
}

std::vector<std::string> FirstSentences(const QueryResult& result) {
  std::vector<std::string> sentences;
  for (const Event& e : result.timeline.events()) sentences.push_back(e.mentions(0).sentence());
  return sentences;
}

TEST(FilterTimelineTest, ActorByAnyNameOrAlias) {
  for (const char* name : {"Berg", "tomas berg", "CHANCELLOR TOMAS BERG", "Chancellor Berg"}) {
    FilterSpec spec;
    spec.actor = name;
    const QueryResult result = Query(spec);
    EXPECT_FALSE(result.unknown_actor) << name;
    EXPECT_EQ(FirstSentences(result),
              (std::vector<std::string>{"Ferreira and Berg met in Tallinn.", "Berg phoned Haddad."}))
        << name;
  }
}

TEST(FilterTimelineTest, KeepsOnlyTheDocumentsAndActorsOfTheEvents) {
  FilterSpec spec;
  spec.actor = "Novak";
  const QueryResult result = Query(spec);
  ASSERT_EQ(result.timeline.events_size(), 1);
  ASSERT_EQ(result.timeline.documents_size(), 1);
  EXPECT_EQ(result.timeline.documents(0).id(), "b");
  ASSERT_EQ(result.timeline.actors_size(), 2);
  EXPECT_EQ(result.timeline.actors(0).id(), "kai-lund");
}

TEST(FilterTimelineTest, UnknownActorGivesNothingAndAHint) {
  FilterSpec spec;
  spec.actor = "Hadad";
  const QueryResult result = Query(spec);
  EXPECT_TRUE(result.unknown_actor);
  EXPECT_EQ(result.timeline.events_size(), 0);
  ASSERT_FALSE(result.closest_actors.empty());
  EXPECT_EQ(result.closest_actors[0], "Omar Haddad");
}

TEST(FilterTimelineTest, DatesAreInclusiveAndUndatedEventsUseTheirPublication) {
  FilterSpec spec;
  spec.from = "2025-09-09";
  spec.to = "2025-09-20";
  EXPECT_EQ(FirstSentences(Query(spec)),
            (std::vector<std::string>{"Berg phoned Haddad.", "Ferreira would like to meet Haddad."}));
  spec.from = "2025-10";
  spec.to = "2025";
  EXPECT_EQ(FirstSentences(Query(spec)), (std::vector<std::string>{"Novak and Lund will meet in October."}));
}

TEST(FilterTimelineTest, TypesStatusesAndPlaces) {
  FilterSpec spec;
  spec.types = "Summit, call";
  EXPECT_EQ(Query(spec).timeline.events_size(), 2);
  spec.statuses = "occurred";
  spec.place = "ESTONIA";
  EXPECT_EQ(FirstSentences(Query(spec)), (std::vector<std::string>{"Ferreira and Berg met in Tallinn."}));
  FilterSpec statuses;
  statuses.statuses = "scheduled,proposed";
  EXPECT_EQ(Query(statuses).timeline.events_size(), 2);
}

TEST(ParseEventFilterTest, RejectsBadValuesWithTheFlagName) {
  FilterSpec spec;
  spec.from = "2025-13";
  EXPECT_EQ(ParseEventFilter(spec).status().message(), "--from: '2025-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  spec = {};
  spec.types = "summit,party";
  EXPECT_EQ(ParseEventFilter(spec).status().message().substr(0, 37), "--type: unknown type 'party' (summit,");
  spec = {};
  spec.statuses = "canceled";
  EXPECT_TRUE(ParseEventFilter(spec).ok());
  spec.types = "public-event";
  EXPECT_TRUE(ParseEventFilter(spec).ok());
  spec = {};
  spec.from = "2025-10";
  spec.to = "2025-09";
  EXPECT_FALSE(ParseEventFilter(spec).ok());
}

}  // namespace
}  // namespace chronicle
