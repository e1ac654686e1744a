#include "extractor/actors/name_scanner.h"

namespace chronicle {
namespace {

constexpr int kMaxNameWords = 5;

bool IsTightPunct(const std::vector<Token>& tokens, size_t i, char mark) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kPunct && tokens[i].punct == mark &&
         !tokens[i].has(kSpaceBefore);
}

// True when a name word may stand at `i`: a capitalised word that does not
// start a title, a non-name word, an adjective or a country or organisation.
bool IsNameWord(const std::vector<Token>& tokens, const TokenMatches& matches, size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::kWord || !tokens[i].has(kCapitalized)) return false;
  for (const PhraseMatch* m = matches.begin(i); m != matches.end(i); ++m) {
    const PhraseInfo& info = matches.info(*m);
    switch (info.kind) {
      case PhraseKind::kTitle:
      case PhraseKind::kNotName:
      case PhraseKind::kAdjective:
      case PhraseKind::kPeople:
        return false;
      case PhraseKind::kName:
        // "Russia", "NATO"; but not a person's name, which may hold others.
        if ((info.flags & kCanonical) && matches.gazetteer().actor(info.index).kind != Actor::PERSON) {
          return false;
        }
        break;
      default:
        break;
    }
  }
  return true;
}

bool IsParticle(const TokenMatches& matches, size_t i) { return matches.Has(i, PhraseKind::kParticle); }

}  // namespace

ScannedName ScanPersonName(const std::vector<Token>& tokens, const TokenMatches& matches, size_t first) {
  ScannedName name{first, 0};
  size_t i = first;
  while (i < tokens.size() && name.words < kMaxNameWords) {
    if (i > first && tokens[i].has(kLineStart)) break;
    if (IsNameWord(tokens, matches, i)) {
      ++i;
      ++name.words;
      // "J." and "O'Brien": one letter with a tight mark after it.
      if (tokens[i - 1].size() == 1 && (IsTightPunct(tokens, i, '.') || IsTightPunct(tokens, i, '\''))) ++i;
      name.end_token = i;
      // "al-Thani", "Jong-un": a joining hyphen and the word after it.
      if (IsJoiningHyphen(tokens, i) && i + 1 < tokens.size()) {
        i += 2;
        name.end_token = i;
      }
      continue;
    }
    // "bin", "al", "von der": lower-case particles between name words.
    if (name.words > 0 && IsParticle(matches, i)) {
      size_t j = i + 1;
      if (IsJoiningHyphen(tokens, j)) ++j;
      while (j < tokens.size() && IsParticle(matches, j)) ++j;
      if (!IsNameWord(tokens, matches, j)) break;
      i = j;
      continue;
    }
    break;
  }
  return name;
}

}  // namespace chronicle
