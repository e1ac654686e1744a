// Decides whether an event mention tells of something that happened, is
// scheduled, is only proposed, or was called off, from cue words around its
// trigger (data/cues.tsv), the tense of the trigger and its clause, and the
// time the mention gives.
//
//   "Trump and Putin were supposed to meet"      -> CANCELLED ("supposed to")
//   "he hopes for a follow-up meeting"           -> PROPOSED  ("hopes")
//   "the leaders will meet in Alaska on Friday"  -> SCHEDULED ("will")
//   "Putin spoke with Kim on Tuesday evening"    -> OCCURRED  (past verb)
//
// Cues win over tense in the order cancelled, proposed, scheduled; a cue
// counts only inside the clause of the trigger.

#ifndef CHRONICLE_EXTRACTOR_EVENTS_STATUS_H_
#define CHRONICLE_EXTRACTOR_EVENTS_STATUS_H_

#include <cstdint>

#include "extractor/events/analysis.h"
#include "extractor/events/lexicon.h"
#include "proto/timeline.pb.h"

namespace chronicle::events {

struct StatusDecision {
  Event::Status status = Event::OCCURRED;
  bool from_cue = false;
};

// `time` is the index of the mention's time expression, or -1;
// [trigger_first, trigger_end) may extend over the parties named after the
// event word, so that a verb after them tells the tense.
StatusDecision DecideStatus(const Analysis& a, const EventLexicon& lexicon, int32_t trigger_first,
                            int32_t trigger_end, bool verb, int32_t time);

// How strongly a cue's status wins over another's: cancelled, then
// proposed, then scheduled; 0 for the rest.
int CueRank(Event::Status s);

// DecideStatus from tense and time alone, for a mention the clause's cues
// are not about.
StatusDecision StatusWithoutCues(const Analysis& a, int32_t trigger_first, int32_t trigger_end, bool verb,
                                 int32_t time);

// For an event noun, the "to" of the infinitive whose object it is: "agreed
// to resume regular visits", "flew to Doha to hold talks"; -1 if none.
int32_t InfinitiveBefore(const Analysis& a, int32_t trigger_first);

// For an event noun, the "after" or "following" that governs it: "agreed on
// Saturday to resume visits, after a 90-minute summit"; -1 if none.
int32_t GoverningAfter(const Analysis& a, int32_t trigger_first);

// For an event noun that is the object of an infinitive looking ahead
// ("agreed on Monday to resume talks"), the token of its "to"; -1 otherwise,
// and for the purpose of a journey told in the past ("flew to Doha on
// Monday to hold talks"). A time before the "to" is the time of the
// agreeing, not of the talks.
int32_t InfinitiveLookingAhead(const Analysis& a, int32_t trigger_first);

// Like InfinitiveLookingAhead, for the infinitive of any verb: "threatened
// last month to cancel the meeting" gives the time of the threatening.
int32_t InfinitiveOfAnyVerbBefore(const Analysis& a, int32_t trigger_first);

// Whether the cue word at `cue_first` tells of a plan given up: "originally
// planned for July", "initially scheduled".
bool SupersededPlan(const Analysis& a, int32_t cue_first);

// Whether tokens [first, end) lie in a relative clause set off by commas
// that closes before token `later`: "Zelensky, who was not invited, spoke
// with Merz", "Abiy, who arrived for a state visit, also met Odinga".
bool InRelativeAsideBefore(const Analysis& a, int32_t first, int32_t end, int32_t later);

// True for a form of "be": "is", "was", "been".
bool IsBe(std::string_view lower_word);

// True for a past form of a verb: "met", "spoke", "visited".
bool IsPastForm(std::string_view lower_word);

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_STATUS_H_
