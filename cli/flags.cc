#include "cli/flags.h"

#include "absl/flags/flag.h"

ABSL_FLAG(std::string, published, "",
          "Publication date that relative times are anchored to: YYYY-MM-DD, or "
          "YYYY-MM-DDTHH:MM with an optional IANA zone after a space "
          "(\"2025-08-13T09:00 America/New_York\").");
ABSL_FLAG(std::string, time_zone, "", "IANA zone of the publication time, e.g. America/New_York.");
ABSL_FLAG(std::string, format, "", "Output format; each command lists the formats it writes.");
ABSL_FLAG(std::string, output, "",
          "Write the result to this file (atomically: a temporary file renamed into place) "
          "instead of standard output.");
ABSL_FLAG(std::string, out_dir, "", "Write one output file per input into this directory.");
ABSL_FLAG(std::vector<std::string>, actors, {},
          "Extra actor gazetteer files (TSV, same columns as the built-in one), comma-separated.");
ABSL_FLAG(bool, keep_going, false, "Skip bad input (a bad JSON line, an unreadable file), report it, and go on.");
ABSL_FLAG(int32_t, threads, 0, "Worker threads for many documents; 0 uses every core.");
ABSL_FLAG(bool, progress, true, "Show progress on standard error for long runs.");
ABSL_FLAG(std::string, previous, "",
          "An earlier timeline of the same story; events that changed since get a higher "
          "revision (the ICS SEQUENCE). Defaults to the --output file when it exists.");
ABSL_FLAG(std::string, actor, "", "Keep events with this actor (any name or alias, any case).");
ABSL_FLAG(std::string, from, "", "Keep events that end on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).");
ABSL_FLAG(std::string, to, "", "Keep events that begin on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).");
ABSL_FLAG(std::string, type, "", "Keep events of these types, comma-separated (summit, meeting, call, ...).");
ABSL_FLAG(std::string, status, "",
          "Keep events with these statuses, comma-separated (occurred, scheduled, proposed, cancelled).");
ABSL_FLAG(std::string, place, "", "Keep events whose place contains this text (any case).");
ABSL_FLAG(std::string, default_tz, "America/New_York",
          "IANA zone for clock times when neither the text nor the document gives one.");
ABSL_FLAG(bool, quote, true,
          "In a chronology, quote each source's sentence; --quote=false gives the sources as links only and "
          "leaves out every word taken from the articles.");
ABSL_FLAG(bool, include_coarse, false, "Also write events known only to the week, month or year.");
