#include "extractor/temporal/actions.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "extractor/temporal/zones.h"

namespace chronicle::temporal {
namespace {

// The value of one term: its number, when it reads as one, and its text.
// The text stays where it is (a lexicon value, a literal of the rule, the
// matched words) and is made into a string only for the fields that read
// it: most fields take the number, and building a string for every term
// of every match cost more than the rest of the action.
struct TermValue {
  double number = 0;
  bool is_number = false;
  std::string_view text;
  bool text_is_number = false;  // the text is the number, written out ("24", "0.5")
  bool lower_text = false;      // matched words, read in lower case
};

// The text of a term as the fields read it.
std::string TextOf(const TermValue& v) {
  if (v.text_is_number) return absl::StrCat(v.number);
  std::string text(v.text);
  if (v.lower_text) {
    for (char& ch : text) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
  }
  return text;
}

TermValue FromNumber(double number) {
  TermValue v;
  v.number = number;
  v.is_number = true;
  v.text_is_number = true;
  return v;
}

// What strtod makes of `text` without calling it, for the two common
// shapes: up to 15 digits (an integer a double holds exactly), and a word
// starting with a letter strtod cannot read ("year", "am"; not "inf" or
// "nan"). False for anything else.
bool ReadCommonNumber(std::string_view text, TermValue* v) {
  if (text.empty()) return false;
  const char c = text[0];
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
    if (c == 'i' || c == 'I' || c == 'n' || c == 'N') return false;
    v->number = 0;
    v->is_number = false;
    return true;
  }
  if (text.size() > 15) return false;
  int64_t n = 0;
  for (const char d : text) {
    if (d < '0' || d > '9') return false;
    n = n * 10 + (d - '0');
  }
  v->number = static_cast<double>(n);
  v->is_number = true;
  return true;
}

// A term whose text is `text`, read as a number where it is one. strtod
// reads upper and lower case alike, so matched words need not be lowered
// first.
TermValue FromText(std::string_view text) {
  TermValue v;
  if (!ReadCommonNumber(text, &v)) {
    const std::string terminated(text);  // strtod needs the NUL
    char* end = nullptr;
    v.number = std::strtod(terminated.c_str(), &end);
    v.is_number = !text.empty() && end != nullptr && *end == '\0';
  }
  v.text = text;
  return v;
}

std::optional<TermValue> CaptureValue(const Capture& c, const ActionContext& ctx) {
  if (!c.matched()) return std::nullopt;
  if (c.lex_entry >= 0) return FromText(ctx.grammar->lexicon().entry(c.lex_entry).value);
  if (c.is_number) return FromNumber(c.number);
  if (c.item != nullptr) {
    if (c.item->kind != TemporalValue::Kind::kNumber) return std::nullopt;
    if (!c.item->vague) return FromNumber(c.item->amount);
    TermValue v;
    v.text = "X";
    return v;
  }
  const Token& first = (*ctx.tokens)[c.first_token];
  const Token& last = (*ctx.tokens)[c.end_token - 1];
  TermValue v = FromText(ctx.text.substr(first.begin, last.end - first.begin));
  v.lower_text = true;
  return v;
}

// A literal term's value, from the number read at compile time.
TermValue LiteralValue(const Assignment::Term& term) {
  TermValue v;
  v.text = term.literal;
  v.number = term.number;
  v.is_number = term.is_number;
  return v;
}

// Evaluates terms joined by + * /, products first. A capture that did not
// match counts as nothing in a sum ("twenty" without "-four") and fails a
// product; a single term keeps its text.
std::optional<TermValue> TermValueOf(const Assignment::Term& term, const std::vector<Capture>& captures,
                                     const ActionContext& ctx, bool* fails) {
  std::optional<TermValue> v = term.capture > 0 ? CaptureValue(captures[term.capture - 1], ctx) : LiteralValue(term);
  if (v && term.negate) {
    if (!v->is_number) {
      *fails = true;
      return std::nullopt;
    }
    v = FromNumber(-v->number);
  }
  return v;
}

std::optional<TermValue> Evaluate(const Assignment& a, const std::vector<Capture>& captures,
                                  const ActionContext& ctx) {
  bool fails = false;
  // Most assignments have one term: no list of values to build.
  if (a.terms.size() == 1) return TermValueOf(a.terms[0], captures, ctx, &fails);
  std::vector<std::optional<TermValue>> values;
  for (const Assignment::Term& term : a.terms) {
    values.push_back(TermValueOf(term, captures, ctx, &fails));
    if (fails) return std::nullopt;
  }
  // Products and quotients into addends.
  std::vector<std::optional<TermValue>> addends{values[0]};
  for (size_t i = 0; i < a.ops.size(); ++i) {
    std::optional<TermValue>& left = addends.back();
    const std::optional<TermValue>& right = values[i + 1];
    if (a.ops[i] == '+') {
      addends.push_back(right);
      continue;
    }
    if (!left || !right || !left->is_number || !right->is_number) return std::nullopt;
    if (a.ops[i] == '/' && right->number == 0) return std::nullopt;
    left->number = a.ops[i] == '*' ? left->number * right->number : left->number / right->number;
  }
  double sum = 0;
  bool any = false;
  for (const auto& addend : addends) {
    if (!addend) continue;
    if (!addend->is_number) return std::nullopt;
    sum += addend->number;
    any = true;
  }
  if (!any) return std::nullopt;
  return FromNumber(sum);
}

int16_t AsInt(const TermValue& v) { return static_cast<int16_t>(std::lround(v.number)); }

// Parses "MM-DD", "MM-N-D" (the Nth ISO weekday D of month MM) or "E+N"
// (N days after Easter Sunday; N may be negative).
bool SetHoliday(const std::string& s, TemporalValue* t) {
  int month = 0, a = 0, b = 0;
  if (std::sscanf(s.c_str(), "E%d", &a) == 1) {
    t->days_after_easter = static_cast<int16_t>(a);
    return true;
  }
  if (std::sscanf(s.c_str(), "%d-%d-%d", &month, &a, &b) == 3) {
    t->month = static_cast<int16_t>(month);
    t->nth_weekday = static_cast<int16_t>(a);
    t->weekday = static_cast<int16_t>(b);
    return true;
  }
  if (std::sscanf(s.c_str(), "%d-%d", &month, &a) == 2) {
    t->month = static_cast<int16_t>(month);
    t->day = static_cast<int16_t>(a);
    return true;
  }
  return false;
}

bool SetDirection(const std::string& s, TemporalValue* t) {
  static const std::pair<const char*, Direction> kNames[] = {
      {"past", Direction::kPast},           {"future", Direction::kFuture},
      {"this", Direction::kThis},           {"prev_unit", Direction::kPreviousUnit},
      {"next_unit", Direction::kNextUnit},  {"context", Direction::kByContext}};
  for (const auto& [name, d] : kNames) {
    if (s == name) {
      t->direction = d;
      return true;
    }
  }
  return false;
}

bool SetRef(const std::string& s, TemporalValue* t) {
  if (s == "present") t->ref = RefKind::kPresent;
  else if (s == "past") t->ref = RefKind::kPast;
  else if (s == "future") t->ref = RefKind::kFuture;
  else return false;
  return true;
}

bool SetOffset(const std::string& s, TemporalValue* t) {
  if (s == "anchor") t->offset = OffsetBase::kAnchor;
  else if (s == "reference") t->offset = OffsetBase::kReference;
  else if (s == "event") t->offset = OffsetBase::kEvent;
  else if (s == "none") t->offset = OffsetBase::kNone;
  else return false;
  return true;
}

const char* QuantName(const std::string& s) {
  if (s == "every") return "EVERY";
  if (s == "each") return "EACH";
  return nullptr;
}

// Sets one field; false when the value does not fit the field.
bool SetField(const TermValue& v, const Assignment& a, const std::vector<Capture>& captures,
              const ActionContext& ctx, TemporalValue* t) {
  const auto set_int = [&](int16_t* slot) {
    if (!v.is_number) return false;
    *slot = AsInt(v);
    return true;
  };
  // Only the fields that read the text make it (TermValue).
  const auto text = [&] { return TextOf(v); };
  const auto lower = [&] {
    std::string l = TextOf(v);
    for (char& ch : l) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    return l;
  };
  switch (a.field_id) {
    case Field::kYear: return set_int(&t->year);
    case Field::kYy: return (t->two_digit_year = true, set_int(&t->year));
    case Field::kCentury: return set_int(&t->century);
    case Field::kDecade: return set_int(&t->decade);
    case Field::kHalf: return set_int(&t->half);
    case Field::kQuarter: return set_int(&t->quarter);
    case Field::kMonth: return set_int(&t->month);
    case Field::kWeek: return set_int(&t->week);
    case Field::kDay: return set_int(&t->day);
    case Field::kWeekday: return set_int(&t->weekday);
    case Field::kHour: return set_int(&t->hour);
    case Field::kMinute: return set_int(&t->minute);
    case Field::kSecond: return set_int(&t->second);
    case Field::kShift: return (t->has_shift = true, set_int(&t->shift));
    case Field::kFallback: return set_int(&t->fallback_shift);
    case Field::kLike: return (t->like_period_focus = lower() == "period");
    case Field::kDaysLater: return set_int(&t->days_later);
    case Field::kGran: return (t->coarsen_to = UnitGranularity(UnitFromName(lower()))) != Granularity::kUnspecified;
    case Field::kTense: {
      const std::string l = lower();
      t->tense_hint = l == "past"                ? -1
                      : l == "future"            ? 1
                      : l == "past_unless_future" ? TemporalValue::kPastUnlessFuture
                                                  : 0;
      return t->tense_hint != 0;
    }
    case Field::kTimes: return set_int(&t->times);
    case Field::kSign: return v.is_number && (t->sign = static_cast<int8_t>(v.number > 0 ? 1 : -1), true);
    case Field::kAmount:
      if (v.text == "X" || v.text == "x") return (t->vague = true, true);  // never a number's text
      return v.is_number && (t->amount = v.number, true);
    case Field::kSeason: return (t->season = SeasonFromCode(text())) != Season::kNone;
    case Field::kPod: return (t->part_of_day = PartOfDayFromCode(text())) != PartOfDay::kNone;
    case Field::kWeekend: return (t->weekend = true, true);
    case Field::kMeridiem: {
      const std::string l = lower();
      if (l.empty()) return false;
      t->meridiem = l[0] == 'p' ? 1 : l[0] == 'a' ? -1 : 0;
      return t->meridiem != 0;
    }
    case Field::kZone: return (t->zone = static_cast<int16_t>(ZoneIndex(text()))) >= 0;
    case Field::kHoliday: return SetHoliday(text(), t);
    case Field::kUnit: return (t->unit = UnitFromName(lower())) != Unit::kNone;
    case Field::kDir: return SetDirection(lower(), t);
    case Field::kFrom: {
      const std::string l = lower();
      t->from_reference = l == "reference";
      return l == "reference" || l == "anchor";
    }
    case Field::kOffset: return SetOffset(lower(), t);
    case Field::kMod: return (t->mod = ModFromName(text())) != Mod::kNone;
    case Field::kRef: return SetRef(lower(), t);
    case Field::kQuant: return (t->quant = QuantName(lower())) != nullptr;
    case Field::kRefspan: {
      const Capture& c = captures[a.terms[0].capture - 1];
      t->reference_begin = static_cast<int32_t>((*ctx.tokens)[c.first_token].begin);
      t->reference_end = static_cast<int32_t>((*ctx.tokens)[c.end_token - 1].end);
      return true;
    }
    case Field::kUnknown: break;
  }
  return false;
}

// Fields that take a number; a capture feeding one must be able to give one.
bool TakesNumber(Field f) {
  switch (f) {
    case Field::kYear: case Field::kYy: case Field::kCentury: case Field::kDecade: case Field::kHalf:
    case Field::kQuarter: case Field::kMonth: case Field::kWeek: case Field::kDay: case Field::kWeekday:
    case Field::kHour: case Field::kMinute: case Field::kSecond: case Field::kShift: case Field::kTimes:
    case Field::kSign: case Field::kFallback: case Field::kAmount:
      return true;
    default:
      return false;
  }
}

// Whether what an element matches can have a number: a class entry, a
// number token, an earlier match, or a group holding one. A literal or a
// lookaround has only its text, so "year=$5" pointing at "of" is a slip
// (captures count every element, literals and lookarounds included).
bool CanCarryNumber(const Element& e) {
  if (e.negative_lookahead || e.negative_lookbehind) return false;
  switch (e.type) {
    case ElementType::kClass:
    case ElementType::kNumber:
    case ElementType::kCategory: return true;
    case ElementType::kLiteral:
    case ElementType::kPredicate: return false;
    case ElementType::kGroup:
      for (const auto& alternative : e.alternatives) {
        for (const Element& inner : alternative) {
          if (CanCarryNumber(inner)) return true;
        }
      }
      return false;
  }
  return false;
}

}  // namespace

void ReadLiteralNumber(Assignment::Term* term) {
  const TermValue v = FromText(term->literal);
  term->number = v.number;
  term->is_number = v.is_number;
}

absl::Status CheckActionFields(const Rule& rule) {
  // The field ids, which the rule reader set from the names (FieldFromName),
  // rather than the names compared with each field's: this runs for every
  // assignment of every rule at start-up.
  for (const Assignment& a : rule.action.assignments) {
    if (a.field_id == Field::kUnknown) return absl::InvalidArgumentError(absl::StrCat("unknown field '", a.field, "'"));
    if (a.field_id == Field::kRefspan && (a.terms.size() != 1 || a.terms[0].capture == 0)) {
      return absl::InvalidArgumentError("refspan takes one capture");
    }
    if (!TakesNumber(a.field_id)) continue;
    for (const Assignment::Term& term : a.terms) {
      if (term.capture > 0 && !CanCarryNumber(rule.pattern[term.capture - 1])) {
        return absl::InvalidArgumentError(
            absl::StrCat(a.field, "=$", term.capture, " names an element without a number"));
      }
    }
  }
  return absl::OkStatus();
}

std::optional<TemporalValue> ApplyAction(const Rule& rule, const std::vector<Capture>& captures,
                                         const ActionContext& ctx) {
  TemporalValue value;
  bool first = true;
  for (int source : rule.action.sources) {
    const Capture& c = captures[source - 1];
    if (!c.matched()) continue;
    if (c.item == nullptr) return std::nullopt;
    if (first) {
      value = *c.item;
      first = false;
    } else if (!value.MergeFrom(*c.item)) {
      return std::nullopt;
    }
  }
  if (rule.action.kind != TemporalValue::Kind::kNone) value.kind = rule.action.kind;
  for (const Assignment& a : rule.action.assignments) {
    std::optional<TermValue> v = Evaluate(a, captures, ctx);
    if (!v) {
      // An optional element that did not match leaves its field unset.
      bool all_unmatched_captures = true;
      for (const auto& term : a.terms) {
        all_unmatched_captures = all_unmatched_captures && term.capture > 0 && !captures[term.capture - 1].matched();
      }
      if (all_unmatched_captures) continue;
      return std::nullopt;
    }
    if (!SetField(*v, a, captures, ctx, &value)) return std::nullopt;
  }
  if (value.kind == TemporalValue::Kind::kDate && value.HasTimeOfDay()) value.kind = TemporalValue::Kind::kTime;
  if (value.kind == TemporalValue::Kind::kNone) return std::nullopt;
  return value;
}

}  // namespace chronicle::temporal
