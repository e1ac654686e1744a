// Checks that FollowIndex files each rule that starts with an earlier match
// under the tokens that can continue it, on rules of the built-in grammar.

#include "extractor/temporal/follow_index.h"

#include <algorithm>
#include <string_view>

#include "extractor/temporal/annotator.h"
#include "extractor/temporal/grammar_testing.h"
#include "gtest/gtest.h"

namespace chronicle::temporal {
namespace {

bool Holds(const std::vector<int32_t>& rules, int32_t r) {
  return std::find(rules.begin(), rules.end(), r) != rules.end();
}

bool FiledAfterWord(const Grammar& grammar, const Grammar::Starts& starts, std::string_view word, int32_t r) {
  const auto it = starts.before_word.find(grammar.vocabulary().Find(word));
  return it != starts.before_word.end() && Holds(it->second, r);
}

TEST(FollowIndexTest, RuleFiledUnderTheWordsThatFollowTheMatch) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  const FollowIndex index(grammar);
  // <date> "last" "year": only "last" continues it.
  const int32_t r = RuleIndex(grammar, "date.with_last_year");
  const Grammar::Starts& after_date = index.For(Category::kDate);
  EXPECT_TRUE(FiledAfterWord(grammar, after_date, "last", r));
  EXPECT_FALSE(FiledAfterWord(grammar, after_date, "this", r));
  EXPECT_FALSE(Holds(after_date.open, r));
}

TEST(FollowIndexTest, RuleFiledUnderACategoryThatFollows) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  const FollowIndex index(grammar);
  // <time> ("on" | ",")? <date>: a date can follow at once.
  const int32_t r = RuleIndex(grammar, "time.on_date");
  const Grammar::Starts& after_time = index.For(Category::kTime);
  EXPECT_TRUE(FiledAfterWord(grammar, after_time, "on", r));
  bool after_a_date = false;
  for (const auto& [rule, categories] : after_time.before_category) {
    after_a_date |= rule == r && (categories & Grammar::CategoryBits(Category::kDate));
  }
  EXPECT_TRUE(after_a_date);
}

TEST(FollowIndexTest, EveryRuleOfACategoryIsFiled) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  const FollowIndex index(grammar);
  for (Category c : {Category::kDate, Category::kTime, Category::kDuration, Category::kNumber}) {
    const Grammar::Starts& starts = index.For(c);
    for (int32_t r : grammar.RulesStartingWithCategory(c)) {
      bool filed = Holds(starts.open, r) || Holds(starts.before_number, r);
      for (const auto& [rule, categories] : starts.before_category) filed |= rule == r;
      for (const auto& [word, rules] : starts.before_word) filed |= Holds(rules, r);
      EXPECT_TRUE(filed) << grammar.rules()[r].id;
    }
  }
}

}  // namespace
}  // namespace chronicle::temporal
