#include "extractor/pipeline.h"

#include <cstdio>

#include "absl/strings/str_cat.h"
#include "extractor/temporal/annotator.h"
#include "extractor/text/chunks.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"

namespace chronicle {

struct Pipeline::Impl {
  PipelineOptions options;
  const temporal::TemporalAnnotator* annotator = nullptr;
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->annotator = &temporal::TemporalAnnotator::Default();
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

absl::StatusOr<Timeline> Pipeline::Extract(const DocumentInput& input) const {
  absl::StatusOr<temporal::Anchor> anchor = temporal::Anchor::Parse(input.published, input.time_zone);
  if (!anchor.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("document '", input.id, "': publication date: ",
                                                   anchor.status().message()));
  }
  Timeline out;
  Document* doc = out.add_documents();
  doc->set_id(input.id);
  doc->set_published(anchor->ToString());
  doc->set_time_zone(input.time_zone);
  doc->set_title(input.title);
  doc->set_source(input.source);
  doc->set_text_bytes(static_cast<int32_t>(input.text.size()));
  doc->set_text_fingerprint(TextFingerprint(input.text));
  temporal::DocumentState state;
  int sentences_before = 0;
  for (const TextPiece& piece : SplitIntoPieces(input.text, impl_->options.piece_bytes)) {
    const std::vector<Token> tokens = Tokenize(piece.text);
    const std::vector<Sentence> sentences = SplitSentences(piece.text, tokens);
    for (const auto& e : impl_->annotator->Annotate(piece.text, tokens, sentences, *anchor, &state)) {
      TimeExpression* t = doc->add_time_expressions();
      *t = impl_->annotator->ToProto(piece.text, e);
      t->set_begin(static_cast<int32_t>(t->begin() + piece.offset));
      t->set_end(static_cast<int32_t>(t->end() + piece.offset));
      t->set_sentence_index(t->sentence_index() + sentences_before);
    }
    sentences_before += static_cast<int>(sentences.size());
  }
  return out;
}

std::string TextFingerprint(std::string_view text) {
  uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace chronicle
