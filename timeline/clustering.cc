#include "timeline/clustering.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "timeline/event_time.h"

namespace chronicle {
namespace {

// An event being built: its reports and what a newcomer is compared with.
struct Cluster {
  std::vector<int> members;
  // One member per distinct CompatibilityKey: a newcomer compatible with
  // these is compatible with every member, at a fraction of the cost when
  // hundreds of articles report the same summit.
  std::vector<int> representatives;
  std::set<std::string> keys;
  std::vector<std::string> participants;  // sorted union
  std::vector<std::string> sides;         // sorted union of the members' sides
  bool only_countries = true;             // every member names only countries
  std::optional<CivilSpan> finest_span;   // of its most specific dated report
  std::optional<absl::CivilDay> first_published;
};

// The span a report stands for when choosing between events.
std::optional<CivilSpan> AnchorOf(const Report& report) {
  if (report.span) return report.span;
  if (report.published) return DaySpan(*report.published);
  return std::nullopt;
}

std::optional<CivilSpan> AnchorOf(const Cluster& cluster) {
  if (cluster.finest_span) return cluster.finest_span;
  if (cluster.first_published) return DaySpan(*cluster.first_published);
  return std::nullopt;
}

std::vector<int> ProcessingOrder(const std::vector<Report>& reports) {
  std::vector<int> order(reports.size());
  std::iota(order.begin(), order.end(), 0);
  const auto key = [&](int i) {
    const Report& r = reports[i];
    return std::make_tuple(!r.span.has_value(), -static_cast<int>(r.granularity), r.document_position, r.first_begin,
                           r.event_position);
  };
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
  return order;
}

// A civil time's fields into `key`, one number each. The key is only
// compared, never read: absl::FormatCivilTime, which goes through cctz's
// general formatter, cost a third of the clustering of a day's news.
void AppendCivilTime(const absl::CivilSecond& t, std::string* key) {
  absl::StrAppend(key, t.year(), "-", t.month(), "-", t.day(), "T", t.hour(), ":", t.minute(), ":", t.second());
}

// Everything ReportsCompatible looks at: reports with equal keys are
// interchangeable for it.
std::string CompatibilityKey(const Report& r) {
  const Place& place = r.event->location();
  std::string key = absl::StrCat(ClassName(ClassOf(r.event->type())), "|", r.event->status(), "|", r.granularity, "|");
  if (r.span) {
    AppendCivilTime(r.span->begin, &key);
    key += '/';
    AppendCivilTime(r.span->end, &key);
  }
  if (r.published) {
    key += '|';
    AppendCivilTime(absl::CivilSecond(*r.published), &key);
  }
  if (!r.span) absl::StrAppend(&key, "|doc", r.document_position);  // for DocumentRuleHolds
  absl::StrAppend(&key, "|", place.text(), "|", place.name(), "|", place.region(), "|", place.country(), "|",
                  absl::StrJoin(r.participants, ","));
  return key;
}

bool Fits(const Report& report, const Cluster& cluster, const std::vector<Report>& reports) {
  if (!ParticipantsOverlap(report.participants, cluster.participants) &&
      !SideForSide(report.sides, report.only_countries, cluster.sides, cluster.only_countries)) {
    return false;
  }
  return std::all_of(cluster.representatives.begin(), cluster.representatives.end(),
                     [&](int m) { return ReportsCompatible(report, reports[m]); });
}

void Join(const Report& report, int index, const std::string& key, Cluster* cluster) {
  cluster->members.push_back(index);
  if (cluster->keys.insert(key).second) cluster->representatives.push_back(index);
  std::vector<std::string> merged;
  std::set_union(cluster->participants.begin(), cluster->participants.end(), report.participants.begin(),
                 report.participants.end(), std::back_inserter(merged));
  cluster->participants = std::move(merged);
  std::vector<std::string> sides;
  std::set_union(cluster->sides.begin(), cluster->sides.end(), report.sides.begin(), report.sides.end(),
                 std::back_inserter(sides));
  cluster->sides = std::move(sides);
  cluster->only_countries = cluster->only_countries && report.only_countries;
  // Reports come most specific first, so the first dated one is the finest.
  if (!cluster->finest_span) cluster->finest_span = report.span;
  if (report.published && (!cluster->first_published || *report.published < *cluster->first_published)) {
    cluster->first_published = report.published;
  }
}

class Clusterer {
 public:
  explicit Clusterer(const std::vector<Report>& reports) : reports_(reports) {
    for (const Report& report : reports) keys_.push_back(CompatibilityKey(report));
  }

  void Add(int index) {
    const Report& report = reports_[index];
    const std::optional<int> best = BestFit(report);
    const int target = best ? *best : static_cast<int>(clusters_.size());
    if (!best) clusters_.emplace_back();
    Join(report, index, keys_[index], &clusters_[target]);
    for (const std::string& id : report.participants) {
      std::vector<int>& list = by_participant_[id];
      if (list.empty() || list.back() != target) list.push_back(target);
    }
    for (const std::string& side : report.sides) {
      std::vector<int>& list = by_side_[side];
      if (list.empty() || list.back() != target) list.push_back(target);
    }
  }

  std::vector<std::vector<int>> Result() const {
    std::vector<std::vector<int>> result;
    for (const Cluster& cluster : clusters_) {
      std::vector<int> members = cluster.members;
      std::sort(members.begin(), members.end(), [&](int a, int b) {
        const Report& ra = reports_[a];
        const Report& rb = reports_[b];
        return std::tie(ra.document_position, ra.first_begin, ra.event_position) <
               std::tie(rb.document_position, rb.first_begin, rb.event_position);
      });
      result.push_back(std::move(members));
    }
    return result;
  }

 private:
  // The fitting event nearest in time, then sharing most participants, then oldest.
  std::optional<int> BestFit(const Report& report) const {
    std::optional<int> best;
    std::tuple<int64_t, int, int> best_key;
    for (const int c : Candidates(report)) {
      const Cluster& cluster = clusters_[c];
      if (!Fits(report, cluster, reports_)) continue;
      const std::optional<CivilSpan> a = AnchorOf(report);
      const std::optional<CivilSpan> b = AnchorOf(cluster);
      const int64_t apart = a && b ? SecondsApart(*a, *b) : 0;
      const std::tuple<int64_t, int, int> key{apart, -SharedCount(report.participants, cluster.participants), c};
      if (!best || key < best_key) best = c, best_key = key;
    }
    return best;
  }

  // Events that share at least one participant, or side, with the report,
  // ascending.
  std::vector<int> Candidates(const Report& report) const {
    std::vector<int> candidates;
    for (const std::string& id : report.participants) {
      const auto it = by_participant_.find(id);
      if (it != by_participant_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    for (const std::string& side : report.sides) {
      const auto it = by_side_.find(side);
      if (it != by_side_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    return candidates;
  }

  const std::vector<Report>& reports_;
  std::vector<std::string> keys_;  // CompatibilityKey of each report
  std::vector<Cluster> clusters_;
  std::map<std::string, std::vector<int>> by_participant_;
  std::map<std::string, std::vector<int>> by_side_;
};

}  // namespace

std::vector<std::vector<int>> ClusterReports(const std::vector<Report>& reports) {
  Clusterer clusterer(reports);
  for (const int index : ProcessingOrder(reports)) clusterer.Add(index);
  return clusterer.Result();
}

}  // namespace chronicle
