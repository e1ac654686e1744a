// A table of lower-case words that a token's text finds in any case, with
// no copy: the hash and the comparison fold ASCII capitals in place. Every
// stage that matches words (the temporal vocabulary, the gazetteers' phrase
// index, the event word lists) looks tokens up in one, so a lookup costs a
// short hash and one probe instead of a lower-cased copy and std::hash.
//
//   WordTable table;
//   int32_t id = table.Intern("August");   // stored as "august"
//   table.Find("AUGUST") == id;  table.Find("augusta") == WordTable::kAbsent;
//
// Only ASCII letters fold; other bytes must match exactly.

#ifndef CHRONICLE_EXTRACTOR_TEXT_WORD_TABLE_H_
#define CHRONICLE_EXTRACTOR_TEXT_WORD_TABLE_H_

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle {

class WordTable {
 public:
  static constexpr int32_t kAbsent = -1;

  WordTable() = default;
  // Moves keep the words where they are; a copy would view the original's.
  WordTable(WordTable&&) = default;
  WordTable& operator=(WordTable&&) = default;
  WordTable(const WordTable&) = delete;
  WordTable& operator=(const WordTable&) = delete;

  // The id of `word` lower-cased, adding it when new. Ids count from 0 in
  // the order words were first added.
  int32_t Intern(std::string_view word);
  // The id of `word` in any case, or kAbsent. Inline: every token of every
  // stage comes through here.
  int32_t Find(std::string_view word) const { return Probe(word, HashIgnoringCase(word)); }
  // Find() for a word inside a text that may be read up to `readable_end`
  // (exclusive): where the eight-byte blocks covering the word can be read
  // whole, it hashes a block at a time instead of a byte at a time. The
  // same id.
  int32_t FindInText(std::string_view word, const char* readable_end) const {
    const size_t blocks = (word.size() + 7) & ~size_t{7};
    const bool whole = static_cast<size_t>(readable_end - word.data()) >= blocks;
    return Probe(word, whole ? HashBlocks(word) : HashIgnoringCase(word));
  }
  // The lower-case word of an id.
  const std::string& Word(int32_t id) const { return words_[id]; }
  int32_t size() const { return static_cast<int32_t>(words_.size()); }

 private:
  struct Slot {
    uint32_t hash = 0;
    int32_t id = kAbsent;
  };

  static char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

  // Hashes eight bytes at a time with the 0x20 bit set in each, so that
  // ASCII letters hash alike in either case. Other bytes may collide too;
  // the comparison after the hash is exact, so that only costs a probe.
  static uint32_t HashIgnoringCase(std::string_view word) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ word.size();
    const unsigned char* p = reinterpret_cast<const unsigned char*>(word.data());
    for (size_t left = word.size(); left > 0;) {
      const size_t n = left < 8 ? left : 8;
      uint64_t chunk = 0;
      for (size_t k = 0; k < n; ++k) chunk |= static_cast<uint64_t>(p[k] | 0x20) << (8 * k);
      h = (h ^ chunk) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
      p += n;
      left -= n;
    }
    return static_cast<uint32_t>(h >> 32) | 1;  // never 0
  }

  // HashIgnoringCase, reading whole eight-byte blocks (little-endian, as
  // on x86) and masking off the bytes past the word.
  static uint32_t HashBlocks(std::string_view word) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ word.size();
    const char* p = word.data();
    for (size_t left = word.size(); left > 0;) {
      const size_t n = left < 8 ? left : 8;
      uint64_t chunk;
      std::memcpy(&chunk, p, 8);
      chunk |= 0x2020202020202020ull;
      if (n < 8) chunk &= (uint64_t{1} << (8 * n)) - 1;
      h = (h ^ chunk) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
      p += n;
      left -= n;
    }
    return static_cast<uint32_t>(h >> 32) | 1;  // never 0
  }

  int32_t Probe(std::string_view word, uint32_t hash) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id < 0) return kAbsent;
      if (slot.hash == hash && EqualsLowered(word, views_[slot.id])) return slot.id;
    }
  }

  static bool EqualsLowered(std::string_view word, std::string_view lower) {
    if (word.size() != lower.size()) return false;
    for (size_t k = 0; k < word.size(); ++k) {
      if (Lower(word[k]) != lower[k]) return false;
    }
    return true;
  }

  void Grow();

  std::deque<std::string> words_;  // by id; a deque, so Word() references stay valid
  std::vector<std::string_view> views_;  // the same words, by id, for quick comparison
  std::vector<Slot> slots_ = std::vector<Slot>(256);  // open addressing, a power of two
};

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_TEXT_WORD_TABLE_H_
