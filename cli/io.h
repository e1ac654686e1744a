// Reading input and writing output for the `chronicle` commands: files or
// standard input, with the checks every command shares (readable, valid
// UTF-8, no NUL bytes), and atomic writes so an interrupted run never leaves
// a half-written file in place of a good one.

#ifndef CHRONICLE_CLI_IO_H_
#define CHRONICLE_CLI_IO_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "proto/timeline.pb.h"

namespace chronicle::cli {

// Inputs are at most 2 GiB: byte offsets in the output are 32-bit.
inline constexpr int64_t kMaxInputBytes = (int64_t{1} << 31) - 1;

// Reads a whole file, or standard input when `path` is "-". Errors name the
// file: "cannot read 'x.txt': No such file or directory", "cannot read 'd':
// Is a directory", "'x' is larger than 2 GiB, the most chronicle reads" (so
// an endless device or pipe ends in an error, not in exhausted memory).
absl::StatusOr<std::string> ReadInput(const std::string& path);

// ReadInput, then the timeline in it, in the format its extension names or
// its content suggests.
absl::StatusOr<Timeline> ReadTimelineInput(const std::string& path);

// True when `path` names an existing regular file (not a folder, device or
// pipe).
bool IsRegularFile(const std::string& path);

// ReadInput, then rejects empty text, NUL bytes and invalid UTF-8 with the
// byte offset: "'x.txt': invalid UTF-8 at byte 17".
absl::StatusOr<std::string> ReadText(const std::string& path);

// Writes `bytes` to `path` atomically (a temporary file in the same folder,
// flushed, then renamed over `path`), or to standard output when `path` is
// empty or "-". A device or pipe (/dev/null, /dev/stdout, a FIFO) is written
// to directly: renaming over it would replace it. Write errors (a full disk)
// are errors.
absl::Status WriteOutput(const std::string& path, const std::string& bytes);

// The base name of `path` without its last extension: "a/b/c.txt" -> "c";
// "-" -> "stdin".
std::string DocumentIdFromPath(const std::string& path);

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_IO_H_
