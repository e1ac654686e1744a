#include "extractor/temporal/document_context.h"

#include <algorithm>

namespace chronicle::temporal::internal {

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

bool HeadsAListing(const std::vector<int32_t>& governing, size_t s) {
  return s + 1 < governing.size() && governing[s + 1] == static_cast<int32_t>(s);
}

std::vector<int32_t> LatestHeadings(const std::vector<Sentence>& sentences) {
  std::vector<int32_t> latest(sentences.size(), -1);
  int32_t current = -1;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].heading) current = static_cast<int32_t>(i);
    latest[i] = current;
  }
  return latest;
}

bool IsWholeSentence(const std::vector<Token>& tokens, const Sentence& sentence, const Match& m) {
  int32_t end = static_cast<int32_t>(sentence.end_token);
  while (end > m.end_token && tokens[end - 1].kind == TokenKind::kPunct) --end;
  return m.first_token == static_cast<int32_t>(sentence.first_token) && m.end_token == end;
}

bool InHeadingBlock(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences, int32_t h, int32_t s) {
  for (int32_t k = h + 1; k <= s; ++k) {
    if (tokens[sentences[k].first_token].has(kParagraphStart)) return false;
  }
  return true;
}

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

bool AfterOrderPreposition(std::string_view text, const std::vector<Token>& tokens, int32_t first) {
  if (first == 0) return false;
  char buffer[8];
  const std::string_view w = LowerAscii(tokens[first - 1].text(text), buffer, sizeof buffer);
  return w == "after" || w == "before" || w == "until";
}

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

bool IsBareWeekday(const TemporalValue& v) {
  return TemporalValue::Set(v.weekday) && !TemporalValue::Set(v.day) && !TemporalValue::Set(v.month) &&
         !TemporalValue::Set(v.year) && !TemporalValue::Set(v.week) && !v.has_shift &&
         v.offset == OffsetBase::kNone;
}

bool IsYearlessDay(const TemporalValue& v) {
  return TemporalValue::Set(v.month) && TemporalValue::Set(v.day) && !TemporalValue::Set(v.year) && !v.has_shift &&
         v.offset == OffsetBase::kNone;
}

bool AreRangeBounds(const TemporalValue& start, const TemporalValue& end) {
  return (IsBareWeekday(start) && IsBareWeekday(end)) || (IsYearlessDay(start) && IsYearlessDay(end));
}

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

bool IsComparisonDay(std::string_view text, const std::vector<Token>& tokens, const ResolvedExpression& e) {
  if (e.first_token == 0) return false;
  char buffer[8];
  const std::string_view before = LowerAscii(tokens[e.first_token - 1].text(text), buffer, sizeof buffer);
  return before == "from" || before == "since" || before == "than";
}

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

}  // namespace chronicle::temporal::internal
