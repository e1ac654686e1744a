// One place in a document that names a meeting-like event, with what the
// sentence says about it. Mentions are grouped into events later
// (coreference.h), so "the Anchorage summit", "the meeting with Putin" and
// "the face-to-face in Alaska" become one event with three mentions.

#ifndef CHRONICLE_EXTRACTOR_EVENTS_MENTION_H_
#define CHRONICLE_EXTRACTOR_EVENTS_MENTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle::events {

// One actor's part in a mention: an index into the document's actor table
// (which starts with the recogniser's actors) and the role the text gives.
struct ParticipantRef {
  int32_t actor = -1;
  Participant::Role role = Participant::PARTICIPANT;
};

struct EventMention {
  int32_t sentence = 0;
  int32_t trigger_first = 0;  // tokens of the trigger word or phrase
  int32_t trigger_end = 0;
  int32_t span_first = 0;     // tokens of the trigger with its arguments
  int32_t span_end = 0;
  Event::Type type = Event::TYPE_UNSPECIFIED;
  bool verb = false;
  uint8_t trigger_flags = 0;
  // Refers back to an event told before ("the meeting", "this summit").
  bool definite = false;
  // Definite by its own words ("the trip", "Putin's visit"), not only for
  // lack of anything that pins it down.
  bool determined = false;
  // About meetings in general, not one occasion ("have met before").
  bool generic = false;
  // One of a list of dated items under a heading.
  bool listed = false;
  std::vector<ParticipantRef> participants;
  // For a definite mention: the parties its own words name ("the summit
  // between Putin and Trump"), used only when it turns out to be the first
  // mention of its event.
  std::vector<ParticipantRef> partners;
  // "a second meeting", "another call": a new event between the parties of
  // one told before.
  bool repeats_earlier = false;
  // "their first encounter", "the previous meeting": an occasion before the
  // ones being planned, so it is past.
  bool earlier_occasion = false;
  // A verb joined to the one before by "and", sharing its subject:
  // "visited Qatar and met the prime minister".
  bool coordinated = false;
  // "will not attend the summit", "to skip the summit": whoever stays away
  // is no party.
  bool subject_absent = false;
  // For a verb: the actors of its subject, which a verb joined to it by
  // "and" shares ("hosted Zelensky and spoke to Trump").
  std::vector<int32_t> subject_actors;
  // A noun phrase after "for", "at", "during" or "in": the occasion of the
  // verb before it ("meet ... for their second summit").
  bool governed_by_preposition = false;
  // "Zelensky took part from Brussels": a party joining an event told
  // before, which names no event of its own.
  bool joins_only = false;
  // What an earlier event of its sentence is about ("spoke with Sisi on
  // Sunday about the talks"): the sentence's names and time are that one's.
  bool topic_of_other = false;
  // How many parties the words around the trigger say meet: 2 for
  // "bilateral", 3 for "trilateral"; 0 when they do not say.
  int8_t party_count = 0;
  int32_t place = -1;  // index into the piece's place mentions
  int32_t time = -1;   // index into the piece's time expressions
  Event::Status status = Event::STATUS_UNSPECIFIED;
  // The status came from a cue word ("canceled", "hopes", "will"), not
  // from tense alone, so it also holds for the event it refers to.
  bool status_from_cue = false;
  std::string title;  // a listing's title
  std::string topic;  // what the event is about: "the funding bill"
  int32_t event = -1;  // the event it belongs to, once grouped
};

// Whether `actor` is among the mention's participants.
inline bool HasActor(const EventMention& m, int32_t actor) {
  for (const ParticipantRef& p : m.participants) {
    if (p.actor == actor) return true;
  }
  return false;
}

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_MENTION_H_
