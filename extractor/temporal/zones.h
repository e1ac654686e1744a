// Time zones named in text ("10 a.m. ET", "2 p.m. Moscow time"), as small
// indices into a process-wide table of IANA zones from the tz database.
//
//   int z = ZoneIndex("Europe/Moscow");
//   ZoneName(z);          // "Europe/Moscow"
//   ToUtc(z, local);      // the instant, using the zone's rules at that date

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_ZONES_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_ZONES_H_

#include <optional>
#include <string>
#include <string_view>

#include "extractor/temporal/calendar.h"

namespace chronicle::temporal {

// Index of an IANA zone, adding it to the table; -1 when the tz database
// does not know it.
int ZoneIndex(std::string_view iana_name);
// The IANA name of a zone index ("" for -1).
std::string ZoneName(int index);
// The UTC instant of a local time in a zone, or nothing for a bad index.
// Nonexistent local times (spring-forward gaps) move forward; ambiguous ones
// take the earlier instant.
std::optional<date::sys_seconds> ToUtc(int index, LocalSeconds local);
// Formats an instant as RFC 3339 UTC, "2025-08-14T14:00:00Z".
std::string FormatUtc(date::sys_seconds t);

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_ZONES_H_
