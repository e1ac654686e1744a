// Writes the calendar of ListedEventsTimeline() to the file named by its
// argument, and the five listed events' expected starts (summary, local
// start, zone, UTC start; tab-separated) beside it with ".expected" added,
// for the parser tests that are not C++ (ics_icaljs_test.sh).

#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "timeline/files.h"
#include "timeline/ics.h"
#include "timeline/testing/listed_events.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: write_listed_ics OUT.ics\n");
    return 2;
  }
  const absl::StatusOr<std::string> ics = chronicle::TimelineToIcs(chronicle::testing::ListedEventsTimeline(), {});
  std::string expected;
  for (const chronicle::testing::ListedEvent& e : chronicle::testing::FiveListedEvents()) {
    absl::StrAppend(&expected, e.summary, "\t", e.local_start, "\t", chronicle::testing::kListingsZone, "\t",
                    e.utc_start, "\n");
  }
  const std::string path = argv[1];
  const bool ok = ics.ok() && chronicle::WriteFileAtomically(path, *ics).ok() &&
                  chronicle::WriteFileAtomically(path + ".expected", expected).ok();
  if (!ok) std::fprintf(stderr, "write_listed_ics: cannot write %s\n", path.c_str());
  return ok ? 0 : 1;
}
