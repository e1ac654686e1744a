// When two reports are one event: the evidence rules of the timeline builder.
//
// A report is one event as one document gives it. Two reports are the same
// real event only when nothing in them disagrees:
//
//   type          the same class: SUMMIT, MEETING, VISIT and TALKS are all
//                 in-person meetings; every other type matches only itself
//                 (CALL with CALL, PUBLIC_EVENT with PUBLIC_EVENT...).
//   participants  two or more shared actors, or all of the smaller set (at
//                 least one). No participants, no evidence: never merged.
//                 Or, where one report names only countries (or groups of
//                 their people), the same two or more countries side for
//                 side: "the United States and China" and Bessent and He.
//   place         one unknown; or the most specific part of one (its name,
//                 else the first comma part of its text) is among the parts
//                 of the other (name, region, country, comma parts of the
//                 text: "Alaska" ~ "Anchorage, Alaska"), and known countries
//                 agree. With strong evidence (two shared actors, both dated
//                 to the day and overlapping) places that merely share a
//                 part also match ("Anchorage, Alaska" ~ "a base in Alaska").
//   time          one undated; or the spans overlap (a day inside its week).
//                 With strong evidence (two shared actors, both places known
//                 and compatible) days up to 24 hours apart still match: the
//                 date-line and time-zone slips of far-apart newsrooms. Such
//                 disagreements end up in Event.other_times.
//   status        SCHEDULED and OCCURRED are one event seen before and after;
//                 CANCELLED never matches OCCURRED; PROPOSED matches another
//                 status only when both give the same day or finer: a hoped-
//                 for "next meeting" of the same leaders is not the summit
//                 already on the calendar.
//   tense         an OCCURRED report cannot be an event that begins after
//                 its own document was published, nor an undated SCHEDULED
//                 one an event over more than a month before that; two
//                 undated reports of documents published more than a month
//                 apart are different events; and an undated report is no
//                 event more than two years from its publication.
//   document      two undated events of one document stay apart: the
//                 extractor has already joined that document's mentions, and
//                 what it kept apart ("a second bilateral meeting", "a
//                 trilateral meeting afterward") is different.
//
// Titles and wording are never evidence: they belong to one story.

#ifndef CHRONICLE_TIMELINE_EVIDENCE_H_
#define CHRONICLE_TIMELINE_EVIDENCE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/civil_time.h"
#include "proto/timeline.pb.h"
#include "timeline/timex_value.h"

namespace chronicle {

// One event as one document reports it, with what the rules compare.
struct Report {
  const Event* event = nullptr;
  // Input position of the report's document, and of the report in it.
  int document_position = 0;
  int event_position = 0;
  // Byte offset of its first mention, for document order.
  int first_begin = 0;
  // The span of its time; nothing when undated.
  std::optional<CivilSpan> span;
  Granularity granularity = GRANULARITY_UNSPECIFIED;
  // Its document's publication day.
  std::optional<absl::CivilDay> published;
  // Sorted, unique actor ids.
  std::vector<std::string> participants;
  // Sorted, unique sides of the participants: "country:CN" for a country,
  // a group of its people or one of its people; the id for any other.
  std::vector<std::string> sides;
  // Whether every participant is a country or a group of its people.
  bool only_countries = false;
};

// Event types that can describe the same happening.
enum class EventClass { kInPerson, kCall, kPublicEvent, kPressConference, kOther };

EventClass ClassOf(Event::Type type);

// A short lowercase name of the class: "meeting", "call", "public-event",
// "press-conference", "event".
const char* ClassName(EventClass event_class);

// Sorted, unique actor ids of the event's participants.
std::vector<std::string> ParticipantIds(const Event& event);

// How many ids two sorted lists share.
int SharedCount(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Two or more shared actors, or all of the smaller (non-empty) set.
bool ParticipantsOverlap(const std::vector<std::string>& a, const std::vector<std::string>& b);

// The side of an actor (see Report::sides), and whether it stands for a
// country: a country or a group with one.
std::string SideOf(const Actor& actor);
bool StandsForCountry(const Actor& actor);

// The same two or more sides, where one of the two names only countries.
bool SideForSide(const std::vector<std::string>& a_sides, bool a_only_countries,
                 const std::vector<std::string>& b_sides, bool b_only_countries);

// Whether the place has any field set.
bool HasPlace(const Place& place);

// The normalized parts of a place ("anchorage", "alaska"...), sorted; the
// more parts, the more specific the place.
std::vector<std::string> PlaceParts(const Place& place);

// The place rule above without the strong-evidence relaxation.
bool PlacesCompatible(const Place& a, const Place& b);

// Every rule above except the participant overlap, which the builder checks
// against the union of a growing event's participants.
bool ReportsCompatible(const Report& a, const Report& b);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_EVIDENCE_H_
