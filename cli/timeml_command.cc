// chronicle timeml: the TempEval-3 protocol. Reads TimeML documents, anchors
// each to its DCT, ignores the markup already inside <TEXT>, and writes the
// document back with chronicle's TIMEX3 elements.
//
//   chronicle timeml in.tml > out.tml
//   chronicle timeml --out-dir system/ gold/*.tml

#include <cstdio>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "cli/command.h"
#include "cli/commands.h"
#include "cli/flags.h"
#include "cli/io.h"
#include "cli/progress.h"
#include "extractor/temporal/annotator.h"
#include "extractor/timeml/timeml.h"

namespace chronicle::cli {
namespace {

constexpr const char* kCommand = "timeml";

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

absl::StatusOr<std::string> Annotate(const std::string& path) {
  absl::StatusOr<std::string> raw = ReadInput(path);
  if (!raw.ok()) return raw.status();
  if (raw->empty()) return absl::InvalidArgumentError("the file is empty");
  absl::StatusOr<TimemlDocument> doc = ParseTimeml(std::move(*raw));
  if (!doc.ok()) return doc.status();
  absl::StatusOr<temporal::Anchor> anchor = temporal::Anchor::Parse(doc->dct);
  if (!anchor.ok()) return absl::InvalidArgumentError(absl::StrCat("DCT: ", anchor.status().message()));
  const std::vector<TimeExpression> expressions =
      temporal::TemporalAnnotator::Default().AnnotateText(doc->plain, *anchor);
  return WriteTimeml(*doc, expressions);
}

}  // namespace

int RunTimeml(const std::vector<std::string>& args) {
  if (args.empty()) return Fail(kCommand, "expected a TimeML file; see --help", kExitUsage);
  const std::string out_dir = absl::GetFlag(FLAGS_out_dir);
  if (out_dir.empty() && args.size() > 1) {
    return Fail(kCommand, "several files need --out-dir DIR", kExitUsage);
  }
  const bool keep_going = absl::GetFlag(FLAGS_keep_going);
  Progress progress(kCommand, "files", args.size(), absl::GetFlag(FLAGS_progress));
  int failures = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    absl::StatusOr<std::string> out = Annotate(args[i]);
    absl::Status written = out.ok() ? WriteOutput(out_dir.empty() ? "" : out_dir + "/" + BaseName(args[i]), *out)
                                    : out.status();
    progress.Done();
    if (written.ok()) continue;
    ++failures;
    Fail(kCommand, absl::StrCat("'", args[i], "': ", written.message()));
    if (!keep_going) return kExitError;
  }
  return failures == 0 ? kExitOk : kExitError;
}

}  // namespace chronicle::cli
