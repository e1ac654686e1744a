// The event word lists: trigger words that name events (data/triggers.tsv)
// and cue words that tell an event's status (data/cues.tsv), loaded once per
// process and matched over tokens with one hash lookup per word.
//
//   const EventLexicon& lexicon = EventLexicon::Default();
//   for (const TriggerHit& hit : lexicon.FindTriggers(text, tokens, 0, n)) ...
//   // "held talks" -> {TALKS, verb}; "G-20 Summit" -> {SUMMIT, noun}

#ifndef CHRONICLE_EXTRACTOR_EVENTS_LEXICON_H_
#define CHRONICLE_EXTRACTOR_EVENTS_LEXICON_H_

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "extractor/text/tokenizer.h"
#include "extractor/text/word_table.h"
#include "proto/timeline.pb.h"

namespace chronicle::events {

enum TriggerFlag : uint8_t {
  kNeedsObject = 1 << 0,  // a verb that needs an actor as its object
  kNeedsWith = 1 << 1,    // ... or "with" and an actor
  kPlural = 1 << 2,       // a plural noun
  kWeak = 1 << 3,         // an event only with a participant or a time
  kGerund = 1 << 4,       // an -ing form that is often not a verb
  kPersonObject = 1 << 5,  // a verb whose object must be a person ("received Naruhito")
  kAdjective = 1 << 6,     // an adjective used as a noun ("a bilateral"), not before a noun
};

struct TriggerEntry {
  std::vector<std::string> words;  // lower case, as the tokenizer splits them
  Event::Type type = Event::TYPE_UNSPECIFIED;
  bool verb = false;
  uint8_t flags = 0;
};

struct TriggerHit {
  int32_t first_token = 0;
  int32_t end_token = 0;
  const TriggerEntry* entry = nullptr;
  // The same words as the other part of speech, when the list has both
  // ("call" the noun and "call" the verb); the context decides.
  const TriggerEntry* other = nullptr;
};

// The trigger hits of each sentence of a piece, by sentence index.
using SentenceTriggers = std::vector<std::vector<TriggerHit>>;

enum class CueScope : uint8_t { kBefore, kAfter, kAny };

struct CueEntry {
  std::vector<std::string> words;
  Event::Status status = Event::STATUS_UNSPECIFIED;
  CueScope scope = CueScope::kAny;
};

struct CueHit {
  int32_t first_token = 0;
  int32_t end_token = 0;
  const CueEntry* entry = nullptr;
};

class EventLexicon {
 public:
  // Parses the two word lists; errors name the file and line.
  static absl::StatusOr<std::unique_ptr<EventLexicon>> Parse(std::string_view triggers, std::string_view cues);
  EventLexicon(const EventLexicon&) = delete;
  EventLexicon& operator=(const EventLexicon&) = delete;
  // The built-in lists; a broken list is a build defect and aborts.
  static const EventLexicon& Default();

  // The longest trigger starting at each token of [first, end), in order.
  std::vector<TriggerHit> FindTriggers(std::string_view text, const std::vector<Token>& tokens, int32_t first,
                                       int32_t end) const;
  // Every cue starting at a token of [first, end), in order; a cue may run
  // on to `match_end` when that is later ("was postponed | until
  // Thursday" read whole where a clause of its own seemed to begin).
  std::vector<CueHit> FindCues(std::string_view text, const std::vector<Token>& tokens, int32_t first, int32_t end,
                               int32_t match_end = -1) const;

 private:
  EventLexicon() = default;
  // The longest trigger that starts at token `i` and ends by `end`, or a
  // hit with no entry.
  TriggerHit LongestTriggerAt(std::string_view text, const std::vector<Token>& tokens, int32_t i, int32_t end) const;
  template <typename Entry>
  static bool MatchesAt(const Entry& e, std::string_view text, const std::vector<Token>& tokens, int32_t pos,
                        int32_t end);

  // Entry indices by their first word, found from a token's text in any
  // case without a lower-cased copy.
  class FirstWordIndex {
   public:
    template <typename Entry>
    explicit FirstWordIndex(const std::vector<Entry>& entries);
    FirstWordIndex() = default;
    // The entries whose first word is token `t`'s, or nullptr.
    const std::vector<int32_t>* Find(std::string_view text, const Token& t) const;
    // False when no entry starts with token `t`'s word; true may be wrong.
    // Inline, for the loops over every token of a text, which Find would
    // cost a call per token.
    bool MayHold(std::string_view text, const Token& t) const {
      if (t.kind == TokenKind::kPunct) return punct_may_hold_[static_cast<unsigned char>(t.punct)];
      return may_hold_[Bucket(std::string_view(text.data() + t.begin, t.size()))];
    }

   private:
    static constexpr size_t kBuckets = 1 << 16;
    // Where a word falls in `may_hold_`: by its first and last byte and its
    // length. Inline: every token comes through here, most to be turned
    // away. The 0x20 bit is set in both bytes, so that a capital falls where
    // its lower-case letter does, as WordTable compares them; some other
    // bytes do too, which only lets a few more words through to Find. A
    // test of 'A' to 'Z' on each byte cost more than the rest of the filter.
    static size_t Bucket(std::string_view word) {
      if (word.empty()) return 0;
      const auto fold = [](char c) { return static_cast<size_t>(static_cast<unsigned char>(c) | 0x20); };
      return (fold(word.front()) * 0x9E37 + fold(word.back()) * 0x79B9 + word.size() * 0x3C6F) % kBuckets;
    }

    WordTable words_;
    std::vector<std::vector<int32_t>> entries_;  // by word id
    // Set for the buckets of the index's words. Most tokens are no event
    // word and are turned away here, without hashing every byte.
    std::bitset<kBuckets> may_hold_;
    // may_hold_ for the one-byte word of each mark of punctuation, read
    // without a bucket; false for 0, a token with no mark.
    std::bitset<256> punct_may_hold_;
  };

  std::vector<TriggerEntry> triggers_;
  std::vector<CueEntry> cues_;
  FirstWordIndex triggers_by_first_;
  FirstWordIndex cues_by_first_;
};

// The lower-case text of a token into `buffer`, or empty when too long.
std::string_view LowerToken(std::string_view text, const Token& token, char* buffer, size_t capacity);

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_LEXICON_H_
