// A fixed set of short lower-case words, asked of many tokens: "is this word
// one of the clause breaks?", "an irregular past form?".
//
//   static const ShortWordSet* const kBreaks = new ShortWordSet({"but", "while", "since"});
//   kBreaks->Contains("while");  // true
//
// Why: the event rules ask such questions of nearly every token around every
// trigger, and a loop comparing the word with each member cost a compare
// and a branch per member. Here a word is compared only with the members of
// its first byte and size, usually none or one.

#ifndef CHRONICLE_EXTRACTOR_EVENTS_SHORT_WORD_SET_H_
#define CHRONICLE_EXTRACTOR_EVENTS_SHORT_WORD_SET_H_

#include <array>
#include <cstdlib>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace chronicle::events {

class ShortWordSet {
 public:
  // Longest member a set can hold.
  static constexpr size_t kMaxSize = 15;

  // `words` must outlive the set (string literals do); each is 1 to
  // kMaxSize bytes long.
  explicit ShortWordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      if (w.empty() || w.size() > kMaxSize) std::abort();  // a bug in the list, found at start-up
      buckets_[Bucket(w)].push_back(w);
    }
  }

  bool Contains(std::string_view word) const {
    if (word.empty() || word.size() > kMaxSize) return false;
    for (std::string_view member : buckets_[Bucket(word)]) {
      if (member == word) return true;
    }
    return false;
  }

 private:
  // By the low five bits of the first byte (a letter's place in the
  // alphabet) and the size.
  static size_t Bucket(std::string_view w) {
    return (static_cast<unsigned char>(w.front()) & 31) * (kMaxSize + 1) + w.size();
  }

  std::array<std::vector<std::string_view>, 32 * (kMaxSize + 1)> buckets_;
};

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_SHORT_WORD_SET_H_
