#include "bench/corpus.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "extractor/text/utf8.h"
#include "extractor/timeml/timeml.h"

namespace chronicle::bench {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSilver = "timeml/TE3-Silver-data";

bool IsDirectory(const std::string& path) {
  std::error_code error;
  return !path.empty() && fs::is_directory(path, error);
}

// Our own short articles, repeated to about 400 KB, for machines without the
// shared data. Dated expressions of many kinds, and ordinary prose between.
std::vector<BenchDocument> BuiltinCorpus() {
  static const char* const kArticles[] = {
      "The two leaders will meet on Friday in the capital, officials said on Wednesday. Talks last "
      "month ended without an agreement, and a second round is planned for early September.\n\n"
      "The ministry said the new rules take effect on Jan. 1, 2026, three years after they were first "
      "proposed. Critics have until the end of the quarter to comment.\n",
      "Shares fell 3.5 percent on Tuesday morning after the company said profit in the third quarter "
      "would be lower than a year ago. The chief executive will speak to analysts at 10 a.m. Thursday.\n\n"
      "In the 1990s the plant employed 1,500 people; by 2010 that number had halved.\n",
      "Voters go to the polls next week, two months after the government collapsed. Results are "
      "expected late on Sunday night, and a new cabinet could be sworn in within 30 days.\n\n"
      "The storm made landfall at about 4:30 p.m. local time on Aug. 29, 2005, and the cleanup took "
      "years. Every spring since then the city has held a day of remembrance.\n",
  };
  std::vector<BenchDocument> docs;
  size_t bytes = 0;
  for (int i = 0; bytes < 400000; ++i) {
    BenchDocument d;
    d.name = "builtin-" + std::to_string(i);
    d.published = "2025-08-13";
    d.text = kArticles[i % std::size(kArticles)];
    bytes += d.text.size();
    docs.push_back(std::move(d));
  }
  return docs;
}

std::vector<BenchDocument> LoadSilver(const std::string& dir) {
  std::vector<std::string> paths;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".tml") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<BenchDocument> docs;
  int unreadable = 0;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    absl::StatusOr<TimemlDocument> doc = ParseTimeml(std::move(raw));
    if (!doc.ok() || doc->plain.empty() || !CheckText(doc->plain).ok()) {
      ++unreadable;
      continue;
    }
    BenchDocument d;
    d.name = fs::path(path).filename().string();
    d.published = doc->dct;
    d.text = std::move(doc->plain);
    docs.push_back(std::move(d));
  }
  if (unreadable > 0) std::fprintf(stderr, "bench corpus: %d unreadable .tml files left out\n", unreadable);
  return docs;
}

}  // namespace

std::string SilverDirectory() {
  if (const char* shared = std::getenv("CHRONICLE_SHARED"); shared != nullptr && *shared != '\0') {
    const std::string dir = std::string(shared) + "/" + kSilver;
    if (IsDirectory(dir)) return dir;
  }
  if (const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY"); workspace != nullptr) {
    const std::string dir = std::string(workspace) + "/../shared/" + kSilver;
    if (IsDirectory(dir)) return dir;
  }
  return "";
}

const std::vector<BenchDocument>& BenchCorpus() {
  static const auto* corpus = [] {
    const std::string dir = SilverDirectory();
    auto* docs = new std::vector<BenchDocument>(dir.empty() ? std::vector<BenchDocument>() : LoadSilver(dir));
    if (docs->empty()) {
      std::fprintf(stderr,
                   "bench corpus: no TE3 silver data (set CHRONICLE_SHARED); using the small built-in text\n");
      *docs = BuiltinCorpus();
    }
    std::fprintf(stderr, "bench corpus: %zu documents, %lld bytes%s%s\n", docs->size(),
                 static_cast<long long>(CorpusBytes(*docs)), dir.empty() ? "" : " from ", dir.c_str());
    return docs;
  }();
  return *corpus;
}

int64_t CorpusBytes(const std::vector<BenchDocument>& docs) {
  int64_t bytes = 0;
  for (const BenchDocument& d : docs) bytes += static_cast<int64_t>(d.text.size());
  return bytes;
}

}  // namespace chronicle::bench
