#include "timeline/builder.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "timeline/testing/story.h"

namespace chronicle {
namespace {

using testing::AddEvent;
using testing::Article;
using testing::At;
using testing::Day;
using testing::MakePlace;
using testing::PartOfDay;
using testing::Week;
using testing::Year;

const std::vector<std::string> kLeaders = {"ana-ferreira", "tomas-berg"};

// Four outlets on one summit in Tallinn; two of them also float a further
// meeting of the same leaders.
std::vector<Timeline> TallinnStory() {
  Timeline wire = Article("wire-1", "2025-09-10", "Leaders plan talks");
  AddEvent(&wire, Event::SUMMIT, Event::SCHEDULED, kLeaders, Week("2025-W38"),
           "Ferreira and Berg plan a summit in Tallinn next week.", 0)
      ->mutable_location()
      ->set_text("Tallinn");

  Timeline daily = Article("daily-2", "2025-09-15");
  *AddEvent(&daily, Event::MEETING, Event::SCHEDULED, kLeaders, Day("2025-09-19"),
            "The two leaders are due to meet in the Old Town on Friday.", 40)
       ->mutable_location() = MakePlace("Old Town, Tallinn", "Old Town", "Tallinn", "Estonia");
  AddEvent(&daily, Event::MEETING, Event::PROPOSED, kLeaders, std::nullopt,
           "Both sides already speak of a second meeting.", 200);

  Timeline radio = Article("radio-3", "2025-09-19");
  AddEvent(&radio, Event::SUMMIT, Event::OCCURRED, kLeaders, At("2025-09-19T10:30", "Europe/Tallinn"),
           "Ferreira greeted Berg at 10:30 as the summit opened.", 10);

  Timeline weekly = Article("weekly-4", "2025-09-22");
  *AddEvent(&weekly, Event::SUMMIT, Event::OCCURRED, kLeaders, std::nullopt,
            "Last week's summit in Tallinn closed without a joint statement.", 300)
       ->mutable_location() = MakePlace("Tallinn", "Tallinn", "", "Estonia");
  AddEvent(&weekly, Event::MEETING, Event::PROPOSED, kLeaders, std::nullopt,
           "A further meeting may follow in the new year.", 420);
  return {wire, daily, radio, weekly};
}

const Event* EventMentioning(const Timeline& timeline, const std::string& document_id) {
  for (const Event& event : timeline.events()) {
    for (const Mention& m : event.mentions()) {
      if (m.document_id() == document_id) return &event;
    }
  }
  return nullptr;
}

const Event* EventWithStatus(const Timeline& timeline, Event::Status status) {
  for (const Event& event : timeline.events()) {
    if (event.status() == status) return &event;
  }
  return nullptr;
}

TEST(BuildTimelineTest, MergesOneSummitReportedByFourDocuments) {
  const Timeline timeline = BuildTimeline(TallinnStory(), {});
  ASSERT_EQ(timeline.events_size(), 2);
  const Event* summit = EventWithStatus(timeline, Event::OCCURRED);
  ASSERT_NE(summit, nullptr);
  EXPECT_EQ(summit->type(), Event::SUMMIT);
  ASSERT_EQ(summit->other_statuses_size(), 1);
  EXPECT_EQ(summit->other_statuses(0), Event::SCHEDULED);
  EXPECT_EQ(summit->time().value(), "2025-09-19T10:30");
  EXPECT_EQ(summit->time().granularity(), GRANULARITY_MINUTE);
  EXPECT_EQ(summit->other_times_size(), 0);
  EXPECT_FALSE(summit->undated());
  EXPECT_EQ(summit->location().name(), "Old Town");
  ASSERT_EQ(summit->mentions_size(), 4);
  const std::vector<std::string> order = {"wire-1", "daily-2", "radio-3", "weekly-4"};
  for (int i = 0; i < 4; ++i) EXPECT_EQ(summit->mentions(i).document_id(), order[i]);
  ASSERT_EQ(summit->participants_size(), 2);
  EXPECT_EQ(summit->participants(0).actor_id(), "ana-ferreira");
  EXPECT_NEAR(summit->confidence(), 1.0 - 0.4 * 0.4 * 0.4 * 0.4, 1e-5);
}

TEST(BuildTimelineTest, ProposedFollowUpIsNotTheScheduledSummit) {
  const Timeline timeline = BuildTimeline(TallinnStory(), {});
  const Event* proposal = EventWithStatus(timeline, Event::PROPOSED);
  ASSERT_NE(proposal, nullptr);
  EXPECT_TRUE(proposal->undated());
  EXPECT_FALSE(proposal->has_time());
  ASSERT_EQ(proposal->mentions_size(), 2);
  EXPECT_EQ(proposal->mentions(0).begin(), 200);
  EXPECT_EQ(proposal->mentions(1).begin(), 420);
  EXPECT_NE(proposal->id(), EventWithStatus(timeline, Event::OCCURRED)->id());
}

TEST(BuildTimelineTest, ProposalMergesOnlyWhenItNamesTheSameDay) {
  Timeline a = Article("a", "2025-09-01");
  AddEvent(&a, Event::MEETING, Event::SCHEDULED, kLeaders, Day("2025-09-19"), "They will meet on the 19th.", 0);
  Timeline b = Article("b", "2025-09-02");
  AddEvent(&b, Event::MEETING, Event::PROPOSED, kLeaders, Week("2025-W38"), "They might meet that week.", 0);
  EXPECT_EQ(BuildTimeline({a, b}, {}).events_size(), 2);

  Timeline c = Article("c", "2025-08-20");
  AddEvent(&c, Event::MEETING, Event::PROPOSED, kLeaders, Day("2025-09-19"), "A meeting on the 19th is floated.", 0);
  EXPECT_EQ(BuildTimeline({a, c}, {}).events_size(), 1);
}

TEST(BuildTimelineTest, KeepsApartWhatTheEvidenceSeparates) {
  Timeline a = Article("a", "2025-09-01");
  AddEvent(&a, Event::MEETING, Event::SCHEDULED, kLeaders, Day("2025-09-19"), "They meet in Tallinn.", 0)
      ->mutable_location()
      ->set_text("Tallinn");
  Timeline call = Article("call", "2025-09-01");
  AddEvent(&call, Event::CALL, Event::SCHEDULED, kLeaders, Day("2025-09-19"), "They will speak by phone.", 0);
  Timeline oslo = Article("oslo", "2025-09-01");
  AddEvent(&oslo, Event::MEETING, Event::SCHEDULED, kLeaders, Day("2025-09-19"), "They meet in Oslo.", 0)
      ->mutable_location()
      ->set_text("Oslo");
  Timeline other_pair = Article("other", "2025-09-01");
  AddEvent(&other_pair, Event::MEETING, Event::SCHEDULED, {"ana-ferreira", "kai-lund"}, Day("2025-09-19"),
           "Ferreira meets Lund.", 0);
  Timeline past = Article("past", "2025-09-10");
  AddEvent(&past, Event::MEETING, Event::OCCURRED, kLeaders, std::nullopt, "The two have met before.", 0);
  EXPECT_EQ(BuildTimeline({a, call, oslo, other_pair, past}, {}).events_size(), 5);
}

TEST(BuildTimelineTest, MergesAReportNamingPartOfTheParticipants) {
  Timeline a = Article("a", "2025-09-01");
  AddEvent(&a, Event::VISIT, Event::SCHEDULED, kLeaders, Day("2025-09-19"), "Berg visits Ferreira.", 0);
  Timeline b = Article("b", "2025-09-02");
  AddEvent(&b, Event::MEETING, Event::SCHEDULED, {"tomas-berg"}, Day("2025-09-19"), "Berg travels Friday.", 0);
  Timeline c = Article("c", "2025-09-03");
  AddEvent(&c, Event::MEETING, Event::SCHEDULED, {"tomas-berg", "ana-ferreira", "lena-novak"}, Day("2025-09-19"),
           "Novak joins the two leaders.", 0);
  const Timeline timeline = BuildTimeline({a, b, c}, {});
  ASSERT_EQ(timeline.events_size(), 1);
  EXPECT_EQ(timeline.events(0).type(), Event::VISIT);
  ASSERT_EQ(timeline.events(0).participants_size(), 3);
  EXPECT_EQ(timeline.events(0).participants(0).actor_id(), "ana-ferreira");
  EXPECT_EQ(timeline.events(0).participants(2).actor_id(), "lena-novak");
}

// Gives an article's actor a kind and a country code.
void SetNationality(Timeline* article, const std::string& id, Actor::Kind kind, const std::string& country) {
  for (Actor& actor : *article->mutable_actors()) {
    if (actor.id() != id) continue;
    actor.set_kind(kind);
    actor.set_country(country);
  }
}

TEST(BuildTimelineTest, CountriesMeetTheirPeopleSideForSide) {
  Timeline countries = Article("countries", "2025-09-01");
  AddEvent(&countries, Event::TALKS, Event::OCCURRED, {"northland", "southland"}, Day("2025-08-30"),
           "Northland and Southland held talks on Saturday.", 0);
  SetNationality(&countries, "northland", Actor::COUNTRY, "NL");
  SetNationality(&countries, "southland", Actor::COUNTRY, "SL");
  Timeline people = Article("people", "2025-09-01");
  AddEvent(&people, Event::TALKS, Event::OCCURRED, kLeaders, Day("2025-08-30"), "Ferreira and Berg met on Saturday.", 0);
  SetNationality(&people, "ana-ferreira", Actor::PERSON, "NL");
  SetNationality(&people, "tomas-berg", Actor::PERSON, "SL");
  // Two people of one of the countries are not the two countries' talks.
  Timeline one_side = Article("one-side", "2025-09-01");
  AddEvent(&one_side, Event::MEETING, Event::OCCURRED, {"lena-novak", "kai-lund"}, Day("2025-08-30"),
           "Novak met Lund on Saturday.", 0);
  SetNationality(&one_side, "lena-novak", Actor::PERSON, "NL");
  SetNationality(&one_side, "kai-lund", Actor::PERSON, "NL");
  const Timeline timeline = BuildTimeline({countries, people, one_side}, {});
  ASSERT_EQ(timeline.events_size(), 2);
  const Event* talks = EventMentioning(timeline, "countries");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks, EventMentioning(timeline, "people"));
  EXPECT_NE(talks, EventMentioning(timeline, "one-side"));
}

TEST(BuildTimelineTest, NearbyDayAtTheSamePlaceIsKeptAsADisagreement) {
  Timeline a = Article("a", "2025-09-20");
  AddEvent(&a, Event::SUMMIT, Event::OCCURRED, kLeaders, Day("2025-09-19"), "They met in Tallinn.", 0)
      ->mutable_location()
      ->set_text("Tallinn");
  Timeline b = Article("b", "2025-09-20");
  AddEvent(&b, Event::SUMMIT, Event::OCCURRED, kLeaders, Day("2025-09-19"), "The Tallinn summit.", 0)
      ->mutable_location()
      ->set_text("Tallinn");
  Timeline far = Article("far", "2025-09-21");
  AddEvent(&far, Event::SUMMIT, Event::OCCURRED, kLeaders, Day("2025-09-20"), "Tallinn talks, our time.", 0)
      ->mutable_location()
      ->set_text("Tallinn, Estonia");
  const Timeline timeline = BuildTimeline({a, b, far}, {});
  ASSERT_EQ(timeline.events_size(), 1);
  EXPECT_EQ(timeline.events(0).time().value(), "2025-09-19");
  ASSERT_EQ(timeline.events(0).other_times_size(), 1);
  EXPECT_EQ(timeline.events(0).other_times(0).value(), "2025-09-20");
}

std::string OrderKey(const Event& event) { return event.undated() ? "undated" : event.time().value(); }

TEST(BuildTimelineTest, OrdersMixedGranularitiesChronologically) {
  Timeline article = Article("mixed", "2025-08-13");
  const std::vector<std::pair<std::string, std::optional<TimeExpression>>> times = {
      {"p1", At("2025-08-14T10:30")}, {"p2", std::nullopt},      {"p3", Year("2025")},
      {"p4", Week("2025-W32")},       {"p5", Day("2018-07-16")}, {"p6", PartOfDay("2025-08-12", "EV")},
      {"p7", Day("2025-08-13")},      {"p8", Year("2018")},      {"p9", Day("2025-01-01")},
  };
  int offset = 0;
  for (const auto& [who, time] : times) {
    AddEvent(&article, Event::MEETING, Event::OCCURRED, {"kai-lund", who}, time, "Lund met someone.", offset);
    offset += 100;
  }
  const Timeline timeline = BuildTimeline({article}, {});
  std::vector<std::string> order;
  for (const Event& event : timeline.events()) order.push_back(OrderKey(event));
  EXPECT_EQ(order, (std::vector<std::string>{"2018", "2018-07-16", "2025-01-01", "2025", "2025-W32", "2025-08-12TEV",
                                             "2025-08-13", "undated", "2025-08-14T10:30"}));
}

TEST(BuildTimelineTest, VagueTimesLeaveAnEventUndatedButAreKept) {
  Timeline article = Article("vague", "2025-08-13");
  TimeExpression past;
  past.set_value("PAST_REF");
  AddEvent(&article, Event::MEETING, Event::OCCURRED, kLeaders, past, "The two met in the past.", 0);
  const Timeline timeline = BuildTimeline({article}, {});
  ASSERT_EQ(timeline.events_size(), 1);
  EXPECT_TRUE(timeline.events(0).undated());
  EXPECT_EQ(timeline.events(0).time().value(), "PAST_REF");
}

TEST(BuildTimelineTest, UndatedEventStandsAtItsFirstDocumentsPublication) {
  const Timeline timeline = BuildTimeline(TallinnStory(), {});
  // The proposal is undated and first reported on 2025-09-15, before the summit.
  ASSERT_EQ(timeline.events_size(), 2);
  EXPECT_EQ(timeline.events(0).status(), Event::PROPOSED);
  EXPECT_TRUE(timeline.events(0).undated());
  EXPECT_EQ(timeline.events(1).status(), Event::OCCURRED);
}

TEST(BuildTimelineTest, IdsSurviveARebuildWithMoreDocuments) {
  std::vector<Timeline> story = TallinnStory();
  // Only the first article: the summit is "next week", and the proposal of a
  // further meeting (which shares its class, year and leaders) is unknown.
  const Timeline first = BuildTimeline({story[0]}, {});
  const Timeline before = BuildTimeline({story[0], story[1], story[2]}, {});

  Timeline earlier = Article("early-0", "2025-09-01");
  AddEvent(&earlier, Event::CALL, Event::OCCURRED, {"tomas-berg", "omar-haddad"}, Day("2025-08-31"),
           "Berg phoned Haddad on Sunday.", 5);
  Timeline aside = Article("aside-5", "2025-09-23");
  AddEvent(&aside, Event::MEETING, Event::OCCURRED, {"ana-ferreira", "tomas-berg", "lena-novak"}, Day("2025-09-19"),
           "Novak sat in on the Tallinn meeting.", 7);
  std::vector<Timeline> more = {earlier};
  more.insert(more.end(), story.begin(), story.end());
  more.push_back(aside);
  const Timeline after = BuildTimeline(more, {});

  ASSERT_EQ(after.events_size(), 3);
  EXPECT_EQ(EventMentioning(after, "radio-3")->id(), first.events(0).id());
  EXPECT_EQ(EventMentioning(after, "radio-3")->id(), EventMentioning(before, "radio-3")->id());
  EXPECT_EQ(EventMentioning(after, "aside-5")->id(), EventMentioning(before, "radio-3")->id());
  EXPECT_EQ(EventWithStatus(after, Event::PROPOSED)->id(), EventWithStatus(before, Event::PROPOSED)->id());
}

// Each event's id, keyed by its sentences in a fixed order.
std::map<std::string, std::string> IdsBySentences(const Timeline& timeline) {
  std::map<std::string, std::string> ids;
  for (const Event& event : timeline.events()) {
    std::set<std::string> sentences;
    for (const Mention& m : event.mentions()) sentences.insert(m.sentence());
    ids[absl::StrJoin(sentences, " | ")] = event.id();
  }
  return ids;
}

TEST(BuildTimelineTest, IdsDoNotDependOnTheOrderOfTheDocuments) {
  std::vector<Timeline> story = TallinnStory();
  // Two listed events with no participants at the same hour: their ids collide
  // and are told apart by their documents.
  for (const char* id : {"listing-a", "listing-b"}) {
    Timeline listing = Article(id, "2025-09-18");
    AddEvent(&listing, Event::PUBLIC_EVENT, Event::SCHEDULED, {}, At("2025-09-19T12:00"),
             std::string("A noon panel in ") + id + ".", 0);
    story.push_back(listing);
  }
  std::vector<Timeline> reversed(story.rbegin(), story.rend());
  const auto ids = IdsBySentences(BuildTimeline(story, {}));
  EXPECT_EQ(ids.size(), 4u);
  EXPECT_EQ(ids, IdsBySentences(BuildTimeline(reversed, {})));
}

TEST(BuildTimelineTest, OutputIsByteIdenticalWhateverTheOrderOfEventsInADocument) {
  std::vector<Timeline> story = TallinnStory();
  std::vector<Timeline> reversed = story;
  for (Timeline& article : reversed) {
    std::reverse(article.mutable_events()->begin(), article.mutable_events()->end());
    std::reverse(article.mutable_actors()->begin(), article.mutable_actors()->end());
  }
  EXPECT_EQ(BuildTimeline(story, {}).SerializeAsString(), BuildTimeline(reversed, {}).SerializeAsString());
}

TEST(BuildTimelineTest, ActorsAreThoseTakingPartWithAliasesUnioned) {
  std::vector<Timeline> story = TallinnStory();
  story[1].mutable_actors(0)->add_aliases("Madam President");
  *story[0].add_actors() = testing::CastMember("kai-lund");  // named, in no event
  BuildOptions options;
  options.generator = "chronicle test";
  const Timeline timeline = BuildTimeline(story, options);
  EXPECT_EQ(timeline.generator(), "chronicle test");
  ASSERT_EQ(timeline.actors_size(), 2);
  EXPECT_EQ(timeline.actors(0).id(), "ana-ferreira");
  EXPECT_EQ(timeline.actors(1).id(), "tomas-berg");
  const auto& aliases = timeline.actors(0).aliases();
  EXPECT_EQ(std::vector<std::string>(aliases.begin(), aliases.end()),
            (std::vector<std::string>{"Ferreira", "Madam President", "President Ana Ferreira"}));
  ASSERT_EQ(timeline.documents_size(), 4);
  EXPECT_EQ(timeline.documents(2).id(), "radio-3");
}

TEST(CarryRevisionsTest, CountsChangesOfTimeStatusOrPlace) {
  std::vector<Timeline> story = TallinnStory();
  Timeline previous = BuildTimeline({story[0], story[1]}, {});
  for (Event& event : *previous.mutable_events()) event.set_revision(3);
  Timeline next = BuildTimeline(story, {});
  CarryRevisions(previous, &next);
  // The summit moved from a day to 10:30 and from scheduled to occurred.
  EXPECT_EQ(EventWithStatus(next, Event::OCCURRED)->revision(), 4);
  EXPECT_EQ(EventWithStatus(next, Event::PROPOSED)->revision(), 3);

  Timeline again = BuildTimeline(story, {});
  CarryRevisions(next, &again);
  EXPECT_EQ(EventWithStatus(again, Event::OCCURRED)->revision(), 4);
}

TEST(CarryRevisionsTest, NewEventsStartAtZero) {
  Timeline call = Article("call", "2025-09-01");
  AddEvent(&call, Event::CALL, Event::OCCURRED, {"tomas-berg", "omar-haddad"}, Day("2025-08-31"), "Berg phoned.", 5);
  Timeline previous = BuildTimeline({call}, {});
  previous.mutable_events(0)->set_revision(2);
  std::vector<Timeline> story = TallinnStory();
  story.push_back(call);
  Timeline next = BuildTimeline(story, {});
  CarryRevisions(previous, &next);
  ASSERT_EQ(next.events_size(), 3);
  for (const Event& event : next.events()) EXPECT_EQ(event.revision(), event.type() == Event::CALL ? 2 : 0);
}

}  // namespace
}  // namespace chronicle
