// The anchor that relative times are resolved against: a publication date,
// optionally with a time of day and an IANA zone.
//
//   absl::StatusOr<Anchor> a = Anchor::Parse("2025-08-13");
//   absl::StatusOr<Anchor> b = Anchor::Parse("2025-08-13T09:30 America/New_York");
//   Anchor::Parse("2025-02-30");   // error: "not a valid date: 2025-02-30"

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_ANCHOR_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_ANCHOR_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "extractor/temporal/calendar.h"

namespace chronicle::temporal {

struct Anchor {
  Days day{};
  bool has_time = false;
  int hour = 0;
  int minute = 0;
  int zone = -1;  // zones.h index, or -1

  // Accepts YYYY-MM-DD, YYYYMMDD (the TimeML DCT form), YYYY-MM-DDTHH:MM[:SS],
  // each optionally followed by a space and an IANA zone, or by a zone in
  // `zone_name` (which wins when both are given).
  static absl::StatusOr<Anchor> Parse(std::string_view text, std::string_view zone_name = "");

  // The anchor's day as a period.
  Period DayPeriod() const { return Period::Day(day); }
  // "2025-08-13" or "2025-08-13T09:30:00".
  std::string ToString() const;
};

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_ANCHOR_H_
