// The text the resolver and pipeline benchmarks run over: the plain text of
// the TempEval-3 silver TimeML documents (each with its DCT), read at run
// time from $CHRONICLE_SHARED/timeml/TE3-Silver-data, or, when that data is
// absent, a small made-up news text of our own so the benchmarks still run.
//
//   const std::vector<BenchDocument>& docs = BenchCorpus();
//   for (const BenchDocument& d : docs) Use(d.text, d.published);

#ifndef CHRONICLE_BENCH_CORPUS_H_
#define CHRONICLE_BENCH_CORPUS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace chronicle::bench {

struct BenchDocument {
  std::string name;       // file name, or "builtin-N"
  std::string published;  // the DCT, "1998-01-08"
  std::string text;       // plain text, valid UTF-8 without NUL
};

// The corpus, loaded once per process. Prints to stderr where it came from.
const std::vector<BenchDocument>& BenchCorpus();

// Total bytes of text in `docs`.
int64_t CorpusBytes(const std::vector<BenchDocument>& docs);

// The directory of silver .tml files, or "" when none is found. Looks at
// $CHRONICLE_SHARED, then at ../shared beside the workspace under `bazel run`.
std::string SilverDirectory();

}  // namespace chronicle::bench

#endif  // CHRONICLE_BENCH_CORPUS_H_
