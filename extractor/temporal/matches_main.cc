// A tool for grammar authors: prints every rule match in a text, before the
// longest are chosen, then the chosen expressions with their resolution.
//
//   bazel run //extractor/temporal:matches -- 2025-08-13 "They met on Friday."

#include <iostream>
#include <string>

#include "extractor/temporal/annotator.h"

int main(int argc, char** argv) {
  using namespace chronicle::temporal;
  if (argc != 3) {
    std::cerr << "usage: matches ANCHOR TEXT\n";
    return 2;
  }
  absl::StatusOr<Anchor> anchor = Anchor::Parse(argv[1]);
  if (!anchor.ok()) {
    std::cerr << anchor.status().message() << "\n";
    return 2;
  }
  const std::string text = argv[2];
  const TemporalAnnotator& annotator = TemporalAnnotator::Default();
  const auto tokens = chronicle::Tokenize(text);
  const auto ids = annotator.parser().WordIds(text, tokens);
  for (const Match& m : annotator.parser().AllMatches(text, tokens, ids)) {
    std::cout << "match  [" << text.substr(m.begin, m.end - m.begin) << "] "
              << annotator.grammar().rules()[m.rule].id << "  " << m.value.DebugString() << "\n";
  }
  for (const auto& t : annotator.AnnotateText(text, *anchor)) {
    std::cout << "chosen [" << t.text() << "] " << t.value() << " " << t.rule() << " " << t.evidence() << "\n";
  }
  return 0;
}
