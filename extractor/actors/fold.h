// Case and accent folding for matching names, and the slugs that become
// stable actor ids.
//
//   FoldWord("ERDOĞAN") -> "erdogan"     (so "Erdogan" and "Erdoğan" meet)
//   Slug("Mohammed bin Abdul Rahman al-Thani")
//       -> "mohammed-bin-abdul-rahman-al-thani"
//   Slug("J.D. Vance") -> "jd-vance"
//
// Folding lower-cases ASCII and maps the Latin letters of U+00C0..U+017F
// (and Romanian ș ț) to their ASCII base letter; other bytes pass unchanged,
// so Cyrillic or Arabic names still match themselves exactly.

#ifndef CHRONICLE_EXTRACTOR_ACTORS_FOLD_H_
#define CHRONICLE_EXTRACTOR_ACTORS_FOLD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace chronicle {

// Longest word FoldWord folds; longer words do not match anything.
inline constexpr size_t kMaxFoldedWord = 64;

// Folds `word` into `buffer` (at most `capacity` bytes) and returns the
// folded view, or an empty view when it does not fit.
std::string_view FoldWord(std::string_view word, char* buffer, size_t capacity);

// A stable id from a name: folded, apostrophes and periods dropped, every
// other run of non-alphanumeric ASCII turned into one '-'.
std::string Slug(std::string_view name);

// "DAVID BARNEA" -> "David Barnea": words written all in ASCII capitals get
// a capital and lower-case letters; other words are kept as written.
std::string TitleCaseShouting(std::string_view name);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_FOLD_H_
