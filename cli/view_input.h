// What the timeline view commands (chronology, query, ics) share: reading
// their one TIMELINE argument, and the query filters given as flags.
//
//   Timeline timeline;
//   if (int code = ReadTimelineArgument("ics", args, &timeline); code != kExitOk) return code;
//   if (int code = FilterByFlags("ics", &timeline); code != kExitOk) return code;

#ifndef CHRONICLE_CLI_VIEW_INPUT_H_
#define CHRONICLE_CLI_VIEW_INPUT_H_

#include <string>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle::cli {

// Reads the single TIMELINE argument (.pb, .json, .textproto or "-") into
// `*timeline`. Returns kExitOk, or, after printing why, kExitUsage for a
// wrong number of arguments and kExitError for an unreadable timeline.
int ReadTimelineArgument(const char* command, const std::vector<std::string>& args, Timeline* timeline);

// Keeps the events that pass --actor, --from, --to, --type, --status and
// --place. Returns kExitOk, or kExitUsage after printing a bad flag value.
// An actor no one in the timeline is called is not an error: the timeline
// empties and a hint with the closest names goes to standard error.
int FilterByFlags(const char* command, Timeline* timeline);

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_VIEW_INPUT_H_
