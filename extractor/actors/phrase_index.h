// An index of token phrases (names, titles, group nouns, places) that finds
// every phrase starting at a token with one hash lookup: phrases are keyed by
// their folded first token and the following tokens are compared only on a
// hit.
//
//   PhraseIndex index;
//   index.Add("Kim Jong Un", 7);
//   // "KIM JONG-UN said" -> MatchAt(.., 0, &out) gives {end_token 4, value 7}
//
// Words are compared folded (case and accents, see fold.h). A word written
// with a capital in the phrase needs a capital in the text ("Rice" does not
// match "rice"), a lower-case word matches any case ("al" in "al-Thani").
// Hyphens that join two words ("Jong-un", "al-Thani") are ignored on both
// sides; other punctuation must match ("U.S.", "Washington, D.C.").

#ifndef CHRONICLE_EXTRACTOR_ACTORS_PHRASE_INDEX_H_
#define CHRONICLE_EXTRACTOR_ACTORS_PHRASE_INDEX_H_

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/text/tokenizer.h"
#include "extractor/text/word_table.h"

namespace chronicle {

struct PhraseMatch {
  uint32_t end_token = 0;  // index just after the last token of the match
  uint32_t value = 0;      // the value the phrase was added with
};

class PhraseIndex {
 public:
  PhraseIndex() = default;
  PhraseIndex(PhraseIndex&&) = default;
  PhraseIndex& operator=(PhraseIndex&&) = default;
  PhraseIndex(const PhraseIndex&) = delete;
  PhraseIndex& operator=(const PhraseIndex&) = delete;

  // Adds `phrase` with `value`; the same phrase may be added with several
  // values. Returns false when the phrase holds no token.
  bool Add(std::string_view phrase, uint32_t value) { return Add(phrase, Tokenize(phrase), value); }
  // The same, given `phrase`'s tokens (Tokenize(phrase)), for a caller that
  // also asks Key: a gazetteer loads thousands of phrases.
  bool Add(std::string_view phrase, const std::vector<Token>& tokens, uint32_t value);

  // Appends to `*out` every phrase that starts at token `first`, longest
  // first. `text` is the document the tokens point into. Inline up to the
  // bucket filter, which turns most words of a text away.
  void MatchAt(std::string_view text, const std::vector<Token>& tokens, size_t first,
               std::vector<PhraseMatch>* out) const {
    const Token& start = tokens[first];
    if (start.kind == TokenKind::kPunct) return;
    if (!start.has(kNonAscii)) {
      // Folding an ASCII word only lower-cases it, which Bucket ignores.
      const std::string_view word = start.text(text);
      if (word.size() > kMaxKey) return;
      if (!(start.has(kCapitalized) ? capital_first_ : lower_first_)[Bucket(word)]) return;
    }
    MatchFrom(text, tokens, first, out);
  }

  // The first word at or after token `first` that MatchAt would look up
  // (past the bucket filter), or tokens.size(). Scanning a text's words for
  // phrases, most are turned away: this loop does it without a call or a
  // vector's bounds per word.
  size_t NextCandidate(std::string_view text, const std::vector<Token>& tokens, size_t first) const {
    const Token* const begin = tokens.data();
    const Token* const end = begin + tokens.size();
    const char* const chars = text.data();
    const Token* t = begin + first;
    for (; t < end; ++t) {
      if (t->kind != TokenKind::kWord) continue;
      if (t->has(kNonAscii)) break;  // its folded form is checked in MatchFrom
      const uint32_t size = t->end - t->begin;
      if (size > kMaxKey) continue;
      const size_t bucket = Bucket(chars[t->begin], chars[t->end - 1], size);
      if ((t->has(kCapitalized) ? capital_first_ : lower_first_)[bucket]) break;
    }
    return static_cast<size_t>(t - begin);
  }

  // MatchAt for a word that NextCandidate returned: without the filter it
  // has passed.
  void MatchCandidate(std::string_view text, const std::vector<Token>& tokens, size_t first,
                      std::vector<PhraseMatch>* out) const {
    MatchFrom(text, tokens, first, out);
  }

  // The folded form that phrases are compared by: "Kim Jong-un" and
  // "KIM JONG UN" both give "kim jong un".
  static std::string Key(std::string_view phrase) { return Key(phrase, Tokenize(phrase)); }
  static std::string Key(std::string_view phrase, const std::vector<Token>& tokens);

  size_t size() const { return num_phrases_; }

 private:
  struct Part {
    std::string_view key;  // folded token, or the ASCII mark of punctuation
    bool needs_capital = false;
  };
  struct Phrase {
    uint32_t first_part = 0;
    uint32_t num_parts = 0;
    uint32_t value = 0;
  };

  static void AddToList(const Phrase& phrase, std::vector<Phrase>* list);
  // Where a first word falls in the filters below: by its first and last
  // byte, lower-cased as WordTable compares them, and its length.
  static constexpr size_t kBuckets = 1 << 16;
  // Longest key a word can match (kMaxFoldedWord in fold.h).
  static constexpr size_t kMaxKey = 64;
  // The 0x20 bit is set in both bytes, so that a capital falls where its
  // lower-case letter does (some other bytes do too: only a filter).
  static size_t Bucket(std::string_view word) { return Bucket(word.front(), word.back(), word.size()); }
  static size_t Bucket(char front, char back, size_t size) {
    const auto fold = [](char c) { return static_cast<size_t>(static_cast<unsigned char>(c) | 0x20); };
    return (fold(front) * 0x9E37 + fold(back) * 0x79B9 + size * 0x3C6F) % kBuckets;
  }
  // MatchAt past the inline filter.
  void MatchFrom(std::string_view text, const std::vector<Token>& tokens, size_t first,
                 std::vector<PhraseMatch>* out) const;

  std::vector<Part> parts_;
  size_t num_phrases_ = 0;
  // Every part's key, once; the parts view its strings, which never move.
  // A token's text finds its key in any case without being folded first.
  WordTable keys_;
  // Phrases by the key id of their first part: all phrases, for words with
  // a capital; and the few that may start in lower case ("prime minister"),
  // for the many lower-case words of a text. Held in the lists themselves,
  // not as indices, to save a cache miss per candidate on every word.
  std::vector<std::vector<Phrase>> by_first_;
  WordTable lower_keys_;  // the first keys of the phrases in lower_by_first_
  std::vector<std::vector<Phrase>> lower_by_first_;  // by lower_keys_ id
  // Set for the buckets of the first keys in by_first_ and lower_by_first_.
  // Most words of a text start no phrase; these turn most of them away
  // before a lookup hashes every byte and probes a large table.
  std::bitset<kBuckets> capital_first_;
  std::bitset<kBuckets> lower_first_;
};

// The comparison key of one token: its folded text for words and numbers,
// its ASCII mark for punctuation. `buffer` holds kMaxFoldedWord bytes.
std::string_view TokenKey(std::string_view text, const Token& token, char* buffer);

// True when token `i` is a hyphen joining two words, as in "al-Thani".
// Inline: phrase matching asks it before every word after the first.
inline bool IsJoiningHyphen(const std::vector<Token>& tokens, size_t i) {
  if (i >= tokens.size()) return false;  // a name that ends the text
  const Token& t = tokens[i];
  if (t.kind != TokenKind::kPunct || t.punct != '-' || t.has(kSpaceBefore)) return false;
  if (i == 0 || i + 1 >= tokens.size()) return false;
  const Token& next = tokens[i + 1];
  return tokens[i - 1].kind == TokenKind::kWord && next.kind == TokenKind::kWord && !next.has(kSpaceBefore);
}

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_PHRASE_INDEX_H_
