// Groups named collectively: "European leaders", "a Hamas delegation".

#include "extractor/actors/test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace chronicle {
namespace {

using ::testing::ElementsAre;

TEST(GroupsTest, AdjectiveOrOrganisationBeforeAGroupNoun) {
  const FoundActors result = RunFindActors(
      "European leaders spoke to Ukrainian officials before a Hamas delegation reached Cairo, "
      "Russian state media said.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("European leaders=group:european-leaders/group",
                          "Ukrainian officials=group:ukrainian-officials/group",
                          "Hamas delegation=group:hamas-delegation/group",
                          "Russian state media=group:russian-state-media/group"));
  const Actor* hamas = result.ActorWithId("group:hamas-delegation");
  ASSERT_NE(hamas, nullptr);
  EXPECT_EQ(hamas->kind(), Actor::GROUP);
  EXPECT_EQ(hamas->member_of(), "hamas");
  EXPECT_EQ(hamas->name(), "Hamas delegation");
  const Actor* ukrainians = result.ActorWithId("group:ukrainian-officials");
  ASSERT_NE(ukrainians, nullptr);
  EXPECT_EQ(ukrainians->member_of(), "ukraine");
  EXPECT_EQ(ukrainians->country(), "UA");
  EXPECT_EQ(result.found.mentions[2].role, "delegation");
}

TEST(GroupsTest, SpellingsOfTheSameGroupShareAnId) {
  const FoundActors result = RunFindActors("U.S. officials and American officials; Hamas delegations.");
  EXPECT_THAT(result.Describe(), ElementsAre("U.S. officials=group:american-officials/group",
                                             "American officials=group:american-officials/group",
                                             "Hamas delegations=group:hamas-delegation/group"));
}

TEST(GroupsTest, TwoScopesShareOneGroupNoun) {
  const FoundActors result = RunFindActors("Turkish and Qatari mediators met Israeli and Hamas negotiators.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("Turkish=group:turkish-mediators/group", "Qatari mediators=group:qatari-mediators/group",
                          "Israeli=group:israeli-negotiators/group",
                          "Hamas negotiators=group:hamas-negotiators/group"));
}

TEST(GroupsTest, PeoplePlurals) {
  const FoundActors result = RunFindActors("Vance consulted the Europeans, and the French agreed with the Russians.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("Vance=jd-vance/surname", "Europeans=group:europeans/group",
                          "French=group:french/group", "Russians=group:russians/group"));
  const Actor* europeans = result.ActorWithId("group:europeans");
  ASSERT_NE(europeans, nullptr);
  EXPECT_EQ(europeans->member_of(), "europe");
}

TEST(GroupsTest, AdjectiveWithoutGroupNounIsNoGroup) {
  EXPECT_TRUE(RunFindActors("European defense spending and Russian oil rose.").found.mentions.empty());
}

}  // namespace
}  // namespace chronicle
