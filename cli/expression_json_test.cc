// AppendExpressionJson must write byte for byte what AppendJson writes for
// the proto that ToProto builds, for every kind of expression: intervals
// with and without a zone, alternatives, relations to events and to other
// times, sets, mods, and byte offsets shifted into a larger input.

#include "cli/expression_json.h"

#include <string>
#include <vector>

#include "cli/json_writer.h"
#include "extractor/temporal/annotator.h"
#include "gtest/gtest.h"

namespace chronicle::cli {
namespace {

using temporal::Anchor;
using temporal::TemporalAnnotator;

// Annotates `text` and compares the two writers on every expression; returns
// how many expressions there were.
int ExpectSameJson(const std::string& text, const std::string& published, int64_t offset) {
  const TemporalAnnotator& annotator = TemporalAnnotator::Default();
  const Anchor anchor = *Anchor::Parse(published, "");
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  int count = 0;
  for (const temporal::ResolvedExpression& e : annotator.Annotate(text, tokens, sentences, anchor)) {
    TimeExpression t = annotator.ToProto(text, e);
    t.set_begin(static_cast<int32_t>(t.begin() + offset));
    t.set_end(static_cast<int32_t>(t.end() + offset));
    std::string expected, got;
    AppendJson(t, &expected);
    AppendExpressionJson(annotator, text, e, offset, &got);
    EXPECT_EQ(got, expected);
    ++count;
  }
  return count;
}

TEST(ExpressionJsonTest, SameBytesAsTheProtoWriter) {
  const std::string text =
      "The prime minister spoke with the king on Tuesday evening. The two leaders will meet on Friday.\n"
      "The talks, held at 10 a.m. EST on Aug. 15, 2025, ended three months after the credit curbs.\n"
      "A year earlier, profits rose in the third quarter. The board meets every week and twice a year.\n"
      "In early 2005 and the late 1990s, the \"summit\" lasted 3 1/2 hours; it ended 2 days later.\n"
      "Tomorrow: 10 a.m. \xe2\x80\x94 talks at 14:30 GMT (Moscow), the next day and last summer.\n"
      "He was born on 12/25/1990 and will retire in the coming years, about five years from now.\n";
  EXPECT_GT(ExpectSameJson(text, "2025-08-13", 0), 15);
  EXPECT_GT(ExpectSameJson(text, "2025-08-15", 1234567), 15);
}

TEST(ExpressionJsonTest, AlternativesOnAmbiguousWeekdays) {
  // "Friday" said on a Friday may be today or a week ago.
  EXPECT_GT(ExpectSameJson("The minister said Friday that talks went well.", "2025-08-15", 0), 0);
}

}  // namespace
}  // namespace chronicle::cli
