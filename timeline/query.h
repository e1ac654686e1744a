// Filtering a timeline: the events with an actor, within dates, of some
// types or statuses, at a place. Every filter given must pass.
//
//   FilterSpec spec;
//   spec.actor = "Putin";
//   spec.from = "2025-08";
//   absl::StatusOr<EventFilter> filter = ParseEventFilter(spec);  // bad dates, types: errors
//   QueryResult result = FilterTimeline(timeline, *filter);
//   if (result.unknown_actor) { /* hint with result.closest_actors */ }
//
//   actor     any name or alias, as actor_match.h reads it.
//   from, to  YYYY, YYYY-MM or YYYY-MM-DD, inclusive: an event passes
//             --from when it ends on or after the start of that date, and
//             --to when it begins on or before its end. Undated events are
//             taken at their placement (first publication) day.
//   types     comma list of event types, any case: "summit,call",
//             "public-event" or "public_event".
//   statuses  comma list: "occurred,scheduled" ("canceled" too).
//   place     text contained (any case) in the place's text, name, region
//             or country.
//
// The result keeps the timeline's generator, the events that pass in their
// order, and only the documents and actors those events refer to.

#ifndef CHRONICLE_TIMELINE_QUERY_H_
#define CHRONICLE_TIMELINE_QUERY_H_

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "proto/timeline.pb.h"
#include "timeline/timex_value.h"

namespace chronicle {

// The filters as a person writes them; empty means "any".
struct FilterSpec {
  std::string actor;
  std::string from;
  std::string to;
  std::string types;
  std::string statuses;
  std::string place;
};

// The filters, checked and parsed.
struct EventFilter {
  std::string actor;
  std::optional<CivilSpan> from;
  std::optional<CivilSpan> to;
  std::set<Event::Type> types;
  std::set<Event::Status> statuses;
  std::string place;  // lowercase
};

// Errors name the filter: "--from: '2025-13' is not a date (YYYY, YYYY-MM or
// YYYY-MM-DD)", "--type: unknown type 'party' (summit, meeting, ...)".
absl::StatusOr<EventFilter> ParseEventFilter(const FilterSpec& spec);

struct QueryResult {
  Timeline timeline;
  // An actor was asked for and no actor of the timeline has that name.
  bool unknown_actor = false;
  // Then: the closest actor names, nearest first.
  std::vector<std::string> closest_actors;
};

QueryResult FilterTimeline(const Timeline& timeline, const EventFilter& filter);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_QUERY_H_
