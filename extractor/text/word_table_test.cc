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
