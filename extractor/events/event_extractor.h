// The event extractor: finds the meetings, summits, talks, calls, visits,
// press conferences and listed public events of one piece of a document,
// with who took part, where, when and whether it happened.
//
//   Analysis analysis(text, tokens, sentences, times, actors, places, anchor);
//   PieceEvents found = ExtractEvents(analysis, "politico-natsec", 0);
//   // found.events[0]: SUMMIT, SCHEDULED, Putin + Trump, Anchorage, mentions...
//
// Stages: trigger words become mentions (mention_builder.h), listed events
// come from dated listings (listings.h), mentions group into events
// (coreference.h), and events without a time of their own may take one from
// the event they are said to follow ("after it's over").

#ifndef CHRONICLE_EXTRACTOR_EVENTS_EVENT_EXTRACTOR_H_
#define CHRONICLE_EXTRACTOR_EVENTS_EVENT_EXTRACTOR_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extractor/events/analysis.h"
#include "extractor/events/lexicon.h"
#include "proto/timeline.pb.h"

namespace chronicle::events {

struct PieceEvents {
  // Events with mentions and times whose offsets are into the document
  // (the piece's offsets plus `piece_offset`). Ids are "DOC#N", unique
  // within the document; the timeline builder gives the final ones.
  std::vector<Event> events;
  // The actors that take part in them.
  std::vector<Actor> actors;
};

// The trigger words of each sentence of a piece, found once: they tell
// whether the piece needs its actors and places, then become mentions.
SentenceTriggers FindSentenceTriggers(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<Sentence>& sentences);

// Whether ExtractEvents can find any event in a piece, asked before the
// actors and places are looked for: only the actors of events are written,
// so a piece without events needs neither. Every mention starts from a
// trigger word (an elided or joining mention follows one told before) and
// every listed event from a clock time.
bool MayHoldEvents(const SentenceTriggers& triggers, const std::vector<TimeExpression>& times);

// `triggers` are FindSentenceTriggers' of the analysed piece.
// `first_event_number` numbers the events of later pieces after the earlier
// ones.
PieceEvents ExtractEvents(const Analysis& analysis, const SentenceTriggers& triggers, std::string_view document_id,
                          uint32_t piece_offset, int first_event_number = 0);
// The same, finding the triggers itself.
PieceEvents ExtractEvents(const Analysis& analysis, std::string_view document_id, uint32_t piece_offset,
                          int first_event_number = 0);

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_EVENT_EXTRACTOR_H_
