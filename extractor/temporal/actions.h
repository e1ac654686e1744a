// Rule actions: how a matched rule builds its TemporalValue from what its
// elements captured. The action language is small on purpose:
//
//   => DATE month=$1 day=$3 year=$5     a new value with these fields
//   => $1 pod=$2                        a copy of capture 1, with a field set
//   => $1 $3                            capture 1 merged with capture 3
//   => NUMBER amount=$1+$3              arithmetic over captures: + or *
//
// A capture's value is the normalised value of its lexicon entry ("8" for
// "Aug"), the number of a number token, the amount of a <number> match, or
// the text of a literal. Fields:
//
//   year yy century decade half quarter month week day weekday hour minute
//   second season pod weekend meridiem(am|pm) zone holiday
//   shift unit dir(past|future|this|prev_unit|next_unit) from(reference) fallback
//   amount offset(anchor|reference|event) sign refspan mod ref quant times
//   tense(past|future) gran(unit: coarsen the resolved period to it)
//   like(period: the quarter or month in focus, in the year resolved)
//   days_later(the resolved day moved by so many days: "the day before X")

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_ACTIONS_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_ACTIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "extractor/temporal/grammar.h"
#include "extractor/temporal/temporal_value.h"
#include "extractor/text/tokenizer.h"

namespace chronicle::temporal {

// What one pattern element matched.
struct Capture {
  int32_t first_token = -1;  // -1: the element did not match
  int32_t end_token = -1;
  int32_t lex_entry = -1;          // a class element's lexicon entry
  const TemporalValue* item = nullptr;  // a category element's earlier match
  bool is_number = false;          // a number token
  double number = 0;
  bool matched() const { return first_token >= 0; }
};

struct ActionContext {
  const Grammar* grammar;
  std::string_view text;
  const std::vector<Token>* tokens;
};

// Builds the value of `rule` from its captures; nothing when the action does
// not make sense for what matched (a day 31 in a 30-day month is left to the
// resolver; here only type errors, such as a missing capture, fail).
std::optional<TemporalValue> ApplyAction(const Rule& rule, const std::vector<Capture>& captures,
                                         const ActionContext& context);

// Reads the number of a literal term ("0.5"; "quarter" has none) into the
// term, as the action would read it: done once, when the rule is compiled.
void ReadLiteralNumber(Assignment::Term* term);

// Checks at compile time that every field an action names exists.
absl::Status CheckActionFields(const Rule& rule);

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_ACTIONS_H_
