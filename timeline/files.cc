#include "timeline/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "absl/strings/str_cat.h"

namespace chronicle {
namespace {

absl::Status Errno(const std::string& what, const std::string& path) {
  return absl::InvalidArgumentError(absl::StrCat(what, " '", path, "': ", std::strerror(errno)));
}

absl::Status WriteToStdout(const std::string& bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0) {
    return absl::InternalError("cannot write to standard output");
  }
  return absl::OkStatus();
}

// Writes all of `bytes` to `fd`, retrying short writes and interruptions.
bool WriteAll(int fd, const std::string& bytes) {
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

absl::StatusOr<std::string> ReadFileOrStdin(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Errno("cannot read", path);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Errno("cannot read", path);
  return bytes;
}

absl::Status WriteFileAtomically(const std::string& path, const std::string& bytes) {
  if (path.empty() || path == "-") return WriteToStdout(bytes);
  std::string temp = path + ".tmp.XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) return Errno("cannot create a temporary file beside", path);
  if (!WriteAll(fd, bytes)) {
    const absl::Status status = Errno("cannot write", temp);
    close(fd);
    unlink(temp.c_str());
    return status;
  }
  // mkstemp creates the file 0600; a timeline is an ordinary readable file.
  fchmod(fd, 0644);
  const bool synced = fsync(fd) == 0;
  const bool closed = close(fd) == 0;
  if (!synced || !closed) {
    const absl::Status status = Errno("cannot write", temp);
    unlink(temp.c_str());
    return status;
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const absl::Status status = Errno("cannot replace", path);
    unlink(temp.c_str());
    return status;
  }
  return absl::OkStatus();
}

}  // namespace chronicle
