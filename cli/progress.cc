#include "cli/progress.h"

#include <cstdio>
#include <utility>

namespace chronicle::cli {

Progress::Progress(std::string command, std::string unit, size_t total, bool enabled)
    : command_(std::move(command)),
      unit_(std::move(unit)),
      total_(total),
      enabled_(enabled && total > 1),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() {
  if (shown_) std::fprintf(stderr, "\n");
}

void Progress::Add(size_t n) {
  const size_t done = done_ += n;
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1)) return;  // short runs stay quiet
  if (now - last_ < std::chrono::seconds(1) && done < total_) return;
  if (shown_ && done == printed_) return;  // nothing new: a large input's last pieces
  last_ = now;
  shown_ = true;
  printed_ = done;
  std::fprintf(stderr, "\rchronicle %s: %zu/%zu %s", command_.c_str(), done, total_, unit_.c_str());
}

}  // namespace chronicle::cli
