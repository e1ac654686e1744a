// The whole extraction for one document: its time expressions, its actors
// and its events, as a one-document Timeline that the timeline builder
// (timeline/builder.h) merges with the others.
//
//   absl::StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create({});
//   DocumentInput in{.id = "a1", .published = "2025-08-13", .text = text};
//   absl::StatusOr<Timeline> one = (*p)->Extract(in);
//
// Long texts are processed in pieces of about a megabyte, cut at paragraph
// or sentence boundaries, so memory stays bounded; the time in focus carries
// from piece to piece. Extract() is const and safe to call from many threads.

#ifndef CHRONICLE_EXTRACTOR_PIPELINE_H_
#define CHRONICLE_EXTRACTOR_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "proto/timeline.pb.h"

namespace chronicle {

struct DocumentInput {
  std::string id;
  std::string published;  // YYYY-MM-DD[THH:MM] [zone]
  std::string time_zone;  // IANA, optional
  std::string title;
  std::string source;
  std::string_view text;  // valid UTF-8 without NUL bytes
};

struct PipelineOptions {
  // Extra actor gazetteers: (name for messages, TSV contents).
  std::vector<std::pair<std::string, std::string>> actor_files;
  // Bytes per piece of a long text.
  size_t piece_bytes = 1 << 20;
};

class Pipeline {
 public:
  static absl::StatusOr<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();

  // The document's Timeline. Errors: a missing or malformed publication date.
  absl::StatusOr<Timeline> Extract(const DocumentInput& input) const;

 private:
  struct Impl;
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// A 64-bit fingerprint of a text, as 16 hex digits (FNV-1a).
std::string TextFingerprint(std::string_view text);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_PIPELINE_H_
