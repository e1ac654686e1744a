// Stable ids for merged events: the same real event gets the same id on
// every run, and keeps it when the timeline is rebuilt with more articles.
//
//   "meeting-2025-5c1f0e9a7b3d"   class - year - hash of participant ids
//
// The id uses the evidence least likely to drift as reports accumulate:
//   - the type class, not the type: "meeting" covers summits, meetings,
//     visits and talks, so a later report calling the meeting a summit
//     changes nothing;
//   - the year of the event's placement: later reports refine "next week"
//     to "Friday" to "10:30", and a refined time nests in the old one, so
//     its year stays (an undated event uses its first document's
//     publication day);
//   - a hash of the principal participants: the actors named by at least
//     half of the event's documents. One article adding an aide or a
//     foreign minister to a summit of two leaders does not rename it.
// Rejected: the first mention's document and offset (an article published
// earlier, or listed first, would take over and rename the event) and the
// day (a week refined to a day would rename it).
//
// Events that share class, year and participants (a summit, and the second
// meeting its leaders float for the autumn) are told apart by seniority: the
// one reported first (earliest publication among its documents) keeps the
// plain id, since it had that id before the others were reported; a later
// one adds its placement day ("-20251003"), and if that is taken too, the
// smallest document id and offset among its mentions. Seniority then falls
// back on placement and on document ids, never on input order, so listing
// the articles in another order renames nothing. Known drift: while an
// event has one or two documents, a participant named by only one of them
// still counts; an undated event later dated to another year is renamed; an
// older article added to the timeline can make its event the senior one.

#ifndef CHRONICLE_TIMELINE_EVENT_IDS_H_
#define CHRONICLE_TIMELINE_EVENT_IDS_H_

#include <optional>
#include <string>
#include <vector>

#include "proto/timeline.pb.h"
#include "timeline/event_time.h"
#include "timeline/evidence.h"

namespace chronicle {

// What the id of one merged event is made of.
struct IdEvidence {
  Placement placement;
  // Sorted actor ids; see PrincipalParticipants.
  std::vector<std::string> principal_participants;
  // The earliest publication day among its documents.
  std::optional<absl::CivilDay> first_published;
};

// The actors named by at least half of the documents that report the event
// (all of them for an event from one document), sorted by id.
std::vector<std::string> PrincipalParticipants(const std::vector<const Report*>& reports);

// The id before collisions are resolved: "meeting-2025-5c1f0e9a7b3d".
std::string BaseEventId(Event::Type type, const IdEvidence& evidence);

// The ids of `events`, with `evidence[i]` belonging to events[i]; all
// different, and independent of the order of `events`.
std::vector<std::string> MakeEventIds(const std::vector<const Event*>& events, const std::vector<IdEvidence>& evidence);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_EVENT_IDS_H_
