// Closed word classes the event extractor reads structure by (data/
// words.tsv): auxiliaries that may stand between a subject and its verb,
// definite determiners, pronouns, attendance verbs, partner and locative
// prepositions, and words that make an event generic.
//
//   const PieceWords w(WordClasses::Default(), analysis);
//   int32_t length;
//   if (w.MatchAt(WordClass::kAttendance, i, &length)) ...

#ifndef CHRONICLE_EXTRACTOR_EVENTS_WORDS_H_
#define CHRONICLE_EXTRACTOR_EVENTS_WORDS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "extractor/events/analysis.h"
#include "extractor/text/word_table.h"

namespace chronicle::events {

enum class WordClass : uint8_t {
  kVerbFiller,
  kDefinite,
  kIndefinite,
  kPersonPronoun,
  kGroupPronoun,
  kPossessivePronoun,
  kAttendance,
  kPartner,
  kLocative,
  kGeneric,
  kTwoParty,
  kThreeParty,
  kTopic,
  kSpeech,
  kSpeechTail,
  kSubordinator,
  kNegation,
  kHolding,
  kNotTopic,
  kMetThing,
  kAbsence,
  kCount,
};

class WordClasses {
 public:
  static absl::StatusOr<std::unique_ptr<WordClasses>> Parse(std::string_view data);
  static const WordClasses& Default();
  WordClasses(const WordClasses&) = delete;
  WordClasses& operator=(const WordClasses&) = delete;

 private:
  friend class PieceWords;
  WordClasses() = default;
  // MatchAt and MatchEndingAt of PieceWords, given the id of token `i`'s
  // word in `words_`.
  bool MatchAt(WordClass c, const Analysis& a, int32_t i, int32_t word_id, int32_t* length) const;
  bool MatchEndingAt(WordClass c, const Analysis& a, int32_t i, int32_t word_id, int32_t* start) const;
  std::vector<std::vector<std::string>> phrases_[static_cast<int>(WordClass::kCount)];
  // The words of all phrases; by word id, the phrases of each class that
  // start or end with it. A token's word is found with the short hash of a
  // WordTable, not std::hash: the mention builder asks for every token.
  WordTable words_;
  std::vector<std::vector<int32_t>> by_first_[static_cast<int>(WordClass::kCount)];
  std::vector<std::vector<int32_t>> by_last_[static_cast<int>(WordClass::kCount)];
  // By word id, a bit per class (1 << c) with a phrase that starts or ends
  // with the word: most questions are answered no from these, inline.
  std::vector<uint32_t> first_of_;
  std::vector<uint32_t> last_of_;
};

// The word classes of one analysed piece. Each token's word is looked up
// in the classes' table once, when first asked about: the mention builder
// asks about the same few tokens around each trigger, class after class,
// and about most tokens of the piece never.
class PieceWords {
 public:
  // Both must outlive the PieceWords.
  PieceWords(const WordClasses& classes, const Analysis& a);

  // True when a phrase of class `c` starts at token `i`; its length in
  // tokens goes to `*length` (the longest, when several match).
  // Inline up to the class bits of the word, which answer most calls: the
  // mention builder asks about every token near every trigger.
  bool MatchAt(WordClass c, int32_t i, int32_t* length = nullptr) const {
    if (i < 0 || i >= a_.size()) return false;
    const int32_t id = WordId(i);
    if (id == WordTable::kAbsent || !(classes_.first_of_[id] >> static_cast<int>(c) & 1)) return false;
    return classes_.MatchAt(c, a_, i, id, length);
  }
  // True when a phrase of class `c` ends at token `i` (inclusive); its
  // first token goes to `*start`.
  bool MatchEndingAt(WordClass c, int32_t i, int32_t* start = nullptr) const {
    if (i < 0 || i >= a_.size()) return false;
    const int32_t id = WordId(i);
    if (id == WordTable::kAbsent || !(classes_.last_of_[id] >> static_cast<int>(c) & 1)) return false;
    return classes_.MatchEndingAt(c, a_, i, id, start);
  }

 private:
  static constexpr int32_t kNotLookedUp = -2;  // WordTable::kAbsent is -1
  // The id of token `i`'s word in the classes' table, or WordTable::kAbsent;
  // looked up once per token.
  int32_t WordId(int32_t i) const {
    const int32_t id = word_ids_[i];
    return id != kNotLookedUp ? id : LookUpWordId(i);
  }
  int32_t LookUpWordId(int32_t i) const;

  const WordClasses& classes_;
  const Analysis& a_;
  mutable std::vector<int32_t> word_ids_;  // by token
};

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_WORDS_H_
