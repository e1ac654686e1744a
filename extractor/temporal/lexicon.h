// Word lists for the temporal grammar, kept apart from the rules that use
// them (HeidelTime keeps reMonthLong apart from normMonth the same way).
//
// A lexicon file has sections; each is a word class the grammar names with
// `@class`, and each line a form with its normalised value:
//
//   [month]
//   august<TAB>8
//   may<TAB>5<TAB>cap        # only "May", never the modal "may"
//
// Every word the lexicon or the grammar mentions is interned once in a
// Vocabulary, so matching a token against a literal or a class costs one
// hash lookup per token, done up front.

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_LEXICON_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "extractor/text/tokenizer.h"
#include "extractor/text/word_table.h"

namespace chronicle::temporal {

// Interns lower-case words and punctuation marks as small integer ids.
class Vocabulary {
 public:
  static constexpr int32_t kUnknown = -1;

  // Returns the id of `word` (lower-cased), adding it if new.
  int32_t Intern(std::string_view word);
  // Returns the id of `word` (already lower-case), or kUnknown.
  int32_t Find(std::string_view lower_word) const;
  // Id of a token of `text`: its lower-cased word, its number, or its
  // punctuation mark ('\'' for a curly apostrophe); kUnknown if never seen.
  int32_t TokenId(std::string_view text, const Token& token) const;
  const std::string& Word(int32_t id) const { return table_.Word(id); }
  int32_t size() const { return table_.size(); }

  // Splits `phrase` with the document tokenizer and interns each token, so
  // a phrase matches text exactly where its tokens do: "year's" -> year ' s.
  std::vector<int32_t> InternPhrase(std::string_view phrase);

 private:
  // A quick "certainly not here" before the table: by a word's first two
  // bytes (folded as the table folds them), the lengths of the words that
  // start so. Most words of a text share neither with any word of the
  // grammar, and this costs less than the hash.
  static size_t PrefixKey(std::string_view word) {
    const size_t first = (static_cast<unsigned char>(word[0]) | 0x20) & 63;
    const size_t second = word.size() > 1 ? (static_cast<unsigned char>(word[1]) | 0x20) & 63 : 0;
    return first << 6 | second;
  }
  static uint32_t LengthBit(size_t length) { return 1u << (length < 31 ? length : 31); }

  // Looking a token up folds its case in place, with no copy: it is the
  // one lookup every token pays for.
  WordTable table_;
  int32_t punct_ids_[128] = {};
  std::vector<uint32_t> lengths_by_prefix_ = std::vector<uint32_t>(64 * 64);
};

struct LexEntry {
  int32_t word_class = 0;
  std::vector<int32_t> words;  // token ids of the form
  std::string value;           // normalised value, as written in the file
  bool needs_capital = false;
};

class Lexicon {
 public:
  explicit Lexicon(Vocabulary* vocabulary) : vocabulary_(vocabulary) {}

  // Adds the sections of one lexicon file. `file_name` is for messages:
  // "calendar_words.tsv:12: expected form<TAB>value".
  absl::Status AddFile(std::string_view file_name, std::string_view contents);

  // Id of a word class, or -1 when no file defines it.
  int32_t ClassId(std::string_view name) const;
  const std::string& ClassName(int32_t id) const { return class_names_[id]; }
  int32_t class_count() const { return static_cast<int32_t>(class_names_.size()); }

  // Indices of the entries whose first token has this id.
  const std::vector<int32_t>& EntriesStartingWith(int32_t word_id) const;
  const LexEntry& entry(int32_t index) const { return entries_[index]; }
  int32_t entry_count() const { return static_cast<int32_t>(entries_.size()); }

  // The value of a one-word entry of `word_class`, or empty: used by code
  // that needs a word list without going through the grammar.
  std::string_view Lookup(std::string_view word_class, std::string_view lower_word) const;

 private:
  Vocabulary* vocabulary_;
  std::vector<std::string> class_names_;
  std::vector<LexEntry> entries_;
  std::vector<std::vector<int32_t>> by_first_word_;  // indexed by word id
};

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_LEXICON_H_
