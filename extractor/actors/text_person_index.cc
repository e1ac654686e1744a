#include "extractor/actors/text_person_index.h"

#include <algorithm>

#include "extractor/actors/fold.h"
#include "extractor/actors/phrase_index.h"

namespace chronicle {

TextPersonIndex::TextPersonIndex(const std::vector<DocumentActors::TextPerson>& people) : people_(people) {
  if (people.size() <= kScanLimit) return;
  for (size_t p = 0; p < people.size(); ++p) {
    const std::vector<std::string>& words = people[p].words;
    if (words.empty()) {
      nameless_.push_back(static_cast<int>(p));
      continue;
    }
    by_first_[words.front()].push_back(static_cast<int>(p));
    by_last_[words.back()].push_back(static_cast<int>(p));
    if (people[p].family_first) by_last_[words.front()].push_back(static_cast<int>(p));
  }
}

std::optional<int> TextPersonIndex::At(std::string_view text, const std::vector<Token>& tokens, size_t i,
                                       size_t* end) const {
  char buffer[kMaxFoldedWord];
  const std::string_view word = FoldWord(tokens[i].text(text), buffer, sizeof buffer);
  // The folded word a full name would start with (joining hyphens skipped),
  // if a capitalised one is there. Only people whose name starts with it, or
  // whose surname is `word`, can match.
  char first_buffer[kMaxFoldedWord];
  std::optional<std::string_view> first;
  size_t t = i;
  while (t < tokens.size() && tokens[t].kind != TokenKind::kWord && IsJoiningHyphen(tokens, t)) ++t;
  if (t < tokens.size() && tokens[t].has(kCapitalized)) {
    first = t == i ? word : FoldWord(tokens[t].text(text), first_buffer, sizeof first_buffer);
  }
  if (people_.size() <= kScanLimit) {
    for (const DocumentActors::TextPerson& person : people_) {
      const bool may_match = person.words.empty() || (first && person.words.front() == *first) ||
                             person.HasSurname(word);
      if (may_match && Matches(person, text, tokens, i, word, end)) return person.index;
    }
    return std::nullopt;
  }
  std::vector<int> candidates = nameless_;
  if (const auto it = by_last_.find(word); it != by_last_.end()) {
    candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  if (first) {
    if (const auto it = by_first_.find(*first); it != by_first_.end()) {
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
  }
  if (candidates.empty()) return std::nullopt;
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (const int p : candidates) {
    if (Matches(people_[p], text, tokens, i, word, end)) return people_[p].index;
  }
  return std::nullopt;
}

bool TextPersonIndex::Matches(const DocumentActors::TextPerson& person, std::string_view text,
                              const std::vector<Token>& tokens, size_t i, std::string_view word,
                              size_t* end) const {
  size_t t = i;
  size_t w = 0;
  for (; w < person.words.size() && t < tokens.size(); ++w, ++t) {
    while (t < tokens.size() && tokens[t].kind != TokenKind::kWord && IsJoiningHyphen(tokens, t)) ++t;
    if (t >= tokens.size() || (w == 0 && !tokens[t].has(kCapitalized))) break;
    char other[kMaxFoldedWord];
    if (FoldWord(tokens[t].text(text), other, sizeof other) != person.words[w]) break;
  }
  if (w == person.words.size()) {
    *end = t;
    return true;
  }
  // A family name written first and followed by another name word is
  // someone else of that family ("Kim Yo Jong" is not Kim Jong Un).
  const bool next_is_name = i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kWord &&
                            tokens[i + 1].has(kCapitalized) && !tokens[i + 1].has(kLineStart);
  if (word == person.words.back() || (person.HasSurname(word) && !next_is_name)) {
    *end = i + 1;
    return true;
  }
  return false;
}

}  // namespace chronicle
