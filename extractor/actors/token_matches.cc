#include "extractor/actors/token_matches.h"

namespace chronicle {

TokenMatches::TokenMatches(const ActorGazetteer& gazetteer, std::string_view text,
                           const std::vector<Token>& tokens)
    : gazetteer_(gazetteer) {
  starts_.reserve(tokens.size() + 1);
  matches_.reserve(tokens.size() / 4 + 8);
  for (size_t i = 0; i < tokens.size(); ++i) {
    starts_.push_back(static_cast<uint32_t>(matches_.size()));
    if (tokens[i].kind == TokenKind::kWord) gazetteer.index().MatchAt(text, tokens, i, &matches_);
  }
  starts_.push_back(static_cast<uint32_t>(matches_.size()));
}

const PhraseMatch* TokenMatches::Longest(size_t token, PhraseKind kind) const {
  if (token >= num_tokens()) return nullptr;
  for (const PhraseMatch* m = begin(token); m != end(token); ++m) {
    if (info(*m).kind == kind) return m;
  }
  return nullptr;
}

}  // namespace chronicle
