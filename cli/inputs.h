// Reads the inputs of `chronicle extract`: any mix of text files (dated by
// --published), JSON-lines streams of {"id", "published", "title", "text"}
// and TimeML files (dated by their DCT), and standard input as "-".
//
//   std::vector<LoadedDocument> docs;
//   absl::Status s = LoadInputs({"a.txt", "b.jsonl"}, defaults, &docs, &problems);
//
// A bad JSON line is reported with its line number ("'b.jsonl' line 3: no
// text"); with `keep_going` it is skipped and the rest are read.

#ifndef CHRONICLE_CLI_INPUTS_H_
#define CHRONICLE_CLI_INPUTS_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "extractor/pipeline.h"

namespace chronicle::cli {

struct InputDefaults {
  std::string published;  // for text files, and JSON lines without a date
  std::string time_zone;
  bool keep_going = false;
};

struct LoadedDocument {
  DocumentInput input;                // input.text views `text`
  std::unique_ptr<std::string> text;  // stable storage for the text
  std::string origin;                 // "'a.jsonl' line 3", for messages
};

// Appends the documents of every path to `docs`. Problems that `keep_going`
// lets through are appended to `skipped`; otherwise the first one is the
// returned error.
absl::Status LoadInputs(const std::vector<std::string>& paths, const InputDefaults& defaults,
                        std::vector<LoadedDocument>* docs, std::vector<std::string>* skipped);

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_INPUTS_H_
