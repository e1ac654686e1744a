#include "extractor/temporal/rule_prefix.h"

#include <algorithm>

namespace chronicle::temporal {
namespace {

// Offsets and widths are sets of small counts, one bit per count. Past a
// few tokens most rules have failed already; more checks would cost more
// than they save.
constexpr uint32_t kMaxOffset = 4;
constexpr uint32_t kInRange = (1u << (kMaxOffset + 1)) - 1;

uint32_t SequenceWidths(const std::vector<Element>& seq, const std::vector<uint32_t>& class_widths);

// Every sum of one width from `a` and one from `b`, or 0 (unknown) when
// either is unknown or a sum is out of range.
uint32_t AddWidths(uint32_t a, uint32_t b) {
  if (a == 0 || b == 0) return 0;
  uint32_t sums = 0;
  for (uint32_t k = 0; k <= kMaxOffset; ++k) {
    if (a & (1u << k)) sums |= b << k;
  }
  return (sums & ~kInRange) ? 0 : sums;
}

// The numbers of tokens `e` can cover when it matches (its lookaround and
// optional flags aside), or 0 when that is not a few known counts: an
// earlier match can be any number of tokens long. `class_widths` holds
// those of each word class's entries.
uint32_t ElementWidths(const Element& e, const std::vector<uint32_t>& class_widths) {
  switch (e.type) {
    case ElementType::kLiteral:
      return e.word_ids.size() <= kMaxOffset ? 1u << e.word_ids.size() : 0;
    case ElementType::kNumber: return 1u << 1;
    case ElementType::kPredicate: return e.predicate == Predicate::kNounPhrase ? 0 : 1u << 1;
    case ElementType::kGroup: {
      uint32_t widths = 0;
      for (const std::vector<Element>& alternative : e.alternatives) {
        const uint32_t w = SequenceWidths(alternative, class_widths);
        if (w == 0) return 0;
        widths |= w;
      }
      return widths;
    }
    case ElementType::kClass:
      return e.id >= 0 && e.id < static_cast<int32_t>(class_widths.size()) ? class_widths[e.id] : 0;
    case ElementType::kCategory: return 0;
  }
  return 0;
}

// How many tokens a matched element takes, as the matcher walks it: a
// lookaround none, an optional one possibly none.
uint32_t TakenWidths(const Element& e, const std::vector<uint32_t>& class_widths) {
  if (e.negative_lookahead || e.negative_lookbehind) return 1u;
  const uint32_t w = ElementWidths(e, class_widths);
  if (w == 0) return 0;
  return e.optional ? w | 1u : w;
}

uint32_t SequenceWidths(const std::vector<Element>& seq, const std::vector<uint32_t>& class_widths) {
  uint32_t widths = 1u;  // the empty sequence takes no tokens
  for (const Element& e : seq) {
    widths = AddWidths(widths, TakenWidths(e, class_widths));
    if (widths == 0) return 0;
  }
  return widths;
}

// The numbers of tokens of each class's entries ("May" 1, "a . m ." 4), or
// 0 for a class with an entry longer than kMaxOffset tokens.
std::vector<uint32_t> ClassWidths(const Lexicon& lexicon) {
  std::vector<uint32_t> widths(lexicon.class_count(), 0);
  std::vector<bool> too_long(lexicon.class_count(), false);
  for (int32_t i = 0; i < lexicon.entry_count(); ++i) {
    const LexEntry& entry = lexicon.entry(i);
    if (entry.word_class < 0 || entry.word_class >= lexicon.class_count()) continue;
    if (entry.words.size() > kMaxOffset) {
      too_long[entry.word_class] = true;
    } else {
      widths[entry.word_class] |= 1u << entry.words.size();
    }
  }
  for (size_t c = 0; c < widths.size(); ++c) {
    if (too_long[c]) widths[c] = 0;
  }
  return widths;
}

// The checks of pattern[from..], with offsets from the token where
// pattern[from] starts. The first token is checked only when `check_first`
// or for a number.
std::vector<RulePrefix::Check> ChecksFrom(const std::vector<Element>& pattern, size_t from, bool check_first,
                                          const std::vector<uint32_t>& class_widths) {
  std::vector<RulePrefix::Check> checks;
  uint32_t offsets = 1u;  // pattern[from] starts at offset 0
  for (size_t i = from; i < pattern.size(); ++i) {
    const Element& e = pattern[i];
    const bool required = !e.optional && !e.negative_lookahead && !e.negative_lookbehind;
    if (required && e.type == ElementType::kNumber) {
      checks.push_back({offsets, &e.first, &e});
    } else if (required && (check_first || offsets != 1u) && !e.first.any) {
      checks.push_back({offsets, &e.first, nullptr});
    }
    offsets = AddWidths(offsets, TakenWidths(e, class_widths));
    if (offsets == 0) break;
  }
  return checks;
}

// The tokens each alternative of `group` takes when each is one required
// element of one width, 0 for an earlier match; empty otherwise.
std::vector<int32_t> AlternativeWidths(const Element& group, const std::vector<uint32_t>& class_widths) {
  std::vector<int32_t> widths;
  for (const std::vector<Element>& alternative : group.alternatives) {
    if (alternative.size() != 1) return {};
    const Element& e = alternative[0];
    if (e.optional || e.negative_lookahead || e.negative_lookbehind) return {};
    if (e.type == ElementType::kCategory) {
      widths.push_back(0);
      continue;
    }
    const uint32_t w = ElementWidths(e, class_widths);
    if (w == 0 || (w & (w - 1)) != 0) return {};  // unknown, or more than one width
    widths.push_back(__builtin_ctz(w));
  }
  return widths;
}

// RulePrefix::after_first and first_widths of `rule`.
void SetAfterFirst(const Rule& rule, const std::vector<uint32_t>& class_widths, RulePrefix* prefix) {
  if (rule.pattern.empty()) return;
  const Element& first = rule.pattern[0];
  if (first.optional || first.negative_lookahead || first.negative_lookbehind) return;
  if (first.type == ElementType::kGroup) {
    prefix->first_widths = AlternativeWidths(first, class_widths);
    if (prefix->first_widths.empty()) return;
  } else if (first.type != ElementType::kCategory) {
    return;
  }
  prefix->after_first = ChecksFrom(rule.pattern, 1, true, class_widths);
}

RulePrefix PrefixOf(const Rule& rule, const std::vector<uint32_t>& class_widths) {
  RulePrefix prefix;
  // The start token itself is checked by the start index and at once by
  // the matcher; only later ones are worth checking first, and numbers,
  // whose range the index does not know.
  prefix.checks = ChecksFrom(rule.pattern, 0, false, class_widths);
  SetAfterFirst(rule, class_widths, &prefix);
  return prefix;
}

}  // namespace

std::vector<RulePrefix> ComputeRulePrefixes(const Grammar& grammar) {
  std::vector<RulePrefix> prefixes;
  prefixes.reserve(grammar.rules().size());
  const std::vector<uint32_t> class_widths = ClassWidths(grammar.lexicon());
  for (const Rule& rule : grammar.rules()) prefixes.push_back(PrefixOf(rule, class_widths));
  return prefixes;
}

TokenFilter SecondTokenFilter(const std::vector<RulePrefix>& prefixes, const std::vector<int32_t>& rules) {
  TokenFilter filter;
  for (int32_t r : rules) {
    const RulePrefix::Check* second = nullptr;
    for (const RulePrefix::Check& c : prefixes[r].checks) {
      if (c.offsets == 1u << 1) second = &c;
    }
    if (second == nullptr) {
      filter.any = true;
    } else if (second->number != nullptr) {
      filter.number = true;  // its range is left to the rule's own check
    } else {
      filter.Add(*second->filter);
    }
  }
  filter.Seal();
  return filter;
}

}  // namespace chronicle::temporal
