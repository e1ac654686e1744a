// How events read as text: the labels of times, types, statuses, places,
// participants and sources that the Markdown chronology and the calendar
// share.
//
//   TimeLabel(time)                 -> "week of 2025-08-04", "2025-08-12 evening"
//   WhenLabel(event, documents)     -> TimeLabel, or "undated (published 2025-08-13)"
//   TypeLabel(Event::PUBLIC_EVENT)  -> "public event"
//   SourceLabel(mention)            -> "wire-1#120-188"
//
// A time reads at its own granularity: "2018", "2025-08", "week of
// 2025-08-04", "2025-08-15", "2025-08-12 evening", "2025-08-14 10:30
// America/New_York", with its TIMEX3 mod in front ("about 2025-08",
// "late 2018").

#ifndef CHRONICLE_TIMELINE_EVENT_TEXT_H_
#define CHRONICLE_TIMELINE_EVENT_TEXT_H_

#include <string>
#include <string_view>

#include "proto/timeline.pb.h"
#include "timeline/event_time.h"

namespace chronicle {

std::string TimeLabel(const TimeExpression& time);

// The event's time label, or for an undated event the publication day of its
// first document: "undated (published 2025-08-13)".
std::string WhenLabel(const Event& event, const DocumentIndex& documents);

// Lowercase words: "summit", "press conference"; "event" when unspecified.
std::string TypeLabel(Event::Type type);
// "occurred", "scheduled", "proposed", "cancelled"; "unknown" when unspecified.
std::string StatusLabel(Event::Status status);

// The place as written, else its name, region and country: "Anchorage,
// Alaska". Empty when there is no place.
std::string PlaceLabel(const Place& place);

// The participants' names (ids for nameless ones): "Ana Ferreira, Tomas Berg".
std::string ParticipantNames(const Event& event);

// Where a mention is: "document#begin-end" (byte offsets, end exclusive).
std::string SourceLabel(const Mention& mention);

// `text` with every run of whitespace (newlines too) made one space, trimmed.
std::string OneLine(std::string_view text);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_EVENT_TEXT_H_
