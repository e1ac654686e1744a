#include "extractor/events/analysis.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace chronicle::events {
namespace {

// The words of every token of `text`, as the Analysis gives them.
std::vector<std::string> WordsOf(const std::string& text) {
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  const temporal::Anchor anchor = *temporal::Anchor::Parse("2025-08-13");
  const Analysis a(text, tokens, sentences, {}, ActorsFound{}, {}, anchor);
  std::vector<std::string> words;
  for (int32_t i = 0; i < a.size(); ++i) words.emplace_back(a.Word(i));
  return words;
}

TEST(AnalysisTest, WordsAreLowerCasedInAsciiOnly) {
  EXPECT_EQ(WordsOf("Erdoğan MET Zelenskyy-Trump"),
            (std::vector<std::string>{"erdoğan", "met", "zelenskyy", "-", "trump"}));
  EXPECT_EQ(WordsOf("ÉCOLE Über"), (std::vector<std::string>{"École", "Über"}));
}

TEST(AnalysisTest, NumbersLongWordsAndOtherSymbolsHaveNoWord) {
  const std::string long_word(41, 'A');
  EXPECT_EQ(WordsOf("On 15 " + long_word + " “Talks” € ABCDEFGHIJKLMNOPQRSTUVWXYZabc."),
            (std::vector<std::string>{"on", "", "", "\"", "talks", "\"", "", "abcdefghijklmnopqrstuvwxyzabc", "."}));
}

TEST(AnalysisTest, OutsideTheTextThereIsNoWord) {
  const std::string text = "Talks";
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  const temporal::Anchor anchor = *temporal::Anchor::Parse("2025-08-13");
  const Analysis a(text, tokens, sentences, {}, ActorsFound{}, {}, anchor);
  EXPECT_EQ(a.Word(-1), "");
  EXPECT_EQ(a.Word(1), "");
  EXPECT_TRUE(a.WordIs(0, "talks"));
}

}  // namespace
}  // namespace chronicle::events
