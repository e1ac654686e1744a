#include "extractor/temporal/short_words.h"

#include <utility>

namespace chronicle::temporal {

uint64_t ShortWords::KeyOf(std::string_view lower_word) {
  uint64_t key = 0;
  std::memcpy(&key, lower_word.data(), lower_word.size());
  return key;
}

void ShortWords::Add(std::string_view lower_word, int32_t id) {
  const uint64_t key = KeyOf(lower_word);
  size_t i = Slot(key);
  while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
  if (keys_[i] == key) return;  // filed already: the first id stays
  keys_[i] = key;
  ids_[i] = id;
  if (2 * ++count_ > keys_.size()) Grow();
}

void ShortWords::Grow() {
  std::vector<uint64_t> old_keys = std::move(keys_);
  std::vector<int32_t> old_ids = std::move(ids_);
  keys_.assign(old_keys.size() * 2, 0);
  ids_.assign(old_keys.size() * 2, kAbsent);
  mask_ = keys_.size() - 1;
  --shift_;
  for (size_t j = 0; j < old_keys.size(); ++j) {
    if (old_keys[j] == 0) continue;
    size_t i = Slot(old_keys[j]);
    while (keys_[i] != 0) i = (i + 1) & mask_;
    keys_[i] = old_keys[j];
    ids_[i] = old_ids[j];
  }
}

}  // namespace chronicle::temporal
