#include "extractor/text/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace chronicle {
namespace {

TEST(CheckTextTest, AcceptsAsciiAndMultibyte) {
  EXPECT_TRUE(CheckText("").ok());
  EXPECT_TRUE(CheckText("Trump met Putin in Anchorage.").ok());
  EXPECT_TRUE(CheckText("Zelens\xca\xb9kyi \xe2\x80\x94 Z\xc3\xbcrich \xf0\x9f\x98\x80").ok());
}

TEST(CheckTextTest, RejectsNulWithItsOffset) {
  const std::string text("abc\0def", 7);
  const TextError e = CheckText(text);
  EXPECT_FALSE(e.ok());
  EXPECT_EQ(e.offset, 3);
  EXPECT_EQ(e.message, "NUL byte at byte 3");
}

TEST(CheckTextTest, RejectsMalformedSequences) {
  EXPECT_EQ(CheckText("ab\xff").offset, 2);               // never valid
  EXPECT_EQ(CheckText("0123456789\xc3").offset, 10);      // truncated
  EXPECT_EQ(CheckText("\xc0\xaf").offset, 0);             // overlong '/'
  EXPECT_EQ(CheckText("\xed\xa0\x80").offset, 0);         // surrogate
  EXPECT_EQ(CheckText("\xf4\x90\x80\x80").offset, 0);     // above U+10FFFF
  EXPECT_EQ(CheckText("abcdefgh\x80").offset, 8);         // stray continuation
}

TEST(Utf8SafePrefixTest, NeverCutsASequence) {
  const std::string text = "a\xe2\x80\x94" "b";  // a, em dash, b
  EXPECT_EQ(Utf8SafePrefix(text, 1), 1u);
  EXPECT_EQ(Utf8SafePrefix(text, 2), 1u);
  EXPECT_EQ(Utf8SafePrefix(text, 3), 1u);
  EXPECT_EQ(Utf8SafePrefix(text, 4), 4u);
  EXPECT_EQ(Utf8SafePrefix(text, 99), text.size());
}

TEST(AppendUtf8Test, RoundTripsThroughDecode) {
  for (char32_t cp : {U'A', U'\u00e9', U'\u2014', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, &s);
    int length = 0;
    EXPECT_EQ(DecodeUtf8(s, 0, &length), cp);
    EXPECT_EQ(static_cast<size_t>(length), s.size());
  }
}

}  // namespace
}  // namespace chronicle
