// Progress of a long run on standard error: "chronicle extract: 120/2452
// documents", rewritten in place at most once a second. Runs shorter than a
// second print nothing, so small jobs and tests stay quiet.
//
//   Progress progress("extract", "documents", docs.size(), show);
//   for (...) { ...; progress.Done(); }   // any thread
//
// The line is finished with a newline when the Progress is destroyed.

#ifndef CHRONICLE_CLI_PROGRESS_H_
#define CHRONICLE_CLI_PROGRESS_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace chronicle::cli {

class Progress {
 public:
  // `enabled` is the --progress flag; a single item never shows progress.
  Progress(std::string command, std::string unit, size_t total, bool enabled);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more item is done. Safe to call from several threads.
  void Done() { Add(1); }
  // `n` more items are done ("dates" counts megabytes read).
  void Add(size_t n);

 private:
  const std::string command_;
  const std::string unit_;
  const size_t total_;
  const bool enabled_;
  std::atomic<size_t> done_{0};
  std::mutex mutex_;
  const std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
  bool shown_ = false;
  size_t printed_ = 0;  // the count last shown
};

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_PROGRESS_H_
