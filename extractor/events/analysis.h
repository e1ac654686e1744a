// Everything the earlier stages found in one piece of a document, indexed by
// token, for the event extractor to read: which actor, place or time
// expression each token belongs to.
//
//   Analysis a(text, tokens, sentences, times, actors, places, anchor);
//   int32_t actor = a.actor_at(i);   // index into actors.mentions, or -1

#ifndef CHRONICLE_EXTRACTOR_EVENTS_ANALYSIS_H_
#define CHRONICLE_EXTRACTOR_EVENTS_ANALYSIS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/actors/mention.h"
#include "extractor/events/reached_times.h"
#include "extractor/places/place_finder.h"
#include "extractor/temporal/anchor.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"
#include "proto/timeline.pb.h"

namespace chronicle::events {

class Analysis {
 public:
  // `times` are the piece's resolved expressions in proto form, with offsets
  // into `text`; `times` below holds them with offsets such as "two days
  // later" read as the date they reach. Everything passed must outlive the Analysis.
  Analysis(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
           const std::vector<TimeExpression>& times, const ActorsFound& actors,
           const std::vector<PlaceMention>& places, const temporal::Anchor& anchor);

  std::string_view text;
  const std::vector<Token>& tokens;
  const std::vector<Sentence>& sentences;
  const ReachedTimes times;
  const ActorsFound& actors;
  const std::vector<PlaceMention>& places;
  const temporal::Anchor& anchor;

  // The actor mention, place mention or time expression covering token `i`
  // (an actor mention covers its title too), or -1.
  // Out of range (one past the last token) is -1, as WordIs and IsPunct are false.
  int32_t actor_at(int32_t i) const { return i >= 0 && i < size() ? actor_at_[i] : -1; }
  int32_t place_at(int32_t i) const { return i >= 0 && i < size() ? place_at_[i] : -1; }
  int32_t time_at(int32_t i) const { return i >= 0 && i < size() ? time_at_[i] : -1; }
  // The date of the event named at token `i` that an offset is counted
  // from ("a week after | Trump's summit |"), an index into `times` that no
  // token covers; -1 if none.
  int32_t ReferencedTimeAt(int32_t i) const {
    return i >= 0 && i < size() ? times.ReferencedAt(tokens[i].begin) : -1;
  }
  // First token of an actor mention, its title included.
  int32_t ActorStart(int32_t mention) const;

  // The lower-case word of token `i` ("" for numbers, long words,
  // punctuation other than the ASCII marks, and `i` outside the text).
  // Inline: the mention builder asks for words by the hundred per trigger.
  std::string_view Word(int32_t i) const {
    if (i < 0 || i >= size()) return {};  // before the first or past the last token
    const WordSpan& w = words_[i];
    return std::string_view(word_bytes_.get() + w.begin, w.size);
  }
  bool WordIs(int32_t i, std::string_view word) const { return i >= 0 && i < size() && Word(i) == word; }
  bool IsPunct(int32_t i, char mark) const {
    return i >= 0 && i < size() && tokens[i].kind == TokenKind::kPunct && tokens[i].punct == mark;
  }
  int32_t size() const { return static_cast<int32_t>(tokens.size()); }
  // Index of the sentence holding token `i`.
  int32_t SentenceOf(int32_t i) const { return sentence_of_[i]; }

 private:
  std::vector<int32_t> actor_at_;
  std::vector<int32_t> place_at_;
  std::vector<int32_t> time_at_;
  std::vector<int32_t> sentence_of_;
  // The text lower-cased (ASCII capitals only), then each byte value once
  // for the marks of punctuation: token i's word is words_[i] in it. Words
  // are read where they stand, not copied out one by one.
  std::unique_ptr<char[]> word_bytes_;
  struct WordSpan {
    uint32_t begin = 0;
    uint32_t size = 0;
  };
  std::vector<WordSpan> words_;
};

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_ANALYSIS_H_
