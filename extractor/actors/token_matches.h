// The gazetteer phrases that start at each token of a document, found once
// up front (one hash lookup per word) so that the recogniser's grammar can
// ask about any token without looking it up again.
//
//   TokenMatches matches(gazetteer, text, tokens);
//   if (const PhraseMatch* m = matches.Longest(i, PhraseKind::kTitle)) ...

#ifndef CHRONICLE_EXTRACTOR_ACTORS_TOKEN_MATCHES_H_
#define CHRONICLE_EXTRACTOR_ACTORS_TOKEN_MATCHES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extractor/actors/gazetteer.h"
#include "extractor/text/tokenizer.h"

namespace chronicle {

class TokenMatches {
 public:
  TokenMatches(const ActorGazetteer& gazetteer, std::string_view text, const std::vector<Token>& tokens);

  // The longest phrase of `kind` starting at `token`, or nullptr. Inline:
  // the chunk parser asks it several times at every token near a match,
  // and most tokens start none.
  const PhraseMatch* Longest(size_t token, PhraseKind kind) const {
    if (token >= num_tokens()) return nullptr;
    for (const PhraseMatch* m = begin(token); m != end(token); ++m) {
      if (info(*m).kind == kind) return m;
    }
    return nullptr;
  }
  // True when no phrase at all starts at `token`.
  bool None(size_t token) const { return token >= num_tokens() || starts_[token] == starts_[token + 1]; }
  // The first token at or after `token` where a phrase starts there or at
  // the next token: where DocumentScan has a chunk to read. num_tokens()
  // when none. Most tokens start no phrase; a tight loop over the starts
  // skips them instead of a call per token.
  size_t NextNearMatch(size_t token) const {
    const size_t n = num_tokens();
    // starts_ never decreases: a phrase starts at `token` or the next one
    // exactly when starts_[token] != starts_[token + 2].
    for (; token + 2 <= n; ++token) {
      if (starts_[token] != starts_[token + 2]) return token;
    }
    if (token < n && starts_[token] != starts_[token + 1]) return token;
    return n;
  }
  // True when some phrase of `kind` starts at `token`.
  bool Has(size_t token, PhraseKind kind) const { return Longest(token, kind) != nullptr; }

  // All matches starting at `token`, longest first.
  const PhraseMatch* begin(size_t token) const { return matches_.data() + starts_[token]; }
  const PhraseMatch* end(size_t token) const { return matches_.data() + starts_[token + 1]; }

  const PhraseInfo& info(const PhraseMatch& match) const { return gazetteer_.info(match.value); }
  size_t num_tokens() const { return starts_.size() - 1; }
  const ActorGazetteer& gazetteer() const { return gazetteer_; }

 private:
  const ActorGazetteer& gazetteer_;
  std::vector<PhraseMatch> matches_;
  std::vector<uint32_t> starts_;  // matches of token i: [starts_[i], starts_[i + 1])
};

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_TOKEN_MATCHES_H_
