// Which person met only in the text ("David Barnea") a token starts: the
// full name, or the surname alone. Pass 2 of the actor recogniser asks this
// at every capitalised token, so beyond a few people they are indexed by the
// folded first and last word of their names instead of being tried one by
// one (a long document names hundreds of them).
//
//   TextPersonIndex index(document.text_people());
//   size_t end;
//   index.At(text, tokens, i, &end);  // "Barnea said" -> David Barnea, end i+1

#ifndef CHRONICLE_EXTRACTOR_ACTORS_TEXT_PERSON_INDEX_H_
#define CHRONICLE_EXTRACTOR_ACTORS_TEXT_PERSON_INDEX_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "extractor/actors/document_actors.h"
#include "extractor/text/tokenizer.h"

namespace chronicle {

class TextPersonIndex {
 public:
  // `people` must outlive the index and not change while it is used.
  explicit TextPersonIndex(const std::vector<DocumentActors::TextPerson>& people);

  // The document index of the first person (in the order the document met
  // them) whose full name starts at token `i`, or whose surname is token
  // `i`; `*end` is set just after the name.
  std::optional<int> At(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t* end) const;

 private:
  // Up to this many people are tried one by one, as most documents name
  // only a few: cheaper than hashing their words.
  static constexpr size_t kScanLimit = 8;

  // True when person `p` matches at `i` as At describes.
  bool Matches(const DocumentActors::TextPerson& person, std::string_view text, const std::vector<Token>& tokens,
               size_t i, std::string_view word, size_t* end) const;

  const std::vector<DocumentActors::TextPerson>& people_;
  // Folded word -> positions in `people_`, ascending; empty up to kScanLimit.
  absl::flat_hash_map<std::string_view, std::vector<int>> by_first_;
  absl::flat_hash_map<std::string_view, std::vector<int>> by_last_;
  // People whose name has no word at all: they match anywhere.
  std::vector<int> nameless_;
};

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_TEXT_PERSON_INDEX_H_
