#include "extractor/text/tokenizer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace chronicle {
namespace {

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.emplace_back(t.text(text));
  return out;
}

TEST(TokenizeTest, SplitsWordsNumbersAndPunctuation) {
  EXPECT_EQ(Texts("Aug. 15, 10:30a.m."),
            (std::vector<std::string>{"Aug", ".", "15", ",", "10", ":", "30", "a", ".", "m", "."}));
}

TEST(TokenizeTest, SplitsLettersFromDigits) {
  EXPECT_EQ(Texts("the 1990s and G-20"),
            (std::vector<std::string>{"the", "1990", "s", "and", "G", "-", "20"}));
}

TEST(TokenizeTest, KeepsDigitGroupsAndDecimalsWhole) {
  const std::string text = "1,500 children, 3.5 years, 8/15/2025";
  EXPECT_EQ(Texts(text), (std::vector<std::string>{"1,500", "children", ",", "3.5", "years", ",", "8", "/",
                                                   "15", "/", "2025"}));
  const auto tokens = Tokenize(text);
  EXPECT_TRUE(tokens[0].has(kDigitGroups));
  EXPECT_TRUE(tokens[3].has(kDecimal));
  EXPECT_DOUBLE_EQ(NumberValue(tokens[0].text(text)), 1500);
}

TEST(TokenizeTest, TracksSpacingLinesAndCase) {
  const std::string text = "VLADIMIR Putin\n13-year\n\nNext";
  const auto t = Tokenize(text);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_TRUE(t[0].has(kAllCaps));
  EXPECT_TRUE(t[0].has(kParagraphStart));
  EXPECT_TRUE(t[1].has(kCapitalized));
  EXPECT_FALSE(t[1].has(kAllCaps));
  EXPECT_TRUE(t[2].has(kLineStart));
  EXPECT_FALSE(t[2].has(kParagraphStart));
  EXPECT_FALSE(t[3].has(kSpaceBefore));  // "-" touches "13"
  EXPECT_TRUE(t[5].has(kParagraphStart));
}

// Words are scanned eight bytes at a time: long words, words that end
// inside or at the edge of a block, and capitals anywhere in them.
TEST(TokenizeTest, LongWordsKeepTheirBoundsAndCase) {
  const std::string text = "INTERNATIONALIZATION Internationalization internationALIZATION ABCDEFGH ABCDEFGh "
                           "abcdefgh1 ABCDEFGHI-J caf\xc3\xa9s NAÏVE";
  EXPECT_EQ(Texts(text), (std::vector<std::string>{"INTERNATIONALIZATION", "Internationalization",
                                                   "internationALIZATION", "ABCDEFGH", "ABCDEFGh", "abcdefgh", "1",
                                                   "ABCDEFGHI", "-", "J", "caf\xc3\xa9s", "NAÏVE"}));
  const auto t = Tokenize(text);
  const std::vector<bool> all_caps = {true, false, false, true, false, false, false, true, false, false, false, false};
  ASSERT_EQ(t.size(), all_caps.size());
  for (size_t i = 0; i < t.size(); ++i) EXPECT_EQ(t[i].has(kAllCaps), all_caps[i]) << t[i].text(text);
  EXPECT_TRUE(t[10].has(kNonAscii));
  EXPECT_TRUE(t[11].has(kCapitalized));
}

TEST(TokenizeTest, ShortWordsGetTheSameFlagsWhereverTheyStand) {
  // A word with eight readable bytes after its start is scanned in one
  // step; at the end of a text, a byte at a time. Both must agree.
  for (std::string_view word : {"a", "I", "ab", "AB", "Ab", "aB", "NATO", "Nato", "nato", "ABCDEFG", "abcdefg",
                                "ABCDEFGH", "Abcdefgh", "z", "Z"}) {
    const std::string alone(word);
    const std::string in_text = alone + ".\n and more";
    const std::vector<Token> a = Tokenize(alone);
    const std::vector<Token> b = Tokenize(in_text);
    ASSERT_EQ(a.size(), 1u) << word;
    EXPECT_EQ(a[0].end, b[0].end) << word;
    EXPECT_EQ(a[0].flags, b[0].flags) << word;
  }
  const auto t = Tokenize("NATO Nato nato I [A] `z{ and more");
  EXPECT_TRUE(t[0].has(kAllCaps) && t[0].has(kCapitalized));
  EXPECT_TRUE(!t[1].has(kAllCaps) && t[1].has(kCapitalized));
  EXPECT_TRUE(!t[2].has(kAllCaps) && !t[2].has(kCapitalized));
  EXPECT_TRUE(!t[3].has(kAllCaps) && t[3].has(kCapitalized));  // one letter is not all caps
  EXPECT_EQ(t[5].text("NATO Nato nato I [A] `z{ and more"), "A");  // '[' and ']' are not letters
  EXPECT_EQ(t[8].text("NATO Nato nato I [A] `z{ and more"), "z");  // nor '`' and '{'
}

TEST(TokenizeTest, MapsTypographicPunctuationToAscii) {
  const std::string text = "Putin\xe2\x80\x99s \xe2\x80\x94 \xe2\x80\x9cok\xe2\x80\x9d";
  const auto t = Tokenize(text);
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[1].punct, '\'');
  EXPECT_EQ(t[2].text(text), "s");
  EXPECT_EQ(t[3].punct, '-');
  EXPECT_EQ(t[4].punct, '"');
  EXPECT_EQ(t[6].punct, '"');
}

TEST(TokenizeTest, TreatsNonBreakingSpaceAsSpace) {
  EXPECT_EQ(Texts("10\xc2\xa0" "a.m."), (std::vector<std::string>{"10", "a", ".", "m", "."}));
}

TEST(TokenizeTest, OffsetsAddBase) {
  const auto t = Tokenize("ab cd", 100);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].begin, 103u);
  EXPECT_EQ(t[1].end, 105u);
}

TEST(LowerAsciiTest, LowersIntoBuffer) {
  char buffer[8];
  EXPECT_EQ(LowerAscii("AuGust", buffer, sizeof buffer), "august");
  EXPECT_TRUE(LowerAscii("toolongforbuffer", buffer, sizeof buffer).empty());
}

}  // namespace
}  // namespace chronicle
