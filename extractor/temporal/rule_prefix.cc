#include "extractor/temporal/rule_prefix.h"

namespace chronicle::temporal {
namespace {

// Offsets and widths are sets of small counts, one bit per count. Past a
// few tokens most rules have failed already; more checks would cost more
// than they save.
constexpr uint32_t kMaxOffset = 4;
constexpr uint32_t kInRange = (1u << (kMaxOffset + 1)) - 1;

uint32_t SequenceWidths(const std::vector<Element>& seq);

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
// optional flags aside), or 0 when that is not a few known counts: a class
// entry or an earlier match can be several tokens long.
uint32_t ElementWidths(const Element& e) {
  switch (e.type) {
    case ElementType::kLiteral:
      return e.word_ids.size() <= kMaxOffset ? 1u << e.word_ids.size() : 0;
    case ElementType::kNumber: return 1u << 1;
    case ElementType::kPredicate: return e.predicate == Predicate::kNounPhrase ? 0 : 1u << 1;
    case ElementType::kGroup: {
      uint32_t widths = 0;
      for (const std::vector<Element>& alternative : e.alternatives) {
        const uint32_t w = SequenceWidths(alternative);
        if (w == 0) return 0;
        widths |= w;
      }
      return widths;
    }
    case ElementType::kClass:
    case ElementType::kCategory: return 0;
  }
  return 0;
}

// How many tokens a matched element takes, as the matcher walks it: a
// lookaround none, an optional one possibly none.
uint32_t TakenWidths(const Element& e) {
  if (e.negative_lookahead || e.negative_lookbehind) return 1u;
  const uint32_t w = ElementWidths(e);
  if (w == 0) return 0;
  return e.optional ? w | 1u : w;
}

uint32_t SequenceWidths(const std::vector<Element>& seq) {
  uint32_t widths = 1u;  // the empty sequence takes no tokens
  for (const Element& e : seq) {
    widths = AddWidths(widths, TakenWidths(e));
    if (widths == 0) return 0;
  }
  return widths;
}

RulePrefix PrefixOf(const Rule& rule) {
  RulePrefix prefix;
  uint32_t offsets = 1u;  // the first element starts at the start token
  for (const Element& e : rule.pattern) {
    const bool required = !e.optional && !e.negative_lookahead && !e.negative_lookbehind;
    // The start token itself is checked by the start index and at once by
    // the matcher; only later ones are worth checking first.
    if (required && offsets != 1u && !e.first.any) prefix.checks.push_back({offsets, &e.first});
    offsets = AddWidths(offsets, TakenWidths(e));
    if (offsets == 0) break;
  }
  return prefix;
}

}  // namespace

std::vector<RulePrefix> ComputeRulePrefixes(const Grammar& grammar) {
  std::vector<RulePrefix> prefixes;
  prefixes.reserve(grammar.rules().size());
  for (const Rule& rule : grammar.rules()) prefixes.push_back(PrefixOf(rule));
  return prefixes;
}

}  // namespace chronicle::temporal
