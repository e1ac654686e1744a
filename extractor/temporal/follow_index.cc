#include "extractor/temporal/follow_index.h"

namespace chronicle::temporal {
namespace {

bool CanStartAnywhere(const TokenFilter& f) {
  return f.any || f.number || f.categories != 0 || !f.words.empty();
}

// Files rule `r` in `starts` under what may follow its first match.
void File(const Grammar& grammar, int32_t r, Grammar::Starts* starts) {
  const Grammar::NextFilter& after = grammar.AfterFirstMatch(r);
  if (after.any || CanStartAnywhere(grammar.StartWithoutMatch(r))) {
    starts->open.push_back(r);
    return;
  }
  if (after.number) starts->before_number.push_back(r);
  if (after.categories != 0) starts->before_category.emplace_back(r, after.categories);
  for (int32_t word : after.words) starts->before_word[word].push_back(r);
}

}  // namespace

FollowIndex::FollowIndex(const Grammar& grammar) {
  for (int c = 0; c < kCategories; ++c) {
    for (int32_t r : grammar.RulesStartingWithCategory(static_cast<Category>(c))) File(grammar, r, &by_category_[c]);
  }
}

}  // namespace chronicle::temporal
