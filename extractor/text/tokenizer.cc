#include "extractor/text/tokenizer.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "extractor/text/utf8.h"

namespace chronicle {
namespace {

enum CharClass : uint8_t { kSpace, kNewline, kLetter, kDigit, kPunctuation };

struct ClassTable {
  CharClass table[128];
  constexpr ClassTable() : table() {
    for (int c = 0; c < 128; ++c) {
      if (c == '\n') table[c] = kNewline;
      else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c < 0x20) table[c] = kSpace;
      else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) table[c] = kLetter;
      else if (c >= '0' && c <= '9') table[c] = kDigit;
      else table[c] = kPunctuation;
    }
  }
};
constexpr ClassTable kClasses;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// True when the letter at `pos` is upper case: ASCII, or Latin-1 ("Ö").
bool StartsUpper(std::string_view text, size_t pos) {
  if (static_cast<unsigned char>(text[pos]) < 0x80) return IsUpper(text[pos]);
  int length;
  const char32_t cp = DecodeUtf8(text, pos, &length);
  return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
}

// Non-ASCII code points that are not letters for our purposes: they are
// spaces or stand for an ASCII punctuation mark.
struct Special {
  CharClass cls;
  char ascii;
};

Special ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A:
    case 0x202F: case 0x3000: case 0x200B: case 0xFEFF:
      return {kSpace, 0};
    case 0x2028: case 0x2029: case 0x0085:
      return {kNewline, 0};
    case 0x2018: case 0x2019: case 0x201B: case 0x2032:
      return {kPunctuation, '\''};
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
      return {kPunctuation, '"'};
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212:
      return {kPunctuation, '-'};
    case 0x2026:
      return {kPunctuation, '.'};
    case 0x2022: case 0x00B7: case 0x00A7: case 0x00B6: case 0x00A9:
    case 0x00AE: case 0x2122: case 0x20AC: case 0x00A3: case 0x00A5:
    case 0x00B0: case 0x00BD: case 0x00BC: case 0x00BE:
      return {kPunctuation, 0};
    default:
      return {kLetter, 0};
  }
}

// Scans a number starting at `pos` (a digit): digits, then ",ddd" groups and
// one ".d+" decimal part, when they are followed by a non-digit.
size_t ScanNumber(std::string_view text, size_t pos, uint8_t* flags) {
  const size_t n = text.size();
  while (pos < n && IsDigit(text[pos])) ++pos;
  while (pos + 3 < n && text[pos] == ',' && IsDigit(text[pos + 1]) && IsDigit(text[pos + 2]) &&
         IsDigit(text[pos + 3]) && (pos + 4 == n || !IsDigit(text[pos + 4]))) {
    pos += 4;
    *flags |= kDigitGroups;
  }
  if (pos + 1 < n && text[pos] == '.' && IsDigit(text[pos + 1])) {
    pos += 1;
    while (pos < n && IsDigit(text[pos])) ++pos;
    *flags |= kDecimal;
  }
  return pos;
}

bool IsAsciiLetter(char c) { return static_cast<unsigned>((c | 0x20) - 'a') < 26; }

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHigh = 0x8080808080808080ull;

// 0x80 in each byte of `w` that is an ASCII letter, for eight ASCII bytes.
// Each byte is at most 0x7F, so these sums never carry into the next.
uint64_t LetterBytes(uint64_t w) {
  const uint64_t folded = w | (0x20 * kOnes);
  const uint64_t at_least_a = folded + (0x80 - 'a') * kOnes;
  const uint64_t above_z = folded + (0x80 - 'z' - 1) * kOnes;
  return at_least_a & ~above_z & kHigh;
}

// Skips ASCII letters from `pos`, eight bytes at a time while it can, and
// notes in `*lower` whether any was lower case: most words end within the
// first eight bytes, so a word costs a few operations instead of a handful
// per letter. (Bytes are read little-endian, byte 0 lowest, as on x86.)
size_t SkipAsciiLetters(const char* p, size_t pos, size_t n, bool* lower) {
  while (pos + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + pos, 8);
    if (w & kHigh) break;  // a non-ASCII byte: the byte loop below
    const uint64_t letters = LetterBytes(w);
    const uint64_t lowers = letters & (w << 2);  // the 0x20 bit is set
    if (letters == kHigh) {
      *lower |= lowers != 0;
      pos += 8;
      continue;
    }
    const int count = __builtin_ctzll(~letters & kHigh) / 8;  // letters before the first other byte
    const uint64_t before = count == 0 ? 0 : (uint64_t{1} << (8 * count)) - 1;
    *lower |= (lowers & before) != 0;
    return pos + count;
  }
  while (pos < n && IsAsciiLetter(p[pos])) {
    *lower |= !IsUpper(p[pos]);
    ++pos;
  }
  return pos;
}

// Scans a word starting at `pos` (a letter): runs of ASCII letters, other
// letters decoded one at a time. Sets kAllCaps (two or more letters, all
// ASCII capitals) and kNonAscii.
size_t ScanWord(std::string_view text, size_t pos, uint8_t* flags) {
  const size_t n = text.size();
  const char* p = text.data();
  const size_t start = pos;
  bool lower = false, non_ascii = false;
  while (pos < n) {
    pos = SkipAsciiLetters(p, pos, n, &lower);
    if (pos >= n || static_cast<unsigned char>(p[pos]) < 0x80) break;
    int length;
    if (ClassifyNonAscii(DecodeUtf8(text, pos, &length)).cls != kLetter) break;
    non_ascii = true;
    pos += length;
  }
  // Two letters take at least two bytes; a non-ASCII letter is not a capital.
  if (pos - start >= 2 && !lower && !non_ascii) *flags |= kAllCaps;
  if (non_ascii) *flags |= kNonAscii;
  return pos;
}

// The end of the word of ASCII letters at `pos`, read eight bytes at a
// time: 0 when `pos` holds no ASCII letter, or when the word or the byte
// after it is not ASCII or cannot be read in whole blocks before `n`
// (ScanWord takes those). Sets `*lower` when some letter is lower case.
size_t AsciiWordEnd(const char* p, size_t pos, size_t n, bool* lower) {
  uint64_t lowers = 0;  // 0x80 in each byte that is a lower-case letter
  for (size_t at = pos; at + 8 <= n; at += 8) {
    uint64_t w;
    std::memcpy(&w, p + at, 8);
    if (w & kHigh) return 0;
    const uint64_t letters = LetterBytes(w);
    if (letters != kHigh) {
      if (at == pos && (letters & 0x80) == 0) return 0;
      const uint64_t others = ~letters & kHigh;  // bytes that are not letters; some is
      lowers |= letters & (w << 2) & (others ^ (others - 1));  // the 0x20 bit, up to the first
      *lower = lowers != 0;
      return at + __builtin_ctzll(others) / 8;
    }
    lowers |= w << 2 & kHigh;
  }
  return 0;
}

// The token at `pos` when it is not an ASCII word that AsciiWordEnd
// finds (AppendTokens takes those): a number, a punctuation mark, a longer word, or a space or
// line break that only sets `*pending`. Returns the position after it.
size_t ScanToken(std::string_view text, size_t pos, uint32_t base, uint8_t* pending, int* newlines,
                 std::vector<Token>* out) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  CharClass cls;
  char ascii = 0;
  int length = 1;
  if (c < 0x80) {
    cls = kClasses.table[c];
    ascii = static_cast<char>(c);
  } else {
    const Special s = ClassifyNonAscii(DecodeUtf8(text, pos, &length));
    cls = s.cls;
    ascii = s.ascii;
  }
  if (cls == kSpace) {
    *pending |= kSpaceBefore;
    return pos + length;
  }
  if (cls == kNewline) {
    *pending |= kSpaceBefore | kLineStart;
    if (++*newlines >= 2) *pending |= kParagraphStart;
    return pos + length;
  }
  Token token;
  token.begin = static_cast<uint32_t>(pos) + base;
  token.flags = *pending;
  *pending = 0;
  *newlines = 0;
  if (cls == kDigit) {
    token.kind = TokenKind::kNumber;
    pos = ScanNumber(text, pos, &token.flags);
  } else if (cls == kPunctuation) {
    token.kind = TokenKind::kPunct;
    token.punct = ascii;
    pos += length;
  } else {
    token.kind = TokenKind::kWord;
    const size_t start = pos;
    pos = ScanWord(text, pos, &token.flags);
    if (StartsUpper(text, start)) token.flags |= kCapitalized;
  }
  token.end = static_cast<uint32_t>(pos) + base;
  out->push_back(token);
  return pos;
}

}  // namespace

void AppendTokens(std::string_view text, uint32_t base, std::vector<Token>* out) {
  const char* p = text.data();
  const size_t n = text.size();
  size_t pos = 0;
  uint8_t pending = kLineStart | kParagraphStart;
  int newlines = 2;
  while (pos < n) {
    // Most bytes between tokens are one space: no table, no decoding.
    if (p[pos] == ' ') {
      pending |= kSpaceBefore;
      ++pos;
      continue;
    }
    // Most tokens are ASCII words: eight bytes at a time classify the first
    // byte, find the end of the word and its case, with no table and no
    // call (as ScanWord and StartsUpper would have it).
    bool lower = false;
    const size_t end = AsciiWordEnd(p, pos, n, &lower);
    if (end != 0) {
      uint8_t flags = pending;
      if (IsUpper(p[pos])) flags |= kCapitalized;
      if (end - pos >= 2 && !lower) flags |= kAllCaps;
      // Written in place: a Token built aside would go through the stack.
      Token& token = out->emplace_back();
      token.begin = static_cast<uint32_t>(pos) + base;
      token.end = static_cast<uint32_t>(end) + base;
      token.flags = flags;
      newlines = 0;
      // Most words end at one space, which the next round need not look at
      // (AsciiWordEnd has read that byte).
      if (p[end] == ' ') {
        pending = kSpaceBefore;
        pos = end + 1;
      } else {
        pending = 0;
        pos = end;
      }
      continue;
    }
    pos = ScanToken(text, pos, base, &pending, &newlines, out);
  }
}

std::vector<Token> Tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 8);
  AppendTokens(text, base, &tokens);
  return tokens;
}

std::string_view LowerAscii(std::string_view word, char* buffer, size_t capacity) {
  if (word.size() > capacity) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buffer[i] = IsUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  return std::string_view(buffer, word.size());
}

double NumberValue(std::string_view number) {
  // Most numbers are short integers, which a double holds exactly: no need
  // for strtod (nor a copy without the commas).
  if (number.size() <= 15) {
    int64_t value = 0;
    bool integer = true;
    for (char c : number) {
      if (IsDigit(c)) {
        value = value * 10 + (c - '0');
      } else if (c != ',') {
        integer = false;
        break;
      }
    }
    if (integer) return static_cast<double>(value);
  }
  std::string digits;
  digits.reserve(number.size());
  for (char c : number) {
    if (c != ',') digits.push_back(c);
  }
  return std::strtod(digits.c_str(), nullptr);
}

}  // namespace chronicle
