// Checks the tokens RulePrefix expects at known offsets, on rules of the
// built-in grammar whose shape the checks were made for.

#include "extractor/temporal/rule_prefix.h"

#include <algorithm>
#include <string_view>

#include "extractor/temporal/annotator.h"
#include "extractor/temporal/grammar_testing.h"
#include "gtest/gtest.h"

namespace chronicle::temporal {
namespace {

// The prefix of rule `id`; the first rule's, after a test failure, if absent.
const RulePrefix& PrefixOfRule(const std::vector<RulePrefix>& prefixes, const Grammar& grammar,
                               std::string_view id) {
  return prefixes[std::max(RuleIndex(grammar, id), 0)];
}

TEST(RulePrefixTest, FixedWordsAfterTheStart) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  const std::vector<RulePrefix> prefixes = ComputeRulePrefixes(grammar);
  // ("in" | "during" | ...) [ "the" @part_of_day ] (?!"of"): "the" one token
  // on, a part of the day two on; the lookahead is no check.
  const RulePrefix& p = PrefixOfRule(prefixes, grammar, "deictic.in_the_pod");
  ASSERT_GE(p.checks.size(), 2u);
  EXPECT_EQ(p.checks[0].offsets, 1u << 1);
  EXPECT_EQ(p.checks[1].offsets, 1u << 2);
}

TEST(RulePrefixTest, OptionalElementWidensTheOffsets) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  const std::vector<RulePrefix> prefixes = ComputeRulePrefixes(grammar);
  // (...) "the"? [ @season ]: the season one or two tokens on.
  const RulePrefix& p = PrefixOfRule(prefixes, grammar, "season.context");
  ASSERT_GE(p.checks.size(), 1u);
  EXPECT_EQ(p.checks[0].offsets, (1u << 1) | (1u << 2));
}

TEST(RulePrefixTest, NumberAtTheStartIsCheckedInFull) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  const std::vector<RulePrefix> prefixes = ComputeRulePrefixes(grammar);
  // [ #int(1900-2099) ] (?!%plural) ... %lower: the year's range at the start.
  const RulePrefix& p = PrefixOfRule(prefixes, grammar, "date.year_before_noun");
  ASSERT_GE(p.checks.size(), 1u);
  EXPECT_EQ(p.checks[0].offsets, 1u);
  ASSERT_NE(p.checks[0].number, nullptr);
  EXPECT_EQ(p.checks[0].number->min, 1900);
}

TEST(RulePrefixTest, NoOtherCheckOnTheStartTokenAlone) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  for (const RulePrefix& p : ComputeRulePrefixes(grammar)) {
    for (const RulePrefix::Check& c : p.checks) {
      EXPECT_NE(c.offsets, 0u);
      if (c.number == nullptr) {
        EXPECT_NE(c.offsets, 1u);
      }
      EXPECT_NE(c.filter, nullptr);
    }
  }
}

TEST(RulePrefixTest, ChecksAfterAnEarlierMatchCountFromItsEnd) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  const std::vector<RulePrefix> prefixes = ComputeRulePrefixes(grammar);
  // <date> ","? ("at" | "around")? <time>: a time 0, 1 or 2 tokens after the date.
  const RulePrefix& p = PrefixOfRule(prefixes, grammar, "time.date_at");
  EXPECT_TRUE(p.checks.empty());
  EXPECT_TRUE(p.first_widths.empty());
  ASSERT_EQ(p.after_first.size(), 1u);
  EXPECT_EQ(p.after_first[0].offsets, 0b111u);
  EXPECT_EQ(p.after_first[0].filter->categories, Grammar::CategoryBits(Category::kTime));
}

TEST(RulePrefixTest, ChecksAfterAGroupOfOneElementAlternatives) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  const std::vector<RulePrefix> prefixes = ComputeRulePrefixes(grammar);
  // (#num | <number>) ~"-"? "quarters" (?!"of"): after one token or an
  // earlier match, "quarters" at once or after a hyphen.
  const RulePrefix& p = PrefixOfRule(prefixes, grammar, "duration.n_quarters");
  EXPECT_EQ(p.first_widths, (std::vector<int32_t>{1, 0}));
  ASSERT_EQ(p.after_first.size(), 1u);
  EXPECT_EQ(p.after_first[0].offsets, 0b11u);
  EXPECT_EQ(p.after_first[0].filter->words, std::vector<int32_t>{grammar.vocabulary().Find("quarters")});
  // A rule that starts with a word has none: "year" (~"-" | ~"'" ~"s")? "end".
  EXPECT_TRUE(PrefixOfRule(prefixes, grammar, "date.year_end").after_first.empty());
}

TEST(RulePrefixTest, SecondTokenFilterOfRulesStartingAnywhere) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  const std::vector<RulePrefix> prefixes = ComputeRulePrefixes(grammar);
  // (%lower | %cap) [ "now" ]: only "now" one token on.
  const int32_t now = RuleIndex(grammar, "ref.now_in_clause");
  ASSERT_GE(now, 0);
  const TokenFilter f = SecondTokenFilter(prefixes, {now});
  EXPECT_FALSE(f.any);
  EXPECT_FALSE(f.number);
  EXPECT_EQ(f.words, std::vector<int32_t>{grammar.vocabulary().Find("now")});
}

TEST(RulePrefixTest, SecondTokenFilterJoinsRulesAndOpensForOneWithoutCheck) {
  const Grammar& grammar = TemporalAnnotator::Default().grammar();
  const std::vector<RulePrefix> prefixes = ComputeRulePrefixes(grammar);
  const int32_t now = RuleIndex(grammar, "ref.now_in_clause");
  const int32_t pod = RuleIndex(grammar, "deictic.in_the_pod");  // "the" one token on
  const int32_t cardinal = RuleIndex(grammar, "number.cardinal");
  ASSERT_TRUE(now >= 0 && pod >= 0 && cardinal >= 0);
  const TokenFilter joined = SecondTokenFilter(prefixes, {now, pod, now});
  EXPECT_FALSE(joined.any);
  EXPECT_EQ(joined.words.size(), 2u);
  // @cardinal alone: nothing is checked one token on.
  EXPECT_TRUE(SecondTokenFilter(prefixes, {now, cardinal}).any);
  EXPECT_FALSE(SecondTokenFilter(prefixes, {}).any);
}

TEST(TokenFilterTest, SealSortsDropsRepeatsAndFindsEachWord) {
  TokenFilter f;
  f.words = {300, 7, 90, 7, 71};
  TokenFilter more;
  more.words = {5};
  f.Add(more);
  f.Seal();
  EXPECT_EQ(f.words, (std::vector<int32_t>{5, 7, 71, 90, 300}));
  for (int32_t id : {-1, 0, 4, 6, 8, 70, 72, 299, 301, 100000}) EXPECT_FALSE(f.HasWord(id)) << id;
  for (int32_t id : f.words) EXPECT_TRUE(f.HasWord(id)) << id;
  EXPECT_FALSE(TokenFilter().HasWord(0));
}

}  // namespace
}  // namespace chronicle::temporal
