// CarryRevisions, declared in builder.h: how merged events keep their
// revision (the ICS SEQUENCE) across rebuilds of a timeline.

#include <map>
#include <string>

#include "timeline/builder.h"

namespace chronicle {
namespace {

// The time as a calendar sees it; which report's words gave it (offsets,
// text, rule) does not matter.
bool SameTime(const Event& a, const Event& b) {
  const TimeExpression& x = a.time();
  const TimeExpression& y = b.time();
  return a.undated() == b.undated() && a.has_time() == b.has_time() && x.value() == y.value() && x.mod() == y.mod() &&
         x.granularity() == y.granularity() && x.interval().begin() == y.interval().begin() &&
         x.interval().end() == y.interval().end() && x.interval().time_zone() == y.interval().time_zone();
}

bool SamePlace(const Place& a, const Place& b) {
  return a.text() == b.text() && a.name() == b.name() && a.region() == b.region() && a.country() == b.country();
}

bool Changed(const Event& before, const Event& after) {
  return before.status() != after.status() || !SameTime(before, after) ||
         !SamePlace(before.location(), after.location());
}

}  // namespace

void CarryRevisions(const Timeline& previous, Timeline* next) {
  std::map<std::string, const Event*> by_id;
  for (const Event& event : previous.events()) by_id.emplace(event.id(), &event);
  for (Event& event : *next->mutable_events()) {
    const auto it = by_id.find(event.id());
    if (it == by_id.end()) continue;
    const Event& before = *it->second;
    event.set_revision(before.revision() + (Changed(before, event) ? 1 : 0));
  }
}

}  // namespace chronicle
