#include "extractor/actors/fold.h"

#include "gtest/gtest.h"

namespace chronicle {
namespace {

std::string Fold(std::string_view word) {
  char buffer[kMaxFoldedWord];
  return std::string(FoldWord(word, buffer, sizeof buffer));
}

TEST(FoldWordTest, LowersAsciiAndStripsLatinAccents) {
  EXPECT_EQ(Fold("ERDOĞAN"), "erdogan");
  EXPECT_EQ(Fold("Çavuşoğlu"), "cavusoglu");
  EXPECT_EQ(Fold("Orbán"), "orban");
  EXPECT_EQ(Fold("Nicușor"), "nicusor");
  EXPECT_EQ(Fold("Støre"), "store");
}

TEST(FoldWordTest, KeepsOtherScriptsAsWritten) { EXPECT_EQ(Fold("Путин"), "Путин"); }

TEST(FoldWordTest, EmptyWhenTooLong) {
  char buffer[4];
  EXPECT_TRUE(FoldWord("abcdef", buffer, sizeof buffer).empty());
}

TEST(SlugTest, JoinsWordsWithDashes) {
  EXPECT_EQ(Slug("Mohammed bin Abdul Rahman al-Thani"), "mohammed-bin-abdul-rahman-al-thani");
  EXPECT_EQ(Slug("DAVID BARNEA"), "david-barnea");
  EXPECT_EQ(Slug("J.D. Vance"), "jd-vance");
  EXPECT_EQ(Slug("Robert O’Brien"), "robert-obrien");
  EXPECT_EQ(Slug("  Recep Tayyip Erdoğan "), "recep-tayyip-erdogan");
}

TEST(TitleCaseShoutingTest, OnlyChangesAllCapsWords) {
  EXPECT_EQ(TitleCaseShouting("DAVID BARNEA"), "David Barnea");
  EXPECT_EQ(TitleCaseShouting("Kim Jong Un"), "Kim Jong Un");
  EXPECT_EQ(TitleCaseShouting("JD Vance"), "Jd Vance");
}

}  // namespace
}  // namespace chronicle
