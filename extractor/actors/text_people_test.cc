// People the gazetteer lacks, found after a title and followed through the
// document.

#include "extractor/actors/test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace chronicle {
namespace {

using ::testing::ElementsAre;

TEST(TextPeopleTest, NameAfterATitleBecomesAPerson) {
  const FoundActors result = RunFindActors(
      "Mossad director Ilana Verbitsky flew to Doha. Verbitsky met officials; Ilana Verbitsky left Friday.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("Ilana Verbitsky=ilana-verbitsky/unknown-titled", "Verbitsky=ilana-verbitsky/surname",
                          "Ilana Verbitsky=ilana-verbitsky/full-name"));
  const Actor* person = result.ActorWithId("ilana-verbitsky");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->kind(), Actor::PERSON);
  EXPECT_FALSE(person->in_gazetteer());
  EXPECT_EQ(person->title(), "Mossad director");
}

TEST(TextPeopleTest, NameAfterACountrysPossessiveBecomesAPerson) {
  const FoundActors result = RunFindActors(
      "Ghana's Kwame Nkrumah met Egypt's Gamal Abdel Nasser. Nkrumah later met Russia's Vladimir Putin's "
      "predecessor.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("Kwame Nkrumah=kwame-nkrumah/unknown-titled",
                          "Gamal Abdel Nasser=gamal-abdel-nasser/unknown-titled", "Nkrumah=kwame-nkrumah/surname",
                          "Russia=russia/country", "Vladimir Putin=vladimir-putin/full-name"));
  const Actor* nkrumah = result.ActorWithId("kwame-nkrumah");
  ASSERT_NE(nkrumah, nullptr);
  EXPECT_EQ(nkrumah->kind(), Actor::PERSON);
  EXPECT_EQ(nkrumah->country(), "GH");
}

TEST(TextPeopleTest, SurnameBeforeTheFullNameAndAfterATitle) {
  const FoundActors result = RunFindActors(
      "Okafor Arrives\n\nDefense Secretary AMARA OKAFOR landed. Secretary Okafor then spoke.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("Okafor=amara-okafor/surname", "AMARA OKAFOR=amara-okafor/unknown-titled",
                          "Okafor=amara-okafor/title+name"));
  EXPECT_EQ(result.found.actors[0].name(), "Amara Okafor");
}

TEST(TextPeopleTest, FamilyNameWrittenFirstNamesThePersonAlone) {
  const FoundActors result = RunFindActors(
      "Commerce Minister Wang Wentao flew in. Sefcovic and Wang spoke, and Wang Shouwen took notes.");
  EXPECT_THAT(result.Describe(), ElementsAre("Wang Wentao=wang-wentao/unknown-titled",
                                             "Sefcovic=maros-sefcovic/surname", "Wang=wang-wentao/surname"));
}

TEST(TextPeopleTest, GivenNameFirstStillNamesThePersonByTheLastWord) {
  const FoundActors result =
      RunFindActors("British ambassador Kim Darroch resigned. Darroch had written the cables.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("Kim Darroch=kim-darroch/unknown-titled", "Darroch=kim-darroch/surname"));
}

TEST(TextPeopleTest, NoNameAfterATitleThatEndsItsLine) {
  const FoundActors result =
      RunFindActors("Modi to skip summit, will send foreign minister\n\nNEW DELHI, Nov 18 - Modi will stay home.");
  EXPECT_EQ(result.ActorWithId("new-delhi"), nullptr);
}

TEST(TextPeopleTest, NamesStopAtWeekdaysMonthsAndCountries) {
  const FoundActors result = RunFindActors("Spokesman Tomas Lindqvist Tuesday said Ambassador Rhea Castell Qatar.");
  EXPECT_THAT(result.Describe(), ElementsAre("Tomas Lindqvist=tomas-lindqvist/unknown-titled",
                                             "Rhea Castell=rhea-castell/unknown-titled",
                                             "Qatar=qatar/country"));
}

TEST(TextPeopleTest, CapitalisedPhrasesWithoutTitleAreNobody) {
  EXPECT_TRUE(RunFindActors("Grand Hotel Lobby was busy. Monday Morning Briefing follows.").found.mentions.empty());
}

TEST(TextPeopleTest, HeadingsDoNotMakePeople) {
  // A title-case heading: "Envoy Heads Home" is not a man called Heads Home.
  EXPECT_TRUE(RunFindActors("Envoy Heads Home\n\nThe talks ended.").found.mentions.empty());
}

TEST(TextPeopleTest, ParticlesAndHyphens) {
  const FoundActors result = RunFindActors("Minister Khalid bin Saeed al-Marri attended.");
  EXPECT_THAT(result.Describe(), ElementsAre("Khalid bin Saeed al-Marri=khalid-bin-saeed-al-marri/unknown-titled"));
}

TEST(TextPeopleTest, NameInApposition) {
  const FoundActors result =
      RunFindActors("Somalia's foreign minister, Amina Warsame Duale, is due in Nairobi. The minister, who spoke.");
  EXPECT_THAT(result.Describe(), ElementsAre("Amina Warsame Duale=amina-warsame-duale/unknown-titled"));
}

TEST(TextPeopleTest, NameAfterCounterpart) {
  const FoundActors result = RunFindActors("He met his Kenyan counterpart Joseph Kariuki Mwangi on Friday.");
  EXPECT_THAT(result.Describe(), ElementsAre("Joseph Kariuki Mwangi=joseph-kariuki-mwangi/unknown-titled"));
}

}  // namespace
}  // namespace chronicle
