#include "extractor/text/word_table.h"

#include <string>

#include "gtest/gtest.h"

namespace chronicle {
namespace {

TEST(WordTableTest, FindsWordsInAnyCase) {
  WordTable table;
  const int32_t august = table.Intern("August");
  EXPECT_EQ(august, 0);
  EXPECT_EQ(table.Word(august), "august");
  EXPECT_EQ(table.Find("august"), august);
  EXPECT_EQ(table.Find("AUGUST"), august);
  EXPECT_EQ(table.Find("augusta"), WordTable::kAbsent);
  EXPECT_EQ(table.Find("augus"), WordTable::kAbsent);
  EXPECT_EQ(table.Intern("AUGUST"), august);
  EXPECT_EQ(table.size(), 1);
}

// FindInText hashes whole eight-byte blocks where it may read past the
// word: the same ids as Find, at the text's end too.
TEST(WordTableTest, FindInTextAgreesWithFind) {
  WordTable table;
  for (const char* w : {"a", "in", "august", "tomorrow", "yesterday", "afternoons", "\xC3\xA9lys\xC3\xA9" "e"}) {
    table.Intern(w);
  }
  const std::string text = "In AUGUST, Tomorrow; YESTERDAY afternoons a \xC3\xA9lys\xC3\xA9" "e augusta tomorro in";
  for (size_t begin = 0; begin < text.size(); ++begin) {
    for (size_t end = begin + 1; end <= text.size() && end <= begin + 20; ++end) {
      const std::string_view word(text.data() + begin, end - begin);
      EXPECT_EQ(table.FindInText(word, text.data() + text.size()), table.Find(word)) << word;
    }
  }
  EXPECT_EQ(table.FindInText(std::string_view(text.data() + 3, 6), text.data() + text.size()), table.Find("august"));
}

TEST(WordTableTest, OnlyAsciiLettersFold) {
  WordTable table;
  const int32_t e = table.Intern("\xC3\xA9lys\xC3\xA9""e");  // élysée
  EXPECT_EQ(table.Find("\xC3\xA9LYS\xC3\xA9""E"), e);
  EXPECT_EQ(table.Find("\xC3\x89lys\xC3\xA9""e"), WordTable::kAbsent);  // É is another code point
  const int32_t mark = table.Intern("@");
  EXPECT_EQ(table.Find("`"), WordTable::kAbsent);  // same hash bits, different byte
  EXPECT_EQ(table.Find("@"), mark);
}

TEST(WordTableTest, KeepsIdsWhileGrowing) {
  WordTable table;
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(table.Intern("w" + std::to_string(i)), i);
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(table.Find("W" + std::to_string(i)), i);
  EXPECT_EQ(table.Find(""), WordTable::kAbsent);
  EXPECT_EQ(table.Intern(""), 5000);
  EXPECT_EQ(table.Find(""), 5000);
}

}  // namespace
}  // namespace chronicle
