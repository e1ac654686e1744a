#include "extractor/events/analysis.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extractor/events/reached_times.h"

namespace chronicle::events {
namespace {

// Token index of the token starting at or after byte `offset`.
int32_t TokenAt(const std::vector<Token>& tokens, uint32_t offset) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.begin < o; });
  return static_cast<int32_t>(it - tokens.begin());
}

// Eight bytes with their ASCII capitals lower-cased, all other bytes kept:
// a byte is a capital when its low seven bits lie in 'A'..'Z' and its top
// bit is clear; its 0x20 bit is then set.
uint64_t LowerBlock(uint64_t bytes) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const uint64_t low7 = bytes & (0x7F * kOnes);
  const uint64_t from_a = low7 + (0x80 - 'A') * kOnes;     // top bit set from 'A' up
  const uint64_t past_z = low7 + (0x80 - 'Z' - 1) * kOnes;  // top bit set past 'Z'
  const uint64_t capitals = from_a & ~past_z & ~bytes & (0x80 * kOnes);
  return bytes | (capitals >> 2);
}

// Each byte value once, in order: where the marks of punctuation are read.
struct ByteValues {
  constexpr ByteValues() {
    for (int c = 0; c < 256; ++c) bytes[c] = static_cast<char>(c);
  }
  char bytes[256] = {};
};
constexpr ByteValues kByteValues;

// Writes `text` lower-cased (ASCII capitals only) to `out`, sixteen bytes
// at a time with SSE2 where it can, then eight.
void LowerText(std::string_view text, char* out) {
  const char* in = text.data();
  size_t left = text.size();
#if defined(__SSE2__)
  // Signed compares: bytes from 0x80 up are negative, never capitals.
  const __m128i before_a = _mm_set1_epi8('A' - 1);
  const __m128i after_z = _mm_set1_epi8('Z' + 1);
  const __m128i bit = _mm_set1_epi8(0x20);
  for (; left >= 16; left -= 16, in += 16, out += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
    const __m128i capitals = _mm_and_si128(_mm_cmpgt_epi8(block, before_a), _mm_cmpgt_epi8(after_z, block));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_or_si128(block, _mm_and_si128(capitals, bit)));
  }
#endif
  for (; left >= 8; left -= 8, in += 8, out += 8) {
    uint64_t block;
    std::memcpy(&block, in, 8);
    block = LowerBlock(block);
    std::memcpy(out, &block, 8);
  }
  for (; left > 0; --left) {
    const char c = *in++;
    *out++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
}

}  // namespace

Analysis::Analysis(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                   const std::vector<TimeExpression>& times, const ActorsFound& actors,
                   const std::vector<PlaceMention>& places, const temporal::Anchor& anchor)
    : text(text),
      tokens(tokens),
      sentences(sentences),
      times(text, times),
      actors(actors),
      places(places),
      anchor(anchor),
      actor_at_(tokens.size(), -1),
      place_at_(tokens.size(), -1),
      time_at_(tokens.size(), -1),
      sentence_of_(tokens.size(), 0) {
  for (size_t m = 0; m < actors.mentions.size(); ++m) {
    for (int32_t i = ActorStart(static_cast<int32_t>(m)); i < static_cast<int32_t>(actors.mentions[m].end_token); ++i) {
      actor_at_[i] = static_cast<int32_t>(m);
    }
  }
  for (size_t p = 0; p < places.size(); ++p) {
    for (uint32_t i = places[p].first_token; i < places[p].end_token; ++i) place_at_[i] = static_cast<int32_t>(p);
  }
  // The "Germany" of "Hamburg, Germany" only says where Hamburg is: a name
  // at the tail of a longer place is never a party.
  for (const ActorMention& m : actors.mentions) {
    const int32_t p = place_at_[m.first_token];
    if (p >= 0 && places[p].first_token < m.first_token && m.end_token <= places[p].end_token) {
      for (uint32_t i = m.first_token; i < m.end_token; ++i) actor_at_[i] = -1;
    }
  }
  for (size_t t = 0; t < times.size(); ++t) {
    const int32_t first = TokenAt(tokens, static_cast<uint32_t>(times[t].begin()));
    for (int32_t i = first; i < size() && tokens[i].begin < static_cast<uint32_t>(times[t].end()); ++i) {
      time_at_[i] = static_cast<int32_t>(t);
    }
  }
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (uint32_t i = sentences[s].first_token; i < sentences[s].end_token; ++i) {
      sentence_of_[i] = static_cast<int32_t>(s);
    }
  }
  // The lower-cased text, then the 256 byte values for the marks of
  // punctuation ('\'' for a curly apostrophe, which the text does not hold).
  const size_t marks = text.size();
  word_bytes_.reset(new char[marks + 256]);
  char* const bytes = word_bytes_.get();
  LowerText(text, bytes);
  std::memcpy(bytes + marks, kByteValues.bytes, sizeof kByteValues.bytes);
  const size_t n = tokens.size();
  words_.resize(n);
  WordSpan* const words = words_.data();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kPunct) {
      if (t.punct != 0) words[i] = {static_cast<uint32_t>(marks + static_cast<unsigned char>(t.punct)), 1};
    } else if (t.kind == TokenKind::kWord && t.size() <= 40) {
      words[i] = {t.begin, t.size()};
    }
  }
}

int32_t Analysis::ActorStart(int32_t mention) const {
  const ActorMention& m = actors.mentions[mention];
  if (m.title_begin == m.title_end) return static_cast<int32_t>(m.first_token);
  const int32_t title = TokenAt(tokens, m.title_begin);
  return std::min(title, static_cast<int32_t>(m.first_token));
}

}  // namespace chronicle::events
