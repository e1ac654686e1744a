// Offices held over time, so that a title resolves to whoever held the
// office on the article's date ("the Russian president" in 2010 is Dmitry
// Medvedev, in 2025 Vladimir Putin).
//
// A term is written `office:scope:range` in actors.tsv:
//   president:RU:2012-            held since 2012
//   prime-minister:GB:2019-2022   held from 2019 to some day in 2022
//   president:US:2025-01-20..     held since 20 January 2025
//   chancellor:DE:2021-12-08..2025-05-06
// The scope is an ISO 3166 alpha-2 code (upper case) or the id of an
// organisation ("nato", "mossad"). Ranges of bare years use '-'; ranges with
// months or days use '..'. A year alone means "some time in that year".

#ifndef CHRONICLE_EXTRACTOR_ACTORS_OFFICES_H_
#define CHRONICLE_EXTRACTOR_ACTORS_OFFICES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chronicle {

// A calendar day as the number yyyymmdd; 0 when unknown.
using DayKey = int32_t;

// Parses the date at the start of "2025-08-13", "2025-08-13T09:00:00",
// "2025-08" or "2025". A partial date stands for its first day, or for its
// last day when `end_of_period` is true. Returns 0 when there is no date.
DayKey ParseDay(std::string_view text, bool end_of_period = false);

struct OfficeTerm {
  std::string office;  // office key, "president"
  std::string scope;   // "RU", or an organisation id such as "nato"
  DayKey from = 0;     // first day in office; 0 when unknown
  DayKey to = 0;       // last day in office; 0 while still held

  // True when the office was held on `day`; with day 0 (no date known),
  // true when it is still held.
  bool HeldOn(DayKey day) const;
};

// Parses one term; on failure returns nullopt and says why in `*error`.
std::optional<OfficeTerm> ParseOfficeTerm(std::string_view text, std::string* error);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_OFFICES_H_
