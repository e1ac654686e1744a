// Test helpers over the built-in grammar: find a rule by its id, as tests of
// the structures built from the grammar name the rules they check.
//
//   const int32_t r = RuleIndex(grammar, "time.on_date");  // -1, and a test failure, if absent

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_GRAMMAR_TESTING_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_GRAMMAR_TESTING_H_

#include <cstdint>
#include <string_view>

#include "extractor/temporal/grammar.h"
#include "gtest/gtest.h"

namespace chronicle::temporal {

inline int32_t RuleIndex(const Grammar& grammar, std::string_view id) {
  for (size_t r = 0; r < grammar.rules().size(); ++r) {
    if (grammar.rules()[r].id == id) return static_cast<int32_t>(r);
  }
  ADD_FAILURE() << "no rule " << id;
  return -1;
}

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_GRAMMAR_TESTING_H_
