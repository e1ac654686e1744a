// Splits tokenized text into sentences, and marks lines that read as
// headings ("Tomorrow Today", "The Inbox") so that later stages can let a
// heading govern the lines listed under it.
//
//   Trump met Putin. They spoke on Aug. 15.\nTomorrow\n— Panel, 10 a.m.
//   -> [Trump met Putin.] [They spoke on Aug. 15.] [Tomorrow]* [— Panel, 10 a.m.]
//   (* heading)

#ifndef CHRONICLE_EXTRACTOR_TEXT_SENTENCES_H_
#define CHRONICLE_EXTRACTOR_TEXT_SENTENCES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extractor/text/tokenizer.h"

namespace chronicle {

struct Sentence {
  uint32_t begin = 0;        // byte offset of the first token
  uint32_t end = 0;          // byte offset just after the last token
  uint32_t first_token = 0;  // index of the first token
  uint32_t end_token = 0;    // index just after the last token
  bool line_start = false;   // begins a line
  // A whole line with no sentence-final punctuation, short enough to be a
  // heading or a title.
  bool heading = false;
  // A line that starts with a bullet or dash, or with a clock time and a
  // dash or colon ("9 a.m. — ..."), as in a listing.
  bool list_item = false;
};

// Splits `tokens` (from Tokenize(text)) into sentences covering every token.
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens);

// Index of the sentence holding byte `offset`, by binary search; the last
// sentence starting at or before it.
int SentenceAt(const std::vector<Sentence>& sentences, uint32_t offset);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_TEXT_SENTENCES_H_
