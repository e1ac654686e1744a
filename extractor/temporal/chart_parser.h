// Runs the temporal grammar over a tokenized text and picks the time
// expressions: a chart parser in the manner of Duckling, where rules match
// tokens and earlier matches, so "Friday" and "Aug. 15" can combine into
// "Friday, Aug. 15" and that into "10 a.m. Friday, Aug. 15".
//
//   ChartParser parser(grammar);
//   for (const Match& m : parser.Parse(text, tokens)) ...   // m.value, m.begin
//
// Start positions are visited right to left, so every match that starts
// later already exists when a rule starting here looks for one. Only
// positions where some rule can start are tried: one vocabulary lookup per
// token decides that.

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_CHART_PARSER_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_CHART_PARSER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extractor/temporal/follow_index.h"
#include "extractor/temporal/grammar.h"
#include "extractor/temporal/rule_prefix.h"
#include "extractor/temporal/temporal_value.h"
#include "extractor/text/tokenizer.h"

namespace chronicle::temporal {

struct Match {
  int32_t first_token = 0;  // the expression's tokens [first_token, end_token)
  int32_t end_token = 0;
  int32_t match_first = 0;  // the tokens the rule matched, with its context
  int32_t match_end = 0;
  uint32_t begin = 0;       // its bytes [begin, end)
  uint32_t end = 0;
  int32_t rule = -1;        // index into Grammar::rules()
  TemporalValue value;
};

class ChartParser {
 public:
  // What the parser asks of every token's word.
  enum WordBit : uint8_t {
    kTriggerWord = 1,  // Grammar::IsTrigger
    kStartsRules = 2,  // Grammar::StartsAtWord is not empty
    kAnyTokenNext = 4,  // one of the words of SecondTokenFilter for the rules starting at any token
  };

  explicit ChartParser(const Grammar* grammar)
      : grammar_(grammar),
        prefixes_(ComputeRulePrefixes(*grammar)),
        any_token_next_(SecondTokenFilter(prefixes_, grammar->RulesStartingWithAnyToken())),
        follow_(*grammar),
        word_bits_(WordBits(*grammar, any_token_next_)) {}

  // Every time expression in `tokens`, in text order, without overlaps:
  // where matches overlap, the one whose rule matched the most tokens (with
  // its context) wins, then the higher rule priority.
  // `word_ids` are the tokens' vocabulary ids (WordIds()).
  std::vector<Match> Parse(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<int32_t>& word_ids) const;

  // Every match of every rule, before choosing (for tests and debugging).
  std::vector<Match> AllMatches(std::string_view text, const std::vector<Token>& tokens,
                                const std::vector<int32_t>& word_ids) const;

  // The vocabulary id of every token: the one hash lookup per token.
  std::vector<int32_t> WordIds(std::string_view text, const std::vector<Token>& tokens) const;

 private:
  const Grammar* grammar_;
  std::vector<RulePrefix> prefixes_;  // one per rule: checked before trying it
  TokenFilter any_token_next_;        // the token after a start of those rules that may start anywhere
  FollowIndex follow_;                // rules that go on after an earlier match
  static std::vector<uint8_t> WordBits(const Grammar& grammar, const TokenFilter& any_token_next);
  // By word id + 1 (kUnknown at 0): the WordBit flags of the word, what the
  // parser asks of every token, in one byte instead of two lookups.
  std::vector<uint8_t> word_bits_;
};

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_CHART_PARSER_H_
