#include "extractor/temporal/chart_parser.h"

#include <algorithm>
#include <deque>
#include <limits>

#include "absl/base/attributes.h"
#include "absl/functional/function_ref.h"
#include "extractor/temporal/actions.h"

namespace chronicle::temporal {
namespace {

constexpr int kMaxMatchesPerStart = 16;
// How far after a rule's first token a trigger may stand ("the day before
// yesterday": four tokens).
constexpr int32_t kTriggerReach = 5;
constexpr int kMaxCategoryRounds = 4;

using Next = absl::FunctionRef<void(int32_t)>;

bool IsPluralLooking(std::string_view word) {
  if (word.size() < 3 || word.back() != 's') return false;
  const std::string_view tail = word.substr(word.size() - 2);
  if (tail == "ss" || tail == "us" || tail == "is" || tail == "'s") return false;
  // string_views: comparing with them needs no strlen per entry.
  static constexpr std::string_view kNotPlural[] = {"was", "has", "does", "this", "its", "his", "hers", "yes", "thus",
                                                    "less", "always", "perhaps", "whereas", "afterwards", "towards",
                                                    "besides", "sometimes", "news", "across", "unless", "as", "us"};
  for (std::string_view w : kNotPlural) {
    if (word == w) return false;
  }
  return true;
}

// One parse: the chart and the matching machinery over one text.
class ChartRun {
 public:
  ChartRun(const Grammar& grammar, const std::vector<RulePrefix>& prefixes, const TokenFilter& any_token_next,
           const FollowIndex& follow, const std::vector<uint8_t>& word_bits, std::string_view text,
           const std::vector<Token>& tokens, const std::vector<int32_t>& word_ids)
      : word_bits_(word_bits),
        g_(grammar),
        prefixes_(prefixes),
        any_token_next_(any_token_next),
        follow_(follow),
        text_(text),
        tokens_(tokens),
        word_ids_(word_ids),
        head_(tokens.size(), -1),
        category_at_(tokens.size(), 0) {}

  void Run() {
    captures_.resize(g_.max_pattern());
    int32_t next_trigger = std::numeric_limits<int32_t>::max() / 2;
    // In locals: the vectors never change size during the run, and through
    // the members their data would be reloaded after every call.
    const Token* const tokens = tokens_.data();
    const int32_t* const word_ids = word_ids_.data();
    const int32_t n = static_cast<int32_t>(tokens_.size());
    // What AnyTokenRuleMayFit asks of the token after `i`, kept from the
    // round before (it was `i` then).
    uint8_t bits_after = 0;
    bool number_after = false;
    for (int32_t i = n - 1; i >= 0; --i) {
      const bool number = tokens[i].kind == TokenKind::kNumber;
      const uint8_t bits = WordBits(word_ids[i]);
      if (number || (bits & ChartParser::kTriggerWord)) next_trigger = i;
      // Every time expression holds a trigger near its start: far from one,
      // no rule can match. Near one, most tokens start no rule, by their
      // word, as a number or as the first token of a rule that may start
      // anywhere; and no match starts at a token before a rule is tried
      // there (matches start at or after the rule's start, and rules are
      // tried right to left), nor is any waiting to be carried on (the
      // round before saturated them all). Such tokens cost only this loop,
      // which calls nothing for them.
      const bool may_start = next_trigger - i < kTriggerReach &&
                             (number || (bits & ChartParser::kStartsRules) ||
                              AnyTokenRuleMayFit(i, bits_after, number_after));
      if (may_start) StartAt(i, number, bits, bits_after, number_after);
      bits_after = bits;
      number_after = number;
    }
  }

  std::deque<Match>& items() { return items_; }

 private:
  // Tries the rules that may start at token `i` (`number` and `bits` are
  // its kind and WordBits, `bits_after` and `number_after` those of the
  // token after it), then everything the matches found there let go on.
  // Out of line: Run's loop passes over most tokens without calling it.
  ABSL_ATTRIBUTE_NOINLINE void StartAt(int32_t i, bool number, uint8_t bits, uint8_t bits_after,
                                       bool number_after) {
    bool any = false;
    // Most words near a trigger start no rule: the bit says so without a
    // call.
    if (bits & ChartParser::kStartsRules) any |= TryStarts(g_.StartsAtWord(word_ids_[i]), i);
    if (number) any |= TryStarts(g_.StartsAtNumber(), i);
    // A rule with context before its span ("early [summer]") may just have
    // added a match after `i`: rules that go on with one get another look.
    if (!pending_positions_.empty()) {
      SaturatePending();
      const Grammar::Starts& at_word = g_.StartsAtWord(word_ids_[i]);
      any |= TryCategoryStarts(at_word, i);
      if (number) any |= TryCategoryStarts(g_.StartsAtNumber(), i);
    }
    if (AnyTokenRuleMayFit(i, bits_after, number_after)) {
      for (int32_t r : g_.RulesStartingWithAnyToken()) any |= TryRule(r, i);
    }
    if (any || head_[i] >= 0) SaturateCategories(i);
    SaturatePending();
  }

  // ChartParser::WordBits of a word id (kUnknown included).
  uint8_t WordBits(int32_t word_id) const {
    const size_t index = static_cast<size_t>(static_cast<int64_t>(word_id) + 1);
    return index < word_bits_.size() ? word_bits_[index] : 0;
  }

  struct State {
    const Rule* rule;
    int32_t start;
    std::vector<Capture>& captures;  // the run's buffer, one slot per element
    int found = 0;
  };

  // Rules whose first element is an earlier match, applied until nothing
  // new appears at `pos`.
  void SaturateCategories(int32_t pos) {
    for (int round = 0; round < kMaxCategoryRounds; ++round) {
      bool any = false;
      bool seen[7] = {};
      for (int32_t k = head_[pos]; k >= 0; k = next_[k]) {
        const int c = CategoryOf(keys_[k].kind);
        if (c < 0 || seen[c]) continue;
        seen[c] = true;
        any |= TryFollowers(follow_.For(static_cast<Category>(c)), pos);
      }
      if (!any) return;
    }
  }

  // Tries, in rule order, each rule of `followers` that some match at `pos`
  // goes on with (SomeMatchGoesOn), as if every rule of the category were
  // checked in turn. A rule that adds a match can let later ones go on, so
  // the candidates are collected again after each such rule.
  bool TryFollowers(const Grammar::Starts& followers, int32_t pos) {
    bool any = false;
    int32_t last_tried = -1;
    for (;;) {
      CollectFollowers(followers, pos, last_tried);
      bool added = false;
      for (int32_t r : followers_) {
        last_tried = r;
        if (SomeMatchGoesOn(r, pos) && TryRule(r, pos)) {
          added = true;
          break;
        }
      }
      if (!added) return any;
      any = true;
    }
  }

  // Into followers_, sorted: the rules after `last_tried` that the open list
  // or the token after some match at `pos` names; a superset of those that
  // SomeMatchGoesOn accepts.
  void CollectFollowers(const Grammar::Starts& followers, int32_t pos, int32_t last_tried) {
    followers_.clear();
    // Each list is in rule order: one alone needs no sort.
    int lists = 0;
    const auto add = [&](const std::vector<int32_t>& rules) {
      const size_t before = followers_.size();
      for (int32_t r : rules) {
        if (r > last_tried) followers_.push_back(r);
      }
      lists += followers_.size() > before;
    };
    add(followers.open);
    for (int32_t k = head_[pos]; k >= 0; k = next_[k]) {
      const int32_t after = keys_[k].end_token;
      if (after >= static_cast<int32_t>(tokens_.size())) continue;
      if (tokens_[after].kind == TokenKind::kNumber) add(followers.before_number);
      const auto it = followers.before_word.find(word_ids_[after]);
      if (it != followers.before_word.end()) add(it->second);
      for (const auto& [rule, categories] : followers.before_category) {
        if ((categories & category_at_[after]) && rule > last_tried) {
          followers_.push_back(rule);
          ++lists;
        }
      }
    }
    if (lists > 1) {
      std::sort(followers_.begin(), followers_.end());
      followers_.erase(std::unique(followers_.begin(), followers_.end()), followers_.end());
    }
  }

  // Whether some earlier match at `pos` is followed by a token that can go
  // on with rule `r`, which starts with an earlier match (or may start with
  // the token at `pos`, when its first element is a group).
  bool SomeMatchGoesOn(int32_t r, int32_t pos) const {
    const Grammar::NextFilter& f = g_.AfterFirstMatch(r);
    if (f.any || CanStart(g_.StartWithoutMatch(r), pos)) return true;
    for (int32_t k = head_[pos]; k >= 0; k = next_[k]) {
      const int32_t after = keys_[k].end_token;
      if (after >= static_cast<int32_t>(tokens_.size())) continue;
      if ((f.number && tokens_[after].kind == TokenKind::kNumber) || (f.categories & category_at_[after]) ||
          f.HasWord(word_ids_[after])) {
        return true;
      }
    }
    return false;
  }

  static int CategoryOf(TemporalValue::Kind kind) {
    switch (kind) {
      case TemporalValue::Kind::kDate: return static_cast<int>(Category::kDate);
      case TemporalValue::Kind::kTime: return static_cast<int>(Category::kTime);
      case TemporalValue::Kind::kDuration: return static_cast<int>(Category::kDuration);
      case TemporalValue::Kind::kSet: return static_cast<int>(Category::kSet);
      case TemporalValue::Kind::kNumber: return static_cast<int>(Category::kNumber);
      case TemporalValue::Kind::kRef: return static_cast<int>(Category::kRef);
      case TemporalValue::Kind::kNone: break;
    }
    return -1;
  }

  void SaturatePending() {
    while (!pending_positions_.empty()) {
      const int32_t p = pending_positions_.back();
      pending_positions_.pop_back();
      SaturateCategories(p);
    }
  }

  bool TryCategoryStarts(const Grammar::Starts& starts, int32_t i) {
    const int32_t next = i + 1;
    if (next >= static_cast<int32_t>(tokens_.size())) return false;
    bool any = false;
    for (const auto& [rule, categories] : starts.before_category) {
      if (categories & category_at_[next]) any |= TryRule(rule, i);
    }
    return any;
  }

  // Tries the rules of `starts` that the token after `i` can continue, in
  // rule order so that the result does not depend on how they were filed.
  bool TryStarts(const Grammar::Starts& starts, int32_t i) {
    if (starts.empty()) return false;  // most tokens near a trigger start nothing
    // The lists of rules that the next token lets start, and the rules of
    // before_category it does; most often there is one list, which is
    // tried where it is, with no copy.
    const std::vector<int32_t>* lists[3];
    int list_count = 0;
    if (!starts.open.empty()) lists[list_count++] = &starts.open;
    const int32_t next = i + 1;
    bool category_fits = false;
    if (next < static_cast<int32_t>(tokens_.size())) {
      if (tokens_[next].kind == TokenKind::kNumber && !starts.before_number.empty()) {
        lists[list_count++] = &starts.before_number;
      }
      if (!starts.before_word.empty()) {
        const auto it = starts.before_word.find(word_ids_[next]);
        if (it != starts.before_word.end() && !it->second.empty()) lists[list_count++] = &it->second;
      }
      for (const auto& [rule, categories] : starts.before_category) {
        category_fits |= (categories & category_at_[next]) != 0;
      }
    }
    if (list_count == 0 && !category_fits) return false;
    const std::vector<int32_t>* rules = list_count == 1 ? lists[0] : nullptr;
    if (list_count > 1 || category_fits) {
      candidates_.clear();
      for (int l = 0; l < list_count; ++l) candidates_.insert(candidates_.end(), lists[l]->begin(), lists[l]->end());
      for (const auto& [rule, categories] : starts.before_category) {
        if (categories & category_at_[next]) candidates_.push_back(rule);
      }
      std::sort(candidates_.begin(), candidates_.end());
      candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
      rules = &candidates_;
    }
    bool any = false;
    for (int32_t r : *rules) any |= TryRule(r, i);
    return any;
  }

  // Tries rule `r` at `start`; true when it added a match.
  bool TryRule(int32_t r, int32_t start) {
    const Rule& rule = g_.rules()[r];
    // Most attempts fail within the first few tokens: checking those tokens
    // here, before the matcher sets up captures and callbacks, is cheaper.
    if (!ChecksFit(prefixes_[r].checks, start) || !AfterFirstFits(prefixes_[r], rule.pattern, start)) return false;
    std::fill(captures_.begin(), captures_.begin() + static_cast<std::ptrdiff_t>(rule.pattern.size()), Capture());
    State state{&rule, start, captures_};
    const size_t before = items_.size();
    MatchSequence(state, state.rule->pattern, 0, start, state.captures.data(), true,
                  [&](int32_t end) { Complete(state, r, end); });
    return items_.size() > before;
  }

  // Whether some rule that may start at any token can fit its prefix at
  // `start` (SecondTokenFilter): one test for every such rule.
  // `bits_after` and `number_after` describe the token after `start`.
  bool AnyTokenRuleMayFit(int32_t start, uint8_t bits_after, bool number_after) const {
    const int32_t second = start + 1;
    if (second >= static_cast<int32_t>(tokens_.size())) return any_token_next_.any;
    // CanStart(any_token_next_, second), with the word looked up in
    // word_bits_ rather than searched for: this is asked near every trigger.
    const TokenFilter& f = any_token_next_;
    if (f.any || (f.categories & category_at_[second])) return true;
    if (f.number && number_after) return true;
    return bits_after & ChartParser::kAnyTokenNext;
  }

  // Whether the elements after the first of a rule (RulePrefix::after_first)
  // fit after some way its first element, `pattern[0]`, can end at `start`:
  // after a match there of its category, or after an alternative of its
  // group. Rules that start with an earlier match are tried again each time
  // one is added at `start`, and mostly fail on what follows it.
  bool AfterFirstFits(const RulePrefix& prefix, const std::vector<Element>& pattern, int32_t start) const {
    if (prefix.after_first.empty()) return true;
    const Element& first = pattern[0];
    if (first.type == ElementType::kCategory) return SomeMatchEndFits(first.category, prefix.after_first, start);
    for (size_t a = 0; a < prefix.first_widths.size(); ++a) {
      const int32_t width = prefix.first_widths[a];
      if (width == 0 ? SomeMatchEndFits(first.alternatives[a][0].category, prefix.after_first, start)
                     : ChecksFit(prefix.after_first, start + width)) {
        return true;
      }
    }
    return false;
  }

  // Whether `checks` fit after some earlier match of `category` at `start`.
  bool SomeMatchEndFits(Category category, const std::vector<RulePrefix::Check>& checks, int32_t start) const {
    for (int32_t k = head_[start]; k >= 0; k = next_[k]) {
      if (CategoryAccepts(category, keys_[k].kind) && ChecksFit(checks, keys_[k].end_token)) return true;
    }
    return false;
  }

  // Whether each of `checks` finds what it asks for at one of its offsets
  // from `base`.
  bool ChecksFit(const std::vector<RulePrefix::Check>& checks, int32_t base) const {
    const int32_t n = static_cast<int32_t>(tokens_.size());
    for (const RulePrefix::Check& c : checks) {
      bool fits = false;
      for (uint32_t m = c.offsets; m != 0 && !fits; m &= m - 1) {
        const int32_t at = base + __builtin_ctz(m);
        double value = 0;
        fits = at < n && (c.number != nullptr ? NumberFits(*c.number, tokens_[at], &value) : CanStart(*c.filter, at));
      }
      if (!fits) return false;
    }
    return true;
  }

  void Complete(State& state, int32_t r, int32_t match_end) {
    if (++state.found > kMaxMatchesPerStart) return;
    const Rule& rule = *state.rule;
    int32_t first = -1, last = -1;
    for (int i = rule.span_begin; i < rule.span_end; ++i) {
      const Capture& c = state.captures[i];
      if (!c.matched()) continue;
      if (first < 0) first = c.first_token;
      last = c.end_token;
    }
    if (first < 0 || last <= first) return;
    for (int32_t k = head_[first]; k >= 0; k = next_[k]) {
      if (keys_[k].rule == r && keys_[k].end_token == last) return;  // already have it
    }
    const ActionContext ctx{&g_, text_, &tokens_};
    std::optional<TemporalValue> value = ApplyAction(rule, state.captures, ctx);
    if (!value) return;
    Match m;
    m.first_token = first;
    m.end_token = last;
    m.begin = tokens_[first].begin;
    m.end = tokens_[last - 1].end;
    m.match_first = state.start;
    m.match_end = match_end;
    m.rule = r;
    m.value = *value;
    items_.push_back(m);
    keys_.push_back(ItemKey{last, r, m.value.kind});
    next_.push_back(head_[first]);
    head_[first] = static_cast<int32_t>(items_.size()) - 1;
    const int c = CategoryOf(m.value.kind);
    if (c >= 0) category_at_[first] |= Grammar::CategoryBits(static_cast<Category>(c));
    if (first != state.start) pending_positions_.push_back(first);
  }

  // Matches `seq[k..]` from token `pos`; calls `done(end)` for each way the
  // whole sequence matches. `caps` has one slot per element of `seq` when
  // `top` (the rule's own elements); inside groups it is a scratch slot.
  void MatchSequence(State& st, const std::vector<Element>& seq, size_t k, int32_t pos, Capture* caps, bool top,
                     Next done) {
    if (st.found > kMaxMatchesPerStart) return;
    if (k == seq.size()) {
      done(pos);
      return;
    }
    const Element& e = seq[k];
    Capture* slot = top ? &caps[k] : caps;
    const auto rest = [&](int32_t end) { MatchSequence(st, seq, k + 1, end, caps, top, done); };
    if (e.negative_lookahead || e.negative_lookbehind) {
      const int32_t at = e.negative_lookahead ? pos : pos - 1;
      // "~" asks that the two tokens touch: the one looked at and the one
      // before it ahead, the one looked at and the next behind.
      const int32_t later = e.negative_lookahead ? at : pos;
      const bool touches = later < static_cast<int32_t>(tokens_.size()) && !tokens_[later].has(kSpaceBefore);
      bool hit = false;
      if (at >= 0 && at < static_cast<int32_t>(tokens_.size()) && (!e.touching || touches) &&
          CanStart(e.first, at)) {
        Capture scratch;
        MatchAtom(st, e, at, &scratch, [&](int32_t) { hit = true; });
      }
      if (!hit) rest(pos);
      return;
    }
    const Capture saved = *slot;
    if (pos < static_cast<int32_t>(tokens_.size()) && (!e.touching || !tokens_[pos].has(kSpaceBefore)) &&
        CanStart(e.first, pos)) {
      Capture got;
      MatchAtom(st, e, pos, &got, [&](int32_t end) {
        // Inside a group the one slot keeps the element that carries a value.
        if (top || !slot->matched() || (CarriesValue(got) && !CarriesValue(*slot))) *slot = got;
        rest(end);
        *slot = saved;
      });
    }
    *slot = saved;
    if (e.optional) rest(pos);
  }

  // Matches one element at `pos` (no optional handling), filling `cap`,
  // and calls `next(end)` for each way it matches. A template, so that the
  // matcher's own continuation is inlined rather than called through a
  // FunctionRef for every element of every attempt.
  template <typename OnMatch>
  void MatchAtom(State& st, const Element& e, int32_t pos, Capture* cap, const OnMatch& next) {
    const Token& t = tokens_[pos];
    switch (e.type) {
      case ElementType::kLiteral: {
        if (!MatchWords(e.word_ids, pos)) return;
        *cap = Capture{pos, pos + static_cast<int32_t>(e.word_ids.size())};
        next(cap->end_token);
        return;
      }
      case ElementType::kClass: {
        for (int32_t index : g_.lexicon().EntriesStartingWith(word_ids_[pos])) {
          const LexEntry& entry = g_.lexicon().entry(index);
          if (entry.word_class != e.id) continue;
          if ((entry.needs_capital || e.needs_capital) && !t.has(kCapitalized)) continue;
          if (!MatchWords(entry.words, pos)) continue;
          *cap = Capture{pos, pos + static_cast<int32_t>(entry.words.size()), index};
          next(cap->end_token);
        }
        return;
      }
      case ElementType::kNumber: {
        double v = 0;
        if (!NumberFits(e, t, &v)) return;
        *cap = Capture{pos, pos + 1};
        cap->is_number = true;
        cap->number = v;
        next(pos + 1);
        return;
      }
      case ElementType::kPredicate: {
        if (e.predicate == Predicate::kNounPhrase) {
          const int32_t end = NounPhraseEnd(pos);
          if (end <= pos) return;
          *cap = Capture{pos, end};
          next(end);
          return;
        }
        if (t.kind != TokenKind::kWord || !PredicateHolds(e.predicate, t)) return;
        *cap = Capture{pos, pos + 1};
        next(pos + 1);
        return;
      }
      case ElementType::kCategory: {
        for (int32_t k = head_[pos]; k >= 0; k = next_[k]) {
          if (!CategoryAccepts(e.category, keys_[k].kind)) continue;
          *cap = Capture{pos, keys_[k].end_token};
          cap->item = &items_[k].value;
          next(cap->end_token);
        }
        return;
      }
      case ElementType::kGroup: {
        for (size_t a = 0; a < e.alternatives.size(); ++a) {
          if (!CanStart(e.alternative_first[a], pos)) continue;
          Capture inner;
          MatchSequence(st, e.alternatives[a], 0, pos, &inner, false, [&](int32_t end) {
            *cap = inner;
            cap->first_token = pos;
            cap->end_token = end;
            next(end);
          });
        }
        return;
      }
    }
  }

  // Whether `t` is a number that number element `e` accepts, and its value.
  bool NumberFits(const Element& e, const Token& t, double* value) const {
    if (t.kind != TokenKind::kNumber) return false;
    if (e.integer && (t.has(kDecimal) || t.has(kDigitGroups))) return false;
    if (e.digits > 0 && (t.size() != static_cast<uint32_t>(e.digits) || t.has(kDigitGroups))) return false;
    *value = NumberValue(t.text(text_));
    return !(*value < e.min || *value > e.max);
  }

  // Whether something that `f` describes can start at token `pos`.
  bool CanStart(const TokenFilter& f, int32_t pos) const {
    if (f.any || (f.categories & category_at_[pos])) return true;
    if (f.number && tokens_[pos].kind == TokenKind::kNumber) return true;
    return f.HasWord(word_ids_[pos]);
  }

  static bool CarriesValue(const Capture& c) { return c.lex_entry >= 0 || c.is_number || c.item != nullptr; }

  static bool CategoryAccepts(Category c, TemporalValue::Kind kind) {
    using K = TemporalValue::Kind;
    switch (c) {
      case Category::kDate: return kind == K::kDate;
      case Category::kTime: return kind == K::kTime;
      case Category::kDateOrTime: return kind == K::kDate || kind == K::kTime;
      case Category::kDuration: return kind == K::kDuration;
      case Category::kSet: return kind == K::kSet;
      case Category::kNumber: return kind == K::kNumber;
      case Category::kRef: return kind == K::kRef;
    }
    return false;
  }

  // End of a short noun phrase from `pos` ("the U.S. withdrawal", "his
  // election"): words, initials with periods, hyphens and possessives, up to
  // a function word, a verb or punctuation. `pos` itself when there is none.
  int32_t NounPhraseEnd(int32_t pos) const {
    static constexpr std::string_view kStops[] = {
        "in", "on", "at", "by", "for", "with", "from", "to", "into", "over", "under", "about", "during", "as",
        "than", "and", "or", "but", "while", "when", "because", "if", "that", "which", "who", "whom", "whose",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
        "said", "says", "after", "before", "since", "until", "of", "not", "it", "he", "she", "they", "we"};
    constexpr int kMaxTokens = 7;
    const int32_t n = static_cast<int32_t>(tokens_.size());
    int32_t end = pos;
    int words = 0;
    for (int32_t i = pos; i < n && i - pos < kMaxTokens; ++i) {
      const Token& t = tokens_[i];
      if (i > pos && t.has(kLineStart)) break;
      if (t.kind == TokenKind::kPunct) {
        const bool joins = !t.has(kSpaceBefore) && (t.punct == '-' || t.punct == '\'' ||
                                                   (t.punct == '.' && tokens_[i - 1].size() == 1));
        if (i == pos || !joins) break;
        continue;
      }
      if (t.kind == TokenKind::kWord) {
        char buffer[16];
        const std::string_view w = LowerAscii(t.text(text_), buffer, sizeof buffer);
        bool stop = false;
        for (std::string_view k : kStops) stop = stop || w == k;
        if (stop && (words > 0 || i > pos)) break;
        if (stop) return pos;
      }
      ++words;
      end = i + 1;
    }
    // Drop a trailing possessive or initial period left dangling.
    while (end > pos && tokens_[end - 1].kind == TokenKind::kPunct && tokens_[end - 1].punct != '.') --end;
    return words >= 1 ? end : pos;
  }

  bool PredicateHolds(Predicate p, const Token& t) const {
    switch (p) {
      case Predicate::kCapitalized: return t.has(kCapitalized);
      case Predicate::kLowercase: return !t.has(kCapitalized) && text_[t.begin] >= 'a' && text_[t.begin] <= 'z';
      case Predicate::kPlural: {
        char buffer[32];
        const std::string_view lower = LowerAscii(t.text(text_), buffer, sizeof buffer);
        return !t.has(kCapitalized) && IsPluralLooking(lower);
      }
      case Predicate::kNounPhrase:
        break;
    }
    return false;
  }

  // The tokens from `pos` are `words`, touching where a multi-token form
  // touches (a . m .) and spaced where it is spaced.
  bool MatchWords(const std::vector<int32_t>& words, int32_t pos) const {
    const int32_t n = static_cast<int32_t>(tokens_.size());
    if (pos + static_cast<int32_t>(words.size()) > n) return false;
    for (size_t i = 0; i < words.size(); ++i) {
      if (word_ids_[pos + i] != words[i]) return false;
      if (i > 0 && tokens_[pos + i].has(kLineStart)) return false;
    }
    return true;
  }

  const std::vector<uint8_t>& word_bits_;
  const Grammar& g_;
  const std::vector<RulePrefix>& prefixes_;
  const TokenFilter& any_token_next_;
  const FollowIndex& follow_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<int32_t>& word_ids_;
  std::deque<Match> items_;     // stable addresses: captures point into it
  // What the matcher reads of each item, beside items_: a vector indexes
  // faster than a deque, and the hot loops need no more than this.
  struct ItemKey {
    int32_t end_token;
    int32_t rule;
    TemporalValue::Kind kind;
  };
  std::vector<ItemKey> keys_;
  std::vector<int32_t> next_;   // next item with the same start
  std::vector<int32_t> head_;   // first item starting at each token
  std::vector<uint8_t> category_at_;  // categories of the items starting at each token
  std::vector<int32_t> pending_positions_;
  std::vector<Capture> captures_;  // reused by every TryRule: no allocation per attempt
  std::vector<int32_t> candidates_;  // reused by TryStarts
  std::vector<int32_t> followers_;   // reused by TryFollowers
};

bool IsFinal(const TemporalValue& v) {
  return v.kind != TemporalValue::Kind::kNumber && v.kind != TemporalValue::Kind::kNone;
}

// Whether the match runs on from a short line into the next: a day heading
// and the first time listed under it ("Wednesday, Aug. 20" then "10:30
// a.m. | ..."), which are two expressions. Text wrapped mid-sentence breaks
// long lines, not ones of a few words.
bool WholeLineRunOn(const std::vector<Token>& tokens, const Match& m) {
  constexpr int32_t kShortLine = 8;  // tokens
  for (int32_t i = m.first_token + 1; i < m.end_token; ++i) {
    if (!tokens[i].has(kLineStart)) continue;
    int32_t line_start = i - 1;
    while (line_start > 0 && !tokens[line_start].has(kLineStart) && i - line_start <= kShortLine) --line_start;
    if (tokens[line_start].has(kLineStart) && i - line_start <= kShortLine) return true;
  }
  return false;
}

}  // namespace

std::vector<uint8_t> ChartParser::WordBits(const Grammar& grammar, const TokenFilter& any_token_next) {
  std::vector<uint8_t> bits(static_cast<size_t>(grammar.vocabulary().size()) + 1, 0);
  for (int32_t id = 0; id < grammar.vocabulary().size(); ++id) {
    if (grammar.IsTrigger(id)) bits[id + 1] |= kTriggerWord;
    if (!grammar.StartsAtWord(id).empty()) bits[id + 1] |= kStartsRules;
  }
  for (int32_t id : any_token_next.words) {
    if (id >= 0 && id < grammar.vocabulary().size()) bits[id + 1] |= kAnyTokenNext;
  }
  return bits;
}

std::vector<int32_t> ChartParser::WordIds(std::string_view text, const std::vector<Token>& tokens) const {
  std::vector<int32_t> ids(tokens.size());
  grammar_->vocabulary().TokenIds(text, tokens, ids.data());
  return ids;
}

std::vector<Match> ChartParser::AllMatches(std::string_view text, const std::vector<Token>& tokens,
                                           const std::vector<int32_t>& word_ids) const {
  ChartRun parse(*grammar_, prefixes_, any_token_next_, follow_, word_bits_, text, tokens, word_ids);
  parse.Run();
  return std::vector<Match>(parse.items().begin(), parse.items().end());
}

std::vector<Match> ChartParser::Parse(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<int32_t>& word_ids) const {
  // The chart's own matches, not a copy (AllMatches copies them).
  ChartRun parse(*grammar_, prefixes_, any_token_next_, follow_, word_bits_, text, tokens, word_ids);
  parse.Run();
  std::vector<const Match*> candidates;
  candidates.reserve(parse.items().size());
  for (const Match& m : parse.items()) {
    if (IsFinal(m.value) && !WholeLineRunOn(tokens, m)) candidates.push_back(&m);
  }
  const auto& rules = grammar_->rules();
  std::stable_sort(candidates.begin(), candidates.end(), [&](const Match* a, const Match* b) {
    const int32_t ma = a->match_end - a->match_first, mb = b->match_end - b->match_first;
    if (ma != mb) return ma > mb;
    const uint32_t la = a->end - a->begin, lb = b->end - b->begin;
    if (la != lb) return la > lb;
    if (rules[a->rule].priority != rules[b->rule].priority) return rules[a->rule].priority > rules[b->rule].priority;
    if (a->begin != b->begin) return a->begin < b->begin;
    return a->rule < b->rule;
  });
  std::vector<const Match*> picked;
  std::vector<bool> taken(tokens.size(), false);
  for (const Match* m : candidates) {
    bool free = true;
    for (int32_t i = m->first_token; i < m->end_token && free; ++i) free = !taken[i];
    if (!free) continue;
    for (int32_t i = m->first_token; i < m->end_token; ++i) taken[i] = true;
    picked.push_back(m);
  }
  // Sorted as pointers, then copied once: a Match is large. The picked
  // matches share no token, so no two begin alike and the order is unique.
  std::sort(picked.begin(), picked.end(), [](const Match* a, const Match* b) { return a->begin < b->begin; });
  std::vector<Match> chosen;
  chosen.reserve(picked.size());
  for (const Match* m : picked) chosen.push_back(*m);
  return chosen;
}

}  // namespace chronicle::temporal
