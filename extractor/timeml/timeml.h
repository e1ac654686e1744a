// Reads and writes TimeML documents for the TempEval-3 protocol: take the
// document creation time (DCT) and the text of <TEXT> with any markup
// removed, annotate it, and write the document back with TIMEX3 elements in
// <TEXT>, its character data unchanged to the byte.
//
//   absl::StatusOr<TimemlDocument> doc = ParseTimeml(raw);
//   // doc->dct == "1998-01-08", doc->plain is the text to annotate
//   std::string out = WriteTimeml(*doc, expressions);

#ifndef CHRONICLE_EXTRACTOR_TIMEML_TIMEML_H_
#define CHRONICLE_EXTRACTOR_TIMEML_TIMEML_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "proto/timeline.pb.h"

namespace chronicle {

struct TimemlDocument {
  std::string raw;       // the whole file
  std::string dct;       // the DCT's TIMEX3 value, "1998-01-08"
  size_t text_begin = 0; // raw offset just after <TEXT>
  size_t text_end = 0;   // raw offset of </TEXT>
  // The character data of <TEXT> with its markup removed but entities as
  // written ("&amp;"): what the output carries.
  std::string stripped;
  // The same with entities decoded: what is annotated.
  std::string plain;
  // For each byte of `plain`, and one past its end, the offset in `stripped`
  // where that character is written.
  std::vector<uint32_t> plain_to_stripped;
};

// Parses a TimeML document. Errors: no <TEXT> element, no DCT TIMEX3 with a
// value, malformed markup or entities inside <TEXT> (with the line).
absl::StatusOr<TimemlDocument> ParseTimeml(std::string raw);

// The document with `expressions` (byte offsets into `plain`) as TIMEX3
// elements inside <TEXT>, tids t1, t2, ...; everything outside <TEXT> as read.
// Expressions that overlap an earlier one are skipped.
std::string WriteTimeml(const TimemlDocument& doc, const std::vector<TimeExpression>& expressions);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_TIMEML_TIMEML_H_
