// libFuzzer target for cli/json_line (the JSON-lines reader of `extract`),
// run by scripts/fuzz.sh (`bash scripts/fuzz.sh json_line`). Whatever our
// parser accepts, protobuf's JSON parser must accept too and read into the
// same message; and nothing crashes, leaks or recurses without bound.
// (Protobuf takes some non-JSON our parser refuses, such as single-quoted
// strings; refusing more is allowed.) Lines with invalid UTF-8 or NUL bytes
// are skipped: extract refuses the whole stream before parsing any line.

#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/json_line.h"
#include "extractor/text/utf8.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string line(reinterpret_cast<const char*>(data), size);
  if (!chronicle::CheckText(line).ok()) return 0;
  chronicle::InputDocument ours;
  if (!chronicle::cli::ParseJsonLine(line, &ours).ok()) return 0;
  chronicle::InputDocument theirs;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  const bool they_parse = google::protobuf::util::JsonStringToMessage(line, &theirs, options).ok();
  chronicle::fuzz::Require(they_parse, "a line we accept, protobuf's parser accepts");
  chronicle::fuzz::Require(google::protobuf::util::MessageDifferencer::Equals(ours, theirs),
                           "we read the same message as protobuf's parser");
  return 0;
}
