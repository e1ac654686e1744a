#include "extractor/events/cluster_index.h"

namespace chronicle::events {

void ClusterIndex::AddParty(int32_t cluster, int32_t actor) { by_actor_[actor].push_back(cluster); }

void ClusterIndex::ToldIn(int32_t cluster, int32_t sentence) {
  if (static_cast<size_t>(cluster) >= last_sentence_.size()) last_sentence_.resize(cluster + 1, kNone);
  int32_t& last = last_sentence_[cluster];
  if (last != kNone) by_sentence_.erase({last, cluster});
  last = sentence;
  by_sentence_.insert({sentence, cluster});
}

void ClusterIndex::WithActor(int32_t actor, std::vector<int32_t>* out) const {
  if (const auto it = by_actor_.find(actor); it != by_actor_.end()) {
    out->insert(out->end(), it->second.begin(), it->second.end());
  }
}

void ClusterIndex::ToldFrom(int32_t sentence, std::vector<int32_t>* out) const {
  for (auto it = by_sentence_.lower_bound({sentence, INT32_MIN}); it != by_sentence_.end(); ++it) {
    out->push_back(it->second);
  }
}

}  // namespace chronicle::events
