#include "extractor/temporal/annotator.h"

#include <cstdlib>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "extractor/temporal/actions.h"
#include "extractor/temporal/document_context.h"
#include "extractor/temporal/temporal_data.h"
#include "extractor/temporal/zones.h"

namespace chronicle::temporal {
namespace {

using internal::GoverningHeadings;
using internal::HeadsAListing;
using internal::LatestHeadings;
using internal::IsWholeSentence;
using internal::InHeadingBlock;
using internal::OnlyTimesInSentence;
using internal::LabelsItsLine;
using internal::WillBefore;
using internal::AfterOrderPreposition;
using internal::SinceShortlyBefore;
using internal::IsBareWeekday;
using internal::RangeStartBefore;
using internal::DayJustBefore;
using internal::DayEarlierInSentence;
using internal::DayOfStoryBefore;
using internal::UpdatePeriodFocus;

constexpr std::string_view kRulesFile = "grammar.rules";

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
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
    // Only a clock time or part of day without a day of its own asks for
    // these (ResolveCalendar); most expressions are not one.
    const bool may_need_day = !ctx.heading && m.value.HasTimeOfDay();
    if (may_need_day && !out.empty() && out.back().sentence == e.sentence) {
      ctx.sentence_day = DayEarlierInSentence(text, tokens, out, state->expressions_so_far, m);
    }
    if (may_need_day && !ctx.sentence_day) {
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
