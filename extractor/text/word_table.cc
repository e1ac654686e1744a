#include "extractor/text/word_table.h"

#include <utility>

namespace chronicle {

void WordTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot());
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id < 0) continue;
    size_t i = s.hash & mask;
    while (slots_[i].id >= 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

int32_t WordTable::Intern(std::string_view word) {
  const int32_t known = Find(word);
  if (known >= 0) return known;
  std::string lower(word);
  for (char& c : lower) c = Lower(c);
  words_.push_back(std::move(lower));
  views_.push_back(words_.back());
  const int32_t id = size() - 1;
  if (2 * words_.size() > slots_.size()) Grow();
  const uint32_t hash = HashIgnoringCase(word);
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].id >= 0) i = (i + 1) & mask;
  slots_[i] = {hash, id};
  return id;
}

}  // namespace chronicle
