// Whole-file input and atomic output, shared by the timeline library and the
// command-line tool (cli/io.cc delegates here, so there is one
// implementation of the atomic write).
//
//   absl::StatusOr<std::string> bytes = ReadFileOrStdin("story.pb");
//   absl::Status s = WriteFileAtomically("story.pb", bytes);
//
// An atomic write goes to a temporary file beside the target, is flushed to
// disk, and is renamed over the target: a crash or a full disk never leaves
// a half-written timeline where a good one was.

#ifndef CHRONICLE_TIMELINE_FILES_H_
#define CHRONICLE_TIMELINE_FILES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace chronicle {

// Reads a whole file, or standard input when `path` is "-". Errors name the
// file: "cannot read 'x.pb': No such file or directory".
absl::StatusOr<std::string> ReadFileOrStdin(const std::string& path);

// Writes `bytes` to `path` atomically, or to standard output when `path` is
// empty or "-".
absl::Status WriteFileAtomically(const std::string& path, const std::string& bytes);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_FILES_H_
