#include "timeline/event_merge.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

namespace chronicle {
namespace {

int TypeRank(Event::Type type) {
  switch (type) {
    case Event::SUMMIT:
      return 4;
    case Event::VISIT:
      return 3;
    case Event::MEETING:
      return 2;
    case Event::TALKS:
      return 1;
    default:
      return 0;
  }
}

int StatusRank(Event::Status status) {
  switch (status) {
    case Event::OCCURRED:
      return 4;
    case Event::CANCELLED:
      return 3;
    case Event::SCHEDULED:
      return 2;
    case Event::PROPOSED:
      return 1;
    default:
      return 0;
  }
}

void MergeType(const std::vector<const Report*>& reports, Event* event) {
  Event::Type best = reports.front()->event->type();
  for (const Report* r : reports) {
    if (TypeRank(r->event->type()) > TypeRank(best)) best = r->event->type();
  }
  event->set_type(best);
}

void MergeStatus(const std::vector<const Report*>& reports, Event* event) {
  std::set<int> seen;
  Event::Status best = Event::STATUS_UNSPECIFIED;
  for (const Report* r : reports) {
    seen.insert(r->event->status());
    if (StatusRank(r->event->status()) > StatusRank(best)) best = r->event->status();
  }
  event->set_status(best);
  for (const int status : seen) {
    if (status != best && status != Event::STATUS_UNSPECIFIED) event->add_other_statuses(Event::Status(status));
  }
}

const Report* ChooseTime(const std::vector<const Report*>& reports) {
  const Report* best = nullptr;
  std::tuple<int, int, absl::CivilSecond, absl::CivilSecond, std::string> best_key;
  for (const Report* r : reports) {
    if (!r->span) continue;
    const int support = static_cast<int>(std::count_if(
        reports.begin(), reports.end(), [&](const Report* o) { return o->span && o->span->Overlaps(*r->span); }));
    // Larger support and finer granularity win, so both are negated.
    std::tuple<int, int, absl::CivilSecond, absl::CivilSecond, std::string> key{
        -support, -static_cast<int>(r->granularity), r->span->begin, r->span->end, r->event->time().value()};
    if (best == nullptr || key < best_key) best = r, best_key = std::move(key);
  }
  return best;
}

void MergeTime(const std::vector<const Report*>& reports, Event* event) {
  const Report* chosen = ChooseTime(reports);
  if (chosen == nullptr) {
    // A vague time ("PAST_REF") places nothing but is still worth showing.
    const auto vague =
        std::find_if(reports.begin(), reports.end(), [](const Report* r) { return r->event->has_time(); });
    if (vague != reports.end()) *event->mutable_time() = (*vague)->event->time();
    event->set_undated(true);
    event->set_time_source(reports.front()->event->time_source());
    return;
  }
  *event->mutable_time() = chosen->event->time();
  event->set_time_source(chosen->event->time_source());
  std::map<std::tuple<absl::CivilSecond, std::string, std::string>, const TimeExpression*> others;
  for (const Report* r : reports) {
    if (!r->span || r->span->Overlaps(*chosen->span)) continue;
    const TimeExpression& t = r->event->time();
    others.emplace(std::make_tuple(r->span->begin, t.value(), t.interval().end()), &t);
  }
  for (const auto& [key, time] : others) *event->add_other_times() = *time;
}

void MergeParticipants(const std::vector<const Report*>& reports, Event* event) {
  std::map<std::string, int> index;  // actor id (or name) -> position in event
  const auto generic = [](Participant::Role role) {
    return role == Participant::ROLE_UNSPECIFIED || role == Participant::PARTICIPANT;
  };
  for (const Report* r : reports) {
    for (const Participant& p : r->event->participants()) {
      const std::string key = p.actor_id().empty() ? "name:" + p.name() : p.actor_id();
      const auto [it, inserted] = index.emplace(key, event->participants_size());
      if (inserted) {
        *event->add_participants() = p;
        continue;
      }
      Participant* kept = event->mutable_participants(it->second);
      if (generic(kept->role()) && !generic(p.role())) kept->set_role(p.role());
      if (kept->name().empty()) kept->set_name(p.name());
    }
  }
}

void MergeLocation(const std::vector<const Report*>& reports, Event* event) {
  const Place* best = nullptr;
  std::tuple<size_t, bool, size_t> best_key;
  for (const Report* r : reports) {
    const Place& place = r->event->location();
    if (!HasPlace(place)) continue;
    const std::tuple<size_t, bool, size_t> key{PlaceParts(place).size(), !place.name().empty(), place.text().size()};
    if (best == nullptr || key > best_key) best = &place, best_key = key;
  }
  if (best != nullptr) *event->mutable_location() = *best;
}

void MergeMentions(const std::vector<const Report*>& reports, Event* event) {
  std::vector<std::pair<int, const Mention*>> all;
  for (const Report* r : reports) {
    for (const Mention& m : r->event->mentions()) all.emplace_back(r->document_position, &m);
  }
  const auto key = [](const std::pair<int, const Mention*>& x) {
    return std::make_tuple(x.first, x.second->begin(), x.second->end(), x.second->trigger_begin());
  };
  std::stable_sort(all.begin(), all.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  std::set<std::tuple<std::string, int, int>> seen;
  for (const auto& [position, m] : all) {
    if (seen.emplace(m->document_id(), m->begin(), m->end()).second) *event->add_mentions() = *m;
  }
}

void MergeConfidence(const std::vector<const Report*>& reports, Event* event) {
  std::map<int, float> best_per_document;
  for (const Report* r : reports) {
    float& best = best_per_document[r->document_position];
    best = std::max(best, std::clamp(r->event->confidence(), 0.0f, 1.0f));
  }
  double doubt = 1.0;
  for (const auto& [document, confidence] : best_per_document) doubt *= 1.0 - confidence;
  event->set_confidence(static_cast<float>(1.0 - doubt));
}

void MergeDescriptions(const std::vector<const Report*>& reports, Event* event) {
  for (const Report* r : reports) {
    if (event->title().empty()) event->set_title(r->event->title());
    if (event->topic().empty()) event->set_topic(r->event->topic());
  }
}

}  // namespace

Event MergeReports(const std::vector<const Report*>& reports) {
  Event event;
  MergeType(reports, &event);
  MergeStatus(reports, &event);
  MergeParticipants(reports, &event);
  MergeLocation(reports, &event);
  MergeTime(reports, &event);
  MergeDescriptions(reports, &event);
  MergeMentions(reports, &event);
  MergeConfidence(reports, &event);
  return event;
}

}  // namespace chronicle
