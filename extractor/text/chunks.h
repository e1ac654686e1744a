// Cuts a long text into pieces at natural boundaries so that every stage
// works in bounded memory however long a document is.
//
//   for (const TextPiece& p : SplitIntoPieces(text, 1 << 20)) Use(p.text, p.offset);
//
// A piece ends after a blank line when it can, else after a line break, a
// sentence end or a space, and as a last resort at a UTF-8 character
// boundary; pieces are at most 2 x target bytes.

#ifndef CHRONICLE_EXTRACTOR_TEXT_CHUNKS_H_
#define CHRONICLE_EXTRACTOR_TEXT_CHUNKS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace chronicle {

struct TextPiece {
  std::string_view text;
  size_t offset = 0;  // of text[0] in the whole text
};

// Where to end a piece of `window` that should be about `target` bytes.
size_t PieceEnd(std::string_view window, size_t target);

std::vector<TextPiece> SplitIntoPieces(std::string_view text, size_t target);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_TEXT_CHUNKS_H_
