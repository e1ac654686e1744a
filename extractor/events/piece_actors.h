// A piece's actor table while its events are built: the recogniser's actors
// as they are, then the ones the event rules add (a country named only by
// its capital, a listing's organiser), by one index.
//
//   PieceActors actors(found.actors);
//   const int32_t i = actors.Add(organiser);   // found.actors.size() + 0
//   actors[i].name();
//
// Why: the event rules only read the recogniser's actors and append to
// them, but a copy of all of them was made for every piece with events, and
// most were never written out. Only the actors an event uses are copied now
// (Take).

#ifndef CHRONICLE_EXTRACTOR_EVENTS_PIECE_ACTORS_H_
#define CHRONICLE_EXTRACTOR_EVENTS_PIECE_ACTORS_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle::events {

class PieceActors {
 public:
  // `found` must outlive this table and not change while it lives.
  explicit PieceActors(const std::vector<Actor>& found) : found_(found) {}
  PieceActors(const PieceActors&) = delete;
  PieceActors& operator=(const PieceActors&) = delete;

  int32_t size() const { return static_cast<int32_t>(found_.size() + added_.size()); }
  const Actor& operator[](int32_t i) const {
    const size_t index = static_cast<size_t>(i);
    return index < found_.size() ? found_[index] : added_[index - found_.size()];
  }
  // Appends `actor` and returns its index.
  int32_t Add(Actor actor) {
    added_.push_back(std::move(actor));
    return size() - 1;
  }
  // Actor `i` for the output: a copy of a found one, an added one moved.
  // Each actor is taken at most once.
  Actor Take(int32_t i) {
    const size_t index = static_cast<size_t>(i);
    return index < found_.size() ? found_[index] : std::move(added_[index - found_.size()]);
  }

 private:
  const std::vector<Actor>& found_;
  std::vector<Actor> added_;
};

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_PIECE_ACTORS_H_
