#include "extractor/actors/actor_finder.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace chronicle {
namespace {

struct Found {
  std::string text;
  ActorsFound actors;
};

Found Find(std::string text, std::string_view date = "2025-08-13") {
  Found found{std::move(text), {}};
  const std::vector<Token> tokens = Tokenize(found.text);
  const std::vector<Sentence> sentences = SplitSentences(found.text, tokens);
  found.actors = FindActors(found.text, tokens, sentences, date);
  return found;
}

// "text=id/how" for each mention.
std::vector<std::string> Describe(const Found& found) {
  std::vector<std::string> out;
  for (const ActorMention& m : found.actors.mentions) {
    out.push_back(found.text.substr(m.begin, m.end - m.begin) + "=" + m.actor_id + "/" + MentionHowName(m.how));
  }
  return out;
}

using ::testing::ElementsAre;

TEST(FindActorsTest, NamesInTheirNewsForms) {
  const Found found = Find("VLADIMIR PUTIN arrived. Putin's aides smiled, and Vladimir Putin waved.");
  EXPECT_THAT(Describe(found), ElementsAre("VLADIMIR PUTIN=vladimir-putin/full-name",
                                           "Putin=vladimir-putin/surname",
                                           "Vladimir Putin=vladimir-putin/full-name"));
  ASSERT_EQ(found.actors.actors.size(), 1u);
  const Actor& putin = found.actors.actors[0];
  EXPECT_EQ(putin.name(), "Vladimir Putin");
  EXPECT_TRUE(putin.in_gazetteer());
  EXPECT_EQ(putin.title(), "President of Russia");
  EXPECT_THAT(putin.aliases(), ElementsAre("VLADIMIR PUTIN", "Putin"));
}

TEST(FindActorsTest, SpellingVariantsShareAnId) {
  const Found found = Find("Zelenskyy met Merz; Zelensky and Zelenskiy are one man, as are Kim Jong-un and KIM JONG UN.");
  EXPECT_THAT(Describe(found),
              ElementsAre("Zelenskyy=volodymyr-zelensky/alias", "Merz=friedrich-merz/surname",
                          "Zelensky=volodymyr-zelensky/surname", "Zelenskiy=volodymyr-zelensky/alias",
                          "Kim Jong-un=kim-jong-un/full-name", "KIM JONG UN=kim-jong-un/full-name"));
}

TEST(FindActorsTest, OrganisationsByNameAndAbbreviation) {
  const Found found = Find(
      "NATO and the Kremlin disagreed. Center for a New American Security, 10 a.m.: a panel. "
      "CNAS hosts it. Arab Center Washington, D.C., noon: a book talk.");
  EXPECT_THAT(Describe(found),
              ElementsAre("NATO=nato/organisation", "Kremlin=kremlin/organisation",
                          "Center for a New American Security=cnas/organisation", "CNAS=cnas/organisation",
                          "Arab Center Washington, D.C.=arab-center-washington/organisation"));
}

TEST(FindActorsTest, CountriesAreActorsButAdjectivesAloneAreNot) {
  const Found found = Find("Russia and Ukraine held talks; Russian oil flowed to Turkey, not turkey.");
  EXPECT_THAT(Describe(found), ElementsAre("Russia=russia/country", "Ukraine=ukraine/country",
                                           "Turkey=turkey/country"));
}

TEST(FindActorsTest, CommonWordsNeedCapitalsAndContext) {
  // "Rice", "May", "Bush" are marked ambiguous: without the full name they
  // are nobody.
  EXPECT_TRUE(Find("In May, rice prices rose and Bush fires spread.").actors.mentions.empty());
  const Found found = Find("Theresa May spoke. Later May left.", "2018-03-01");
  EXPECT_THAT(Describe(found), ElementsAre("Theresa May=theresa-may/full-name", "May=theresa-may/surname"));
}

TEST(FindActorsTest, SurnameGluedToAnotherNameIsNotThePerson) {
  EXPECT_TRUE(Find("They toured Trump Tower with Ali Abbas yesterday.").actors.mentions.empty());
}

TEST(FindActorsTest, CommonPhraseOrganisationsStayOutOfHeadlines) {
  EXPECT_TRUE(Find("Trump's Foreign Policy Shift\n\nIt is a shift.").actors.mentions.size() == 1);
  const Found listed = Find("Foreign Policy, 11 a.m.: The Future of European Defense.");
  EXPECT_THAT(Describe(listed), ElementsAre("Foreign Policy=foreign-policy/organisation"));
}

TEST(FindActorsTest, IdsAreStableAcrossDocuments) {
  const Found first = Find("Mossad director Jane Q. Doerr flew in.");
  const Found second = Find("JANE Q. DOERR, the spy chief, was there.");
  ASSERT_FALSE(first.actors.actors.empty());
  EXPECT_EQ(first.actors.actors[0].id(), "jane-q-doerr");
  EXPECT_FALSE(first.actors.actors[0].in_gazetteer());
  // Without a title a name the gazetteer lacks is nobody.
  EXPECT_TRUE(second.actors.mentions.empty() || second.actors.mentions[0].actor_id != "jane-q-doerr");
}

}  // namespace
}  // namespace chronicle
