// Checks that ShortWords finds a token in any case, and only the exact word,
// as WordTable does for the longer ones.

#include "extractor/temporal/short_words.h"

#include <string>

#include "gtest/gtest.h"

namespace chronicle::temporal {
namespace {

// A text with room after its last word, as Find reads eight bytes.
int32_t FindIn(const ShortWords& words, const std::string& text, size_t begin, size_t size) {
  const std::string_view word(text.data() + begin, size);
  EXPECT_TRUE(ShortWords::Covers(word, text.data() + text.size()));
  return words.Find(word);
}

TEST(ShortWordsTest, FindsAnyCaseOfAWord) {
  ShortWords words;
  words.Add("august", 7);
  words.Add("a.m", 3);
  const std::string text = "AUGUST August august        ";
  EXPECT_EQ(FindIn(words, text, 0, 6), 7);
  EXPECT_EQ(FindIn(words, text, 7, 6), 7);
  EXPECT_EQ(FindIn(words, text, 14, 6), 7);
}

TEST(ShortWordsTest, OnlyTheWholeWord) {
  ShortWords words;
  words.Add("may", 1);
  const std::string text = "Mayor ma mayday          ";
  EXPECT_EQ(FindIn(words, text, 0, 5), ShortWords::kAbsent);
  EXPECT_EQ(FindIn(words, text, 0, 3), 1);  // the first three bytes of "Mayor"
  EXPECT_EQ(FindIn(words, text, 6, 2), ShortWords::kAbsent);
}

TEST(ShortWordsTest, FoldsOnlyAsciiCapitals) {
  ShortWords words;
  words.Add("[x]", 1);   // '[' and ']' sit next to the capitals' range
  words.Add("\xc3\xa9t\xc3\xa9", 2);  // "été"
  const std::string text = "{X} [X] \xc3\xa9T\xc3\xa9 \xc3\x89t\xc3\xa9        ";
  EXPECT_EQ(FindIn(words, text, 0, 3), ShortWords::kAbsent);
  EXPECT_EQ(FindIn(words, text, 4, 3), 1);
  EXPECT_EQ(FindIn(words, text, 8, 5), 2);
  EXPECT_EQ(FindIn(words, text, 14, 5), ShortWords::kAbsent);  // "É" is not folded
}

TEST(ShortWordsTest, KeepsEveryWordAsItGrows) {
  ShortWords words;
  for (int i = 0; i < 1000; ++i) words.Add(std::to_string(i), i);
  for (int i = 0; i < 1000; ++i) {
    const std::string text = std::to_string(i) + "        ";
    EXPECT_EQ(FindIn(words, text, 0, text.size() - 8), i);
  }
}

TEST(ShortWordsTest, CoversOnlyShortWordsWithRoomAfter) {
  const std::string text = "yesterday today";
  EXPECT_FALSE(ShortWords::Covers(std::string_view(text.data(), 9), text.data() + text.size()));
  EXPECT_TRUE(ShortWords::Covers(std::string_view(text.data() + 4, 5), text.data() + text.size()));
  EXPECT_FALSE(ShortWords::Covers(std::string_view(text.data() + 10, 5), text.data() + text.size()));
}

}  // namespace
}  // namespace chronicle::temporal
