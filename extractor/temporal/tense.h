// Decides the tense of the clause around a time expression, so that
// "Friday" can be the last one ("met on Friday") or the next ("will meet on
// Friday"). Looks for the nearest tense marker in the sentence: an
// auxiliary or modal (data/en/tense_words.tsv), an irregular past form, or a
// regular past in -ed; markers before the expression win ties.
//
//   "Putin spoke with Kim on Tuesday evening"  -> kPast   ("spoke")
//   "They will meet in Alaska on Friday"        -> kFuture ("will")
//   "On Friday, Trump announced the summit"     -> kPast   ("announced")

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_TENSE_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_TENSE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extractor/temporal/grammar.h"
#include "extractor/temporal/resolver.h"
#include "extractor/text/tokenizer.h"

namespace chronicle::temporal {

class TenseDetector {
 public:
  // Uses the [future], [past], [present] and [no_tense] classes of the
  // grammar's lexicon.
  explicit TenseDetector(const Grammar* grammar);

  // The tense around tokens [expr_first, expr_end) within the sentence
  // [sentence_first, sentence_end). `word_ids` are the tokens' vocabulary ids.
  Tense Detect(std::string_view text, const std::vector<Token>& tokens, const std::vector<int32_t>& word_ids,
               int32_t sentence_first, int32_t sentence_end, int32_t expr_first, int32_t expr_end) const;

  // Whether the word at `i` ends a two-word phrase without tense ("as
  // planned"), which a scan from the right meets last word first.
  bool InPhraseWithoutTense(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<int32_t>& word_ids, int32_t i, int32_t end) const;
  // The tense marked at token `i`, and in `*length` how many tokens the
  // marker spans; kUnknown when none starts there.
  Tense MarkerAt(std::string_view text, const std::vector<Token>& tokens, const std::vector<int32_t>& word_ids,
                 int32_t i, int32_t end, int32_t* length) const;

 private:
  // Whether MarkerAt can find a marker at `i`: the word starts an entry of
  // those classes or may be a regular past. Most words are neither, and
  // asking here costs less than the call.
  bool MayMark(std::string_view text, const std::vector<Token>& tokens, const std::vector<int32_t>& word_ids,
               int32_t i) const;

  const Grammar* grammar_;
  int32_t future_ = -1;
  int32_t past_ = -1;
  int32_t present_ = -1;
  int32_t no_tense_ = -1;
  // By word id: whether an entry of those classes starts with the word.
  // Most words start none, and MarkerAt is asked about every word between
  // an expression and its verb.
  std::vector<bool> starts_marker_;
};

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_TENSE_H_
