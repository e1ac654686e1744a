#include "timeline/event_ids.h"

#include <cctype>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "timeline/evidence.h"

namespace chronicle {
namespace {

// FNV-1a: tiny, and the same on every platform and library version (unlike
// std::hash or absl::Hash, which may change between releases).
uint64_t Fnv1a(const std::string& bytes) {
  uint64_t hash = 14695981039346656037ull;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string ParticipantHash(const std::vector<std::string>& ids) {
  std::string joined;
  for (const std::string& id : ids) absl::StrAppend(&joined, id, "\n");
  return absl::StrFormat("%012x", Fnv1a(joined) & 0xffffffffffffull);
}

// Keeps letters, digits, '-' and '_' of a document id for use inside an id.
std::string IdSafe(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    out.push_back(std::isalnum(u) || c == '-' || c == '_' ? static_cast<char>(std::tolower(u)) : '_');
  }
  return out;
}

std::string DaySuffix(const Placement& placement) {
  if (placement.unknown) return "undated";
  const absl::CivilSecond& b = placement.span.begin;
  return absl::StrFormat("%04d%02d%02d", b.year(), b.month(), b.day());
}

// The smallest (document id, offset) among the mentions: unlike the first
// mention, it does not depend on the order the documents came in.
std::string MentionSuffix(const Event& event) {
  const Mention* smallest = nullptr;
  for (const Mention& m : event.mentions()) {
    // Compared where they are, not as pairs that copy the ids.
    if (smallest == nullptr || m.document_id() < smallest->document_id() ||
        (m.document_id() == smallest->document_id() && m.begin() < smallest->begin())) {
      smallest = &m;
    }
  }
  if (smallest == nullptr) return "none";
  return absl::StrCat(IdSafe(smallest->document_id()), "-", smallest->begin());
}

// Indices of `events`, senior first: reported first, then placed first, then
// by mention (`mention_suffixes`, the MentionSuffix of each event).
std::vector<size_t> BySeniority(const std::vector<const Event*>& events, const std::vector<IdEvidence>& evidence,
                                const std::vector<std::string>& mention_suffixes) {
  std::vector<size_t> order(events.size());
  std::iota(order.begin(), order.end(), 0);
  const auto reported = [&](size_t i) {
    const std::optional<absl::CivilDay>& day = evidence[i].first_published;
    return std::make_pair(!day.has_value(), day.value_or(absl::CivilDay()));
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (reported(a) != reported(b)) return reported(a) < reported(b);
    const int placed = ComparePlacements(evidence[a].placement, evidence[b].placement);
    if (placed != 0) return placed < 0;
    return mention_suffixes[a] < mention_suffixes[b];
  });
  return order;
}

}  // namespace

std::vector<std::string> PrincipalParticipants(const std::vector<const Report*>& reports) {
  std::map<std::string, std::set<int>> documents_naming;
  std::set<int> documents;
  for (const Report* r : reports) {
    documents.insert(r->document_position);
    for (const std::string& id : r->participants) documents_naming[id].insert(r->document_position);
  }
  std::vector<std::string> principal;
  for (const auto& [id, naming] : documents_naming) {
    if (2 * naming.size() >= documents.size()) principal.push_back(id);
  }
  return principal;
}

std::string BaseEventId(Event::Type type, const IdEvidence& evidence) {
  const Placement& placement = evidence.placement;
  const std::string year = placement.unknown ? "undated" : absl::StrCat(placement.span.begin.year());
  return absl::StrCat(ClassName(ClassOf(type)), "-", year, "-", ParticipantHash(evidence.principal_participants));
}

std::vector<std::string> MakeEventIds(const std::vector<const Event*>& events,
                                      const std::vector<IdEvidence>& evidence) {
  // Once per event: the sort compares them n log n times.
  std::vector<std::string> mention_suffixes;
  mention_suffixes.reserve(events.size());
  for (const Event* event : events) mention_suffixes.push_back(MentionSuffix(*event));
  std::set<std::string> taken;
  std::vector<std::string> ids(events.size());
  for (const size_t i : BySeniority(events, evidence, mention_suffixes)) {
    const std::string base = BaseEventId(events[i]->type(), evidence[i]);
    const std::string by_day = absl::StrCat(base, "-", DaySuffix(evidence[i].placement));
    const std::string by_mention = absl::StrCat(by_day, "-", mention_suffixes[i]);
    std::string id = base;
    if (taken.count(id)) id = by_day;
    if (taken.count(id)) id = by_mention;
    for (int n = 2; taken.count(id); ++n) id = absl::StrCat(by_mention, "-", n);
    taken.insert(id);
    ids[i] = std::move(id);
  }
  return ids;
}

}  // namespace chronicle
