#include "extractor/text/chunks.h"

#include <algorithm>
#include <cstring>

#include "extractor/text/utf8.h"

namespace chronicle {

size_t PieceEnd(std::string_view window, size_t target) {
  if (window.size() <= target) return window.size();
  const size_t limit = std::min(window.size(), 2 * target);
  const size_t floor = target / 2;
  for (const char* boundary : {"\n\n", "\n", ". ", " "}) {
    const size_t length = std::strlen(boundary);
    const size_t at = window.rfind(boundary, limit - length);
    if (at != std::string_view::npos && at >= floor) return at + length;
  }
  const size_t safe = Utf8SafePrefix(window, limit);
  return safe > 0 ? safe : limit;  // a run of stray bytes: let the checks report it
}

std::vector<TextPiece> SplitIntoPieces(std::string_view text, size_t target) {
  std::vector<TextPiece> pieces;
  size_t offset = 0;
  while (offset < text.size()) {
    const std::string_view window = text.substr(offset);
    const size_t end = PieceEnd(window, target);
    pieces.push_back({window.substr(0, end), offset});
    offset += end;
  }
  return pieces;
}

}  // namespace chronicle
