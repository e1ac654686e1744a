#include "extractor/text/chunks.h"

#include <string>

#include "gtest/gtest.h"

namespace chronicle {
namespace {

std::string Join(const std::vector<TextPiece>& pieces) {
  std::string out;
  for (const TextPiece& p : pieces) out += std::string(p.text);
  return out;
}

TEST(SplitIntoPiecesTest, SmallTextIsOnePiece) {
  const auto pieces = SplitIntoPieces("Short text.", 100);
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_EQ(pieces[0].offset, 0u);
}

TEST(SplitIntoPiecesTest, PrefersParagraphBreaksAndKeepsEveryByte) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "A sentence here. Another one.\n\n";
  const auto pieces = SplitIntoPieces(text, 200);
  EXPECT_GT(pieces.size(), 4u);
  EXPECT_EQ(Join(pieces), text);
  for (size_t i = 0; i + 1 < pieces.size(); ++i) {
    EXPECT_EQ(pieces[i].text.substr(pieces[i].text.size() - 2), "\n\n");
    EXPECT_EQ(pieces[i + 1].offset, pieces[i].offset + pieces[i].text.size());
    EXPECT_LE(pieces[i].text.size(), 400u);
  }
}

TEST(SplitIntoPiecesTest, OneLongWordIsCutAtCharacterBoundaries) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "\xc3\xa9";  // no spaces at all
  const auto pieces = SplitIntoPieces(text, 101);
  EXPECT_EQ(Join(pieces), text);
  for (const TextPiece& p : pieces) EXPECT_EQ(p.text.size() % 2, 0u);
}

}  // namespace
}  // namespace chronicle
