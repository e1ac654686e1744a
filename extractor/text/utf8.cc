#include "extractor/text/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/strings/str_cat.h"

namespace chronicle {

int Utf8SequenceLength(std::string_view text, size_t pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return 1;
  int length;
  char32_t min_value;
  char32_t cp;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, min_value = 0x80, cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, min_value = 0x800, cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, min_value = 0x10000, cp = lead & 0x07;
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  for (int i = 1; i < length; ++i) {
    const unsigned char c = byte(pos + i);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min_value || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

char32_t DecodeUtf8(std::string_view text, size_t pos, int* length) {
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  *length = Utf8SequenceLength(text, pos);
  if (*length <= 1) {
    *length = 1;
    return lead;
  }
  char32_t cp = lead & (0x7F >> *length);
  for (int i = 1; i < *length; ++i) cp = (cp << 6) | (text[pos + i] & 0x3F);
  return cp;
}

TextError CheckText(std::string_view text) {
  size_t pos = 0;
  const size_t n = text.size();
  while (pos < n) {
#if defined(__SSE2__)
    // Fast path over ASCII, sixteen bytes at a time: a byte with its high
    // bit set, or a zero byte (all ones after the comparison), stops it.
    while (pos + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
      if (_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128()))) != 0) break;
      pos += 16;
    }
#endif
    // Fast path over ASCII, eight bytes at a time.
    while (pos + 8 <= n) {
      uint64_t word;
      __builtin_memcpy(&word, text.data() + pos, 8);
      const bool has_high = word & 0x8080808080808080ULL;
      const bool has_zero = (word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL;
      if (has_high || has_zero) break;
      pos += 8;
    }
    if (pos >= n) break;
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c == 0) return {static_cast<int64_t>(pos), absl::StrCat("NUL byte at byte ", pos)};
    const int length = Utf8SequenceLength(text, pos);
    if (length == 0) return {static_cast<int64_t>(pos), absl::StrCat("invalid UTF-8 at byte ", pos)};
    pos += length;
  }
  return {};
}

size_t Utf8SafePrefix(std::string_view text, size_t limit) {
  if (limit >= text.size()) return text.size();
  size_t n = limit;
  // Step back over continuation bytes to the start of the sequence at `n`.
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return n;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace chronicle
