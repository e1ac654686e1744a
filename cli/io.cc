#include "cli/io.h"

#include <sys/stat.h>

#include "absl/strings/str_cat.h"
#include "extractor/text/utf8.h"
#include "timeline/files.h"

namespace chronicle::cli {

absl::Status CheckNotDirectory(const std::string& path) {
  struct stat st;
  if (path != "-" && stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return absl::InvalidArgumentError(absl::StrCat("cannot read '", path, "': Is a directory"));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadInput(const std::string& path) {
  // The stream reader underneath throws on a folder rather than failing.
  if (absl::Status s = CheckNotDirectory(path); !s.ok()) return s;
  return ReadFileOrStdin(path);
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
