// Titles before names, and titles alone resolved by office and date.

#include "extractor/actors/test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace chronicle {
namespace {

using ::testing::ElementsAre;

TEST(TitlesTest, TitleBeforeNameCoversTheNameAndRecordsTheTitle) {
  const FoundActors result = RunFindActors(
      "Russian President Vladimir Putin and German Chancellor FRIEDRICH MERZ spoke, while White House "
      "envoy Steve Witkoff listened.");
  EXPECT_THAT(result.Describe(), ElementsAre("Vladimir Putin=vladimir-putin/title+name",
                                             "FRIEDRICH MERZ=friedrich-merz/title+name",
                                             "Steve Witkoff=steve-witkoff/title+name"));
  const auto& mentions = result.found.mentions;
  EXPECT_EQ(result.Title(mentions[0]), "Russian President");
  EXPECT_EQ(mentions[0].role, "president");
  EXPECT_EQ(result.Title(mentions[1]), "German Chancellor");
  EXPECT_EQ(result.Title(mentions[2]), "White House envoy");
  EXPECT_EQ(mentions[2].role, "envoy");
}

TEST(TitlesTest, LongNamesAfterTitles) {
  const FoundActors result = RunFindActors(
      "Qatari Prime Minister Mohammed bin Abdul Rahman al-Thani hosted the talks. Russian leader "
      "VLADIMIR PUTIN called North Korean leader KIM JONG UN.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("Mohammed bin Abdul Rahman al-Thani=mohammed-bin-abdulrahman-al-thani/title+name",
                          "VLADIMIR PUTIN=vladimir-putin/title+name", "KIM JONG UN=kim-jong-un/title+name"));
}

TEST(TitlesTest, SpellingsThatFoldAlikeAreOneCandidate) {
  // The gazetteer lists both "Erdoğan" and "Erdogan"; after a title they
  // must still name one person, not two candidates left undecided.
  const FoundActors result =
      RunFindActors("Turkish President Recep Tayyip Erdogan met President Erdoğan's envoy. President Erdogan spoke.");
  EXPECT_THAT(result.Describe(), ElementsAre("Recep Tayyip Erdogan=recep-tayyip-erdogan/title+name",
                                             "Erdoğan=recep-tayyip-erdogan/title+name",
                                             "Erdogan=recep-tayyip-erdogan/title+name"));
}

TEST(TitlesTest, TitleAloneMeansTheHolderOnTheDay) {
  const FoundActors result = RunFindActors(
      "The Russian president arrives Friday. Last week the Qatari prime minister met the envoy.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("Russian president=vladimir-putin/title-only",
                          "Qatari prime minister=mohammed-bin-abdulrahman-al-thani/title-only"));
  const FoundActors in_2010 = RunFindActors("The Russian president visited Paris.", "2010-06-01");
  EXPECT_THAT(in_2010.Describe(), ElementsAre("Russian president=dmitry-medvedev/title-only"));
}

TEST(TitlesTest, TitleWithoutCountryMeansTheLastPersonIntroducedWithIt) {
  // Not the default country's foreign minister: the one the story is about.
  const FoundActors result = RunFindActors(
      "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi. Later the foreign minister "
      "flew home.");
  EXPECT_THAT(result.Describe(), ElementsAre("Sergey Lavrov=sergey-lavrov/title+name", "Wang Yi=wang-yi/title+name",
                                             "foreign minister=wang-yi/title-only"));
  const FoundActors alone = RunFindActors("The foreign minister flew home.");
  EXPECT_THAT(alone.Describe(), ElementsAre("foreign minister=marco-rubio/title-only"));
}

TEST(TitlesTest, LeaderMeansTheLeadingOffice) {
  const FoundActors result = RunFindActors(
      "Russian leader said no. The German leader said yes. Israel's prime minister and the Mossad chief "
      "flew to Doha.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("Russian leader=vladimir-putin/title-only", "German leader=friedrich-merz/title-only",
                          "Israel's prime minister=benjamin-netanyahu/title-only",
                          "Mossad chief=david-barnea/title-only"));
}

TEST(TitlesTest, ThePresidentIsTheDefaultCountrysHeadOfState) {
  const FoundActors us = RunFindActors("The president spoke with reporters.");
  EXPECT_THAT(us.Describe(), ElementsAre("president=donald-trump/title-only"));
  ActorOptions french;
  french.default_country = "FR";
  const FoundActors fr = RunFindActors("The president spoke with reporters.", "2025-08-13", french);
  EXPECT_THAT(fr.Describe(), ElementsAre("president=emmanuel-macron/title-only"));
  const FoundActors in_2022 = RunFindActors("The president spoke with reporters.", "2022-03-01");
  EXPECT_THAT(in_2022.Describe(), ElementsAre("president=joe-biden/title-only"));
}

TEST(TitlesTest, PresidentOfCountry) {
  const FoundActors result = RunFindActors("He met the president of Ukraine and the Secretary-General of NATO.");
  EXPECT_THAT(result.Describe(), ElementsAre("president of Ukraine=volodymyr-zelensky/title-only",
                                             "Secretary-General of NATO=mark-rutte/title-only"));
}

TEST(TitlesTest, FormerOrBareTitlesNameNobody) {
  EXPECT_TRUE(RunFindActors("The former president spoke. She ran for president.").found.mentions.empty());
}

TEST(TitlesTest, TitleAloneFollowsTheDocument) {
  // The United States has no prime minister: "the prime minister" is the
  // one the document introduced.
  const FoundActors result = RunFindActors(
      "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Witkoff. Later the prime minister left.");
  EXPECT_THAT(result.Describe(),
              ElementsAre("Mohammed bin Abdulrahman Al Thani=mohammed-bin-abdulrahman-al-thani/title+name",
                          "Witkoff=steve-witkoff/surname",
                          "prime minister=mohammed-bin-abdulrahman-al-thani/title-only"));
}

TEST(TitlesTest, TitleSettlesAmbiguousSurnames) {
  const FoundActors result = RunFindActors("Prime Minister May met Secretary of State Rice.", "2017-01-10");
  EXPECT_THAT(result.Describe(), ElementsAre("May=theresa-may/title+name", "Rice=condoleezza-rice/title+name"));
}

TEST(TitlesTest, HistoricalFiguresByName) {
  const FoundActors result = RunFindActors(
      "Neville Chamberlain's meeting with Nazi Chancellor Adolf Hitler at Munich is the analogy Churchill "
      "would have drawn.");
  EXPECT_THAT(result.Describe(), ElementsAre("Neville Chamberlain=neville-chamberlain/full-name",
                                             "Adolf Hitler=adolf-hitler/title+name",
                                             "Churchill=winston-churchill/surname"));
}

TEST(TitlesTest, ActorProtoCarriesTitleAndForms) {
  const FoundActors result = RunFindActors("Russian President Vladimir Putin flew in; Putin later left.");
  const Actor* putin = result.ActorWithId("vladimir-putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->title(), "President of Russia");
  EXPECT_THAT(putin->aliases(), ElementsAre("Russian President Vladimir Putin", "Putin"));
}

}  // namespace
}  // namespace chronicle

namespace chronicle {
namespace {

TEST(TitlesTest, OrganisationOfficesAreTheirOwn) {
  // The NSC's chief of staff is not the White House chief of staff.
  EXPECT_TRUE(RunFindActors("The National Security Council chief of staff spoke.").found.mentions.empty());
  const FoundActors result = RunFindActors("The White House chief of staff and the Kremlin spokesman agreed.");
  EXPECT_THAT(result.Describe(), ElementsAre("White House chief of staff=susie-wiles/title-only",
                                             "Kremlin spokesman=dmitry-peskov/title-only"));
}

TEST(TitlesTest, InstitutionsAreNotPeopleAfterATitle) {
  const FoundActors result = RunFindActors("He is vice chair of the America First Policy Institute now.");
  for (const ActorMention& mention : result.found.mentions) EXPECT_NE(mention.kind, Actor::PERSON);
}

}  // namespace
}  // namespace chronicle
