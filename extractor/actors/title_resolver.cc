#include "extractor/actors/title_resolver.h"

#include <algorithm>

namespace chronicle {
namespace {

constexpr std::string_view kLeader = "leader";

// The offices a title stands for in a scope: "leader" means itself and the
// leading offices of the scope.
std::vector<std::string> OfficesFor(const ActorGazetteer& gazetteer, std::string_view office,
                                    std::string_view scope) {
  std::vector<std::string> offices{std::string(office)};
  if (office == kLeader) {
    const std::vector<std::string>& leading = gazetteer.LeaderOffices(scope);
    offices.insert(offices.end(), leading.begin(), leading.end());
  }
  return offices;
}

// Among holders on the day: the one the document named, else the only one.
// Offices held by several at once ("envoy") stay unresolved.
std::optional<uint32_t> PickHolder(const std::vector<OfficeHolder>& holders, DayKey day,
                                   const DocumentActors& document) {
  std::optional<uint32_t> only;
  int count = 0;
  for (const OfficeHolder& holder : holders) {
    if (!holder.term->HeldOn(day)) continue;
    if (document.Knows(holder.actor)) return holder.actor;
    if (!only || *only != holder.actor) ++count;
    only = holder.actor;
  }
  if (count == 1) return only;
  return std::nullopt;
}

}  // namespace

std::optional<uint32_t> FindOfficeHolder(const ActorGazetteer& gazetteer, std::string_view office,
                                         std::string_view scope, DayKey day, const DocumentActors& document) {
  const std::vector<std::string> offices = OfficesFor(gazetteer, office, scope);
  for (const std::string& candidate : offices) {
    if (auto holder = PickHolder(gazetteer.Holders(candidate, scope), day, document)) return holder;
  }
  for (const std::string& candidate : offices) {
    for (const OfficeHolder& holder : gazetteer.Holders(candidate, scope)) {
      if (document.Knows(holder.actor)) return holder.actor;
    }
  }
  return std::nullopt;
}

std::vector<std::string> ScopesOf(const GazetteerActor& actor) {
  std::vector<std::string> scopes{actor.id};
  // An organisation's offices are its own: the chief of staff of the
  // National Security Council is not the country's chief of staff.
  if (actor.kind == Actor::COUNTRY && !actor.country.empty()) scopes.push_back(actor.country);
  return scopes;
}

bool HeldOffice(const ActorGazetteer& gazetteer, const GazetteerActor& actor, std::string_view office) {
  for (const OfficeTerm& term : actor.terms) {
    if (term.office == office) return true;
    if (office == kLeader) {
      const std::vector<std::string>& leading = gazetteer.LeaderOffices(term.scope);
      if (std::find(leading.begin(), leading.end(), term.office) != leading.end()) return true;
    }
  }
  return false;
}

}  // namespace chronicle
