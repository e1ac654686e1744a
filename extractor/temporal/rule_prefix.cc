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

RulePrefix PrefixOf(const Rule& rule, const std::vector<uint32_t>& class_widths) {
  RulePrefix prefix;
  uint32_t offsets = 1u;  // the first element starts at the start token
  for (const Element& e : rule.pattern) {
    const bool required = !e.optional && !e.negative_lookahead && !e.negative_lookbehind;
    // The start token itself is checked by the start index and at once by
    // the matcher; only later ones are worth checking first, and numbers,
    // whose range the index does not know.
    if (required && e.type == ElementType::kNumber) {
      prefix.checks.push_back({offsets, &e.first, &e});
    } else if (required && offsets != 1u && !e.first.any) {
      prefix.checks.push_back({offsets, &e.first, nullptr});
    }
    offsets = AddWidths(offsets, TakenWidths(e, class_widths));
    if (offsets == 0) break;
  }
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
  std::sort(filter.words.begin(), filter.words.end());
  filter.words.erase(std::unique(filter.words.begin(), filter.words.end()), filter.words.end());
  return filter;
}

}  // namespace chronicle::temporal
