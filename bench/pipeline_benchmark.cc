// Throughput of the whole per-document pipeline (Pipeline::Extract: text
// checks, pieces, tokens, sentences, time expressions and whatever stages
// the pipeline runs) on one core, for its budget of 20 MB/s. The corpus is
// the TE3 silver text, each document dated by its DCT (bench/corpus.h).
//
//   bazel run -c opt //bench:pipeline_benchmark

#include <cstdlib>
#include <memory>
#include <vector>

#include "bench/corpus.h"
#include "benchmark/benchmark.h"
#include "extractor/pipeline.h"

namespace chronicle::bench {
namespace {

void BM_PipelineExtract(benchmark::State& state) {
  absl::StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create({});
  if (!pipeline.ok()) {
    state.SkipWithError(std::string(pipeline.status().message()).c_str());
    return;
  }
  const std::vector<BenchDocument>& corpus = BenchCorpus();
  std::vector<DocumentInput> inputs;
  for (const BenchDocument& d : corpus) {
    DocumentInput in;
    in.id = d.name;
    in.published = d.published;
    in.text = d.text;
    inputs.push_back(std::move(in));
  }
  int64_t failures = 0;
  for (auto _ : state) {
    for (const DocumentInput& in : inputs) {
      absl::StatusOr<Timeline> one = (*pipeline)->Extract(in);
      if (!one.ok()) ++failures;
      benchmark::DoNotOptimize(one);
    }
  }
  if (failures > 0) state.SkipWithError("some documents failed to extract");
  state.SetBytesProcessed(state.iterations() * CorpusBytes(corpus));
}
BENCHMARK(BM_PipelineExtract)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace chronicle::bench
