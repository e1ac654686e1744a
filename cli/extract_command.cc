// chronicle extract: reads articles, extracts their events and writes one
// merged Timeline.
//
//   chronicle extract --published 2025-08-13 article.txt
//   chronicle extract stories.jsonl --output story.pb
//   cat stories.jsonl | chronicle extract - --format json

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "cli/command.h"
#include "cli/commands.h"
#include "cli/flags.h"
#include "cli/inputs.h"
#include "cli/io.h"
#include "cli/keep_until_exit.h"
#include "cli/progress.h"
#include "cli/version.h"
#include "extractor/pipeline.h"
#include "extractor/temporal/annotator.h"  // temporal::Anchor
#include "timeline/builder.h"
#include "timeline/chronology.h"
#include "timeline/timeline_io.h"

namespace chronicle::cli {
namespace {

constexpr const char* kCommand = "extract";

// Runs the pipeline over every document on `threads` threads; results keep
// the input order, so the output is the same whatever the thread count.
std::vector<absl::StatusOr<Timeline>> ExtractAll(const Pipeline& pipeline, const std::vector<LoadedDocument>& docs,
                                                 int threads) {
  std::vector<absl::StatusOr<Timeline>> results(docs.size(), absl::UnknownError("not processed"));
  Progress progress(kCommand, "documents", docs.size(), absl::GetFlag(FLAGS_progress));
  std::atomic<size_t> next{0};
  const auto work = [&] {
    for (size_t i = next++; i < docs.size(); i = next++) {
      results[i] = pipeline.Extract(docs[i].input);
      progress.Done();
    }
  };
  std::vector<std::thread> workers;
  for (int t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (std::thread& w : workers) w.join();
  return results;
}

int ThreadCount(size_t documents) {
  int threads = absl::GetFlag(FLAGS_threads);
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return static_cast<int>(std::min<size_t>(threads, std::max<size_t>(documents, 1)));
}

absl::StatusOr<PipelineOptions> PipelineOptionsFromFlags() {
  PipelineOptions options;
  for (const std::string& path : absl::GetFlag(FLAGS_actors)) {
    absl::StatusOr<std::string> bytes = ReadInput(path);
    if (!bytes.ok()) return absl::InvalidArgumentError(absl::StrCat("--actors: ", bytes.status().message()));
    options.actor_files.emplace_back(path, std::move(*bytes));
  }
  return options;
}

// "text" is the readable chronology; the others are Timeline formats.
struct OutputFormat {
  bool chronology = false;
  TimelineFormat timeline = TimelineFormat::kJson;
};

std::optional<OutputFormat> ChooseFormat(const std::string& flag, const std::string& output) {
  OutputFormat f;
  if (flag == "text" || (flag.empty() && output.empty())) {
    f.chronology = true;
    return f;
  }
  if (flag.empty()) {
    f.timeline = TimelineFormatFromPath(output).value_or(TimelineFormat::kBinary);
    return f;
  }
  const std::optional<TimelineFormat> parsed = ParseTimelineFormat(flag);
  if (!parsed) return std::nullopt;
  f.timeline = *parsed;
  return f;
}

// The timeline an earlier run wrote, for revision numbers; none when there
// is none or it cannot be read.
std::optional<Timeline> PreviousTimeline(const std::string& output) {
  std::string path = absl::GetFlag(FLAGS_previous);
  const bool explicit_previous = !path.empty();
  if (!explicit_previous) path = output;
  if (path.empty() || path == "-" || access(path.c_str(), R_OK) != 0) return std::nullopt;
  // Only a file can hold an earlier run's output: not /dev/null, not a pipe.
  if (!IsRegularFile(path)) {
    if (explicit_previous) Fail(kCommand, absl::StrCat("--previous: '", path, "' is not a regular file; ignored"));
    return std::nullopt;
  }
  absl::StatusOr<Timeline> t = ReadTimelineInput(path);
  if (!t.ok()) {
    if (explicit_previous) Fail(kCommand, absl::StrCat("--previous: ", t.status().message(), "; ignored"));
    return std::nullopt;
  }
  return std::move(*t);
}

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  if (args.empty()) return Fail(kCommand, "expected at least one INPUT (a file, or - for standard input)", kExitUsage);
  const std::string output = absl::GetFlag(FLAGS_output);
  const std::optional<OutputFormat> format = ChooseFormat(absl::GetFlag(FLAGS_format), output);
  if (!format) {
    return Fail(kCommand, absl::StrCat("unknown --format '", absl::GetFlag(FLAGS_format),
                                       "' (text, json, textproto or binary)"),
                kExitUsage);
  }
  InputDefaults defaults;
  defaults.published = absl::GetFlag(FLAGS_published);
  defaults.time_zone = absl::GetFlag(FLAGS_time_zone);
  if (!defaults.published.empty() || !defaults.time_zone.empty()) {
    // A bad date on the command line is a usage error, found before any input is read.
    const absl::StatusOr<temporal::Anchor> anchor =
        temporal::Anchor::Parse(defaults.published.empty() ? "2000-01-01" : defaults.published, defaults.time_zone);
    if (!anchor.ok()) {
      return Fail(kCommand, absl::StrCat(defaults.published.empty() ? "--time-zone" : "--published", ": ",
                                         anchor.status().message()),
                  kExitUsage);
    }
  }
  defaults.keep_going = absl::GetFlag(FLAGS_keep_going);
  std::vector<LoadedDocument> docs;
  std::vector<std::string> skipped;
  if (absl::Status s = LoadInputs(args, defaults, &docs, &skipped); !s.ok()) return Fail(kCommand, std::string(s.message()));
  absl::StatusOr<PipelineOptions> options = PipelineOptionsFromFlags();
  if (!options.ok()) return Fail(kCommand, std::string(options.status().message()), kExitUsage);
  absl::StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(*options);
  if (!pipeline.ok()) return Fail(kCommand, std::string(pipeline.status().message()));

  std::vector<Timeline> per_document;
  per_document.reserve(docs.size());
  std::vector<absl::StatusOr<Timeline>> results = ExtractAll(**pipeline, docs, ThreadCount(docs.size()));
  for (size_t i = 0; i < results.size(); ++i) {
    if (results[i].ok()) {
      per_document.push_back(std::move(*results[i]));
      continue;
    }
    const std::string message = absl::StrCat(docs[i].origin, ": ", results[i].status().message());
    if (!defaults.keep_going) return Fail(kCommand, message);
    skipped.push_back(message);
  }
  for (const std::string& s : skipped) Fail(kCommand, absl::StrCat("skipped ", s));
  if (per_document.empty()) return Fail(kCommand, "no document could be read");

  BuildOptions build;
  build.generator = absl::StrCat("chronicle ", kVersion);
  // The timeline is most of the process's memory; the OS frees it faster.
  Timeline& timeline = KeepUntilExit(BuildTimeline(std::move(per_document), build));
  if (std::optional<Timeline> previous = PreviousTimeline(output)) CarryRevisions(*previous, &timeline);

  ChronologyOptions chronology;
  chronology.quote_text = absl::GetFlag(FLAGS_quote);
  absl::Status written = WriteOutput(output, format->chronology ? RenderChronology(timeline, chronology)
                                                                : SerializeTimeline(timeline, format->timeline));
  if (!written.ok()) return Fail(kCommand, std::string(written.message()));
  return skipped.empty() ? kExitOk : kExitError;
}

}  // namespace chronicle::cli
