// chronicle query [filters] [--format chronology|json|textproto] TIMELINE:
// the events that pass every filter, as a chronology or a Timeline.

#include <optional>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "cli/commands.h"
#include "cli/flags.h"
#include "cli/io.h"
#include "cli/view_input.h"
#include "timeline/chronology.h"
#include "timeline/timeline_io.h"

namespace chronicle::cli {
namespace {

constexpr char kCommand[] = "query";

// Chronology when `format` is empty or "chronology"; else a Timeline format.
bool ParseQueryFormat(const std::string& format, std::optional<TimelineFormat>* timeline_format) {
  if (format.empty() || format == "chronology") return true;
  *timeline_format = ParseTimelineFormat(format);
  return timeline_format->has_value() && **timeline_format != TimelineFormat::kBinary;
}

}  // namespace

int RunQuery(const std::vector<std::string>& args) {
  const std::string format = absl::GetFlag(FLAGS_format);
  std::optional<TimelineFormat> timeline_format;
  if (!ParseQueryFormat(format, &timeline_format)) {
    return Fail(kCommand, absl::StrCat("unknown --format '", format, "' (chronology, json or textproto)"), kExitUsage);
  }
  Timeline timeline;
  if (const int code = ReadTimelineArgument(kCommand, args, &timeline); code != kExitOk) return code;
  if (const int code = FilterByFlags(kCommand, &timeline); code != kExitOk) return code;
  ChronologyOptions chronology;
  chronology.quote_text = absl::GetFlag(FLAGS_quote);
  const std::string out =
      timeline_format ? SerializeTimeline(timeline, *timeline_format) : RenderChronology(timeline, chronology);
  const absl::Status written = WriteOutput(absl::GetFlag(FLAGS_output), out);
  if (!written.ok()) return Fail(kCommand, std::string(written.message()));
  return kExitOk;
}

}  // namespace chronicle::cli
