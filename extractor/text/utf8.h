// UTF-8 checks for input text. chronicle reports byte offsets into the text
// it was given, so it refuses text it cannot read rather than repairing it.
//
//   TextError e = CheckText(bytes);
//   if (!e.ok()) std::cerr << e.message << "\n";   // "invalid UTF-8 at byte 17"

#ifndef CHRONICLE_EXTRACTOR_TEXT_UTF8_H_
#define CHRONICLE_EXTRACTOR_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace chronicle {

// Why a text cannot be processed, or nothing.
struct TextError {
  // Byte offset of the problem, or -1 when the text is fine.
  int64_t offset = -1;
  std::string message;
  bool ok() const { return offset < 0; }
};

// Returns the first problem in `text`: a NUL byte or an invalid, overlong or
// surrogate UTF-8 sequence. An empty text is not an error here; callers
// decide whether empty input makes sense.
TextError CheckText(std::string_view text);

// Length in bytes of the well-formed UTF-8 sequence at text[pos], or 0 when
// the bytes there are not one.
int Utf8SequenceLength(std::string_view text, size_t pos);

// Decodes the code point at text[pos] (which must start a valid sequence)
// and stores its byte length in `*length`.
char32_t DecodeUtf8(std::string_view text, size_t pos, int* length);

// Largest n <= limit such that text[0, n) does not end inside a UTF-8
// sequence. Used to cut long input into chunks and to fold lines.
size_t Utf8SafePrefix(std::string_view text, size_t limit);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_TEXT_UTF8_H_
