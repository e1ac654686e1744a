// Throughput of the date resolver on one core, for its budget of 50 MB/s:
// TemporalAnnotator::Annotate over text tokenized beforehand, and the same
// with tokenizing and sentence splitting included (what `chronicle dates`
// does per piece). The corpus is the TE3 silver text (bench/corpus.h).
//
//   bazel run -c opt //bench:resolver_benchmark
//   CHRONICLE_SHARED=/work/shared bazel-bin/bench/resolver_benchmark

#include <vector>

#include "bench/corpus.h"
#include "benchmark/benchmark.h"
#include "extractor/temporal/annotator.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"

namespace chronicle::bench {
namespace {

using temporal::Anchor;
using temporal::TemporalAnnotator;

struct Prepared {
  const BenchDocument* doc;
  Anchor anchor;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

const std::vector<Prepared>& PreparedCorpus() {
  static const auto* prepared = [] {
    auto* out = new std::vector<Prepared>;
    for (const BenchDocument& d : BenchCorpus()) {
      absl::StatusOr<Anchor> anchor = Anchor::Parse(d.published);
      if (!anchor.ok()) continue;
      Prepared p{&d, *anchor, Tokenize(d.text), {}};
      p.sentences = SplitSentences(d.text, p.tokens);
      out->push_back(std::move(p));
    }
    return out;
  }();
  return *prepared;
}

int64_t PreparedBytes() {
  int64_t bytes = 0;
  for (const Prepared& p : PreparedCorpus()) bytes += static_cast<int64_t>(p.doc->text.size());
  return bytes;
}

// The resolver alone: grammar matching, resolution and tense over tokens.
void BM_Annotate(benchmark::State& state) {
  const TemporalAnnotator& annotator = TemporalAnnotator::Default();
  const std::vector<Prepared>& corpus = PreparedCorpus();
  int64_t expressions = 0;
  for (auto _ : state) {
    for (const Prepared& p : corpus) {
      temporal::DocumentState document;
      const auto found = annotator.Annotate(p.doc->text, p.tokens, p.sentences, p.anchor, &document);
      expressions += static_cast<int64_t>(found.size());
      benchmark::DoNotOptimize(found.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * PreparedBytes());
  state.counters["expressions/doc"] =
      benchmark::Counter(static_cast<double>(expressions) / static_cast<double>(corpus.size()),
                         benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Annotate)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Tokenizing and sentence splitting alone.
void BM_TokenizeAndSplit(benchmark::State& state) {
  const std::vector<Prepared>& corpus = PreparedCorpus();
  for (auto _ : state) {
    for (const Prepared& p : corpus) {
      const std::vector<Token> tokens = Tokenize(p.doc->text);
      const std::vector<Sentence> sentences = SplitSentences(p.doc->text, tokens);
      benchmark::DoNotOptimize(sentences.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * PreparedBytes());
}
BENCHMARK(BM_TokenizeAndSplit)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Text in, expressions out: tokenize, split and annotate, as `dates` does.
void BM_TokenizeSplitAnnotate(benchmark::State& state) {
  const TemporalAnnotator& annotator = TemporalAnnotator::Default();
  const std::vector<Prepared>& corpus = PreparedCorpus();
  for (auto _ : state) {
    for (const Prepared& p : corpus) {
      const std::vector<Token> tokens = Tokenize(p.doc->text);
      const std::vector<Sentence> sentences = SplitSentences(p.doc->text, tokens);
      temporal::DocumentState document;
      const auto found = annotator.Annotate(p.doc->text, tokens, sentences, p.anchor, &document);
      benchmark::DoNotOptimize(found.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * PreparedBytes());
}
BENCHMARK(BM_TokenizeSplitAnnotate)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace chronicle::bench
