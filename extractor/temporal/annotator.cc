#include "extractor/temporal/annotator.h"

#include <cstdlib>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "extractor/temporal/actions.h"
#include "extractor/temporal/temporal_data.h"
#include "extractor/temporal/zones.h"

namespace chronicle::temporal {
namespace {

constexpr std::string_view kRulesFile = "grammar.rules";

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// For each sentence, the heading sentence that governs it: a heading
// followed only by list items up to this sentence; -1 for none.
std::vector<int32_t> GoverningHeadings(const std::vector<Sentence>& sentences) {
  std::vector<int32_t> heading(sentences.size(), -1);
  int32_t current = -1;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].heading) {
      current = static_cast<int32_t>(i);
    } else if (!sentences[i].list_item) {
      current = -1;
    } else {
      heading[i] = current;
    }
  }
  return heading;
}

// Whether the heading sentence `s` governs the sentence after it.
bool HeadsAListing(const std::vector<int32_t>& governing, size_t s) {
  return s + 1 < governing.size() && governing[s + 1] == static_cast<int32_t>(s);
}

// The latest heading at or before each sentence, or -1.
std::vector<int32_t> LatestHeadings(const std::vector<Sentence>& sentences) {
  std::vector<int32_t> latest(sentences.size(), -1);
  int32_t current = -1;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].heading) current = static_cast<int32_t>(i);
    latest[i] = current;
  }
  return latest;
}

// Whether match `m` is all of its sentence but closing punctuation: a
// heading that is only a day ("Tomorrow", "WEDNESDAY, NOV. 19:").
bool IsWholeSentence(const std::vector<Token>& tokens, const Sentence& sentence, const Match& m) {
  int32_t end = static_cast<int32_t>(sentence.end_token);
  while (end > m.end_token && tokens[end - 1].kind == TokenKind::kPunct) --end;
  return m.first_token == static_cast<int32_t>(sentence.first_token) && m.end_token == end;
}

// Whether sentence `s` follows heading `h` with no blank line between: the
// block the heading stands over.
bool InHeadingBlock(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences, int32_t h, int32_t s) {
  for (int32_t k = h + 1; k <= s; ++k) {
    if (tokens[sentences[k].first_token].has(kParagraphStart)) return false;
  }
  return true;
}

// Whether the sentence holds nothing but times and punctuation from the
// match `m` that starts it: a heading such as "THURSDAY-FRIDAY" or "MONDAY,
// SEPT. 22".
bool OnlyTimesInSentence(const std::vector<Token>& tokens, const Sentence& sentence,
                         const std::vector<Match>& matches, size_t m_index) {
  if (matches[m_index].first_token != static_cast<int32_t>(sentence.first_token)) return false;
  int32_t covered = matches[m_index].end_token;
  for (size_t k = m_index + 1; k < matches.size() && matches[k].first_token < static_cast<int32_t>(sentence.end_token);
       ++k) {
    for (int32_t i = covered; i < matches[k].first_token; ++i) {
      if (tokens[i].kind != TokenKind::kPunct) return false;
    }
    covered = std::max(covered, matches[k].end_token);
  }
  for (int32_t i = covered; i < static_cast<int32_t>(sentence.end_token); ++i) {
    if (tokens[i].kind != TokenKind::kPunct) return false;
  }
  return true;
}

// A day at the start of a line with a colon after it: "Tomorrow: 10 a.m.",
// also after whose day it is: "TRUMP'S THURSDAY: The president will ...".
bool LabelsItsLine(std::string_view text, const std::vector<Token>& tokens, const Match& m) {
  const size_t after = static_cast<size_t>(m.end_token);
  if (after >= tokens.size() || tokens[after].kind != TokenKind::kPunct || tokens[after].punct != ':') return false;
  const int32_t first = m.first_token;
  if (tokens[first].has(kLineStart)) return true;
  // "- Tuesday: Witkoff meets ...": a bulleted label.
  if (first >= 1 && tokens[first - 1].has(kLineStart) && tokens[first - 1].kind == TokenKind::kPunct &&
      (tokens[first - 1].punct == '-' || tokens[first - 1].punct == '*')) {
    return true;
  }
  char buffer[4];
  return first >= 3 && tokens[first - 3].has(kLineStart) && tokens[first - 3].has(kCapitalized) &&
         tokens[first - 2].punct == '\'' && LowerAscii(tokens[first - 1].text(text), buffer, sizeof buffer) == "s";
}

// Whether "will", "'ll" or "shall" stands in [first, end), or a plain plan
// with "to" ("is expected to join Thursday's meeting", "plans to attend").
bool WillBefore(std::string_view text, const std::vector<Token>& tokens, int32_t first, int32_t end) {
  static constexpr std::string_view kBeforeTo[] = {"expected", "plans", "plan", "planning", "set",
                                                   "scheduled", "going", "intends", "poised", "slated"};
  for (int32_t i = first; i < end; ++i) {
    char buffer[12];
    const std::string_view w = LowerAscii(tokens[i].text(text), buffer, sizeof buffer);
    if (w == "will" || w == "shall" || (w == "ll" && i > 0 && tokens[i - 1].punct == '\'')) return true;
    if (i + 1 < end && tokens[i + 1].text(text) == "to") {
      for (std::string_view k : kBeforeTo) {
        if (w == k) return true;
      }
    }
  }
  return false;
}

// "would call Putin after Monday's meetings", "resign before Friday's
// vote": a day that times the clause's own event through a preposition of
// order takes the clause's tense, "would" included.
bool AfterOrderPreposition(std::string_view text, const std::vector<Token>& tokens, int32_t first) {
  if (first == 0) return false;
  char buffer[8];
  const std::string_view w = LowerAscii(tokens[first - 1].text(text), buffer, sizeof buffer);
  return w == "after" || w == "before" || w == "until";
}

// Whether "since" stands at most four words before token `first`, with no
// punctuation or verb of its own between ("since a video call in").
bool SinceShortlyBefore(std::string_view text, const std::vector<Token>& tokens, int32_t floor, int32_t first) {
  for (int32_t i = first - 1; i >= floor && first - i <= 5; --i) {
    if (tokens[i].kind == TokenKind::kPunct) return false;
    char buffer[8];
    const std::string_view w = LowerAscii(tokens[i].text(text), buffer, sizeof buffer);
    if (w == "since") return i < first - 1;  // "since March" is the grammar's
    if (w == "was" || w == "were" || w == "is" || w == "are" || w == "will" || w == "when") return false;
  }
  return false;
}

// A weekday named with no date, week or shift: "Thursday", "TUESDAY, 9 a.m.".
bool IsBareWeekday(const TemporalValue& v) {
  return TemporalValue::Set(v.weekday) && !TemporalValue::Set(v.day) && !TemporalValue::Set(v.month) &&
         !TemporalValue::Set(v.year) && !TemporalValue::Set(v.week) && !v.has_shift &&
         v.offset == OffsetBase::kNone;
}

// A day of a month named without a year: "June 15", "Dec. 3".
bool IsYearlessDay(const TemporalValue& v) {
  return TemporalValue::Set(v.month) && TemporalValue::Set(v.day) && !TemporalValue::Set(v.year) && !v.has_shift &&
         v.offset == OffsetBase::kNone;
}

// Days that can bound a range whose end comes after its start: two weekdays
// ("from Tuesday to Thursday") or two yearless dates ("June 15 to July 2",
// "Nov. 28 through Dec. 3", which crosses no year boundary by going back).
bool AreRangeBounds(const TemporalValue& start, const TemporalValue& end) {
  return (IsBareWeekday(start) && IsBareWeekday(end)) || (IsYearlessDay(start) && IsYearlessDay(end));
}

// For a day that ends a range ("from Tuesday to Thursday", "Monday through
// Wednesday", "June 15 to July 2"), the day that starts it.
std::optional<Focus> RangeStartBefore(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<ResolvedExpression>& out, int first_index, const Match& m) {
  if (out.empty()) return std::nullopt;
  const ResolvedExpression& start = out.back();
  if (start.end_token + 1 != m.first_token || !AreRangeBounds(start.value, m.value) || !start.resolution.period ||
      start.resolution.granularity < Granularity::kDay) {
    return std::nullopt;
  }
  char buffer[8];
  const std::string_view w = LowerAscii(tokens[start.end_token].text(text), buffer, sizeof buffer);
  if (w != "to" && w != "through" && w != "until" && w != "till" && tokens[start.end_token].punct != '-') {
    return std::nullopt;
  }
  return Focus{start.resolution.period->Containing(Granularity::kDay), first_index + static_cast<int>(out.size()) - 1};
}

// The day an offset from an event counts from: a day resolved in its
// sentence that ends at most two tokens before it ("on Monday, a week after
// the summit").
std::optional<Focus> DayJustBefore(const std::vector<ResolvedExpression>& out, int first_index, const Match& m,
                                   int32_t sentence) {
  if (out.empty()) return std::nullopt;
  const ResolvedExpression& day = out.back();
  if (day.sentence != sentence || m.first_token - day.end_token > 2 || !day.resolution.period ||
      day.resolution.granularity != Granularity::kDay) {
    return std::nullopt;
  }
  return Focus{*day.resolution.period, first_index + static_cast<int>(out.size()) - 1};
}

// Whether the expression is a time that a figure is compared with: "rose
// 120 points from Monday", "since Friday", "than Thursday".
bool IsComparisonDay(std::string_view text, const std::vector<Token>& tokens, const ResolvedExpression& e) {
  if (e.first_token == 0) return false;
  char buffer[8];
  const std::string_view before = LowerAscii(tokens[e.first_token - 1].text(text), buffer, sizeof buffer);
  return before == "from" || before == "since" || before == "than";
}

// The day of the last expression before, in the same sentence, that names
// one (a day, or a time of day on one). A day that a figure is compared
// with ("rose 120 points from Monday ... at 10 a.m.") is not the clause's,
// unless the time is its own ("from Thursday's 5 p.m. quotes").
std::optional<Focus> DayEarlierInSentence(std::string_view text, const std::vector<Token>& tokens,
                                          const std::vector<ResolvedExpression>& out, int first_index,
                                          const Match& time) {
  const int32_t sentence = out.empty() ? -1 : out.back().sentence;
  for (size_t i = out.size(); i-- > 0;) {
    const ResolvedExpression& e = out[i];
    if (e.sentence != sentence) break;
    const bool owns_time = time.first_token - e.end_token <= 2;
    if (!owns_time && IsComparisonDay(text, tokens, e)) continue;
    if (e.resolution.period && e.resolution.granularity >= Granularity::kDay) {
      return Focus{e.resolution.period->Containing(Granularity::kDay), first_index + static_cast<int>(i)};
    }
  }
  return std::nullopt;
}

// The day the story named last, at most a few sentences before `sentence`,
// of those on the side of the publication date that `tense` gives: a clock
// time of a clause that looks ahead takes a coming day, one of a past
// clause a past day; with no tense, none.
std::optional<Focus> DayOfStoryBefore(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<ResolvedExpression>& out, int first_index, int32_t sentence,
                                      Tense tense, Days anchor_day) {
  constexpr int32_t kSentencesBack = 6;
  if (tense != Tense::kPast && tense != Tense::kFuture) return std::nullopt;
  for (size_t i = out.size(); i-- > 0;) {
    const ResolvedExpression& e = out[i];
    if (e.sentence < sentence - kSentencesBack) break;
    if (!e.resolution.period || e.resolution.granularity < Granularity::kDay || IsComparisonDay(text, tokens, e)) {
      continue;
    }
    const Days day = e.resolution.period->first_day();
    // A day on the other side of today is another clause's ("spoke to Trump
    // the previous evening" between "will chair a call on Wednesday" and
    // "the call will start at 2pm"): the one before it may still agree.
    const bool agrees = tense == Tense::kFuture ? day > anchor_day : day < anchor_day;
    if (!agrees) continue;
    return Focus{e.resolution.period->Containing(Granularity::kDay), first_index + static_cast<int>(i)};
  }
  return std::nullopt;
}

// The period that a later "a year earlier" compares with: the last quarter,
// half or month named. A stretch of several months ("the nine months", "the
// first nine months") ends it: a comparison after that is with the year
// before. A year does not: "it reported last year" after "third-quarter
// earnings" still speaks of the quarter.
void UpdatePeriodFocus(const ResolvedExpression& e, int index, DocumentState* state) {
  const Resolution& r = e.resolution;
  if (r.period) {
    const Granularity g = r.period->granularity();
    if (g == Granularity::kHalfYear || g == Granularity::kQuarter || g == Granularity::kMonth) {
      state->period_focus = Focus{*r.period, index};
    }
    return;
  }
  const TemporalValue& v = e.value;
  if (r.type == TimexType::kDuration && !v.vague && v.amount > 1 &&
      (v.unit == Unit::kMonth || v.unit == Unit::kQuarter)) {
    state->period_focus.reset();
  }
}

}  // namespace

chronicle::TimeExpression::Type ProtoType(TimexType t) {
  switch (t) {
    case TimexType::kDate: return chronicle::TimeExpression::DATE;
    case TimexType::kTime: return chronicle::TimeExpression::TIME;
    case TimexType::kDuration: return chronicle::TimeExpression::DURATION;
    case TimexType::kSet: return chronicle::TimeExpression::SET;
  }
  return chronicle::TimeExpression::TYPE_UNSPECIFIED;
}

chronicle::AnchorKind ProtoAnchor(AnchorUse a) {
  switch (a) {
    case AnchorUse::kNone: return chronicle::ANCHOR_NONE;
    case AnchorUse::kPublication: return chronicle::ANCHOR_PUBLICATION_DATE;
    case AnchorUse::kExpression: return chronicle::ANCHOR_EARLIER_EXPRESSION;
    case AnchorUse::kEvent: return chronicle::ANCHOR_EVENT;
  }
  return chronicle::ANCHOR_KIND_UNSPECIFIED;
}

bool YearInferred(const ResolvedExpression& e) {
  const TemporalValue& v = e.value;
  if (v.kind != TemporalValue::Kind::kDate && v.kind != TemporalValue::Kind::kTime) return false;
  if (e.resolution.anchor != AnchorUse::kPublication) return false;
  if (TemporalValue::Set(v.year) || TemporalValue::Set(v.decade) || TemporalValue::Set(v.century)) return false;
  if (v.has_shift || v.offset != OffsetBase::kNone) return false;
  return TemporalValue::Set(v.month) || v.season != Season::kNone;
}

TemporalAnnotator::TemporalAnnotator(std::unique_ptr<Grammar> grammar)
    : grammar_(std::move(grammar)), parser_(grammar_.get()), tense_(grammar_.get()) {}

absl::StatusOr<std::unique_ptr<TemporalAnnotator>> TemporalAnnotator::Create() {
  std::vector<std::pair<std::string_view, std::string_view>> lexicon_files;
  for (std::string_view name : temporal_data::Files()) {
    if (EndsWith(name, ".tsv")) lexicon_files.emplace_back(name, temporal_data::File(name));
  }
  absl::StatusOr<std::unique_ptr<Grammar>> grammar = Grammar::Compile(
      lexicon_files, kRulesFile, temporal_data::File(kRulesFile), temporal_data::File("triggers.list"));
  if (!grammar.ok()) return grammar.status();
  for (const Rule& rule : (*grammar)->rules()) {
    const absl::Status s = CheckActionFields(rule);
    if (!s.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(std::string(kRulesFile), ":", rule.line, ": ", std::string(s.message())));
    }
  }
  return std::unique_ptr<TemporalAnnotator>(new TemporalAnnotator(std::move(*grammar)));
}

const TemporalAnnotator& TemporalAnnotator::Default() {
  static const TemporalAnnotator* annotator = [] {
    absl::StatusOr<std::unique_ptr<TemporalAnnotator>> a = Create();
    if (!a.ok()) {
      std::cerr << "chronicle: the built-in temporal grammar does not compile: " << a.status().message() << "\n";
      std::abort();
    }
    return a->release();
  }();
  return *annotator;
}

std::vector<ResolvedExpression> TemporalAnnotator::Annotate(std::string_view text, const std::vector<Token>& tokens,
                                                            const std::vector<Sentence>& sentences,
                                                            const Anchor& anchor, DocumentState* state) const {
  DocumentState local;
  if (state == nullptr) state = &local;
  const std::vector<int32_t> word_ids = parser_.WordIds(text, tokens);
  const std::vector<Match> matches = parser_.Parse(text, tokens, word_ids);
  const std::vector<int32_t> governing = GoverningHeadings(sentences);
  const std::vector<int32_t> latest_heading = LatestHeadings(sentences);
  std::vector<std::optional<Focus>> heading_dates(sentences.size());
  // Headings that are only a day: they govern the plain lines under them
  // too, up to the next heading.
  std::vector<bool> day_heading(sentences.size(), false);
  // "Tomorrow: 10 a.m. — ...": a day that labels its line.
  std::optional<Focus> line_label;
  // The first token of the line after the label's: the label governs every
  // sentence that starts before it, its own included ("TRUMP'S THURSDAY:
  // ... at 11 a.m. He will meet ... at 2 p.m.").
  int32_t label_line_end = 0;
  const auto on_labelled_line = [&](size_t sentence_index) {
    return sentences.empty() || static_cast<int32_t>(sentences[sentence_index].first_token) < label_line_end;
  };
  std::vector<ResolvedExpression> out;
  out.reserve(matches.size());  // expressions are large: no copies on growth
  size_t s = 0;
  for (const Match& m : matches) {
    while (s + 1 < sentences.size() && sentences[s + 1].first_token <= static_cast<uint32_t>(m.first_token)) ++s;
    const Sentence& sentence = sentences.empty() ? Sentence{} : sentences[s];
    ResolvedExpression e;
    e.begin = m.begin;
    e.end = m.end;
    e.first_token = m.first_token;
    e.end_token = m.end_token;
    e.sentence = static_cast<int32_t>(s);
    e.rule = m.rule;
    e.value = m.value;
    e.tense = sentences.empty() ? Tense::kUnknown
                                : tense_.Detect(text, tokens, word_ids, sentence.first_token, sentence.end_token,
                                                m.first_token, m.end_token);
    if (m.value.tense_hint == TemporalValue::kPastUnlessFuture) {
      // Only a plain future looks ahead: "said they would get around
      // Wednesday's ruling" still speaks of a past day.
      const bool ahead = !sentences.empty() && (WillBefore(text, tokens, sentence.first_token, m.first_token) ||
                                                (AfterOrderPreposition(text, tokens, m.first_token) &&
                                                 e.tense == Tense::kFuture));
      e.tense = ahead ? Tense::kFuture : Tense::kPast;
    } else if (m.value.tense_hint != 0) {
      e.tense = m.value.tense_hint < 0 ? Tense::kPast : Tense::kFuture;
    }
    // A day heading over listed lines ("TUESDAY" over "10 a.m. — ...") heads
    // a schedule: with no tense of its own it looks ahead.
    if (e.tense == Tense::kUnknown && !sentences.empty() && sentence.heading && HeadsAListing(governing, s)) {
      e.tense = Tense::kFuture;
    }
    ResolveContext ctx;
    ctx.anchor = &anchor;
    ctx.tense = e.tense;
    ctx.focus = state->focus;
    ctx.period_focus = state->period_focus;
    if (!sentences.empty() && governing[s] >= 0) ctx.heading = heading_dates[governing[s]];
    if (!ctx.heading && line_label && on_labelled_line(s)) ctx.heading = line_label;
    // "Tomorrow" alone on its line, then "Rubio meets Jaishankar at the
    // State Department at 10 a.m.": a schedule, though not a bulleted one.
    if (!ctx.heading && !sentences.empty()) {
      const int32_t h = latest_heading[s];
      if (h >= 0 && h != static_cast<int32_t>(s) && day_heading[h]) ctx.heading = heading_dates[h];
    }
    if (m.value.offset == OffsetBase::kEvent) {
      ctx.clause_day = DayJustBefore(out, state->expressions_so_far, m, e.sentence);
    }
    if (!ctx.heading && !out.empty() && out.back().sentence == e.sentence) {
      ctx.sentence_day = DayEarlierInSentence(text, tokens, out, state->expressions_so_far, m);
    }
    if (!ctx.heading && !ctx.sentence_day) {
      ctx.story_day = DayOfStoryBefore(text, tokens, out, state->expressions_so_far, e.sentence, e.tense, anchor.day);
    }
    // The match's value, copied only where the context changes it.
    std::optional<TemporalValue> adjusted;
    const auto adjust = [&]() -> TemporalValue& {
      if (!adjusted) adjusted = m.value;
      return *adjusted;
    };
    if (m.value.tense_hint == TemporalValue::kPastUnlessFuture) {
      adjust().tense_hint = e.tense == Tense::kFuture ? 1 : -1;
    }
    // "have not spoken since a video call in September", "since shortly
    // after the Oct. 23 slaying": what a time counts from has begun, as in
    // "since March" (a grammar rule), a few words further on.
    if (m.value.tense_hint == 0 && SinceShortlyBefore(text, tokens, sentence.first_token, m.first_token)) {
      adjust().tense_hint = -1;
      e.tense = Tense::kPast;
      ctx.tense = Tense::kPast;
    }
    // "MONDAY: ..." then "THURSDAY: ...": the days of a schedule follow one
    // another, so a later day label is the first such day after the last,
    // and "through Friday" on Thursday's line is the day after it; "from
    // Tuesday to Thursday": the end of a range comes after its start.
    const bool labels_line = LabelsItsLine(text, tokens, m);
    std::optional<Focus> count_from;
    // Likewise a weekday heading ("TUESDAY, SEPT. 23" ... "WEDNESDAY") is
    // the first such day after the day heading before it.
    std::optional<Focus> previous_heading_day;
    if (!sentences.empty() && sentence.heading && IsBareWeekday(m.value) &&
        static_cast<uint32_t>(m.first_token) == sentence.first_token) {
      for (int32_t h = static_cast<int32_t>(s) - 1; h >= 0 && !previous_heading_day; --h) {
        if (sentences[h].heading && day_heading[h]) previous_heading_day = heading_dates[h];
      }
    }
    if (line_label && (labels_line || on_labelled_line(s)) && IsBareWeekday(m.value)) {
      count_from = line_label;
      if (labels_line) ctx.tense = Tense::kFuture;
    } else if (previous_heading_day) {
      count_from = previous_heading_day;
      ctx.tense = Tense::kFuture;
    } else if (const int32_t h = sentences.empty() ? -1 : latest_heading[s];
               h >= 0 && h != static_cast<int32_t>(s) && day_heading[h] && heading_dates[h] &&
               IsBareWeekday(m.value) && InHeadingBlock(tokens, sentences, h, static_cast<int32_t>(s))) {
      // "THURSDAY-FRIDAY" over "Erdogan visits the White House on
      // Thursday": a weekday under a day heading is the one nearest it.
      count_from = heading_dates[h];
      ctx.tense = Tense::kUnknown;
    } else if (std::optional<Focus> start = RangeStartBefore(text, tokens, out, state->expressions_so_far, m)) {
      count_from = start;
      ctx.tense = Tense::kFuture;
    }
    if (count_from) {
      adjust().from_reference = true;
      ctx.focus = count_from;
    }
    std::optional<Resolution> r = Resolve(adjusted ? *adjusted : m.value, ctx);
    if (!r) continue;
    e.resolution = std::move(*r);
    const int index = state->expressions_so_far + static_cast<int>(out.size());
    if (labels_line && e.resolution.period && e.resolution.granularity >= Granularity::kDay) {
      line_label = Focus{e.resolution.period->Containing(Granularity::kDay), index};
      label_line_end = m.end_token;
      while (label_line_end < static_cast<int32_t>(tokens.size()) && !tokens[label_line_end].has(kLineStart)) {
        ++label_line_end;
      }
    }
    // A time reached from the focus ("a year earlier") does not move it,
    // unless it is a day of a narrative ("the next day").
    const bool moves_focus = e.resolution.anchor != AnchorUse::kExpression ||
                             e.resolution.granularity >= Granularity::kDay;
    if (moves_focus) UpdatePeriodFocus(e, index, state);
    if (e.resolution.period && e.resolution.period->granularity() >= Granularity::kYear && moves_focus) {
      state->focus = Focus{*e.resolution.period, index};
      // The day of a heading governs the times listed under it, also when
      // the heading ran into the first of them ("MONDAY" then "9 a.m. —").
      if (!sentences.empty() && sentence.heading && !heading_dates[s] &&
          e.resolution.period->granularity() >= Granularity::kDay) {
        heading_dates[s] = Focus{e.resolution.period->Containing(Granularity::kDay), index};
        day_heading[s] = IsWholeSentence(tokens, sentence, m) ||
                         OnlyTimesInSentence(tokens, sentence, matches, static_cast<size_t>(&m - matches.data()));
      }
    }
    out.push_back(std::move(e));
  }
  state->expressions_so_far += static_cast<int>(out.size());
  return out;
}

chronicle::TimeExpression TemporalAnnotator::ToProto(std::string_view text, const ResolvedExpression& e) const {
  chronicle::TimeExpression t;
  const Resolution& r = e.resolution;
  t.set_begin(static_cast<int32_t>(e.begin));
  t.set_end(static_cast<int32_t>(e.end));
  t.set_text(std::string(text.substr(e.begin, e.end - e.begin)));
  t.set_type(ProtoType(r.type));
  t.set_value(r.value);
  t.set_mod(ModName(r.mod));
  t.set_quant(r.quant);
  t.set_freq(r.freq);
  t.set_granularity(static_cast<chronicle::Granularity>(r.granularity));
  t.set_anchor(ProtoAnchor(r.anchor));
  if (r.anchor_index >= 0) t.set_anchor_index(r.anchor_index);
  t.set_evidence(r.evidence.empty() ? "" : r.evidence);
  t.set_sentence_index(e.sentence);
  t.set_year_inferred(YearInferred(e));
  if (e.rule >= 0) t.set_rule(grammar_->rules()[e.rule].id);
  if (r.period) {
    chronicle::Interval* interval = t.mutable_interval();
    interval->set_begin(FormatLocal(r.period->Begin()));
    interval->set_end(FormatLocal(r.period->End()));
    if (r.zone >= 0) {
      interval->set_time_zone(ZoneName(r.zone));
      if (auto utc = ToUtc(r.zone, r.period->Begin())) interval->set_utc_begin(FormatUtc(*utc));
    }
  }
  for (const Resolution::Alternative& a : r.alternatives) {
    chronicle::Reading* reading = t.add_alternatives();
    reading->set_value(a.value);
    reading->set_type(t.type());
    reading->set_reason(a.reason);
  }
  if (r.relation) {
    chronicle::TemporalRelation* rel = t.mutable_relation();
    rel->set_offset(r.relation->offset);
    rel->set_direction(r.relation->direction > 0 ? chronicle::TemporalRelation::AFTER
                                                 : chronicle::TemporalRelation::BEFORE);
    if (e.value.reference_begin >= 0) {
      rel->set_reference_text(std::string(
          text.substr(e.value.reference_begin, e.value.reference_end - e.value.reference_begin)));
    }
    rel->set_reference_value(r.relation->reference_value);
    rel->set_reference_mod(r.relation->reference_mod);
    rel->set_reference_anchor(ProtoAnchor(r.relation->reference_anchor));
  }
  return t;
}

std::vector<chronicle::TimeExpression> TemporalAnnotator::AnnotateText(std::string_view text,
                                                                       const Anchor& anchor) const {
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  std::vector<chronicle::TimeExpression> out;
  for (const ResolvedExpression& e : Annotate(text, tokens, sentences, anchor)) out.push_back(ToProto(text, e));
  return out;
}

}  // namespace chronicle::temporal
