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
  while (!eof_ && end_ - begin_ < 2 * target_) {
    if (buffer_ == nullptr) buffer_.reset(new char[kRoom * target_]);
    // Less than 2 x target_ is left, so at the front there is room for
    // another target_ bytes and more.
    if (kRoom * target_ - end_ < target_) {
      std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    const size_t n = std::fread(buffer_.get() + end_, 1, target_, file_);
    end_ += n;
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
  return PieceEnd(std::string_view(buffer_.get() + begin_, end_ - begin_), target_);
}

bool ChunkedReader::Next(TextChunk* chunk) {
  if (!status_.ok() || file_ == nullptr) return false;
  if (!Fill()) return false;
  if (begin_ == end_) {
    if (consumed_ == 0) status_ = absl::InvalidArgumentError(absl::StrCat(name_, " is empty"));
    return false;
  }
  const size_t cut = CutPoint();
  if (consumed_ + static_cast<int64_t>(cut) > kMaxInputBytes) {
    status_ = absl::InvalidArgumentError(absl::StrCat(name_, " is larger than 2 GiB, the most chronicle reads"));
    return false;
  }
  chunk->text = std::string_view(buffer_.get() + begin_, cut);
  chunk->offset = consumed_;
  const TextError error = CheckText(chunk->text);
  if (!error.ok()) {
    const std::string what = error.message.substr(0, error.message.find(" at byte"));
    status_ = absl::InvalidArgumentError(absl::StrCat(name_, ": ", what, " at byte ", consumed_ + error.offset));
    return false;
  }
  begin_ += cut;
  consumed_ += static_cast<int64_t>(cut);
  return true;
}

}  // namespace chronicle::cli
