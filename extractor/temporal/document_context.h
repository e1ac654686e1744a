// How a document's context dates an expression that does not say its own
// day: headings and listings ("TUESDAY, SEPT. 23" over the lines under
// it), day labels ("Tomorrow: 10 a.m."), the day named earlier in a
// sentence or a story, ranges ("from Tuesday to Thursday"), and the tense
// cues of a clause. TemporalAnnotator::Annotate uses these while it walks a
// document; they are apart from it so that each stays small.
//
//   std::vector<int32_t> latest = LatestHeadings(sentences);
//   if (IsBareWeekday(match.value)) ...   // "Thursday", "TUESDAY, 9 a.m."

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_DOCUMENT_CONTEXT_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_DOCUMENT_CONTEXT_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extractor/temporal/annotator.h"
#include "extractor/temporal/calendar.h"
#include "extractor/temporal/chart_parser.h"
#include "extractor/temporal/resolver.h"
#include "extractor/temporal/temporal_value.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"

namespace chronicle::temporal::internal {

// For each sentence, the heading sentence that governs it: a heading
// followed only by list items up to this sentence; -1 for none.
std::vector<int32_t> GoverningHeadings(const std::vector<Sentence>& sentences);

// Whether the heading sentence `s` governs the sentence after it.
bool HeadsAListing(const std::vector<int32_t>& governing, size_t s);

// The latest heading at or before each sentence, or -1.
std::vector<int32_t> LatestHeadings(const std::vector<Sentence>& sentences);

// Whether match `m` is all of its sentence but closing punctuation: a
// heading that is only a day ("Tomorrow", "WEDNESDAY, NOV. 19:").
bool IsWholeSentence(const std::vector<Token>& tokens, const Sentence& sentence, const Match& m);

// Whether sentence `s` follows heading `h` with no blank line between: the
// block the heading stands over.
bool InHeadingBlock(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences, int32_t h, int32_t s);

// Whether the sentence holds nothing but times and punctuation from the
// match `m` that starts it: a heading such as "THURSDAY-FRIDAY" or "MONDAY,
// SEPT. 22".
bool OnlyTimesInSentence(const std::vector<Token>& tokens, const Sentence& sentence,
                         const std::vector<Match>& matches, size_t m_index);

// A day at the start of a line with a colon after it: "Tomorrow: 10 a.m.",
// also after whose day it is: "TRUMP'S THURSDAY: The president will ...".
bool LabelsItsLine(std::string_view text, const std::vector<Token>& tokens, const Match& m);

// Whether "will", "'ll" or "shall" stands in [first, end), or a plain plan
// with "to" ("is expected to join Thursday's meeting", "plans to attend").
bool WillBefore(std::string_view text, const std::vector<Token>& tokens, int32_t first, int32_t end);

// "would call Putin after Monday's meetings", "resign before Friday's
// vote": a day that times the clause's own event through a preposition of
// order takes the clause's tense, "would" included.
bool AfterOrderPreposition(std::string_view text, const std::vector<Token>& tokens, int32_t first);

// Whether "since" stands at most four words before token `first`, with no
// punctuation or verb of its own between ("since a video call in").
bool SinceShortlyBefore(std::string_view text, const std::vector<Token>& tokens, int32_t floor, int32_t first);

// A weekday named with no date, week or shift: "Thursday", "TUESDAY, 9 a.m.".
bool IsBareWeekday(const TemporalValue& v);

// A day of a month named without a year: "June 15", "Dec. 3".
bool IsYearlessDay(const TemporalValue& v);

// Days that can bound a range whose end comes after its start: two weekdays
// ("from Tuesday to Thursday") or two yearless dates ("June 15 to July 2",
// "Nov. 28 through Dec. 3", which crosses no year boundary by going back).
bool AreRangeBounds(const TemporalValue& start, const TemporalValue& end);

// For a day that ends a range ("from Tuesday to Thursday", "Monday through
// Wednesday", "June 15 to July 2"), the day that starts it.
std::optional<Focus> RangeStartBefore(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<ResolvedExpression>& out, int first_index, const Match& m);

// The day an offset from an event counts from: a day resolved in its
// sentence that ends at most two tokens before it ("on Monday, a week after
// the summit").
std::optional<Focus> DayJustBefore(const std::vector<ResolvedExpression>& out, int first_index, const Match& m,
                                   int32_t sentence);

// Whether the expression is a time that a figure is compared with: "rose
// 120 points from Monday", "since Friday", "than Thursday".
bool IsComparisonDay(std::string_view text, const std::vector<Token>& tokens, const ResolvedExpression& e);

// The day of the last expression before, in the same sentence, that names
// one (a day, or a time of day on one). A day that a figure is compared
// with ("rose 120 points from Monday ... at 10 a.m.") is not the clause's,
// unless the time is its own ("from Thursday's 5 p.m. quotes").
std::optional<Focus> DayEarlierInSentence(std::string_view text, const std::vector<Token>& tokens,
                                          const std::vector<ResolvedExpression>& out, int first_index,
                                          const Match& time);

// The day the story named last, at most a few sentences before `sentence`,
// of those on the side of the publication date that `tense` gives: a clock
// time of a clause that looks ahead takes a coming day, one of a past
// clause a past day; with no tense, none.
std::optional<Focus> DayOfStoryBefore(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<ResolvedExpression>& out, int first_index, int32_t sentence,
                                      Tense tense, Days anchor_day);

// The period that a later "a year earlier" compares with: the last quarter,
// half or month named. A stretch of several months ("the nine months", "the
// first nine months") ends it: a comparison after that is with the year
// before. A year does not: "it reported last year" after "third-quarter
// earnings" still speaks of the quarter.
void UpdatePeriodFocus(const ResolvedExpression& e, int index, DocumentState* state);

}  // namespace chronicle::temporal::internal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_DOCUMENT_CONTEXT_H_
