// Which of a document's events so far a new event mention may tell of,
// without trying every one: the events with a given actor among their
// parties, and the events last told of from a given sentence on.
// GroupMentions asks this for each mention, and a long text holds thousands
// of events, so trying each of them made grouping quadratic.
//
//   ClusterIndex index;
//   index.AddParty(0, putin);       // event 0 now has Putin among its parties
//   index.ToldIn(0, 12);            // and was last told of in sentence 12
//   index.WithActor(putin, &out);   // appends 0

#ifndef CHRONICLE_EXTRACTOR_EVENTS_CLUSTER_INDEX_H_
#define CHRONICLE_EXTRACTOR_EVENTS_CLUSTER_INDEX_H_

#include <cstdint>
#include <set>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace chronicle::events {

class ClusterIndex {
 public:
  // Event `cluster` has `actor` among its parties from now on.
  void AddParty(int32_t cluster, int32_t actor);
  // Event `cluster` was last told of in `sentence`.
  void ToldIn(int32_t cluster, int32_t sentence);

  // Appends the events with `actor` among their parties.
  void WithActor(int32_t actor, std::vector<int32_t>* out) const;
  // Appends the events last told of in `sentence` or after it.
  void ToldFrom(int32_t sentence, std::vector<int32_t>* out) const;

 private:
  static constexpr int32_t kNone = INT32_MIN;

  absl::flat_hash_map<int32_t, std::vector<int32_t>> by_actor_;
  std::vector<int32_t> last_sentence_;                  // by event, kNone before any
  std::set<std::pair<int32_t, int32_t>> by_sentence_;  // (last sentence, event)
};

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_CLUSTER_INDEX_H_
