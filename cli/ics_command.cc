// chronicle ics [--default-tz ZONE] [--include-coarse] [filters] TIMELINE:
// the timeline's dated events as an iCalendar feed.

#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "cli/commands.h"
#include "cli/flags.h"
#include "cli/io.h"
#include "cli/view_input.h"
#include "timeline/ics.h"

namespace chronicle::cli {

int RunIcs(const std::vector<std::string>& args) {
  constexpr char kCommand[] = "ics";
  Timeline timeline;
  if (const int code = ReadTimelineArgument(kCommand, args, &timeline); code != kExitOk) return code;
  if (const int code = FilterByFlags(kCommand, &timeline); code != kExitOk) return code;
  IcsOptions options;
  options.default_time_zone = absl::GetFlag(FLAGS_default_tz);
  options.include_coarse = absl::GetFlag(FLAGS_include_coarse);
  // The only failure is an unknown --default-tz.
  const absl::StatusOr<std::string> ics = TimelineToIcs(timeline, options);
  if (!ics.ok()) return Fail(kCommand, absl::StrCat("--default-tz: ", ics.status().message()), kExitUsage);
  const absl::Status written = WriteOutput(absl::GetFlag(FLAGS_output), *ics);
  if (!written.ok()) return Fail(kCommand, std::string(written.message()));
  return kExitOk;
}

}  // namespace chronicle::cli
