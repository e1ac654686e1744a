#include "extractor/actors/phrase_index.h"

#include "gtest/gtest.h"

namespace chronicle {
namespace {

std::vector<PhraseMatch> MatchAt(const PhraseIndex& index, std::string_view text, size_t first) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<PhraseMatch> out;
  index.MatchAt(text, tokens, first, &out);
  return out;
}

TEST(PhraseIndexTest, MatchesLongestFirst) {
  PhraseIndex index;
  index.Add("Kim", 1);
  index.Add("Kim Jong Un", 2);
  const auto matches = MatchAt(index, "KIM JONG-UN spoke", 0);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].value, 2u);
  EXPECT_EQ(matches[0].end_token, 4u);  // KIM JONG - UN
  EXPECT_EQ(matches[1].value, 1u);
}

TEST(PhraseIndexTest, CapitalisedWordsNeedCapitals) {
  PhraseIndex index;
  index.Add("Rice", 1);
  index.Add("prime minister", 2);
  EXPECT_TRUE(MatchAt(index, "they ate rice", 2).empty());
  EXPECT_EQ(MatchAt(index, "said Rice", 1).size(), 1u);
  EXPECT_EQ(MatchAt(index, "the Prime Minister", 1).size(), 1u);
  EXPECT_EQ(MatchAt(index, "the prime minister", 1).size(), 1u);
}

TEST(PhraseIndexTest, PunctuationMustMatch) {
  PhraseIndex index;
  index.Add("Arab Center Washington, D.C.", 1);
  index.Add("U.S.", 2);
  EXPECT_EQ(MatchAt(index, "Arab Center Washington, D.C., noon", 0).size(), 1u);
  EXPECT_TRUE(MatchAt(index, "Arab Center Washington D.C.", 0).empty());
  const auto us = MatchAt(index, "the U.S. envoy", 1);
  ASSERT_EQ(us.size(), 1u);
  EXPECT_EQ(us[0].end_token, 5u);
}

TEST(PhraseIndexTest, HyphensBetweenWordsAreOptional) {
  PhraseIndex index;
  index.Add("al-Thani", 1);
  EXPECT_EQ(MatchAt(index, "Sheikh al Thani", 1).size(), 1u);
  EXPECT_EQ(MatchAt(index, "Sheikh Al-Thani", 1).size(), 1u);
  EXPECT_EQ(PhraseIndex::Key("Kim Jong-un"), PhraseIndex::Key("KIM JONG UN"));
}

TEST(PhraseIndexTest, AccentsFold) {
  PhraseIndex index;
  index.Add("Erdoğan", 1);
  EXPECT_EQ(MatchAt(index, "Erdogan said", 0).size(), 1u);
}

}  // namespace
}  // namespace chronicle
