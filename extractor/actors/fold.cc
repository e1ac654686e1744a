#include "extractor/actors/fold.h"

namespace chronicle {
namespace {

// ASCII base letters of U+00C0..U+017F, one per code point; '-' for the two
// signs (multiplication, division) that are not letters.
constexpr char kLatinBase[] =
    "aaaaaaaceeeeiiiidnooooo-ouuuuyts"   // U+00C0..U+00DF
    "aaaaaaaceeeeiiiidnooooo-ouuuuyty"   // U+00E0..U+00FF
    "aaaaaaccccccccddddeeeeeeeeeegggg"   // U+0100..U+011F
    "gggghhhhiiiiiiiiiiiijjkkklllllll"   // U+0120..U+013F
    "lllnnnnnnnnnoooooooorrrrrrssssss"   // U+0140..U+015F
    "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs";  // U+0160..U+017F
static_assert(sizeof(kLatinBase) == 0x180 - 0xC0 + 1, "one letter per code point");

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlnumAscii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The ASCII base of the two-byte sequence at word[i], or 0 if it has none.
char LatinBaseAt(std::string_view word, size_t i) {
  if (i + 1 >= word.size()) return 0;
  const unsigned char lead = static_cast<unsigned char>(word[i]);
  const unsigned char next = static_cast<unsigned char>(word[i + 1]);
  if (lead < 0xC3 || lead > 0xC8 || (next & 0xC0) != 0x80) return 0;
  const unsigned cp = ((lead & 0x1Fu) << 6) | (next & 0x3Fu);
  if (cp >= 0xC0 && cp < 0x180) return kLatinBase[cp - 0xC0];
  if (cp == 0x218 || cp == 0x219) return 's';  // Romanian ș
  if (cp == 0x21A || cp == 0x21B) return 't';  // Romanian ț
  return 0;
}

}  // namespace

std::string_view FoldWord(std::string_view word, char* buffer, size_t capacity) {
  size_t out = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (out >= capacity) return {};
    const char c = word[i];
    // An ASCII byte starts no sequence: most bytes need no LatinBaseAt.
    if (const char base = static_cast<unsigned char>(c) < 0x80 ? 0 : LatinBaseAt(word, i)) {
      buffer[out++] = base;
      ++i;
    } else {
      buffer[out++] = IsUpperAscii(c) ? static_cast<char>(c + ('a' - 'A')) : c;
    }
  }
  return std::string_view(buffer, out);
}

std::string Slug(std::string_view name) {
  std::string slug;
  slug.reserve(name.size());
  bool pending_dash = false;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (const char base = LatinBaseAt(name, i)) {
      c = base;
      ++i;
    } else if (c == '\'' || c == '.') {
      continue;
    } else if (static_cast<unsigned char>(c) < 0x80 && !IsAlnumAscii(c)) {
      pending_dash = !slug.empty();
      continue;
    } else if (name.substr(i, 3) == "\xE2\x80\x99") {  // curly apostrophe
      i += 2;
      continue;
    }
    if (pending_dash) slug.push_back('-');
    pending_dash = false;
    slug.push_back(IsUpperAscii(c) ? static_cast<char>(c + ('a' - 'A')) : c);
  }
  return slug;
}

std::string TitleCaseShouting(std::string_view name) {
  std::string out(name);
  size_t start = 0;
  while (start < out.size()) {
    size_t end = start;
    bool has_lower = false;
    while (end < out.size() && out[end] != ' ') {
      if (out[end] >= 'a' && out[end] <= 'z') has_lower = true;
      ++end;
    }
    if (!has_lower && end - start > 1) {
      for (size_t i = start + 1; i < end; ++i) {
        if (IsUpperAscii(out[i])) out[i] = static_cast<char>(out[i] + ('a' - 'A'));
      }
    }
    start = end + 1;
  }
  return out;
}

}  // namespace chronicle
