// Time zones for the calendar, from the tz database (date/tz.h over the OS
// zoneinfo): checking zone names, turning local times into instants, and
// VTIMEZONE components that tell a calendar what the tz database knows.
//
//   IsKnownTimeZone("America/New_York")                   -> true
//   AppendVTimezone("America/New_York", 2025, 2025, &out)
//
//   BEGIN:VTIMEZONE
//   TZID:America/New_York
//   BEGIN:STANDARD              (in force on 1 January: since 2024-11-03)
//   DTSTART:20241103T020000
//   TZOFFSETFROM:-0400
//   TZOFFSETTO:-0500
//   TZNAME:EST
//   END:STANDARD
//   BEGIN:DAYLIGHT
//   DTSTART:20250309T020000
//   ...
//
// Every transition in the years asked for is its own observance, with no
// RRULE: explicit onsets are exact for any year, rule changes included. The
// first observance is the one in force when the range starts; when it began
// before 1970 (zones without DST such as Asia/Tokyo, or UTC) it is written
// as starting on 1970-01-01 with the same offset before and after.

#ifndef CHRONICLE_TIMELINE_VTIMEZONE_H_
#define CHRONICLE_TIMELINE_VTIMEZONE_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "timeline/ics_text.h"

namespace chronicle {

bool IsKnownTimeZone(std::string_view zone);

// Seconds since 1970-01-01T00:00:00Z of `local` in `zone`: for a local time
// that occurs twice, the first; for one skipped by a transition, the
// transition. Nothing for an unknown zone.
std::optional<int64_t> LocalToUnixSeconds(std::string_view zone, absl::CivilSecond local);

// Writes the VTIMEZONE of `zone` covering first_year through last_year.
// Fails only for an unknown zone.
absl::Status AppendVTimezone(std::string_view zone, int first_year, int last_year, IcsWriter* writer);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_VTIMEZONE_H_
