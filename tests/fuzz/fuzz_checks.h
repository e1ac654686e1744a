// Invariant checks shared by the fuzz targets in this folder: a broken one
// prints what broke and aborts, which libFuzzer reports as a crash.

#ifndef CHRONICLE_TESTS_FUZZ_FUZZ_CHECKS_H_
#define CHRONICLE_TESTS_FUZZ_FUZZ_CHECKS_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace chronicle::fuzz {

inline void Require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
  std::abort();
}

// True when byte `offset` of `text` starts a character (or is at an end).
inline bool OnCharBoundary(std::string_view text, int64_t offset) {
  return offset <= 0 || static_cast<size_t>(offset) >= text.size() ||
         (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

}  // namespace chronicle::fuzz

#endif  // CHRONICLE_TESTS_FUZZ_FUZZ_CHECKS_H_
