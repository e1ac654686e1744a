// The words of at most eight bytes of a vocabulary, each kept as one 64-bit
// key: its ASCII-lower-case bytes, zero-padded. A token of a text is looked
// up by loading its bytes as one word, folding the capitals of all eight at
// once and comparing one integer, instead of hashing and comparing it a
// byte at a time. Most tokens of a text are that short.
//
//   ShortWords words;
//   words.Add("august", 7);
//   words.Find("AUGUST", end_of_text) == 7;
//
// Only ASCII capitals fold, as in WordTable; other bytes must match exactly.

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_SHORT_WORDS_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_SHORT_WORDS_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace chronicle::temporal {

class ShortWords {
 public:
  static constexpr size_t kMaxBytes = 8;
  static constexpr int32_t kAbsent = -1;

  // Files `lower_word` (already lower-case, 1 to kMaxBytes bytes) under `id`.
  void Add(std::string_view lower_word, int32_t id);

  // Whether Find can answer for `word`: it is short and its eight bytes
  // from the start can be read without passing `readable_end`.
  static bool Covers(std::string_view word, const char* readable_end) {
    return !word.empty() && word.size() <= kMaxBytes && readable_end - word.data() >= 8;
  }
  // The id of `word` in any case, or kAbsent. Needs Covers(word, ...).
  int32_t Find(std::string_view word) const { return finder().Find(word); }

  // The table as a value, for a run of lookups: held in locals, its fields
  // stay in registers, where the members would be reloaded after each id
  // the caller stores (an int32_t written may alias them).
  class Finder {
   public:
    // As ShortWords::Find.
    int32_t Find(std::string_view word) const {
      uint64_t bytes;
      std::memcpy(&bytes, word.data(), 8);
      const uint64_t key = FoldCapitals(bytes) & LowBytes(word.size());
      for (size_t i = Slot(key, shift_, mask_);; i = (i + 1) & mask_) {
        if (keys_[i] == key) return ids_[i];
        if (keys_[i] == 0) return kAbsent;
      }
    }

   private:
    friend class ShortWords;
    Finder(const uint64_t* keys, const int32_t* ids, size_t mask, int shift)
        : keys_(keys), ids_(ids), mask_(mask), shift_(shift) {}
    const uint64_t* keys_;
    const int32_t* ids_;
    size_t mask_;
    int shift_;
  };
  Finder finder() const { return Finder(keys_.data(), ids_.data(), mask_, shift_); }

 private:
  // The bytes of `lower_word` as a key, zero-padded (little-endian, as on
  // x86, the first byte lowest; a word holds no zero byte).
  static uint64_t KeyOf(std::string_view lower_word);
  // A mask of the first `n` bytes.
  static uint64_t LowBytes(size_t n) { return n >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1; }
  // Sets the 0x20 bit of each byte that is an ASCII capital A-Z. The high
  // bit is cleared before adding, so no byte carries into the next.
  static uint64_t FoldCapitals(uint64_t w) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    const uint64_t low7 = w & ~kHigh;
    const uint64_t at_least_a = low7 + (0x80 - 'A') * kOnes;
    const uint64_t above_z = low7 + (0x80 - 'Z' - 1) * kOnes;
    const uint64_t capitals = at_least_a & ~above_z & ~w & kHigh;
    return w | (capitals >> 2);
  }
  static size_t Slot(uint64_t key, int shift, size_t mask) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift) & mask;
  }
  size_t Slot(uint64_t key) const { return Slot(key, shift_, mask_); }
  void Grow();

  // Open addressing; a zero key is an empty slot. Starts with 64 slots.
  std::vector<uint64_t> keys_ = std::vector<uint64_t>(64, 0);
  std::vector<int32_t> ids_ = std::vector<int32_t>(64, kAbsent);
  size_t mask_ = 63;
  int shift_ = 58;  // 64 - log2(slots)
  size_t count_ = 0;
};

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_SHORT_WORDS_H_
