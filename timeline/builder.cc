#include "timeline/builder.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "timeline/clustering.h"
#include "timeline/event_ids.h"
#include "timeline/event_merge.h"
#include "timeline/event_time.h"
#include "timeline/evidence.h"

namespace chronicle {
namespace {

// The actors of the inputs by id, for the sides of a report's parties.
using ActorsById = std::map<std::string, const Actor*>;

void AddSides(const ActorsById& actors, Report* report) {
  report->only_countries = !report->participants.empty();
  for (const std::string& id : report->participants) {
    const auto it = actors.find(id);
    report->sides.push_back(it == actors.end() ? id : SideOf(*it->second));
    report->only_countries = report->only_countries && it != actors.end() && StandsForCountry(*it->second);
  }
  std::sort(report->sides.begin(), report->sides.end());
  report->sides.erase(std::unique(report->sides.begin(), report->sides.end()), report->sides.end());
}

Report MakeReport(const Event& event, int event_position, int fallback_position, const DocumentIndex& documents) {
  Report report;
  report.event = &event;
  report.event_position = event_position;
  report.document_position = fallback_position;
  if (!event.mentions().empty()) {
    const std::string& document_id = event.mentions(0).document_id();
    const int position = documents.Position(document_id);
    if (position >= 0) report.document_position = position;
    if (const Document* document = documents.Find(document_id)) report.published = PublicationDay(*document);
    report.first_begin = event.mentions(0).begin();
    for (const Mention& m : event.mentions()) report.first_begin = std::min(report.first_begin, m.begin());
  }
  if (event.has_time()) {
    report.span = SpanOf(event.time());
    if (report.span) report.granularity = GranularityOf(event.time());
  }
  report.participants = ParticipantIds(event);
  return report;
}

std::vector<Report> CollectReports(const std::vector<Timeline>& inputs, const DocumentIndex& documents) {
  ActorsById actors;
  for (const Timeline& input : inputs) {
    for (const Actor& actor : input.actors()) actors.emplace(actor.id(), &actor);
  }
  std::vector<Report> reports;
  int first_document = 0;
  for (const Timeline& input : inputs) {
    for (int e = 0; e < input.events_size(); ++e) {
      reports.push_back(MakeReport(input.events(e), e, first_document, documents));
      AddSides(actors, &reports.back());
    }
    first_document += input.documents_size();
  }
  return reports;
}

// A merged event with the evidence its id and place in the order come from.
struct Merged {
  Event event;
  IdEvidence evidence;
};

std::vector<Merged> MergeClusters(const std::vector<Report>& reports, const DocumentIndex& documents) {
  std::vector<Merged> merged;
  for (const std::vector<int>& cluster : ClusterReports(reports)) {
    std::vector<const Report*> members;
    for (const int index : cluster) members.push_back(&reports[index]);
    Merged m{MergeReports(members), {}};
    m.evidence.placement = documents.Place(m.event);
    m.evidence.principal_participants = PrincipalParticipants(members);
    for (const Report* r : members) {
      if (r->published && (!m.evidence.first_published || *r->published < *m.evidence.first_published)) {
        m.evidence.first_published = r->published;
      }
    }
    merged.push_back(std::move(m));
  }
  return merged;
}

// Chronological, ids breaking ties: a total order.
void SortMerged(std::vector<Merged>* merged) {
  std::sort(merged->begin(), merged->end(), [&](const Merged& a, const Merged& b) {
    const int by_time = ComparePlacements(a.evidence.placement, b.evidence.placement);
    if (by_time != 0) return by_time < 0;
    return a.event.id() < b.event.id();
  });
}

void AssignIds(std::vector<Merged>* merged) {
  std::vector<const Event*> events;
  std::vector<IdEvidence> evidence;
  for (const Merged& m : *merged) {
    events.push_back(&m.event);
    evidence.push_back(m.evidence);
  }
  const std::vector<std::string> ids = MakeEventIds(events, evidence);
  for (size_t i = 0; i < ids.size(); ++i) (*merged)[i].event.set_id(ids[i]);
}

void MergeActor(const Actor& from, Actor* into) {
  if (into->name().empty()) into->set_name(from.name());
  if (into->kind() == Actor::KIND_UNSPECIFIED) into->set_kind(from.kind());
  if (into->country().empty()) into->set_country(from.country());
  if (into->title().empty()) into->set_title(from.title());
  if (into->member_of().empty()) into->set_member_of(from.member_of());
  into->set_in_gazetteer(into->in_gazetteer() || from.in_gazetteer());
  std::set<std::string> aliases(into->aliases().begin(), into->aliases().end());
  aliases.insert(from.aliases().begin(), from.aliases().end());
  into->clear_aliases();
  for (const std::string& alias : aliases) into->add_aliases(alias);
}

// Every actor taking part in an event, by id; participants whose actor is
// missing from the inputs get one made from the participant.
void CollectActors(const std::vector<Timeline>& inputs, Timeline* result) {
  std::map<std::string, Actor> known;
  for (const Timeline& input : inputs) {
    for (const Actor& actor : input.actors()) {
      if (actor.id().empty()) continue;
      auto [it, inserted] = known.emplace(actor.id(), Actor());
      if (inserted) it->second.set_id(actor.id());
      MergeActor(actor, &it->second);
    }
  }
  std::map<std::string, Actor> taking_part;
  for (const Event& event : result->events()) {
    for (const Participant& p : event.participants()) {
      if (p.actor_id().empty() || taking_part.count(p.actor_id())) continue;
      const auto it = known.find(p.actor_id());
      Actor actor = it != known.end() ? it->second : Actor();
      actor.set_id(p.actor_id());
      if (actor.name().empty()) actor.set_name(p.name());
      if (actor.kind() == Actor::KIND_UNSPECIFIED) actor.set_kind(p.kind());
      taking_part.emplace(p.actor_id(), std::move(actor));
    }
  }
  for (auto& [id, actor] : taking_part) *result->add_actors() = std::move(actor);
}

}  // namespace

Timeline BuildTimeline(std::vector<Timeline> per_document, const BuildOptions& options) {
  Timeline result;
  result.set_generator(options.generator);
  // The inputs are ours: their documents move (texts and time expressions
  // are most of a timeline). Each input keeps its emptied documents, so
  // CollectReports still counts them.
  for (Timeline& input : per_document) {
    for (Document& document : *input.mutable_documents()) *result.add_documents() = std::move(document);
  }
  const DocumentIndex documents(result.documents());
  const std::vector<Report> reports = CollectReports(per_document, documents);
  std::vector<Merged> merged = MergeClusters(reports, documents);
  AssignIds(&merged);
  SortMerged(&merged);
  for (Merged& m : merged) *result.add_events() = std::move(m.event);
  CollectActors(per_document, &result);
  return result;
}

}  // namespace chronicle
