// libFuzzer target for the whole per-document pipeline (Pipeline::Extract:
// time expressions, actors, places and events) on arbitrary text, built and
// run by scripts/fuzz.sh (`bash scripts/fuzz.sh pipeline`).
//
// Text that CheckText rejects is skipped, as every command rejects it. The
// output must stay inside the text: expression and mention offsets within
// it, on character bounds, quoting the text they point at; every string
// valid UTF-8 (the timeline is written as JSON and iCalendar). A broken
// invariant aborts, which libFuzzer reports as a crash.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "extractor/pipeline.h"
#include "extractor/text/utf8.h"
#include "tests/fuzz/fuzz_checks.h"

namespace chronicle {
namespace {

using fuzz::OnCharBoundary;
using fuzz::Require;

void RequireSpan(std::string_view text, int64_t begin, int64_t end, const char* what) {
  Require(begin >= 0 && begin <= end && static_cast<size_t>(end) <= text.size(), what);
  Require(OnCharBoundary(text, begin) && OnCharBoundary(text, end), what);
}

const Pipeline& ThePipeline() {
  static const Pipeline* pipeline = [] {
    PipelineOptions options;
    options.piece_bytes = 256;  // small pieces, so that inputs have several
    absl::StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create(options);
    Require(p.ok(), "Pipeline::Create");
    return p->release();
  }();
  return *pipeline;
}

void CheckTimeline(std::string_view text, const Timeline& timeline) {
  Require(timeline.documents_size() == 1, "one document in, one document out");
  for (const TimeExpression& t : timeline.documents(0).time_expressions()) {
    RequireSpan(text, t.begin(), t.end(), "time expression inside the text");
    Require(t.text() == text.substr(t.begin(), t.end() - t.begin()), "expression text is its bytes");
    Require(CheckText(t.value()).ok(), "expression value is valid UTF-8");
  }
  for (const Event& e : timeline.events()) {
    Require(CheckText(e.title()).ok() && CheckText(e.topic()).ok(), "event title and topic are valid UTF-8");
    for (const Participant& p : e.participants()) Require(CheckText(p.name()).ok(), "participant name is valid UTF-8");
    for (const Mention& m : e.mentions()) {
      RequireSpan(text, m.begin(), m.end(), "event mention inside the text");
      RequireSpan(text, m.sentence_begin(), m.sentence_begin() + static_cast<int64_t>(m.sentence().size()),
                  "mention sentence inside the text");
      Require(text.substr(m.sentence_begin(), m.sentence().size()) == m.sentence(),
              "mention sentence quotes the text");
      Require(CheckText(m.trigger()).ok(), "trigger is valid UTF-8");
    }
  }
  for (const Actor& a : timeline.actors()) Require(CheckText(a.name()).ok(), "actor name is valid UTF-8");
}

}  // namespace
}  // namespace chronicle

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (text.empty() || !chronicle::CheckText(text).ok()) return 0;
  static const char* const kDates[] = {"2025-08-13", "1998-01-08T09:30 America/New_York", "2000-02-29"};
  chronicle::DocumentInput input;
  input.id = "fuzz";
  input.published = kDates[size % 3];
  input.text = text;
  absl::StatusOr<chronicle::Timeline> timeline = chronicle::ThePipeline().Extract(input);
  chronicle::fuzz::Require(timeline.ok(), "Extract succeeds on valid text with a valid date");
  chronicle::CheckTimeline(text, *timeline);
  return 0;
}
