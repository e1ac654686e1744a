// Reading and writing Timeline files in the three formats chronicle uses.
//
//   absl::StatusOr<Timeline> t = ReadTimeline("story.pb");  // .json, .textproto, "-" too
//   absl::Status s = WriteTimeline("story.json", *t, TimelineFormat::kJson);
//
// A file's format comes from its extension (.pb and .bin binary, .json,
// .textproto, .txtpb and .pbtxt), else from its content: '{' opens JSON,
// printable text is textproto, anything else is binary. Errors are one line
// that names the file: "'x.pb' is not a chronicle timeline (truncated or
// corrupt protobuf)". Writes are atomic (files.h).
//
// JSON is the proto3 mapping with lowerCamelCase keys and every field
// printed, zeros too (a mention at byte 0 keeps its "begin": 0).

#ifndef CHRONICLE_TIMELINE_TIMELINE_IO_H_
#define CHRONICLE_TIMELINE_TIMELINE_IO_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "proto/timeline.pb.h"

namespace chronicle {

enum class TimelineFormat { kBinary, kJson, kTextproto };

// "binary" (or "pb"), "json", "textproto" (or "txtpb", "pbtxt"); any case.
std::optional<TimelineFormat> ParseTimelineFormat(std::string_view name);

// The format a path's extension names, if any.
std::optional<TimelineFormat> TimelineFormatFromPath(std::string_view path);

// Parses `bytes` in `format`, or in the format their content suggests when
// none is given. `name` is how errors refer to the input ("'x.pb'").
absl::StatusOr<Timeline> ParseTimeline(const std::string& bytes, const std::string& name,
                                       std::optional<TimelineFormat> format = std::nullopt);

// Reads a timeline from a file, or from standard input when `path` is "-".
absl::StatusOr<Timeline> ReadTimeline(const std::string& path);

// The timeline in `format`; deterministic, so equal timelines give equal
// bytes.
std::string SerializeTimeline(const Timeline& timeline, TimelineFormat format);

// Writes atomically to `path`, or to standard output when it is "-" or empty.
absl::Status WriteTimeline(const std::string& path, const Timeline& timeline, TimelineFormat format);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_TIMELINE_IO_H_
