// What the tokens at fixed distances from a rule's start must be, for rules
// whose pattern begins with elements of fixed width: a cheap test the chart
// parser makes before it tries the rule.
//
//   rule season.context: ("in" | "during" | ...) "the"? [ @season ] ...
//   RulePrefix: token +1 or +2 starts a @season entry
//
// The rule index picks rules by the start token and the one after it, so a
// rule like this one was still tried at every "in the", and failed on the
// third token after the matcher had set up its captures and callbacks. The
// checks here are the same first-token filters the matcher applies to each
// element, only made up front; they never reject a rule that could match.

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_RULE_PREFIX_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_RULE_PREFIX_H_

#include <cstdint>
#include <vector>

#include "extractor/temporal/grammar.h"

namespace chronicle::temporal {

struct RulePrefix {
  // An element that must start at one of the offsets in `offsets` (bit k:
  // k tokens after the rule's start).
  // A number element is checked in full (range, digits), as "#int(1900-2099)"
  // turns down most numbers of a text; `number` is then that element.
  struct Check {
    uint32_t offsets = 0;
    const TokenFilter* filter = nullptr;
    const Element* number = nullptr;
  };
  std::vector<Check> checks;

  // For a rule whose first element is an earlier match, or a group of
  // one-element alternatives, the checks of the elements after it: offsets
  // count from the token after the first element (bit 0: that token), which
  // the parser knows only once it sees the matches there. Empty when the
  // rule has none.
  //
  //   rule time.date_at: <date> ","? ("at" | "around")? <time>
  //   after_first: a <time> starts 0, 1 or 2 tokens after the <date>
  std::vector<Check> after_first;
  // The tokens each alternative of such a group takes, 0 for an earlier
  // match (the group case only).
  std::vector<int32_t> first_widths;
};

// One RulePrefix per rule of `grammar`, in rule order. Only elements that
// must match (not optional, not a lookaround) get a check, at the offsets
// the elements before it allow; the walk stops at the first element whose
// width is not one of a few known counts.
std::vector<RulePrefix> ComputeRulePrefixes(const Grammar& grammar);

// What the token one after the start must be for some rule of `rules` to
// fit its prefix: the union of their checks made exactly one token on, or
// any token when one of the rules has none. The parser tests it once per
// position instead of trying each rule that may start at any token
// ("(%lower | %cap) [ "now" ]"), which fails on the second token nearly
// everywhere.
TokenFilter SecondTokenFilter(const std::vector<RulePrefix>& prefixes, const std::vector<int32_t>& rules);

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_RULE_PREFIX_H_
