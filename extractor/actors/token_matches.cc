#include "extractor/actors/token_matches.h"

#include <algorithm>

namespace chronicle {

TokenMatches::TokenMatches(const ActorGazetteer& gazetteer, std::string_view text,
                           const std::vector<Token>& tokens)
    : gazetteer_(gazetteer) {
  starts_.reserve(tokens.size() + 1);
  matches_.reserve(tokens.size() / 4 + 8);
  for (size_t i = 0; i < tokens.size(); ++i) {
    starts_.push_back(static_cast<uint32_t>(matches_.size()));
    if (tokens[i].kind != TokenKind::kWord) continue;
    const size_t first = matches_.size();
    gazetteer.index().MatchAt(text, tokens, i, &matches_);
    if (matches_.size() > first && !tokens[i].has(kCapitalized)) DropNotNames(first);
  }
  starts_.push_back(static_cast<uint32_t>(matches_.size()));
}

// "the", "of", "said" are not-name words in any case, and so start a
// phrase at about one lower-case word in five. Only a capitalised token is
// ever asked whether it is no name (a name word needs a capital), so on a
// lower-case one the match tells nothing, and without it the chunk parser
// passes the word by at once.
void TokenMatches::DropNotNames(size_t first) {
  const auto not_name = [this](const PhraseMatch& m) { return info(m).kind == PhraseKind::kNotName; };
  matches_.erase(std::remove_if(matches_.begin() + first, matches_.end(), not_name), matches_.end());
}

const PhraseMatch* TokenMatches::Longest(size_t token, PhraseKind kind) const {
  if (token >= num_tokens()) return nullptr;
  for (const PhraseMatch* m = begin(token); m != end(token); ++m) {
    if (info(*m).kind == kind) return m;
  }
  return nullptr;
}

}  // namespace chronicle
