// A timeline's dated events as an iCalendar (RFC 5545) feed.
//
//   IcsOptions options;
//   options.default_time_zone = "America/New_York";
//   absl::StatusOr<std::string> ics = TimelineToIcs(timeline, options);
//
// Which events become VEVENTs, and how:
//   hour, minute, second   timed: DTSTART;TZID=zone and DTEND one hour later,
//                          or at the interval's end when the interval says
//                          the event lasts longer than its granularity.
//                          The zone is the interval's time_zone, else the
//                          first document's, else options.default_time_zone;
//                          every zone used gets its VTIMEZONE (vtimezone.h).
//   day, part of day       all-day: DTSTART;VALUE=DATE and DTEND the day
//                          after (a part of a day gives no clock time worth
//                          putting in a calendar: "evening" is a guess).
//   week and coarser       left out, unless include_coarse: then all-day
//                          over the whole interval.
//   undated                left out.
//
// UID is "<event id>@chronicle", stable across runs and rebuilds; SEQUENCE
// the event's revision; DTSTAMP the latest publication time of the event's
// documents in UTC (never the clock, so the same timeline always gives the
// same bytes). STATUS: TENTATIVE for scheduled and proposed events,
// CONFIRMED for occurred ones, CANCELLED for cancelled ones. SUMMARY names
// the type and participants (a listed public event or press conference its
// title); LOCATION the place; DESCRIPTION the status, time, disagreements and
// sources; CATEGORIES the participants' names.

#ifndef CHRONICLE_TIMELINE_ICS_H_
#define CHRONICLE_TIMELINE_ICS_H_

#include <string>

#include "absl/status/statusor.h"
#include "proto/timeline.pb.h"

namespace chronicle {

struct IcsOptions {
  // IANA zone of clock times whose interval and document give none.
  std::string default_time_zone = "America/New_York";
  // Also write events known only to the week, month, season or year.
  bool include_coarse = false;
};

// Fails only when options.default_time_zone is not a known zone.
absl::StatusOr<std::string> TimelineToIcs(const Timeline& timeline, const IcsOptions& options);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_ICS_H_
