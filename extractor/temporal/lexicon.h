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
#include "extractor/temporal/short_words.h"
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
  // Inline: every token of every text comes through here.
  int32_t TokenId(std::string_view text, const Token& token) const {
    if (token.kind == TokenKind::kPunct) {
      const unsigned char c = static_cast<unsigned char>(token.punct);
      return c == 0 ? kUnknown : punct_ids_[c] - 1;
    }
    const std::string_view word = token.text(text);
    const char* readable_end = text.data() + text.size();
    if (ShortWords::Covers(word, readable_end)) return short_words_.Find(word);
    return LongWordId(word, readable_end);
  }
  // TokenId of each of `tokens` into `ids` (as many): the loop that every
  // token of a text goes through, with the short-word table in registers.
  void TokenIds(std::string_view text, const std::vector<Token>& tokens, int32_t* ids) const;
  const std::string& Word(int32_t id) const { return table_.Word(id); }
  int32_t size() const { return table_.size(); }

  // Splits `phrase` with the document tokenizer and interns each token, so
  // a phrase matches text exactly where its tokens do: "year's" -> year ' s.
  std::vector<int32_t> InternPhrase(std::string_view phrase);

 private:
  // A quick "certainly not here" before the table: one bit per hash of a
  // word's first, second and last bytes and its length (folded as the table
  // folds case). Most words of a text are in no word list, and this costs
  // less than hashing every byte. Words of up to eight bytes skip it:
  // short_words_ answers for them at once.
  static uint32_t SketchBit(std::string_view word) {
    const auto fold = [](char c) { return static_cast<uint32_t>(static_cast<unsigned char>(c) | 0x20); };
    const uint32_t second = word.size() > 1 ? fold(word[1]) : 0;
    const uint32_t length = word.size() < 255 ? static_cast<uint32_t>(word.size()) : 255;
    const uint32_t key = fold(word[0]) | second << 8 | fold(word.back()) << 16 | length << 24;
    return (key * 0x9E3779B1u) >> 16;
  }
  bool MayHold(std::string_view word) const {
    const uint32_t bit = SketchBit(word);
    return sketch_[bit >> 6] >> (bit & 63) & 1;
  }
  // TokenId of a word that ShortWords does not cover.
  int32_t LongWordId(std::string_view word, const char* readable_end) const {
    if (!word.empty() && !MayHold(word)) return kUnknown;
    return table_.FindInText(word, readable_end);
  }
  __attribute__((noinline)) int32_t LongWordIdOutOfLine(std::string_view word, const char* readable_end) const;

  // Looking a token up folds its case in place, with no copy: it is the
  // one lookup every token pays for.
  WordTable table_;
  ShortWords short_words_;  // the same ids for words of up to eight bytes
  int32_t punct_ids_[128] = {};
  std::vector<uint64_t> sketch_ = std::vector<uint64_t>(1024);  // 65,536 bits
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
  // Inline: the parser and the tense detector ask for every token.
  const std::vector<int32_t>& EntriesStartingWith(int32_t word_id) const {
    if (word_id < 0 || word_id >= static_cast<int32_t>(by_first_word_.size())) return no_entries_;
    return by_first_word_[word_id];
  }
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
  std::vector<int32_t> no_entries_;
};

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_LEXICON_H_
