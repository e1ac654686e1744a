// Reads a long text in pieces that end at natural boundaries, so that a
// command can process a 100 MB file, or a 100 MB single line, in bounded
// memory while reporting byte offsets into the whole input.
//
//   ChunkedReader reader(path);            // or "-" for standard input
//   TextChunk chunk;
//   while (reader.Next(&chunk)) Process(chunk.text, chunk.offset);
//   if (!reader.status().ok()) ...         // unreadable, NUL, invalid UTF-8
//
// A piece ends after a blank line when it can, else after a line break, a
// sentence end or a space, and as a last resort at a UTF-8 character
// boundary.
//
// A piece is a view into the reader's buffer, valid until the next call to
// Next(): the text is read once into that buffer and never copied out.

#ifndef CHRONICLE_CLI_CHUNKED_READER_H_
#define CHRONICLE_CLI_CHUNKED_READER_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace chronicle::cli {

struct TextChunk {
  std::string_view text;  // into the reader's buffer, until the next Next()
  int64_t offset = 0;  // byte offset of text[0] in the whole input
};

class ChunkedReader {
 public:
  // `target` is the usual size of a piece; pieces are at most 2 x target.
  explicit ChunkedReader(const std::string& path, size_t target = 1 << 20);
  ~ChunkedReader();
  ChunkedReader(const ChunkedReader&) = delete;
  ChunkedReader& operator=(const ChunkedReader&) = delete;

  // The next piece; false at the end of the input or on an error. The
  // previous piece's text is gone then.
  bool Next(TextChunk* chunk);
  // Why reading stopped: OK at the end, else a message naming the input and
  // the byte offset ("'x.txt': invalid UTF-8 at byte 17"); an empty input
  // is an error too.
  const absl::Status& status() const { return status_; }
  int64_t bytes_read() const { return consumed_; }

 private:
  bool Fill();
  size_t CutPoint() const;

  std::string name_;
  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  bool eof_ = false;
  size_t target_;
  // Read and not yet handed out: buffer_[begin_, end_). The buffer holds
  // kRoom x target_ bytes, allocated on first use and not initialised, so
  // fread fills it directly; what is left after a piece moves to the front
  // only when too little room remains behind it.
  static constexpr size_t kRoom = 4;
  std::unique_ptr<char[]> buffer_;
  size_t begin_ = 0;
  size_t end_ = 0;
  int64_t consumed_ = 0;  // input bytes handed out before buffer_[begin_]
  absl::Status status_;
};

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_CHUNKED_READER_H_
