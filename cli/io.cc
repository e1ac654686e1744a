#include "cli/io.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "extractor/text/utf8.h"

namespace chronicle::cli {
namespace {

absl::Status Errno(const std::string& what, const std::string& path) {
  return absl::InvalidArgumentError(absl::StrCat(what, " '", path, "': ", std::strerror(errno)));
}

}  // namespace

absl::StatusOr<std::string> ReadInput(const std::string& path) {
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

absl::StatusOr<std::string> ReadText(const std::string& path) {
  absl::StatusOr<std::string> bytes = ReadInput(path);
  if (!bytes.ok()) return bytes;
  const std::string name = path == "-" ? "standard input" : absl::StrCat("'", path, "'");
  if (bytes->empty()) return absl::InvalidArgumentError(absl::StrCat(name, " is empty"));
  const TextError error = CheckText(*bytes);
  if (!error.ok()) return absl::InvalidArgumentError(absl::StrCat(name, ": ", error.message));
  return bytes;
}

absl::Status WriteOutput(const std::string& path, const std::string& bytes) {
  if (path.empty() || path == "-") {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0) {
      return absl::InternalError("cannot write to standard output");
    }
    return absl::OkStatus();
  }
  std::string temp = path + ".tmp.XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) return Errno("cannot create a temporary file beside", path);
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const absl::Status status = Errno("cannot write", temp);
      close(fd);
      unlink(temp.c_str());
      return status;
    }
    written += static_cast<size_t>(n);
  }
  fchmod(fd, 0644);
  if (fsync(fd) != 0 || close(fd) != 0) {
    unlink(temp.c_str());
    return Errno("cannot write", temp);
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const absl::Status status = Errno("cannot replace", path);
    unlink(temp.c_str());
    return status;
  }
  return absl::OkStatus();
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
