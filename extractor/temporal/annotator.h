// The date resolver's public API: finds every time expression in a text and
// resolves it against an anchor (the publication date), an earlier
// expression or an event. The grammar is compiled once per process; the
// annotator never reads the clock or any file.
//
//   const TemporalAnnotator& annotator = TemporalAnnotator::Default();
//   Anchor anchor = *Anchor::Parse("2025-08-13");
//   for (const chronicle::TimeExpression& t : annotator.AnnotateText(text, anchor))
//     std::cout << t.text() << " " << t.value() << "\n";   // "Friday 2025-08-15"

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_ANNOTATOR_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_ANNOTATOR_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "extractor/temporal/anchor.h"
#include "extractor/temporal/chart_parser.h"
#include "extractor/temporal/grammar.h"
#include "extractor/temporal/resolver.h"
#include "extractor/temporal/tense.h"
#include "extractor/temporal/temporal_value.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"
#include "proto/timeline.pb.h"

namespace chronicle::temporal {

// One time expression with everything known about it.
struct ResolvedExpression {
  uint32_t begin = 0;  // bytes [begin, end) of the document text
  uint32_t end = 0;
  int32_t first_token = 0;  // tokens [first_token, end_token)
  int32_t end_token = 0;
  int32_t sentence = 0;     // index into the sentences
  int32_t rule = -1;        // index into the grammar's rules
  Tense tense = Tense::kUnknown;
  TemporalValue value;      // as extracted
  Resolution resolution;    // as resolved
};

// What carries from one stretch of a document to the next when a long
// document is annotated in pieces.
struct DocumentState {
  std::optional<Focus> focus;
  std::optional<Focus> period_focus;
  int expressions_so_far = 0;
};

// The proto enums of a resolution, and its year_inferred flag: what ToProto
// sets, for writers that print the same fields without building the proto
// (the JSON of `chronicle dates`).
chronicle::TimeExpression::Type ProtoType(TimexType t);
chronicle::AnchorKind ProtoAnchor(AnchorUse a);
// A month or season without a year whose year the publication date chose:
// the one kind of guess that knowledge of the dated event may overrule.
bool YearInferred(const ResolvedExpression& e);

class TemporalAnnotator {
 public:
  // Compiles the embedded English grammar and word lists.
  static absl::StatusOr<std::unique_ptr<TemporalAnnotator>> Create();
  // A process-wide annotator, compiled on first use. The embedded grammar is
  // checked by the tests, so a failure here is a build defect and aborts.
  static const TemporalAnnotator& Default();

  // Annotates a tokenized text. Offsets are those of `tokens`. `state`
  // (optional) carries the time in focus across calls.
  std::vector<ResolvedExpression> Annotate(std::string_view text, const std::vector<Token>& tokens,
                                           const std::vector<Sentence>& sentences, const Anchor& anchor,
                                           DocumentState* state = nullptr) const;

  // Tokenizes, splits and annotates `text`, returning the proto form.
  std::vector<chronicle::TimeExpression> AnnotateText(std::string_view text, const Anchor& anchor) const;

  // The proto form of one expression; `index_base` offsets anchor indices.
  chronicle::TimeExpression ToProto(std::string_view text, const ResolvedExpression& e) const;

  const Grammar& grammar() const { return *grammar_; }
  const ChartParser& parser() const { return parser_; }

 private:
  explicit TemporalAnnotator(std::unique_ptr<Grammar> grammar);

  std::unique_ptr<Grammar> grammar_;
  ChartParser parser_;
  TenseDetector tense_;
};

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_ANNOTATOR_H_
