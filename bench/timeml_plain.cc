// Writes the plain text of TimeML documents (the text of <TEXT> with its
// markup removed and entities decoded, as `chronicle timeml` annotates it),
// for the whole-process benchmarks in bench/run_benchmarks.sh.
//
//   timeml_plain OUT_DIR IN.tml...   # OUT_DIR/IN.txt, one per document
//
// Files that do not parse are reported on stderr and left out.

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "extractor/timeml/timeml.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: timeml_plain OUT_DIR IN.tml...\n");
    return 2;
  }
  const std::string out_dir = argv[1];
  int written = 0;
  int failed = 0;
  for (int i = 2; i < argc; ++i) {
    const std::string path = argv[i];
    std::ifstream in(path, std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    absl::StatusOr<chronicle::TimemlDocument> doc = chronicle::ParseTimeml(std::move(raw));
    if (!in.good() && !in.eof()) {
      std::fprintf(stderr, "timeml_plain: cannot read %s\n", path.c_str());
      ++failed;
      continue;
    }
    if (!doc.ok()) {
      std::fprintf(stderr, "timeml_plain: %s: %s\n", path.c_str(), std::string(doc.status().message()).c_str());
      ++failed;
      continue;
    }
    std::string base = path.substr(path.find_last_of('/') + 1);
    base = base.substr(0, base.rfind('.'));
    std::ofstream out(out_dir + "/" + base + ".txt", std::ios::binary);
    out << doc->plain;
    if (!doc->plain.empty() && doc->plain.back() != '\n') out << '\n';
    if (!out) {
      std::fprintf(stderr, "timeml_plain: cannot write %s/%s.txt\n", out_dir.c_str(), base.c_str());
      return 1;
    }
    ++written;
  }
  std::fprintf(stderr, "timeml_plain: %d documents written, %d left out\n", written, failed);
  return written > 0 ? 0 : 1;
}
