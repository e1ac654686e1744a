#include "extractor/actors/phrase_index.h"

#include <algorithm>

#include "extractor/actors/fold.h"

namespace chronicle {

std::string_view TokenKey(std::string_view text, const Token& token, char* buffer) {
  if (token.kind == TokenKind::kPunct && token.punct != 0) {
    buffer[0] = token.punct;
    return std::string_view(buffer, 1);
  }
  return FoldWord(token.text(text), buffer, kMaxFoldedWord);
}

namespace {

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

// The text of a word or number token as a WordTable finds its folded key:
// as written when it is ASCII (folding is then only lower-casing, which the
// table does in place), else folded into `buffer`. Empty when too long to
// match anything.
std::string_view LookupForm(std::string_view text, const Token& token, char* buffer) {
  const std::string_view word = token.text(text);
  if (token.has(kNonAscii)) return FoldWord(word, buffer, kMaxFoldedWord);
  return word.size() <= kMaxFoldedWord ? word : std::string_view();
}

// True when token `t` folds to `key`, compared in place for ASCII words.
bool TokenHasKey(std::string_view text, const Token& t, std::string_view key) {
  if (t.kind == TokenKind::kPunct && t.punct != 0) return key.size() == 1 && key[0] == t.punct;
  if (t.kind == TokenKind::kPunct || t.has(kNonAscii)) {
    char buffer[kMaxFoldedWord];
    return TokenKey(text, t, buffer) == key;
  }
  const std::string_view word = t.text(text);
  if (word.size() != key.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (LowerAscii(word[k]) != key[k]) return false;
  }
  return true;
}

}  // namespace

bool PhraseIndex::Add(std::string_view phrase, const std::vector<Token>& tokens, uint32_t value) {
  Phrase entry;
  entry.first_part = static_cast<uint32_t>(parts_.size());
  entry.value = value;
  char buffer[kMaxFoldedWord];
  int32_t first_key = WordTable::kAbsent;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (IsJoiningHyphen(tokens, i)) continue;
    const std::string_view key = TokenKey(phrase, tokens[i], buffer);
    if (key.empty()) {
      parts_.resize(entry.first_part);
      return false;
    }
    const int32_t id = keys_.Intern(key);
    if (first_key == WordTable::kAbsent) first_key = id;
    parts_.push_back({keys_.Word(id), tokens[i].has(kCapitalized)});
    ++entry.num_parts;
  }
  if (entry.num_parts == 0) return false;
  ++num_phrases_;
  if (by_first_.size() < static_cast<size_t>(keys_.size())) by_first_.resize(keys_.size());
  AddToList(entry, &by_first_[first_key]);
  capital_first_.set(Bucket(keys_.Word(first_key)));
  if (!parts_[entry.first_part].needs_capital) {
    lower_first_.set(Bucket(keys_.Word(first_key)));
    const int32_t lower_key = lower_keys_.Intern(keys_.Word(first_key));
    if (lower_by_first_.size() < static_cast<size_t>(lower_keys_.size())) lower_by_first_.resize(lower_keys_.size());
    AddToList(entry, &lower_by_first_[lower_key]);
  }
  return true;
}

void PhraseIndex::AddToList(const Phrase& phrase, std::vector<Phrase>* list) {
  // Longest phrases first, so that matches come out longest first; after
  // those as long, as a stable sort of the list would put it.
  const auto at = std::upper_bound(list->begin(), list->end(), phrase,
                                   [](const Phrase& a, const Phrase& b) { return a.num_parts > b.num_parts; });
  list->insert(at, phrase);
}

void PhraseIndex::MatchFrom(std::string_view text, const std::vector<Token>& tokens, size_t first,
                            std::vector<PhraseMatch>* out) const {
  static_assert(kMaxKey == kMaxFoldedWord, "MatchAt's filter drops the words LookupForm drops");
  const Token& start = tokens[first];
  char buffer[kMaxFoldedWord];
  const std::string_view form = LookupForm(text, start, buffer);
  if (form.empty()) return;
  // A lower-case word looks only among the phrases whose first word may be
  // written in lower case, so the first word needs no more checking. Their
  // keys have a small table of their own, which stays in cache for the many
  // lower-case words of a text.
  const bool capital = start.has(kCapitalized);
  // An ASCII word passed the filter before the call (MatchAt, NextCandidate).
  if (start.has(kNonAscii) && !(capital ? capital_first_ : lower_first_)[Bucket(form)]) return;
  // An ASCII word is looked up where it stands in the text, hashed eight
  // bytes at a time; a folded one from the buffer.
  const WordTable& table = capital ? keys_ : lower_keys_;
  const int32_t key = start.has(kNonAscii) ? table.Find(form) : table.FindInText(form, text.data() + text.size());
  if (key == WordTable::kAbsent) return;
  const std::vector<Phrase>& candidates = (capital ? by_first_ : lower_by_first_)[key];
  const size_t old_size = out->size();
  for (const Phrase& phrase : candidates) {
    size_t t = first + 1;
    uint32_t p = 1;
    for (; p < phrase.num_parts; ++p, ++t) {
      // After a joining hyphen a name goes on in lower case: "Jong-un".
      const bool after_hyphen = t < tokens.size() && IsJoiningHyphen(tokens, t);
      if (after_hyphen) ++t;
      if (t >= tokens.size()) break;
      const Part& part = parts_[phrase.first_part + p];
      if (part.needs_capital && !after_hyphen && !tokens[t].has(kCapitalized)) break;
      if (!TokenHasKey(text, tokens[t], part.key)) break;
    }
    if (p == phrase.num_parts) out->push_back({static_cast<uint32_t>(t), phrase.value});
  }
  if (out->size() - old_size > 1) {
    std::stable_sort(out->begin() + old_size, out->end(),
                     [](const PhraseMatch& a, const PhraseMatch& b) { return a.end_token > b.end_token; });
  }
}

std::string PhraseIndex::Key(std::string_view phrase, const std::vector<Token>& tokens) {
  std::string key;
  char buffer[kMaxFoldedWord];
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (IsJoiningHyphen(tokens, i)) continue;
    if (!key.empty()) key.push_back(' ');
    key += TokenKey(phrase, tokens[i], buffer);
  }
  return key;
}

}  // namespace chronicle
