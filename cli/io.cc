#include "cli/io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "extractor/text/utf8.h"
#include "timeline/files.h"
#include "timeline/timeline_io.h"

namespace chronicle::cli {

namespace {

std::string NameOf(const std::string& path) {
  return path == "-" ? "standard input" : absl::StrCat("'", path, "'");
}

absl::Status Errno(const std::string& what, const std::string& path) {
  return absl::InvalidArgumentError(absl::StrCat(what, " ", NameOf(path), ": ", std::strerror(errno)));
}

// Writes to a device or pipe in place; see WriteOutput.
absl::Status WriteInPlace(const std::string& path, const std::string& bytes) {
  const int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return Errno("cannot write", path);
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const absl::Status status = Errno("cannot write", path);
      close(fd);
      return status;
    }
    written += static_cast<size_t>(n);
  }
  if (close(fd) != 0) return Errno("cannot write", path);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::string> ReadInput(const std::string& path) {
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) return Errno("cannot read", path);
  std::string bytes;
  struct stat st;
  if (fstat(fileno(file), &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= kMaxInputBytes) {
    bytes.reserve(static_cast<size_t>(st.st_size));
  }
  absl::Status status;
  char buffer[1 << 16];
  while (true) {
    const size_t n = std::fread(buffer, 1, sizeof buffer, file);
    bytes.append(buffer, n);
    if (static_cast<int64_t>(bytes.size()) > kMaxInputBytes) {
      status = absl::InvalidArgumentError(absl::StrCat(NameOf(path), " is larger than 2 GiB, the most chronicle reads"));
      break;
    }
    if (n < sizeof buffer) {
      if (std::ferror(file)) status = Errno("cannot read", path);
      break;
    }
  }
  if (file != stdin) std::fclose(file);
  if (!status.ok()) return status;
  return bytes;
}

absl::StatusOr<Timeline> ReadTimelineInput(const std::string& path) {
  absl::StatusOr<std::string> bytes = ReadInput(path);
  if (!bytes.ok()) return bytes.status();
  return ParseTimeline(*bytes, NameOf(path), TimelineFormatFromPath(path));
}

bool IsRegularFile(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

absl::StatusOr<std::string> ReadText(const std::string& path) {
  absl::StatusOr<std::string> bytes = ReadInput(path);
  if (!bytes.ok()) return bytes;
  const std::string name = NameOf(path);
  if (bytes->empty()) return absl::InvalidArgumentError(absl::StrCat(name, " is empty"));
  const TextError error = CheckText(*bytes);
  if (!error.ok()) return absl::InvalidArgumentError(absl::StrCat(name, ": ", error.message));
  return bytes;
}

absl::Status WriteOutput(const std::string& path, const std::string& bytes) {
  struct stat st;
  if (!path.empty() && path != "-" && stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    return WriteInPlace(path, bytes);
  }
  return WriteFileAtomically(path, bytes);
}

std::string DocumentIdFromPath(const std::string& path) {
  if (path == "-") return "stdin";
  const size_t slash = path.find_last_of('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  const size_t dot = base.find_last_of('.');
  if (dot != std::string::npos && dot > 0) base.resize(dot);
  return base;
}

}  // namespace chronicle::cli
