// Reading input and writing output for the `chronicle` commands: files or
// standard input, with the checks every command shares (readable, valid
// UTF-8, no NUL bytes), and atomic writes so an interrupted run never leaves
// a half-written file in place of a good one.

#ifndef CHRONICLE_CLI_IO_H_
#define CHRONICLE_CLI_IO_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace chronicle::cli {

// Reads a whole file, or standard input when `path` is "-". Errors name the
// file: "cannot read 'x.txt': No such file or directory".
absl::StatusOr<std::string> ReadInput(const std::string& path);

// An error when `path` names a folder, which the whole-file readers cannot
// read ("cannot read 'x': Is a directory"); OK otherwise, and for "-".
absl::Status CheckNotDirectory(const std::string& path);

// ReadInput, then rejects empty text, NUL bytes and invalid UTF-8 with the
// byte offset: "'x.txt': invalid UTF-8 at byte 17".
absl::StatusOr<std::string> ReadText(const std::string& path);

// Writes `bytes` to `path` atomically (a temporary file in the same folder,
// flushed, then renamed over `path`), or to standard output when `path` is
// empty or "-".
absl::Status WriteOutput(const std::string& path, const std::string& bytes);

// The base name of `path` without its last extension: "a/b/c.txt" -> "c";
// "-" -> "stdin".
std::string DocumentIdFromPath(const std::string& path);

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_IO_H_
