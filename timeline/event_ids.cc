#include "timeline/event_ids.h"

#include <cctype>
#include <cstdint>
#include <map>
#include <set>

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

std::string FirstMentionSuffix(const Event& event) {
  if (event.mentions().empty()) return "none";
  const Mention& m = event.mentions(0);
  return absl::StrCat(IdSafe(m.document_id()), "-", m.begin());
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
  std::set<std::string> taken;
  std::vector<std::string> ids;
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& event = *events[i];
    const std::string base = BaseEventId(event.type(), evidence[i]);
    const std::string by_day = absl::StrCat(base, "-", DaySuffix(evidence[i].placement));
    const std::string by_mention = absl::StrCat(by_day, "-", FirstMentionSuffix(event));
    std::string id = base;
    if (taken.count(id)) id = by_day;
    if (taken.count(id)) id = by_mention;
    for (int n = 2; taken.count(id); ++n) id = absl::StrCat(by_mention, "-", n);
    taken.insert(id);
    ids.push_back(std::move(id));
  }
  return ids;
}

}  // namespace chronicle
