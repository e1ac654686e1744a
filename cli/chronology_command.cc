// chronicle chronology TIMELINE: the timeline as a Markdown chronology.

#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/status/status.h"
#include "cli/commands.h"
#include "cli/flags.h"
#include "cli/io.h"
#include "cli/view_input.h"
#include "timeline/chronology.h"

namespace chronicle::cli {

int RunChronology(const std::vector<std::string>& args) {
  Timeline timeline;
  if (const int code = ReadTimelineArgument("chronology", args, &timeline); code != kExitOk) return code;
  ChronologyOptions options;
  options.quote_text = absl::GetFlag(FLAGS_quote);
  const absl::Status written = WriteOutput(absl::GetFlag(FLAGS_output), RenderChronology(timeline, options));
  if (!written.ok()) return Fail("chronology", std::string(written.message()));
  return kExitOk;
}

}  // namespace chronicle::cli
