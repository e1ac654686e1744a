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

bool IsJoiningHyphen(const std::vector<Token>& tokens, size_t i) {
  if (i >= tokens.size()) return false;  // a name that ends the text
  const Token& t = tokens[i];
  if (t.kind != TokenKind::kPunct || t.punct != '-' || t.has(kSpaceBefore)) return false;
  if (i == 0 || i + 1 >= tokens.size()) return false;
  const Token& next = tokens[i + 1];
  return tokens[i - 1].kind == TokenKind::kWord && next.kind == TokenKind::kWord &&
         !next.has(kSpaceBefore);
}

std::string_view PhraseIndex::Intern(std::string_view key) {
  return *keys_.insert(std::string(key)).first;
}

bool PhraseIndex::Add(std::string_view phrase, uint32_t value) {
  const std::vector<Token> tokens = Tokenize(phrase);
  Phrase entry;
  entry.first_part = static_cast<uint32_t>(parts_.size());
  entry.value = value;
  char buffer[kMaxFoldedWord];
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (IsJoiningHyphen(tokens, i)) continue;
    const std::string_view key = TokenKey(phrase, tokens[i], buffer);
    if (key.empty()) return false;
    parts_.push_back({Intern(key), tokens[i].has(kCapitalized)});
    ++entry.num_parts;
  }
  if (entry.num_parts == 0) return false;
  const uint32_t index = static_cast<uint32_t>(phrases_.size());
  phrases_.push_back(entry);
  const Part& first = parts_[entry.first_part];
  AddToList(index, &by_first_[first.key]);
  if (!first.needs_capital) AddToList(index, &lower_by_first_[first.key]);
  return true;
}

void PhraseIndex::AddToList(uint32_t phrase, std::vector<uint32_t>* list) const {
  list->push_back(phrase);
  // Longest phrases first, so that matches come out longest first.
  std::stable_sort(list->begin(), list->end(), [this](uint32_t a, uint32_t b) {
    return phrases_[a].num_parts > phrases_[b].num_parts;
  });
}

void PhraseIndex::MatchAt(std::string_view text, const std::vector<Token>& tokens, size_t first,
                          std::vector<PhraseMatch>* out) const {
  const Token& start = tokens[first];
  if (start.kind == TokenKind::kPunct) return;
  char buffer[kMaxFoldedWord];
  const std::string_view key = TokenKey(text, start, buffer);
  if (key.empty()) return;
  const auto& table = start.has(kCapitalized) ? by_first_ : lower_by_first_;
  const auto it = table.find(key);
  if (it == table.end()) return;
  // Keys of the tokens after `first`, folded once however many phrases
  // compare them.
  // (Left uninitialised: zeroing them would cost more than most lookups.)
  constexpr size_t kCached = 8;
  char cache_buffers[kCached][kMaxFoldedWord];
  size_t cached_sizes[kCached];
  uint32_t have = 0;
  const auto key_at = [&](size_t t) {
    const size_t slot = t - first - 1;
    if (slot >= kCached) return TokenKey(text, tokens[t], cache_buffers[kCached - 1]);
    if (!(have & (1u << slot))) {
      cached_sizes[slot] = TokenKey(text, tokens[t], cache_buffers[slot]).size();
      have |= 1u << slot;
    }
    return std::string_view(cache_buffers[slot], cached_sizes[slot]);
  };
  const size_t old_size = out->size();
  for (const uint32_t index : it->second) {
    const Phrase& phrase = phrases_[index];
    if (parts_[phrase.first_part].needs_capital && !start.has(kCapitalized)) continue;
    size_t t = first + 1;
    uint32_t p = 1;
    for (; p < phrase.num_parts; ++p, ++t) {
      // After a joining hyphen a name goes on in lower case: "Jong-un".
      const bool after_hyphen = t < tokens.size() && IsJoiningHyphen(tokens, t);
      if (after_hyphen) ++t;
      if (t >= tokens.size()) break;
      const Part& part = parts_[phrase.first_part + p];
      if (part.needs_capital && !after_hyphen && !tokens[t].has(kCapitalized)) break;
      if (key_at(t) != part.key) break;
    }
    if (p == phrase.num_parts) out->push_back({static_cast<uint32_t>(t), phrase.value});
  }
  if (out->size() - old_size > 1) {
    std::stable_sort(out->begin() + old_size, out->end(),
                     [](const PhraseMatch& a, const PhraseMatch& b) { return a.end_token > b.end_token; });
  }
}

std::string PhraseIndex::Key(std::string_view phrase) {
  const std::vector<Token> tokens = Tokenize(phrase);
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
