// Groups a document's event mentions into events. A mention that refers back
// ("the meeting", "this summit", a mention with no parties of its own) joins
// the latest compatible event told before it; a mention with parties of its
// own starts a new event unless an event with the same parties and a
// compatible time and place is already there ("before he meets with Putin"
// after "the Anchorage summit between Putin and Trump").
//
// Compatible: the same class of occasion (a summit, meeting, visit or round
// of talks are one class; calls, listed events and press conferences each
// their own), no two different times, no two different places.

#ifndef CHRONICLE_EXTRACTOR_EVENTS_COREFERENCE_H_
#define CHRONICLE_EXTRACTOR_EVENTS_COREFERENCE_H_

#include <cstdint>
#include <vector>

#include "extractor/events/analysis.h"
#include "extractor/events/mention.h"

namespace chronicle::events {

struct EventCluster {
  std::vector<int32_t> mentions;  // indices into the mention list, in order
  Event::Type type = Event::TYPE_UNSPECIFIED;
  Event::Status status = Event::STATUS_UNSPECIFIED;
  bool status_from_cue = false;
  // The status came from the tense of a headline, which the body's tense
  // overrules ("Putin, Xi pledge ties at Moscow talks" / "held talks").
  bool status_from_heading = false;
  std::vector<ParticipantRef> participants;
  int32_t place = -1;
  int32_t time = -1;
  // The time came from another event ("after it's over"): its cluster.
  int32_t time_from_event = -1;
  bool listed = false;
  // 2 for a bilateral meeting, 3 for a trilateral one; 0 when unsaid.
  int8_t party_count = 0;
  std::string title;
  std::string topic;
};

// Same class of occasion, for grouping and merging.
bool CompatibleTypes(Event::Type a, Event::Type b);

// Sets each mention's `event` and returns the events. Generic mentions and
// mentions that neither refer back nor name parties join no event.
std::vector<EventCluster> GroupMentions(const Analysis& a, std::vector<EventMention>* mentions);

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_COREFERENCE_H_
