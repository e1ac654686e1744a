// For the rules that start with an earlier match ("<date> @part_of_day"),
// which of them the token after such a match can continue: the chart
// parser looks up the few rules worth checking instead of checking every
// rule of the match's category against every match at a position.
//
//   FollowIndex index(grammar);
//   const Grammar::Starts& f = index.For(Category::kDate);
//   f.before_word.find(word_ids[match.end_token])  // rules "," or "last" can continue
//
// The index only narrows the choice: it never leaves out a rule that
// Grammar::AfterFirstMatch would let go on. Rules open to any next token,
// and rules that may also start with a token of their own
// (Grammar::StartWithoutMatch), are in `open`.

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_FOLLOW_INDEX_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_FOLLOW_INDEX_H_

#include <array>
#include <cstdint>

#include "extractor/temporal/grammar.h"

namespace chronicle::temporal {

class FollowIndex {
 public:
  explicit FollowIndex(const Grammar& grammar);

  // The rules of Grammar::RulesStartingWithCategory(c), filed by what may
  // follow their first match; each list in increasing rule order.
  const Grammar::Starts& For(Category c) const { return by_category_[static_cast<int>(c)]; }

 private:
  static constexpr int kCategories = static_cast<int>(Category::kRef) + 1;
  std::array<Grammar::Starts, kCategories> by_category_;
};

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_FOLLOW_INDEX_H_
