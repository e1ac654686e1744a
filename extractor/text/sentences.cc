#include "extractor/text/sentences.h"

#include <algorithm>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "extractor/text/text_data.h"

namespace chronicle {
namespace {

// Longest line, in tokens, that may read as a heading.
constexpr int kMaxHeadingTokens = 18;

// Views into the embedded word list, which lives as long as the program.
const absl::flat_hash_set<std::string_view>& Abbreviations() {
  static const auto* set = [] {
    auto* words = new absl::flat_hash_set<std::string_view>;
    const std::string_view data = text_data::File("abbreviations.txt");
    size_t pos = 0;
    while (pos < data.size()) {
      size_t eol = data.find('\n', pos);
      if (eol == std::string_view::npos) eol = data.size();
      const std::string_view line = data.substr(pos, eol - pos);
      if (!line.empty() && line[0] != '#') words->insert(line);
      pos = eol + 1;
    }
    return words;
  }();
  return *set;
}

bool IsFinalMark(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?');
}

bool IsClosingMark(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.punct == '"' || t.punct == '\'' || t.punct == ')');
}

bool IsBullet(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.punct == '-' || t.punct == 0 || t.punct == '*');
}

// True when the period at `dot` closes an abbreviation or an initial
// rather than a sentence.
bool PeriodIsAbbreviation(std::string_view text, const std::vector<Token>& tokens, size_t dot) {
  if (dot == 0 || tokens[dot].has(kSpaceBefore)) return false;
  const Token& word = tokens[dot - 1];
  if (word.kind != TokenKind::kWord) return false;
  const std::string_view w = word.text(text);
  if (w.size() == 1) return true;  // "J. Smith", "U.S."
  char buffer[16];
  const std::string_view lower = LowerAscii(w, buffer, sizeof buffer);
  return !lower.empty() && Abbreviations().contains(lower);
}

// True when a sentence may start at token `i`.
bool CanStartSentence(std::string_view text, const Token& t) {
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind == TokenKind::kPunct) return t.punct == '"' || t.punct == '\'' || t.punct == '-' || t.punct == '(';
  return t.has(kCapitalized) || static_cast<unsigned char>(text[t.begin]) >= 0x80;
}

// "Mr.", "Dr.", "Sen.": an abbreviation that stands before a name.
bool IsTitleAbbreviation(std::string_view text, const Token& word) {
  static constexpr std::string_view kTitles[] = {"mr",  "mrs", "ms",  "dr",  "sen",  "rep", "gen",
                                                 "gov", "lt",  "col", "sgt", "capt", "maj", "prof"};
  char buffer[8];
  const std::string_view w = LowerAscii(word.text(text), buffer, sizeof buffer);
  for (std::string_view title : kTitles) {
    if (w == title) return true;
  }
  return false;
}

// A pronoun or determiner that starts a sentence after an abbreviation
// ("a.m. He", "U.S. The").
bool OpensSentence(std::string_view text, const Token& t) {
  static constexpr std::string_view kOpeners[] = {"he",  "she",   "it",    "they",  "we",  "the", "this",
                                                  "that", "these", "those", "there", "but", "his", "their"};
  if (t.kind != TokenKind::kWord) return false;
  char buffer[8];
  const std::string_view w = LowerAscii(t.text(text), buffer, sizeof buffer);
  for (std::string_view opener : kOpeners) {
    if (w == opener) return true;
  }
  return false;
}

// True when a sentence boundary falls before token `i` (i > 0).
bool BoundaryBefore(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  const Token& t = tokens[i];
  if (t.has(kParagraphStart)) return true;
  // Find the last token before `i`, skipping closing quotes and brackets.
  size_t j = i - 1;
  while (j > 0 && IsClosingMark(tokens[j]) && !tokens[j].has(kSpaceBefore)) --j;
  const Token& last = tokens[j];
  if (t.has(kLineStart)) {
    // A line break ends a sentence unless the text was merely wrapped: the
    // previous line stops mid-sentence and this one goes on in lower case.
    if (IsFinalMark(last) || last.punct == ':' || IsBullet(t)) return true;
    return CanStartSentence(text, t);
  }
  if (!t.has(kSpaceBefore) || !IsFinalMark(last)) return false;
  if (!CanStartSentence(text, t)) return false;
  if (last.punct == '.' && PeriodIsAbbreviation(text, tokens, j)) {
    // An abbreviation followed by a capitalised word is taken to continue
    // ("U.S. President"), unless the word is one that opens sentences and
    // the abbreviation is no title: "at 11 a.m. He will meet", but "Mr. He
    // Lifeng".
    return OpensSentence(text, t) && !IsTitleAbbreviation(text, tokens[j - 1]);
  }
  return true;
}

// "9 a.m. — Atlantic Council: ...", "10:30 a.m.: ...", "Noon | ...": a line
// led by a clock time and a dash, colon or bar, as listings without bullets
// are.
bool LedByClockTime(std::string_view text, const std::vector<Token>& tokens, const Sentence& s) {
  constexpr uint32_t kMaxTimeTokens = 7;
  const Token& first = tokens[s.first_token];
  char buffer[16];
  const std::string_view word =
      first.kind == TokenKind::kWord ? LowerAscii(first.text(text), buffer, sizeof buffer) : std::string_view();
  if (first.kind != TokenKind::kNumber && word != "noon" && word != "midnight") return false;
  bool clock = first.kind == TokenKind::kWord;
  for (uint32_t i = s.first_token + 1; i < s.end_token && i - s.first_token <= kMaxTimeTokens; ++i) {
    const Token& t = tokens[i];
    const bool next_spaced = i + 1 >= s.end_token || tokens[i + 1].has(kSpaceBefore);
    if (t.kind == TokenKind::kWord) {
      const std::string_view w = LowerAscii(t.text(text), buffer, sizeof buffer);
      clock = clock || w == "a" || w == "p" || w == "am" || w == "pm" || w == "noon";
      continue;
    }
    if (t.kind != TokenKind::kPunct) continue;
    if (t.punct == ':' && !next_spaced) clock = true;  // "10:30"
    const bool dash = (t.punct == '-' || t.punct == '|' || t.punct == 0) && t.has(kSpaceBefore);
    if (dash || (t.punct == ':' && next_spaced)) return clock;
  }
  return false;
}

void MarkLineShape(std::string_view text, const std::vector<Token>& tokens, Sentence* s) {
  const Token& first = tokens[s->first_token];
  s->line_start = first.has(kLineStart);
  s->list_item = s->line_start && (IsBullet(first) || LedByClockTime(text, tokens, *s));
  const bool ends_line = s->end_token == tokens.size() || tokens[s->end_token].has(kLineStart);
  const Token& last = tokens[s->end_token - 1];
  const int length = static_cast<int>(s->end_token - s->first_token);
  s->heading = s->line_start && ends_line && !s->list_item && length <= kMaxHeadingTokens &&
               !IsFinalMark(last) && last.punct != ',' && last.punct != ':';
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> sentences;
  if (tokens.empty()) return sentences;
  // In locals: read through `tokens`, the size would be reloaded after
  // every sentence stored (the compiler cannot tell the vectors apart).
  const Token* const token = tokens.data();
  const size_t n = tokens.size();
  Sentence current;
  current.first_token = 0;
  for (size_t i = 1; i <= n; ++i) {
    // Most tokens follow a word or a number on the same line: no boundary
    // there (BoundaryBefore would find no final mark before them).
    while (i < n && !(token[i].flags & (kLineStart | kParagraphStart)) && token[i - 1].kind != TokenKind::kPunct) {
      ++i;
    }
    if (i < n && !BoundaryBefore(text, tokens, i)) continue;
    current.end_token = static_cast<uint32_t>(i);
    current.begin = token[current.first_token].begin;
    current.end = token[i - 1].end;
    MarkLineShape(text, tokens, &current);
    sentences.push_back(current);
    current = Sentence();
    current.first_token = static_cast<uint32_t>(i);
  }
  return sentences;
}

int SentenceAt(const std::vector<Sentence>& sentences, uint32_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](uint32_t o, const Sentence& s) { return o < s.begin; });
  return it == sentences.begin() ? 0 : static_cast<int>(it - sentences.begin()) - 1;
}

}  // namespace chronicle
