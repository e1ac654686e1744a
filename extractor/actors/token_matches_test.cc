#include "extractor/actors/token_matches.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace chronicle {
namespace {

TEST(TokenMatchesTest, NotNameWordsMatchOnlyWhenCapitalised) {
  const std::string text = "The talks began on Tuesday in the capital.";
  const std::vector<Token> tokens = Tokenize(text);
  const TokenMatches matches(ActorGazetteer::Default(), text, tokens);
  EXPECT_TRUE(matches.Has(0, PhraseKind::kNotName));  // "The"
  EXPECT_TRUE(matches.Has(4, PhraseKind::kNotName));  // "Tuesday"
  EXPECT_TRUE(matches.None(3));                       // "on"
  EXPECT_TRUE(matches.None(6));                       // "the"
}

TEST(TokenMatchesTest, LowerCaseWordsKeepTheirOtherPhrases) {
  const std::string text = "the former president met bin Salman";
  const std::vector<Token> tokens = Tokenize(text);
  const TokenMatches matches(ActorGazetteer::Default(), text, tokens);
  EXPECT_TRUE(matches.Has(1, PhraseKind::kModifier));  // "former"
  EXPECT_TRUE(matches.Has(2, PhraseKind::kTitle));     // "president"
  EXPECT_TRUE(matches.Has(4, PhraseKind::kParticle));  // "bin"
  EXPECT_FALSE(matches.Has(0, PhraseKind::kNotName));  // "the"
}

}  // namespace
}  // namespace chronicle
