// libFuzzer target for the text layer, the date resolver and the TimeML
// reader/writer, on arbitrary bytes. Built and run by scripts/fuzz.sh with
// clang's -fsanitize=fuzzer,address,undefined.
//
// Every input goes through the steps the product takes with a file:
//   - CheckText; text it rejects (invalid UTF-8, NUL) is not annotated,
//     as the commands refuse it too;
//   - pieces (chunks.h), tokens and sentences, with their invariants;
//   - TemporalAnnotator::Annotate against an anchor picked from the input
//     size, with the expressions inside the text and on character bounds;
//   - Anchor::Parse on the first line;
//   - ParseTimeml on the raw bytes, and when that succeeds, annotate the
//     plain text, WriteTimeml, and read the output back: same DCT and text.
// A broken invariant aborts, which libFuzzer reports as a crash.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/temporal/annotator.h"
#include "extractor/text/chunks.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"
#include "extractor/text/utf8.h"
#include "tests/fuzz/fuzz_checks.h"
#include "extractor/timeml/timeml.h"

namespace chronicle {
namespace {

using fuzz::OnCharBoundary;
using fuzz::Require;

// Anchors the inputs are resolved against, from ordinary to extreme.
const temporal::Anchor& PickAnchor(size_t size) {
  static const auto* anchors = [] {
    auto* out = new std::vector<temporal::Anchor>;
    for (const char* a : {"2025-08-13", "1998-01-08T09:30 America/New_York", "2000-02-29", "1999-12-31T23:59",
                          "0001-01-01", "9999-12-31", "2024-03-10T02:30 America/Los_Angeles"}) {
      absl::StatusOr<temporal::Anchor> parsed = temporal::Anchor::Parse(a);
      if (parsed.ok()) out->push_back(*parsed);
    }
    Require(!out->empty(), "no anchor parses");
    return out;
  }();
  return (*anchors)[size % anchors->size()];
}

void CheckTokensAndSentences(std::string_view text, const std::vector<Token>& tokens,
                             const std::vector<Sentence>& sentences) {
  uint32_t last_end = 0;
  for (const Token& t : tokens) {
    Require(t.begin < t.end && t.end <= text.size(), "token inside the text");
    Require(t.begin >= last_end, "tokens in order without overlap");
    Require(OnCharBoundary(text, t.begin) && OnCharBoundary(text, t.end), "token on character boundaries");
    last_end = t.end;
  }
  uint32_t next_token = 0;
  for (const Sentence& s : sentences) {
    Require(s.first_token == next_token && s.first_token < s.end_token, "sentences cover every token in order");
    Require(s.end_token <= tokens.size(), "sentence inside the tokens");
    next_token = s.end_token;
  }
  Require(next_token == tokens.size(), "sentences cover every token");
}

void CheckExpressions(std::string_view text, const std::vector<temporal::ResolvedExpression>& found,
                      size_t sentence_count) {
  const temporal::TemporalAnnotator& annotator = temporal::TemporalAnnotator::Default();
  for (const temporal::ResolvedExpression& e : found) {
    Require(e.begin < e.end && e.end <= text.size(), "expression inside the text");
    Require(OnCharBoundary(text, e.begin) && OnCharBoundary(text, e.end), "expression on character boundaries");
    Require(e.sentence >= 0 && static_cast<size_t>(e.sentence) < sentence_count, "expression in a sentence");
    const TimeExpression proto = annotator.ToProto(text, e);
    Require(proto.text() == text.substr(e.begin, e.end - e.begin), "proto text is the expression's bytes");
    Require(CheckText(proto.value()).ok(), "value is valid UTF-8");
  }
}

void AnnotateText(std::string_view text) {
  // Pieces as the pipeline cuts them, small so that inputs have several.
  size_t covered = 0;
  for (const TextPiece& piece : SplitIntoPieces(text, 64)) {
    Require(piece.offset == covered && !piece.text.empty(), "pieces are contiguous and not empty");
    Require(piece.text.size() <= 128, "pieces are at most 2 x target");
    Require(OnCharBoundary(text, piece.offset), "pieces cut on character boundaries");
    covered += piece.text.size();
  }
  Require(covered == text.size(), "pieces cover the text");

  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  CheckTokensAndSentences(text, tokens, sentences);
  temporal::DocumentState state;
  const auto found =
      temporal::TemporalAnnotator::Default().Annotate(text, tokens, sentences, PickAnchor(text.size()), &state);
  CheckExpressions(text, found, sentences.size());
}

void RoundTripTimeml(std::string_view bytes) {
  absl::StatusOr<TimemlDocument> doc = ParseTimeml(std::string(bytes));
  if (!doc.ok()) return;
  if (!CheckText(doc->plain).ok()) return;  // the timeml command refuses such text
  absl::StatusOr<temporal::Anchor> anchor = temporal::Anchor::Parse(doc->dct);
  if (!anchor.ok()) return;
  const std::vector<TimeExpression> expressions =
      temporal::TemporalAnnotator::Default().AnnotateText(doc->plain, *anchor);
  const std::string written = WriteTimeml(*doc, expressions);
  absl::StatusOr<TimemlDocument> again = ParseTimeml(written);
  Require(again.ok(), "WriteTimeml output parses");
  Require(again->dct == doc->dct, "WriteTimeml keeps the DCT");
  Require(again->plain == doc->plain, "WriteTimeml keeps the text");
}

}  // namespace
}  // namespace chronicle

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const chronicle::TextError error = chronicle::CheckText(bytes);
  if (error.ok()) {
    chronicle::AnnotateText(bytes);
    const std::string_view first_line = bytes.substr(0, bytes.find('\n'));
    (void)chronicle::temporal::Anchor::Parse(first_line.substr(0, 80));
  } else {
    chronicle::fuzz::Require(error.offset >= 0 && static_cast<size_t>(error.offset) < size, "error offset in the input");
  }
  chronicle::RoundTripTimeml(bytes);
  return 0;
}
