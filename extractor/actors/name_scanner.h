// Finds where the name of a person missing from the gazetteer ends, when a
// title announces one: "Mossad director [David Barnea]", "Defense Secretary
// [PETE HEGSETH]", "spokesman [Mohammed bin Abdulrahman al-Khulaifi]",
// "[J.D. Smith]". Capitalised words, initials, lower-case particles and
// joining hyphens make a name; weekdays, months, titles, country adjectives
// and the names of countries and organisations end it.

#ifndef CHRONICLE_EXTRACTOR_ACTORS_NAME_SCANNER_H_
#define CHRONICLE_EXTRACTOR_ACTORS_NAME_SCANNER_H_

#include <vector>

#include "extractor/actors/token_matches.h"
#include "extractor/text/tokenizer.h"

namespace chronicle {

struct ScannedName {
  size_t end_token = 0;  // just after the name; the start when none
  int words = 0;         // capitalised words in it, initials included
};

// Scans a name starting at token `first`; at most five words.
ScannedName ScanPersonName(const std::vector<Token>& tokens, const TokenMatches& matches, size_t first);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_NAME_SCANNER_H_
