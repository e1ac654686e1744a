#include "cli/view_input.h"

#include "absl/flags/flag.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "cli/command.h"
#include "cli/flags.h"
#include "cli/io.h"
#include "timeline/query.h"
#include "timeline/timeline_io.h"

namespace chronicle::cli {

int ReadTimelineArgument(const char* command, const std::vector<std::string>& args, Timeline* timeline) {
  if (args.size() != 1) {
    return Fail(command,
                absl::StrCat("expected one TIMELINE file (.pb, .json, .textproto or -), got ", args.size(),
                             "; see 'chronicle ", command, " --help'"),
                kExitUsage);
  }
  absl::StatusOr<Timeline> read = ReadTimelineInput(args[0]);
  if (!read.ok()) return Fail(command, std::string(read.status().message()));
  *timeline = *std::move(read);
  return kExitOk;
}

int FilterByFlags(const char* command, Timeline* timeline) {
  FilterSpec spec;
  spec.actor = absl::GetFlag(FLAGS_actor);
  spec.from = absl::GetFlag(FLAGS_from);
  spec.to = absl::GetFlag(FLAGS_to);
  spec.types = absl::GetFlag(FLAGS_type);
  spec.statuses = absl::GetFlag(FLAGS_status);
  spec.place = absl::GetFlag(FLAGS_place);
  const absl::StatusOr<EventFilter> filter = ParseEventFilter(spec);
  if (!filter.ok()) return Fail(command, std::string(filter.status().message()), kExitUsage);
  QueryResult result = FilterTimeline(*timeline, *filter);
  if (result.unknown_actor) {
    const std::string closest = result.closest_actors.empty()
                                    ? "the timeline has no actors"
                                    : absl::StrCat("closest: ", absl::StrJoin(result.closest_actors, ", "));
    Fail(command, absl::StrCat("no actor is called '", spec.actor, "'; ", closest), kExitOk);
  }
  *timeline = std::move(result.timeline);
  return kExitOk;
}

}  // namespace chronicle::cli
