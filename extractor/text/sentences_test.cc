#include "extractor/text/sentences.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace chronicle {
namespace {

std::vector<std::string> Split(const std::string& text, std::vector<Sentence>* out = nullptr) {
  const auto tokens = Tokenize(text);
  const auto sentences = SplitSentences(text, tokens);
  std::vector<std::string> texts;
  for (const Sentence& s : sentences) texts.push_back(text.substr(s.begin, s.end - s.begin));
  if (out) *out = sentences;
  return texts;
}

TEST(SplitSentencesTest, SplitsOnFinalPunctuation) {
  EXPECT_EQ(Split("Trump met Putin. They spoke! Did they? Yes."),
            (std::vector<std::string>{"Trump met Putin.", "They spoke!", "Did they?", "Yes."}));
}

TEST(SplitSentencesTest, KeepsAbbreviationsAndInitials) {
  EXPECT_EQ(Split("It is set for Aug. 15 in Anchorage. Sen. J. Smith went to the U.S. Embassy."),
            (std::vector<std::string>{"It is set for Aug. 15 in Anchorage.",
                                      "Sen. J. Smith went to the U.S. Embassy."}));
}

TEST(SplitSentencesTest, AnAbbreviationEndsASentenceBeforeAPronounOrDeterminer) {
  EXPECT_EQ(Split("He gets a briefing at 11 a.m. He will meet Kim at 2 p.m. The U.S. President flies home."),
            (std::vector<std::string>{"He gets a briefing at 11 a.m.", "He will meet Kim at 2 p.m.",
                                      "The U.S. President flies home."}));
  EXPECT_EQ(Split("Bessent met Mr. He in Madrid."), (std::vector<std::string>{"Bessent met Mr. He in Madrid."}));
}

TEST(SplitSentencesTest, ClosingQuoteStaysWithItsSentence) {
  EXPECT_EQ(Split("He said 'it is over.' Then he left."),
            (std::vector<std::string>{"He said 'it is over.'", "Then he left."}));
}

TEST(SplitSentencesTest, MarksHeadingsAndListItems) {
  std::vector<Sentence> s;
  const auto texts = Split("Read this today.\nTomorrow Today\n- Panel, 10 a.m.: Talk\n- Forum, 11 a.m.: Other", &s);
  ASSERT_EQ(texts.size(), 4u);
  EXPECT_EQ(texts[1], "Tomorrow Today");
  EXPECT_TRUE(s[1].heading);
  EXPECT_FALSE(s[0].heading);
  EXPECT_TRUE(s[2].list_item);
  EXPECT_TRUE(s[3].list_item);
  EXPECT_FALSE(s[2].heading);
}

TEST(SplitSentencesTest, LinesLedByAClockTimeAreListItems) {
  std::vector<Sentence> s;
  const auto texts = Split(
      "MONDAY\n9 a.m. — Panel on ports.\n10:30 a.m.: Hearing.\nNoon — Book talk.\n"
      "25 people were hurt - officials said.\n2 p.m. Talks resumed.",
      &s);
  ASSERT_EQ(texts.size(), 6u);
  EXPECT_TRUE(s[0].heading);
  EXPECT_TRUE(s[1].list_item);
  EXPECT_TRUE(s[2].list_item);
  EXPECT_TRUE(s[3].list_item);
  EXPECT_FALSE(s[4].list_item);  // a number, but no clock
  EXPECT_FALSE(s[5].list_item);  // a clock, but no dash or colon after it
}

TEST(SplitSentencesTest, WrappedLinesStayOneSentence) {
  EXPECT_EQ(Split("The bombs exploded outside the embassies in\nthe two capitals on Friday."),
            (std::vector<std::string>{"The bombs exploded outside the embassies in\nthe two capitals on Friday."}));
}

TEST(SentenceAtTest, FindsTheSentenceOfAnOffset) {
  std::vector<Sentence> s;
  Split("One two. Three four. Five.", &s);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(SentenceAt(s, 0), 0);
  EXPECT_EQ(SentenceAt(s, 10), 1);
  EXPECT_EQ(SentenceAt(s, 25), 2);
}

}  // namespace
}  // namespace chronicle
