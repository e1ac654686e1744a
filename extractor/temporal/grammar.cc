#include "extractor/temporal/grammar.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "extractor/temporal/actions.h"

namespace chronicle::temporal {
namespace {

// A cursor over the text of one rule, for the recursive-descent parser.
class RuleReader {
 public:
  RuleReader(std::string_view text, Vocabulary* vocabulary, const Lexicon* lexicon)
      : text_(text), vocabulary_(vocabulary), lexicon_(lexicon) {}

  absl::Status ParsePattern(Rule* rule);
  absl::Status ParseAction(Rule* rule);

 private:
  void SkipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool Consume(std::string_view s) {
    SkipSpace();
    if (text_.substr(pos_, s.size()) != s) return false;
    pos_ += s.size();
    return true;
  }
  bool AtEnd() {
    SkipSpace();
    return pos_ >= text_.size();
  }
  std::string_view Name() {
    const size_t start = pos_;
    while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_' ||
                                   text_[pos_] == '.' || text_[pos_] == '-' || text_[pos_] == '/')) {
      ++pos_;
    }
    return text_.substr(start, pos_ - start);
  }
  int Number() {
    int v = 0;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) v = v * 10 + (text_[pos_++] - '0');
    return v;
  }
  absl::Status Error(std::string_view what) const {
    return absl::InvalidArgumentError(absl::StrCat(std::string(what), " at '",
                                                   std::string(text_.substr(pos_, 24)), "'"));
  }

  absl::Status ParseSequence(std::vector<Element>* out, bool top_level, Rule* rule, std::string_view stop);
  absl::Status ParseElement(Element* e);
  absl::Status ParseAtom(Element* e);
  absl::Status ParseNumber(std::string_view kind, Element* e);
  absl::Status ParseCategory(Element* e);

  std::string_view text_;
  size_t pos_ = 0;
  Vocabulary* vocabulary_;
  const Lexicon* lexicon_;
};

absl::Status RuleReader::ParsePattern(Rule* rule) {
  rule->span_begin = -1;
  rule->span_end = -1;
  absl::Status s = ParseSequence(&rule->pattern, true, rule, "=>");
  if (!s.ok()) return s;
  if (!Consume("=>")) return Error("expected =>");
  const int n = static_cast<int>(rule->pattern.size());
  if (rule->span_begin < 0) rule->span_begin = 0;
  if (rule->span_end < 0) rule->span_end = n;
  if (rule->span_begin >= rule->span_end) return Error("empty span [ ]");
  for (int i = 0; i < n; ++i) rule->pattern[i].capture = i + 1;
  return absl::OkStatus();
}

absl::Status RuleReader::ParseSequence(std::vector<Element>* out, bool top_level, Rule* rule,
                                       std::string_view stop) {
  while (true) {
    SkipSpace();
    if (pos_ >= text_.size()) return top_level ? Error("expected =>") : Error("unclosed (");
    const std::string_view rest = text_.substr(pos_);
    if (rest.substr(0, stop.size()) == stop || (!top_level && (rest[0] == '|' || rest[0] == ')'))) {
      return absl::OkStatus();
    }
    if (top_level && rest[0] == '[') {
      if (rule->span_begin >= 0) return Error("second [");
      rule->span_begin = static_cast<int>(out->size());
      ++pos_;
      continue;
    }
    if (top_level && rest[0] == ']') {
      if (rule->span_begin < 0 || rule->span_end >= 0) return Error("unbalanced ]");
      rule->span_end = static_cast<int>(out->size());
      ++pos_;
      continue;
    }
    Element e;
    absl::Status s = ParseElement(&e);
    if (!s.ok()) return s;
    out->push_back(std::move(e));
  }
}

absl::Status RuleReader::ParseElement(Element* e) {
  if (Consume("(?!")) {
    e->negative_lookahead = true;
  } else if (Consume("(?<!")) {
    e->negative_lookbehind = true;
  }
  if (e->negative_lookahead || e->negative_lookbehind) {
    if (Consume("~")) e->touching = true;
    absl::Status s = ParseAtom(e);
    if (!s.ok()) return s;
    return Consume(")") ? absl::OkStatus() : Error("expected ) after lookaround");
  }
  if (Consume("~")) e->touching = true;
  absl::Status s = ParseAtom(e);
  if (!s.ok()) return s;
  if (pos_ < text_.size() && text_[pos_] == '?') {
    e->optional = true;
    ++pos_;
  }
  return absl::OkStatus();
}

absl::Status RuleReader::ParseAtom(Element* e) {
  SkipSpace();
  if (pos_ >= text_.size()) return Error("expected an element");
  const char c = text_[pos_];
  if (c == '"') {
    const size_t close = text_.find('"', pos_ + 1);
    if (close == std::string_view::npos) return Error("unclosed \"");
    e->type = ElementType::kLiteral;
    e->word_ids = vocabulary_->InternPhrase(text_.substr(pos_ + 1, close - pos_ - 1));
    pos_ = close + 1;
    return e->word_ids.empty() ? Error("empty literal") : absl::OkStatus();
  }
  if (c == '^' || c == '@') {
    e->needs_capital = c == '^';
    pos_ += c == '^' ? 1 : 0;
    if (!Consume("@")) return Error("expected @class after ^");
    const std::string_view name = Name();
    e->type = ElementType::kClass;
    e->id = lexicon_->ClassId(name);
    return e->id < 0 ? Error(absl::StrCat("unknown class @", std::string(name))) : absl::OkStatus();
  }
  if (c == '#') {
    ++pos_;
    return ParseNumber(Name(), e);
  }
  if (c == '<') return ParseCategory(e);
  if (c == '%') {
    ++pos_;
    const std::string_view name = Name();
    e->type = ElementType::kPredicate;
    if (name == "cap") e->predicate = Predicate::kCapitalized;
    else if (name == "lower") e->predicate = Predicate::kLowercase;
    else if (name == "plural") e->predicate = Predicate::kPlural;
    else if (name == "np") e->predicate = Predicate::kNounPhrase;
    else return Error(absl::StrCat("unknown predicate %", std::string(name)));
    return absl::OkStatus();
  }
  if (c == '(') {
    ++pos_;
    e->type = ElementType::kGroup;
    while (true) {
      std::vector<Element> alternative;
      absl::Status s = ParseSequence(&alternative, false, nullptr, ")");
      if (!s.ok()) return s;
      if (alternative.empty()) return Error("empty alternative");
      e->alternatives.push_back(std::move(alternative));
      if (Consume("|")) continue;
      if (Consume(")")) return absl::OkStatus();
      return Error("expected | or )");
    }
  }
  return Error("unexpected character");
}

absl::Status RuleReader::ParseNumber(std::string_view kind, Element* e) {
  e->type = ElementType::kNumber;
  if (kind == "num") {
    e->integer = false;
  } else if (kind == "year") {
    e->min = 1000, e->max = 2999, e->digits = 4;
  } else if (kind == "digits") {
    if (!Consume("(")) return Error("expected #digits(N)");
    e->digits = std::atoi(std::string(Name()).c_str());
    if (!Consume(")") || e->digits <= 0) return Error("expected #digits(N)");
  } else if (kind != "int") {
    return Error(absl::StrCat("unknown number #", std::string(kind)));
  }
  if (kind == "int" && pos_ < text_.size() && text_[pos_] == '(') {
    ++pos_;
    const std::string_view range = Name();
    const size_t dash = range.find('-');
    if (dash == std::string_view::npos || !Consume(")")) return Error("expected #int(MIN-MAX)");
    e->min = std::atof(std::string(range.substr(0, dash)).c_str());
    e->max = std::atof(std::string(range.substr(dash + 1)).c_str());
  }
  return absl::OkStatus();
}

absl::Status RuleReader::ParseCategory(Element* e) {
  ++pos_;
  const std::string_view name = Name();
  if (!Consume(">")) return Error("expected >");
  e->type = ElementType::kCategory;
  static const std::pair<const char*, Category> kNames[] = {
      {"date", Category::kDate},         {"time", Category::kTime}, {"datetime", Category::kDateOrTime},
      {"duration", Category::kDuration}, {"set", Category::kSet},   {"number", Category::kNumber},
      {"ref", Category::kRef}};
  for (const auto& [n, c] : kNames) {
    if (name == n) {
      e->category = c;
      return absl::OkStatus();
    }
  }
  return Error(absl::StrCat("unknown category <", std::string(name), ">"));
}

absl::Status RuleReader::ParseAction(Rule* rule) {
  static const std::pair<const char*, TemporalValue::Kind> kKinds[] = {
      {"DATE", TemporalValue::Kind::kDate},         {"TIME", TemporalValue::Kind::kTime},
      {"DURATION", TemporalValue::Kind::kDuration}, {"SET", TemporalValue::Kind::kSet},
      {"NUMBER", TemporalValue::Kind::kNumber},     {"REF", TemporalValue::Kind::kRef}};
  const int captures = static_cast<int>(rule->pattern.size());
  while (!AtEnd()) {
    if (Consume("$")) {
      const int n = Number();
      if (n < 1 || n > captures) return Error("capture out of range");
      rule->action.sources.push_back(n);
      continue;
    }
    const std::string_view word = Name();
    if (word.empty()) return Error("expected KIND, $n or field=value");
    bool is_kind = false;
    for (const auto& [name, kind] : kKinds) {
      if (word == name) {
        rule->action.kind = kind;
        is_kind = true;
      }
    }
    if (is_kind) continue;
    if (!Consume("=")) return Error("expected =");
    Assignment a;
    a.field = std::string(word);
    a.field_id = FieldFromName(word);
    if (a.field_id == Field::kUnknown) return Error(absl::StrCat("unknown field '", a.field, "'"));
    while (true) {
      SkipSpace();
      Assignment::Term term;
      if (pos_ < text_.size() && text_[pos_] == '-') {
        term.negate = true;
        ++pos_;
      }
      if (pos_ < text_.size() && text_[pos_] == '$') {
        ++pos_;
        term.capture = Number();
        if (term.capture < 1 || term.capture > captures) return Error("capture out of range");
      } else {
        const size_t start = pos_;
        while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_' ||
                                       text_[pos_] == '.')) {
          ++pos_;
        }
        term.literal = std::string(text_.substr(start, pos_ - start));
        if (term.literal.empty()) return Error("expected a value");
        ReadLiteralNumber(&term);
      }
      a.terms.push_back(std::move(term));
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '*' || text_[pos_] == '/')) {
        a.ops.push_back(text_[pos_++]);
        continue;
      }
      break;
    }
    rule->action.assignments.push_back(std::move(a));
  }
  return absl::OkStatus();
}

// Joins continuation lines (starting with white space) to their rule.
struct RuleText {
  std::string text;
  int line;
};
std::vector<RuleText> SplitRules(std::string_view rules) {
  std::vector<RuleText> out;
  int line_number = 0;
  size_t pos = 0;
  while (pos < rules.size()) {
    size_t eol = rules.find('\n', pos);
    if (eol == std::string_view::npos) eol = rules.size();
    std::string_view line = rules.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos || line[first] == '#') continue;  // blank or comment
    const bool continuation = line[0] == ' ' || line[0] == '\t';
    if (continuation && !out.empty()) {
      absl::StrAppend(&out.back().text, " ", absl::string_view(line.data(), line.size()));
    } else if (!continuation) {
      out.push_back({std::string(line), line_number});
    }
  }
  return out;
}

}  // namespace

Field FieldFromName(std::string_view name) {
  static constexpr std::pair<const char*, Field> kNames[] = {
      {"year", Field::kYear},         {"yy", Field::kYy},           {"century", Field::kCentury},
      {"decade", Field::kDecade},     {"half", Field::kHalf},       {"quarter", Field::kQuarter},
      {"month", Field::kMonth},       {"week", Field::kWeek},       {"day", Field::kDay},
      {"weekday", Field::kWeekday},   {"hour", Field::kHour},       {"minute", Field::kMinute},
      {"second", Field::kSecond},     {"shift", Field::kShift},     {"times", Field::kTimes},
      {"sign", Field::kSign},         {"amount", Field::kAmount},   {"season", Field::kSeason},
      {"pod", Field::kPod},           {"weekend", Field::kWeekend}, {"meridiem", Field::kMeridiem},
      {"zone", Field::kZone},         {"holiday", Field::kHoliday}, {"unit", Field::kUnit},
      {"dir", Field::kDir},           {"from", Field::kFrom},       {"offset", Field::kOffset},
      {"mod", Field::kMod},           {"ref", Field::kRef},         {"quant", Field::kQuant},
      {"refspan", Field::kRefspan},   {"fallback", Field::kFallback}, {"tense", Field::kTense},
      {"gran", Field::kGran},         {"like", Field::kLike},       {"days_later", Field::kDaysLater}};
  for (const auto& [n, f] : kNames) {
    if (name == n) return f;
  }
  return Field::kUnknown;
}

absl::StatusOr<std::unique_ptr<Grammar>> Grammar::Compile(
    const std::vector<std::pair<std::string_view, std::string_view>>& lexicon_files,
    std::string_view rules_name, std::string_view rules, std::string_view triggers) {
  std::unique_ptr<Grammar> g(new Grammar());
  for (const auto& [name, contents] : lexicon_files) {
    absl::Status s = g->lexicon_.AddFile(name, contents);
    if (!s.ok()) return s;
  }
  for (const RuleText& r : SplitRules(rules)) {
    const auto error = [&](const absl::Status& s) {
      return absl::InvalidArgumentError(
          absl::StrCat(std::string(rules_name), ":", r.line, ": ", std::string(s.message())));
    };
    const std::string_view text = r.text;
    if (text.substr(0, 5) != "rule ") return error(absl::InvalidArgumentError("expected 'rule NAME: ...'"));
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos) return error(absl::InvalidArgumentError("expected ':'"));
    Rule rule;
    rule.line = r.line;
    std::string_view header = text.substr(5, colon - 5);
    const size_t prio = header.find(" prio=");
    if (prio != std::string_view::npos) {
      rule.priority = std::atoi(std::string(header.substr(prio + 6)).c_str());
      header = header.substr(0, prio);
    }
    rule.id = std::string(header);
    RuleReader reader(text.substr(colon + 1), &g->vocabulary_, &g->lexicon_);
    absl::Status s = reader.ParsePattern(&rule);
    if (s.ok()) s = reader.ParseAction(&rule);
    if (!s.ok()) return error(s);
    g->rules_.push_back(std::move(rule));
  }
  g->class_entries_.assign(g->lexicon_.class_count(), {});
  for (int32_t k = 0; k < g->lexicon_.entry_count(); ++k) {
    g->class_entries_[g->lexicon_.entry(k).word_class].push_back(k);
  }
  g->IndexRules();
  g->BuildNextFilters();
  for (Rule& rule : g->rules_) g->SetFirstFilters(&rule.pattern);
  if (absl::Status s = g->ReadTriggers(triggers); !s.ok()) return s;
  for (const Rule& r : g->rules_) g->max_pattern_ = std::max(g->max_pattern_, r.pattern.size());
  return g;
}

uint8_t Grammar::CategoryBits(Category c) {
  if (c == Category::kDateOrTime) {
    return static_cast<uint8_t>((1 << static_cast<int>(Category::kDate)) | (1 << static_cast<int>(Category::kTime)));
  }
  return static_cast<uint8_t>(1 << static_cast<int>(c));
}

void TokenFilter::Add(const TokenFilter& other) {
  any = any || other.any;
  number = number || other.number;
  categories |= other.categories;
  words.insert(words.end(), other.words.begin(), other.words.end());
  word_bits.clear();  // Seal again
}

void TokenFilter::Seal() {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  word_bits.clear();
  if (words.empty()) return;
  lowest_word = words.front();
  word_bits.assign(static_cast<size_t>(words.back() - lowest_word) / 64 + 1, 0);
  for (int32_t w : words) {
    const uint32_t k = static_cast<uint32_t>(w - lowest_word);
    word_bits[k / 64] |= uint64_t{1} << (k % 64);
  }
}

void Grammar::AtomFirst(const Element& e, NextFilter* filter) const {
  switch (e.type) {
    case ElementType::kLiteral: filter->words.push_back(e.word_ids[0]); break;
    case ElementType::kNumber: filter->number = true; break;
    case ElementType::kClass:
      for (int32_t k : class_entries_[e.id]) filter->words.push_back(lexicon_.entry(k).words[0]);
      break;
    case ElementType::kCategory: filter->categories |= CategoryBits(e.category); break;
    case ElementType::kPredicate: filter->any = true; break;
    case ElementType::kGroup: break;  // FirstOf looks into groups
  }
}

void Grammar::FirstOf(const std::vector<Element>& sequence, size_t from, const std::vector<Element>* rest,
                      size_t rest_from, NextFilter* filter) const {
  for (size_t i = from; i < sequence.size(); ++i) {
    const Element& e = sequence[i];
    if (e.negative_lookahead || e.negative_lookbehind) continue;
    if (e.type == ElementType::kGroup) {
      for (const auto& alternative : e.alternatives) FirstOf(alternative, 0, &sequence, i + 1, filter);
    } else {
      AtomFirst(e, filter);
      if (e.type == ElementType::kPredicate) return;  // anything may start here
    }
    if (!e.optional) return;
  }
  if (rest != nullptr) {
    FirstOf(*rest, rest_from, nullptr, 0, filter);
  } else {
    filter->any = true;  // the rule may end here: anything may follow
  }
}

void Grammar::SetFirstFilters(std::vector<Element>* sequence) const {
  for (Element& e : *sequence) {
    e.first = TokenFilter();
    e.alternative_first.assign(e.alternatives.size(), TokenFilter());
    if (e.type == ElementType::kGroup) {
      // A group starts where one of its alternatives does.
      for (size_t a = 0; a < e.alternatives.size(); ++a) {
        FirstOf(e.alternatives[a], 0, nullptr, 0, &e.alternative_first[a]);
        e.first.Add(e.alternative_first[a]);
        e.alternative_first[a].Seal();
        SetFirstFilters(&e.alternatives[a]);
      }
    } else {
      // The element alone, required and not a lookaround: what its own
      // first token must be.
      AtomFirst(e, &e.first);
    }
    e.first.Seal();
  }
}

void Grammar::AddStarts(const std::vector<Element>& sequence, size_t from, const std::vector<Element>* rest,
                        size_t rest_from, StartFilters* starts) const {
  if (from >= sequence.size()) {
    if (rest != nullptr) AddStarts(*rest, rest_from, nullptr, 0, starts);
    return;
  }
  const Element& e = sequence[from];
  if (e.negative_lookahead || e.negative_lookbehind) {
    AddStarts(sequence, from + 1, rest, rest_from, starts);
    return;
  }
  NextFilter after;  // what follows a one-token match of `e`
  FirstOf(sequence, from + 1, rest, rest_from, &after);
  switch (e.type) {
    case ElementType::kLiteral: {
      NextFilter f;
      if (e.word_ids.size() > 1) {
        f.words.push_back(e.word_ids[1]);
      } else {
        f = after;
      }
      starts->by_word[e.word_ids[0]].Add(f);
      break;
    }
    case ElementType::kNumber:
      starts->number.Add(after);
      break;
    case ElementType::kClass:
      for (int32_t k : class_entries_[e.id]) {
        const LexEntry& entry = lexicon_.entry(k);
        NextFilter f;
        if (entry.words.size() > 1) {
          f.words.push_back(entry.words[1]);
        } else {
          f = after;
        }
        starts->by_word[entry.words[0]].Add(f);
      }
      break;
    case ElementType::kGroup:
      for (const auto& alternative : e.alternatives) AddStarts(alternative, 0, &sequence, from + 1, starts);
      break;
    case ElementType::kCategory:
    case ElementType::kPredicate:
      break;  // such starts are not indexed by token
  }
  if (e.optional) AddStarts(sequence, from + 1, rest, rest_from, starts);
}

// Files rule `r` under what may follow its first token.
void AddStart(int32_t r, const Grammar::NextFilter* filter, Grammar::Starts* starts) {
  if (filter == nullptr || filter->any) {
    starts->open.push_back(r);
    return;
  }
  if (filter->number) starts->before_number.push_back(r);
  if (filter->categories) starts->before_category.emplace_back(r, filter->categories);
  for (int32_t word : filter->words) {
    std::vector<int32_t>& rules = starts->before_word[word];
    if (rules.empty() || rules.back() != r) rules.push_back(r);
  }
}

void Grammar::FilterGroupStart(const std::vector<Element>& pattern, size_t first, NextFilter* after,
                               TokenFilter* alone) const {
  for (const std::vector<Element>& alternative : pattern[first].alternatives) {
    size_t j = 0;
    while (j < alternative.size() && (alternative[j].negative_lookahead || alternative[j].negative_lookbehind)) ++j;
    if (j < alternative.size() && alternative[j].type == ElementType::kCategory && !alternative[j].optional) {
      FirstOf(alternative, j + 1, &pattern, first + 1, after);  // what follows the earlier match
    } else {
      FirstOf(alternative, 0, nullptr, 0, alone);  // a start with a token
    }
  }
  after->Seal();
  alone->Seal();
}

// For each rule, the words it can start with, in increasing id order: the
// index word_first_ turned around, so that filing a rule's starts walks its
// own few words instead of searching every word's list.
std::vector<std::vector<int32_t>> WordsStartingEachRule(const std::vector<std::vector<int32_t>>& word_first,
                                                        size_t rule_count) {
  std::vector<std::vector<int32_t>> words(rule_count);
  for (int32_t word = 0; word < static_cast<int32_t>(word_first.size()); ++word) {
    for (int32_t r : word_first[word]) words[r].push_back(word);
  }
  return words;
}

void Grammar::BuildNextFilters() {
  after_first_match_.assign(rules_.size(), NextFilter());
  start_without_match_.assign(rules_.size(), TokenFilter());
  const std::vector<std::vector<int32_t>> rule_words = WordsStartingEachRule(word_first_, rules_.size());
  for (int32_t r = 0; r < static_cast<int32_t>(rules_.size()); ++r) {
    // A rule that starts with an earlier match: what may follow it.
    const std::vector<Element>& pattern = rules_[r].pattern;
    size_t first = 0;
    while (first < pattern.size() && (pattern[first].negative_lookahead || pattern[first].negative_lookbehind)) ++first;
    NextFilter& after = after_first_match_[r];
    if (first < pattern.size() && pattern[first].type == ElementType::kCategory && !pattern[first].optional) {
      FirstOf(pattern, first + 1, nullptr, 0, &after);
      after.Seal();
    } else if (first < pattern.size() && pattern[first].type == ElementType::kGroup && !pattern[first].optional) {
      FilterGroupStart(pattern, first, &after, &start_without_match_[r]);
    } else {
      after.any = true;
    }
    StartFilters starts;
    AddStarts(rules_[r].pattern, 0, nullptr, 0, &starts);
    for (int32_t word : rule_words[r]) {
      auto it = starts.by_word.find(word);
      // A start the analysis did not foresee stays open to anything.
      if (static_cast<int32_t>(word_starts_.size()) <= word) word_starts_.resize(word + 1);
      AddStart(r, it == starts.by_word.end() ? nullptr : &it->second, &word_starts_[word]);
    }
    if (std::binary_search(number_first_.begin(), number_first_.end(), r)) {
      AddStart(r, &starts.number, &number_starts_);
    }
  }
}

absl::Status Grammar::ReadTriggers(std::string_view triggers) {
  trigger_.assign(vocabulary_.size(), false);
  size_t pos = 0;
  int line_number = 0;
  while (pos < triggers.size()) {
    size_t eol = triggers.find('\n', pos);
    if (eol == std::string_view::npos) eol = triggers.size();
    std::string_view line = triggers.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '@') {
      const int32_t cls = lexicon_.ClassId(line.substr(1));
      if (cls < 0) {
        return absl::InvalidArgumentError(
            absl::StrCat("triggers.list:", line_number, ": unknown class ", std::string(line)));
      }
      for (int32_t i = 0; i < lexicon_.entry_count(); ++i) {
        if (lexicon_.entry(i).word_class == cls) trigger_[lexicon_.entry(i).words[0]] = true;
      }
      continue;
    }
    const int32_t id = vocabulary_.Find(line);
    if (id >= 0) trigger_[id] = true;  // a word no rule or list uses can never match anyway
  }
  return absl::OkStatus();
}

void Grammar::IndexRules() {
  for (int32_t i = 0; i < static_cast<int32_t>(rules_.size()); ++i) IndexFirstElements(i, rules_[i].pattern, 0);
  const auto dedupe = [](std::vector<int32_t>* v) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  };
  for (auto& list : word_first_) dedupe(&list);
  dedupe(&number_first_);
  dedupe(&predicate_first_);
  for (auto& list : category_first_) dedupe(&list);
}

void Grammar::IndexFirstElements(int32_t rule_index, const std::vector<Element>& sequence, size_t from) {
  for (size_t i = from; i < sequence.size(); ++i) {
    const Element& e = sequence[i];
    if (e.negative_lookahead || e.negative_lookbehind) continue;
    if (e.type == ElementType::kGroup) {
      for (const auto& alternative : e.alternatives) IndexFirstElements(rule_index, alternative, 0);
    } else {
      IndexElement(rule_index, e);
    }
    if (!e.optional) return;
  }
}

void Grammar::IndexElement(int32_t rule_index, const Element& e) {
  const auto add_word = [&](int32_t word_id) {
    if (static_cast<int32_t>(word_first_.size()) <= word_id) word_first_.resize(word_id + 1);
    word_first_[word_id].push_back(rule_index);
  };
  switch (e.type) {
    case ElementType::kLiteral:
      add_word(e.word_ids[0]);
      break;
    case ElementType::kClass:
      for (int32_t i : class_entries_[e.id]) add_word(lexicon_.entry(i).words[0]);
      break;
    case ElementType::kNumber:
      number_first_.push_back(rule_index);
      break;
    case ElementType::kPredicate:
      predicate_first_.push_back(rule_index);
      break;
    case ElementType::kCategory:
      if (e.category == Category::kDateOrTime) {
        category_first_[static_cast<int>(Category::kDate)].push_back(rule_index);
        category_first_[static_cast<int>(Category::kTime)].push_back(rule_index);
      } else {
        category_first_[static_cast<int>(e.category)].push_back(rule_index);
      }
      break;
    case ElementType::kGroup:
      break;
  }
}


}  // namespace chronicle::temporal
