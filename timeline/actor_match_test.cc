#include "timeline/actor_match.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace chronicle {
namespace {

Actor MakeActor(const std::string& id, const std::string& name, std::vector<std::string> aliases,
                Actor::Kind kind = Actor::PERSON) {
  Actor actor;
  actor.set_id(id);
  actor.set_name(name);
  actor.set_kind(kind);
  for (const std::string& alias : aliases) actor.add_aliases(alias);
  return actor;
}

std::vector<Actor> Cast() {
  return {MakeActor("vladimir-putin", "Vladimir Putin", {"Russian President Vladimir Putin"}),
          MakeActor("donald-trump", "Donald Trump", {"Trump", "President Trump"}),
          MakeActor("melania-trump", "Melania Trump", {}),
          MakeActor("steve-witkoff", "Steve Witkoff", {"Trump's envoy Steve Witkoff", "Witkoff"}),
          MakeActor("russia", "Russia", {"Russian Federation", "Moscow"}, Actor::COUNTRY),
          MakeActor("united-states", "United States", {"U.S.", "US"}, Actor::COUNTRY)};
}

using Ids = std::vector<std::string>;

TEST(MatchActorsTest, AnyCaseAnyTitleReachesTheActor) {
  for (const char* query :
       {"Putin", "Vladimir Putin", "VLADIMIR PUTIN", "Russian President Vladimir Putin", "vladimir-putin", "putin,"}) {
    EXPECT_EQ(MatchActors(query, Cast()), Ids{"vladimir-putin"}) << query;
  }
}

TEST(MatchActorsTest, TheHeadOfThePhraseDecides) {
  EXPECT_EQ(MatchActors("Trump", Cast()), Ids{"donald-trump"});
  EXPECT_EQ(MatchActors("Trump's envoy Steve Witkoff", Cast()), Ids{"steve-witkoff"});
  EXPECT_EQ(MatchActors("Trump\u2019s envoy", Cast()), Ids{});
  EXPECT_EQ(MatchActors("U.S. President Donald Trump", Cast()), Ids{"donald-trump"});
  EXPECT_EQ(MatchActors("Melania Trump", Cast()), Ids{"melania-trump"});
  EXPECT_EQ(MatchActors("the Russian Federation", Cast()), Ids{"russia"});
}

TEST(MatchActorsTest, NothingForUnknownOrEmptyNames) {
  EXPECT_EQ(MatchActors("Puttin", Cast()), Ids{});
  EXPECT_EQ(MatchActors("President", Cast()), Ids{});
  EXPECT_EQ(MatchActors("", Cast()), Ids{});
  EXPECT_EQ(MatchActors("  ,. ", Cast()), Ids{});
}

TEST(ClosestActorNamesTest, NearestNamesFirst) {
  const std::vector<std::string> closest = ClosestActorNames("Puttin", Cast());
  ASSERT_EQ(closest.size(), 3u);
  EXPECT_EQ(closest[0], "Vladimir Putin");
  EXPECT_EQ(ClosestActorNames("witkof", Cast(), 1), std::vector<std::string>{"Steve Witkoff"});
  EXPECT_EQ(ClosestActorNames("Rusia", Cast(), 1), std::vector<std::string>{"Russia"});
}

}  // namespace
}  // namespace chronicle
