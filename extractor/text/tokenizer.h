// Splits text into word, number and punctuation tokens with byte offsets.
// Every later stage (time expressions, actors, events) matches over tokens,
// so the tokenizer is deliberately simple and fast: one pass, no allocation
// per token, no lexicon.
//
//   "Aug. 15, 10:30a.m." -> Aug | . | 15 | , | 10 | : | 30 | a | . | m | .
//
// Letters and digits are split apart ("1990s" -> 1990 | s, "G-20" -> G | - |
// 20) and `kSpaceBefore` tells whether tokens touch, so rules can ask for
// "13-year" or "a.m." written without spaces. Numbers keep their digit
// groups and decimals whole ("1,500", "3.5").

#ifndef CHRONICLE_EXTRACTOR_TEXT_TOKENIZER_H_
#define CHRONICLE_EXTRACTOR_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace chronicle {

enum class TokenKind : uint8_t {
  kWord,    // letters, ASCII or not
  kNumber,  // digits, with optional ",ddd" groups or a decimal part
  kPunct,   // one punctuation mark or symbol
};

// Bits of Token::flags.
enum TokenFlag : uint8_t {
  kSpaceBefore = 1 << 0,      // whitespace separates it from the previous token
  kLineStart = 1 << 1,        // first token on its line
  kParagraphStart = 1 << 2,   // first token after a blank line (or of the text)
  kCapitalized = 1 << 3,      // word whose first letter is upper case
  kAllCaps = 1 << 4,          // word of two or more letters, all upper case
  kNonAscii = 1 << 5,         // word holding non-ASCII letters
  kDecimal = 1 << 6,          // number with a decimal part, "3.5"
  kDigitGroups = 1 << 7,      // number with thousands separators, "1,500"
};

struct Token {
  uint32_t begin = 0;  // byte offset of the first byte
  uint32_t end = 0;    // byte offset just after the last byte
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
  // For kPunct: the ASCII mark it stands for ('\'' for a curly apostrophe,
  // '"' for curly quotes, '-' for dashes), or 0 for other symbols.
  char punct = 0;

  bool has(TokenFlag flag) const { return flags & flag; }
  uint32_t size() const { return end - begin; }
  std::string_view text(std::string_view document) const {
    return document.substr(begin, end - begin);
  }
};

// Tokenizes `text`, which must be valid UTF-8 (see CheckText). Offsets are
// relative to `text`; `base` is added to each, for callers that tokenize a
// window of a larger document.
std::vector<Token> Tokenize(std::string_view text, uint32_t base = 0);

// Appends the tokens of `text` to `*out` (same rules as Tokenize).
void AppendTokens(std::string_view text, uint32_t base, std::vector<Token>* out);

// ASCII lower case of a word into `buffer` (at most `capacity` bytes).
// Returns the lowered view, or an empty view when the word is longer than
// the buffer. Non-ASCII bytes are copied unchanged.
std::string_view LowerAscii(std::string_view word, char* buffer, size_t capacity);

// Value of a number token ("1,500" -> 1500, "3.5" -> 3.5).
double NumberValue(std::string_view number);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_TEXT_TOKENIZER_H_
