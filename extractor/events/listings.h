// Listed public events: the lines of a newsletter's events section, each an
// organiser, a clock time and a title under a dated heading.
//
//   Tomorrow
//   — Center for a New American Security, 10 a.m.: Policy Options on ...
//   -> PUBLIC_EVENT, organiser CNAS, time tomorrow 10:00, title "Policy
//      Options on ...", SCHEDULED
//
//   9:30 a.m. — Atlantic Council panel on Arctic security
//   -> PUBLIC_EVENT, organiser the Atlantic Council (an actor the title
//      names), time 09:30, title "Atlantic Council panel on ..."
//
// The resolver already dates the clock time by the heading above it; here a
// list line with a clock time becomes one event.

#ifndef CHRONICLE_EXTRACTOR_EVENTS_LISTINGS_H_
#define CHRONICLE_EXTRACTOR_EVENTS_LISTINGS_H_

#include <vector>

#include "extractor/events/analysis.h"
#include "extractor/events/lexicon.h"
#include "extractor/events/mention.h"
#include "extractor/events/piece_actors.h"

namespace chronicle::events {

// Whether any of a piece's time expressions is a clock time, which every
// listed event has. Reading offsets as the dates they reach (analysis.h)
// makes no clock times, so the resolver's expressions tell.
bool AnyClockTime(const std::vector<TimeExpression>& times);

// One mention per listed event. Organisers the recogniser did not know are
// appended to `actors` as organisations, with ids from their names.
std::vector<EventMention> FindListedEvents(const Analysis& a, const EventLexicon& lexicon,
                                           PieceActors* actors);

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_LISTINGS_H_
