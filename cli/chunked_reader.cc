#include "cli/chunked_reader.h"

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "cli/io.h"  // kMaxInputBytes
#include "extractor/text/chunks.h"
#include "extractor/text/utf8.h"

namespace chronicle::cli {

ChunkedReader::ChunkedReader(const std::string& path, size_t target)
    : name_(path == "-" ? "standard input" : absl::StrCat("'", path, "'")), target_(target) {
  if (path == "-") {
    file_ = stdin;
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    owns_file_ = true;
    if (file_ == nullptr) {
      status_ = absl::InvalidArgumentError(absl::StrCat("cannot read ", name_, ": ", std::strerror(errno)));
    }
  }
}

ChunkedReader::~ChunkedReader() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

bool ChunkedReader::Fill() {
  while (!eof_ && buffer_.size() < 2 * target_) {
    // fread fills an uninitialised block, and only what it read is
    // appended: growing buffer_ by target_ first would zero a megabyte,
    // most of the work on a small file.
    if (scratch_ == nullptr) scratch_.reset(new char[target_]);
    const size_t n = std::fread(scratch_.get(), 1, target_, file_);
    buffer_.append(scratch_.get(), n);
    if (n < target_) {
      if (std::ferror(file_)) {
        status_ = absl::InvalidArgumentError(absl::StrCat("cannot read ", name_, ": ", std::strerror(errno)));
        return false;
      }
      eof_ = true;
    }
  }
  return true;
}

size_t ChunkedReader::CutPoint() const {
  return PieceEnd(std::string_view(buffer_.data(), buffer_.size()), target_);
}

bool ChunkedReader::Next(TextChunk* chunk) {
  if (!status_.ok() || file_ == nullptr) return false;
  if (!Fill()) return false;
  if (buffer_.empty()) {
    if (consumed_ == 0) status_ = absl::InvalidArgumentError(absl::StrCat(name_, " is empty"));
    return false;
  }
  const size_t cut = CutPoint();
  if (consumed_ + static_cast<int64_t>(cut) > kMaxInputBytes) {
    status_ = absl::InvalidArgumentError(absl::StrCat(name_, " is larger than 2 GiB, the most chronicle reads"));
    return false;
  }
  chunk->text.assign(buffer_, 0, cut);
  chunk->offset = consumed_;
  const TextError error = CheckText(chunk->text);
  if (!error.ok()) {
    const std::string what = error.message.substr(0, error.message.find(" at byte"));
    status_ = absl::InvalidArgumentError(absl::StrCat(name_, ": ", what, " at byte ", consumed_ + error.offset));
    return false;
  }
  buffer_.erase(0, cut);
  consumed_ += static_cast<int64_t>(cut);
  return true;
}

}  // namespace chronicle::cli
