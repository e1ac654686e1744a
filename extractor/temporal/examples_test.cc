// Runs every rule family's examples, Duckling style: each .examples file
// lists sentences with one fixed anchor and the expressions they must give.
//
//   @anchor 2025-08-13
//   He spoke on Tuesday evening. => Tuesday evening = 2025-08-12TEV TIME
//   Putin may sign. => none
//
// After "=>": "; "-separated expectations "TEXT = VALUE [TYPE] [mod=MOD]",
// or "none" when the sentence must give no expression at all.

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extractor/temporal/annotator.h"
#include "gtest/gtest.h"

namespace chronicle::temporal {
namespace {

struct Expectation {
  std::string text, value, type, mod;
};

std::vector<Expectation> ParseExpectations(const std::string& spec) {
  std::vector<Expectation> out;
  if (spec == "none") return out;
  for (absl::string_view part : absl::StrSplit(spec, "; ")) {
    Expectation e;
    const std::vector<std::string> sides = absl::StrSplit(part, " = ");
    e.text = std::string(absl::StripAsciiWhitespace(sides[0]));
    if (sides.size() > 1) {
      std::vector<std::string> words = absl::StrSplit(absl::StripAsciiWhitespace(sides[1]), ' ', absl::SkipEmpty());
      if (!words.empty()) e.value = words[0];
      for (size_t i = 1; i < words.size(); ++i) {
        if (absl::StartsWith(words[i], "mod=")) e.mod = words[i].substr(4);
        else e.type = words[i];
      }
    }
    out.push_back(e);
  }
  return out;
}

std::string Describe(const std::vector<chronicle::TimeExpression>& got) {
  std::vector<std::string> parts;
  for (const auto& t : got) {
    parts.push_back(absl::StrCat(t.text(), " = ", t.value(), " ", TimeExpression::Type_Name(t.type()),
                                 t.mod().empty() ? "" : " mod=" + t.mod(), " [", t.rule(), "]"));
  }
  return parts.empty() ? "none" : absl::StrJoin(parts, "; ");
}

void RunFile(const std::string& path) {
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot read " << path;
  const TemporalAnnotator& annotator = TemporalAnnotator::Default();
  std::string line;
  int line_number = 0;
  Anchor anchor;
  bool have_anchor = false;
  int checked = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    if (absl::StartsWith(line, "@anchor ")) {
      absl::StatusOr<Anchor> a = Anchor::Parse(line.substr(8));
      ASSERT_TRUE(a.ok()) << path << ":" << line_number << ": " << a.status();
      anchor = *a;
      have_anchor = true;
      continue;
    }
    ASSERT_TRUE(have_anchor) << path << ":" << line_number << ": example before @anchor";
    const size_t arrow = line.find(" => ");
    ASSERT_NE(arrow, std::string::npos) << path << ":" << line_number << ": expected ' => '";
    // "\n" in an example stands for a line break, for listings and headings.
    const std::string sentence = absl::StrReplaceAll(line.substr(0, arrow), {{"\\n", "\n"}});
    const std::vector<Expectation> expected = ParseExpectations(line.substr(arrow + 4));
    const std::vector<chronicle::TimeExpression> got = annotator.AnnotateText(sentence, anchor);
    const std::string where = absl::StrCat(path, ":", line_number, ": ", sentence, "\n  got: ", Describe(got));
    ++checked;
    if (expected.empty()) {
      EXPECT_TRUE(got.empty()) << where;
      continue;
    }
    for (const Expectation& e : expected) {
      const chronicle::TimeExpression* match = nullptr;
      for (const auto& t : got) {
        if (t.text() == e.text) match = &t;
      }
      if (match == nullptr) {
        ADD_FAILURE() << where << "\n  missing: " << e.text;
        continue;
      }
      EXPECT_EQ(match->value(), e.value) << where;
      if (!e.type.empty()) {
        EXPECT_EQ(TimeExpression::Type_Name(match->type()), e.type) << where;
      }
      if (!e.mod.empty()) {
        EXPECT_EQ(match->mod(), e.mod) << where;
      }
    }
  }
  EXPECT_GT(checked, 0) << path << " has no examples";
}

class ExamplesTest : public testing::TestWithParam<std::string> {};

TEST_P(ExamplesTest, AllExamplesResolve) { RunFile("extractor/temporal/testdata/" + GetParam() + ".examples"); }

INSTANTIATE_TEST_SUITE_P(RuleFamilies, ExamplesTest,
                         testing::Values("absolute", "weekdays", "relative", "clock_times", "durations", "sets",
                                         "offsets", "negatives"),
                         [](const testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace chronicle::temporal
