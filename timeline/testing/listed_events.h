// A day of listed public events in New York, with a few other events around
// it, for the calendar tests and for the real iCalendar parsers (libical,
// ical.js) that read what chronicle writes.
//
//   Timeline t = ListedEventsTimeline();
//   for (const ListedEvent& e : FiveListedEvents()) ... e.summary, e.local_start, e.utc_start

#ifndef CHRONICLE_TIMELINE_TESTING_LISTED_EVENTS_H_
#define CHRONICLE_TIMELINE_TESTING_LISTED_EVENTS_H_

#include <string>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle::testing {

// The zone of the listings' document (the events' intervals give none).
inline constexpr char kListingsZone[] = "America/New_York";

// One listed event and when a calendar must show it.
struct ListedEvent {
  std::string summary;      // also its title
  std::string local_start;  // "2025-10-02T10:00:00", in kListingsZone
  std::string utc_start;    // the same instant in UTC (EDT is UTC-4)
};

// Five events on 2025-10-02 at 10:00, 10:30, 11:00, 12:00 and 12:00. Their
// titles hold what iCalendar must escape (backslash, semicolon, comma) and
// non-ASCII text long enough to be folded.
const std::vector<ListedEvent>& FiveListedEvents();

// The five, plus an all-day summit on 2025-10-03, a meeting at 09:00 in
// Asia/Tokyo on 2025-10-04, a meeting proposed for week 2025-W42 and an
// undated one; built with BuildTimeline.
Timeline ListedEventsTimeline();

}  // namespace chronicle::testing

#endif  // CHRONICLE_TIMELINE_TESTING_LISTED_EVENTS_H_
