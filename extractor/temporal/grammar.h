// The temporal grammar: rules kept as data (data/en/grammar.rules), compiled
// once per process into patterns over tokens and earlier matches.
//
//   rule date.month_day_year: @month "."? #int(1-31) ","? #year
//       => DATE month=$1 day=$3 year=$5
//   rule time.weekday_pod: <date> @part_of_day => $1 pod=$2
//   rule date.bare_year: ("in" | "since" | "by") [ #year ] => DATE year=$2
//
// Pattern elements:
//   "word"        a literal, any case; "a.m." is the tokens a . m . touching
//   @class        a word class of the lexicon (lexicon.h); ^@class needs a capital
//   #int #num #year #int(1-31) #digits(2)
//                 a number token: integer, any, 4-digit year 1000-2999, in a
//                 range, with an exact digit count
//   <date> <time> <datetime> <duration> <set> <number> <ref>
//                 an earlier match of that kind: rules compose
//   %cap %lower %plural %np
//                 a capitalised word, a lower-case word, a plural-looking noun,
//                 a short noun phrase ("the U.S. withdrawal")
//   ( a b | c )   alternatives, each a sequence
//   X?            optional;  ~X  touches the previous token (no space)
//   (?!X) (?<!X)  the next / previous token is not X (zero width); with ~
//                 (?!~X) (?<!~X), not X touching the match
//   [ ... ]       the part of the match that is the expression; the rest is
//                 context that must be there but is not annotated
//
// Every element is numbered from 1 in order ($1, $2, ...), including
// literals, optional elements and groups; an element that did not match has
// no value. Actions are described in actions.h.

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_GRAMMAR_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_GRAMMAR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "extractor/temporal/lexicon.h"
#include "extractor/temporal/temporal_value.h"

namespace chronicle::temporal {

enum class ElementType : uint8_t {
  kLiteral,    // `word_ids` in sequence
  kClass,      // lexicon class `id`
  kNumber,     // number token within [min, max]
  kCategory,   // earlier match of kind `category` (or date-or-time)
  kPredicate,  // word shape predicate `predicate`
  kGroup,      // one of `alternatives`
};

enum class Predicate : uint8_t { kCapitalized, kLowercase, kPlural, kNounPhrase };

// Which earlier matches a category element accepts.
enum class Category : uint8_t { kDate, kTime, kDateOrTime, kDuration, kSet, kNumber, kRef };

// What a token must be for something to start there: a number, one of
// `words` (vocabulary ids, sorted), a token where an earlier match of one of
// `categories` (bits of Category) starts, or anything when `any`.
struct TokenFilter {
  bool any = false;
  bool number = false;
  uint8_t categories = 0;
  std::vector<int32_t> words;
  void Add(const TokenFilter& other);
  // Sorts `words`, drops repeats and sets the bits that HasWord tests: the
  // parser asks filters about most tokens near a trigger, and a binary
  // search cost a few dozen instructions where a bit test costs a few.
  void Seal();
  // Whether `word_id` is one of `words`; the filter must be sealed.
  bool HasWord(int32_t word_id) const {
    const uint32_t k = static_cast<uint32_t>(word_id - lowest_word);
    return k / 64 < word_bits.size() && ((word_bits[k / 64] >> (k % 64)) & 1);
  }
  // By Seal: bit k of the set is word `lowest_word + k`.
  int32_t lowest_word = 0;
  std::vector<uint64_t> word_bits;
};

struct Element {
  ElementType type = ElementType::kLiteral;
  bool optional = false;
  bool touching = false;       // no space before its first token
  bool needs_capital = false;  // ^@class
  // Zero-width checks on the neighbouring token: `lookahead` (?!X) or
  // `lookbehind` (?<!X); the element itself is X.
  bool negative_lookahead = false;
  bool negative_lookbehind = false;
  std::vector<int32_t> word_ids;  // kLiteral
  int32_t id = -1;                // kClass: class id
  double min = 0, max = 1e18;     // kNumber
  int digits = 0;                 // kNumber: exact digit count, 0 = any
  bool integer = true;            // kNumber: no decimal part, no digit groups
  Category category = Category::kDate;
  Predicate predicate = Predicate::kCapitalized;
  std::vector<std::vector<Element>> alternatives;  // kGroup
  int capture = 0;  // $n of this element (top level only; 0 inside groups)
  // Where the element can match (ignoring `optional` and the lookaround
  // flags), and where each alternative of a group can: the parser checks
  // these before trying, as most attempts fail on their first token.
  TokenFilter first;
  std::vector<TokenFilter> alternative_first;
};

// The fields an action sets (actions.h describes each).
enum class Field : uint8_t {
  kYear, kYy, kCentury, kDecade, kHalf, kQuarter, kMonth, kWeek, kDay, kWeekday, kHour, kMinute, kSecond,
  kShift, kTimes, kSign, kAmount, kSeason, kPod, kWeekend, kMeridiem, kZone, kHoliday, kUnit, kDir, kFrom,
  kOffset, kMod, kRef, kQuant, kRefspan, kFallback, kTense, kGran, kLike, kDaysLater, kUnknown,
};
// The field of that name, or kUnknown.
Field FieldFromName(std::string_view name);

// One assignment of an action: field=expression.
struct Assignment {
  std::string field;
  Field field_id = Field::kUnknown;
  // The expression is a sum or product of terms; each term is a capture
  // ($n, capture > 0) or a literal (`literal`).
  struct Term {
    int capture = 0;
    std::string literal;
    // The literal read as a number once, when the grammar is compiled
    // (ReadLiteralNumber), not on every match.
    double number = 0;
    bool is_number = false;
    bool negate = false;
  };
  std::vector<Term> terms;
  // ops[i] joins terms[i] and terms[i + 1]: '+', '*' or '/', with * and /
  // binding tighter than +.
  std::vector<char> ops;
};

struct Action {
  TemporalValue::Kind kind = TemporalValue::Kind::kNone;  // KIND, if written
  std::vector<int> sources;                                 // $n copied/merged in order
  std::vector<Assignment> assignments;
};

struct Rule {
  std::string id;
  int priority = 0;
  std::vector<Element> pattern;  // top-level elements
  // Top-level element indices of the span [span_begin, span_end); the whole
  // pattern when the rule has no [ ].
  int span_begin = 0;
  int span_end = 0;
  Action action;
  int line = 0;  // in the rules file, for messages
};

class Grammar {
 public:
  // Compiles the lexicon files and the rules file. Errors name the file and
  // line: "grammar.rules:41: unknown class @mnth".
  // `triggers` lists the trigger classes and words (data/en/triggers.list):
  // a rule is tried only where one of them, or a number, is near.
  static absl::StatusOr<std::unique_ptr<Grammar>> Compile(
      const std::vector<std::pair<std::string_view, std::string_view>>& lexicon_files,
      std::string_view rules_name, std::string_view rules, std::string_view triggers);

  const std::vector<Rule>& rules() const { return rules_; }
  const Lexicon& lexicon() const { return lexicon_; }
  const Vocabulary& vocabulary() const { return vocabulary_; }

  // Rules that can start at a token with this id, and rules that can start
  // at any number, at any word/punctuation (predicates), or with an earlier
  // match of a category. Computed from each rule's possible first elements.
  const std::vector<int32_t>& RulesStartingWithAnyToken() const { return predicate_first_; }
  const std::vector<int32_t>& RulesStartingWithCategory(Category c) const {
    return category_first_[static_cast<int>(c)];
  }

  // What may follow the first token of a rule started at a given word or
  // number: the next token must be a number or one of `words`, unless `any`.
  using NextFilter = TokenFilter;
  static uint8_t CategoryBits(Category c);
  // The rules that can start at a token, split by what the next token must
  // be: rules open to anything, rules that go on with a number, and rules
  // that go on with one of some words. One lookup of the next token's id
  // then yields the few rules worth trying.
  struct Starts {
    std::vector<int32_t> open;
    std::vector<int32_t> before_number;
    absl::flat_hash_map<int32_t, std::vector<int32_t>> before_word;
    // Rules that go on with an earlier match of these categories.
    std::vector<std::pair<int32_t, uint8_t>> before_category;
    bool empty() const {
      return open.empty() && before_number.empty() && before_word.empty() && before_category.empty();
    }
  };
  const Starts& StartsAtWord(int32_t word_id) const {
    if (word_id < 0 || word_id >= static_cast<int32_t>(word_starts_.size())) return no_starts_;
    return word_starts_[word_id];
  }
  const Starts& StartsAtNumber() const { return number_starts_; }
  // For a rule that starts with an earlier match: what may come after it.
  const NextFilter& AfterFirstMatch(int32_t rule) const { return after_first_match_[rule]; }
  // For a rule that starts with a group ("(#num | <number>)"): what the
  // first token must be for it to start with one of the alternatives that
  // is not an earlier match. Nothing for a rule that starts with one.
  const TokenFilter& StartWithoutMatch(int32_t rule) const { return start_without_match_[rule]; }

  // Whether a token with this id is a trigger (numbers always are).
  bool IsTrigger(int32_t word_id) const {
    return word_id >= 0 && word_id < static_cast<int32_t>(trigger_.size()) && trigger_[word_id];
  }
  // The most elements of a rule's pattern.
  size_t max_pattern() const { return max_pattern_; }

 private:
  Grammar() : lexicon_(&vocabulary_) {}
  void IndexRules();
  void BuildNextFilters();
  // AfterFirstMatch and StartWithoutMatch of a rule whose first element is
  // the group `pattern[first]`.
  void FilterGroupStart(const std::vector<Element>& pattern, size_t first, NextFilter* after,
                        TokenFilter* alone) const;
  // Adds to `filter` what can start `sequence[from..]`; false when anything can.
  struct StartFilters {
    absl::flat_hash_map<int32_t, NextFilter> by_word;  // by the first token's id
    NextFilter number;                                 // when it is a number
  };
  // Adds to `filter` what the first token of `e`, not a group, must be,
  // whether or not `e` is optional or a lookaround.
  void AtomFirst(const Element& e, NextFilter* filter) const;
  // Adds to `filter` what can start sequence[from..] followed by
  // rest[rest_from..]; sets `any` when anything can (or nothing need).
  void FirstOf(const std::vector<Element>& sequence, size_t from, const std::vector<Element>* rest,
               size_t rest_from, NextFilter* filter) const;
  // For every way sequence[from..] (then rest[rest_from..]) can match its
  // first token, adds what may come next to `starts`.
  void AddStarts(const std::vector<Element>& sequence, size_t from, const std::vector<Element>* rest,
                 size_t rest_from, StartFilters* starts) const;
  absl::Status ReadTriggers(std::string_view triggers);
  // Fills Element::first and alternative_first in `sequence`, recursively.
  void SetFirstFilters(std::vector<Element>* sequence) const;
  void IndexFirstElements(int32_t rule_index, const std::vector<Element>& sequence, size_t from);
  void IndexElement(int32_t rule_index, const Element& e);

  Vocabulary vocabulary_;
  Lexicon lexicon_;
  std::vector<Rule> rules_;
  std::vector<std::vector<int32_t>> word_first_;  // by word id
  std::vector<int32_t> number_first_;
  std::vector<int32_t> predicate_first_;
  std::vector<int32_t> category_first_[7];
  std::vector<bool> trigger_;  // by word id
  std::vector<Starts> word_starts_;  // by word id
  Starts no_starts_;                 // for words no rule starts with
  Starts number_starts_;
  std::vector<NextFilter> after_first_match_;  // by rule
  // By class id: its lexicon entries, in lexicon order.
  std::vector<std::vector<int32_t>> class_entries_;
  std::vector<TokenFilter> start_without_match_;  // by rule
  size_t max_pattern_ = 0;
};

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_GRAMMAR_H_
