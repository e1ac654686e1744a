#include "extractor/actors/token_matches.h"

#include <algorithm>

namespace chronicle {

TokenMatches::TokenMatches(const ActorGazetteer& gazetteer, std::string_view text,
                           const std::vector<Token>& tokens)
    : gazetteer_(gazetteer) {
  const size_t n = tokens.size();
  const PhraseIndex& index = gazetteer.index();
  starts_.resize(n + 1);
  matches_.reserve(n / 4 + 8);
  // Only the words past the index's filter are looked up; the tokens up to
  // and including one start where the matches so far end.
  for (size_t i = 0;;) {
    const size_t next = index.NextCandidate(text, tokens, i);
    std::fill(starts_.begin() + i, starts_.begin() + next + 1, static_cast<uint32_t>(matches_.size()));
    if (next >= n) break;
    index.MatchCandidate(text, tokens, next, &matches_);
    i = next + 1;
  }
}

}  // namespace chronicle
