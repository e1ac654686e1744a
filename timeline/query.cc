#include "timeline/query.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "timeline/actor_match.h"
#include "timeline/event_time.h"

namespace chronicle {
namespace {

// ASCII lower case; other bytes unchanged.
std::string Lower(std::string_view text) { return absl::AsciiStrToLower(absl::string_view(text.data(), text.size())); }

// "public-event" and "Public Event" both become "PUBLIC_EVENT".
std::string EnumStyle(std::string_view text) {
  std::string out;
  for (const char c : text) {
    out.push_back(c == '-' || c == ' ' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

std::vector<std::string> CommaList(const std::string& text) {
  std::vector<std::string> items;
  for (absl::string_view item : absl::StrSplit(absl::string_view(text.data(), text.size()), ',')) {
    const std::string trimmed = EnumStyle(std::string(absl::StripAsciiWhitespace(item)));
    if (!trimmed.empty()) items.push_back(trimmed);
  }
  return items;
}

std::string EnumChoices(const google::protobuf::EnumDescriptor* descriptor) {
  std::vector<std::string> names;
  for (int i = 1; i < descriptor->value_count(); ++i) names.push_back(Lower(descriptor->value(i)->name()));
  return absl::StrJoin(names, ", ");
}

absl::StatusOr<std::set<Event::Type>> ParseTypes(const std::string& text) {
  std::set<Event::Type> types;
  for (const std::string& name : CommaList(text)) {
    Event::Type type;
    if (!Event::Type_Parse(name, &type) || type == Event::TYPE_UNSPECIFIED) {
      return absl::InvalidArgumentError(
          absl::StrCat("--type: unknown type '", Lower(name), "' (", EnumChoices(Event::Type_descriptor()), ")"));
    }
    types.insert(type);
  }
  return types;
}

absl::StatusOr<std::set<Event::Status>> ParseStatuses(const std::string& text) {
  std::set<Event::Status> statuses;
  for (std::string name : CommaList(text)) {
    if (name == "CANCELED") name = "CANCELLED";
    Event::Status status;
    if (!Event::Status_Parse(name, &status) || status == Event::STATUS_UNSPECIFIED) {
      return absl::InvalidArgumentError(
          absl::StrCat("--status: unknown status '", Lower(name), "' (", EnumChoices(Event::Status_descriptor()), ")"));
    }
    statuses.insert(status);
  }
  return statuses;
}

absl::StatusOr<std::optional<CivilSpan>> ParseDate(const char* flag, const std::string& text) {
  if (text.empty()) return std::optional<CivilSpan>();
  const std::optional<TimexSpan> span = SpanOfTimexValue(text);
  const bool calendar_date = span && (span->granularity == GRANULARITY_YEAR || span->granularity == GRANULARITY_MONTH ||
                                      span->granularity == GRANULARITY_DAY);
  if (!calendar_date) {
    return absl::InvalidArgumentError(absl::StrCat(flag, ": '", text, "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
  }
  return std::optional<CivilSpan>(span->span);
}

// The actors of the timeline, with participants missing from `actors` too.
std::vector<Actor> KnownActors(const Timeline& timeline) {
  std::map<std::string, Actor> by_id;
  for (const Actor& actor : timeline.actors()) by_id.emplace(actor.id(), actor);
  for (const Event& event : timeline.events()) {
    for (const Participant& p : event.participants()) {
      if (p.actor_id().empty() || by_id.count(p.actor_id())) continue;
      Actor actor;
      actor.set_id(p.actor_id());
      actor.set_name(p.name());
      actor.set_kind(p.kind());
      by_id.emplace(p.actor_id(), actor);
    }
  }
  std::vector<Actor> actors;
  for (auto& [id, actor] : by_id) actors.push_back(std::move(actor));
  return actors;
}

bool HasParticipant(const Event& event, const std::vector<std::string>& ids) {
  return std::any_of(event.participants().begin(), event.participants().end(),
                     [&](const Participant& p) { return std::binary_search(ids.begin(), ids.end(), p.actor_id()); });
}

bool PlaceContains(const Place& place, const std::string& lower_text) {
  for (const std::string& field : {place.text(), place.name(), place.region(), place.country()}) {
    if (Lower(field).find(lower_text) != std::string::npos) return true;
  }
  return false;
}

bool WithinDates(const Placement& placement, const EventFilter& filter) {
  if (!filter.from && !filter.to) return true;
  if (placement.unknown) return false;
  if (filter.from && placement.span.end <= filter.from->begin) return false;
  if (filter.to && placement.span.begin >= filter.to->end) return false;
  return true;
}

bool Passes(const Event& event, const EventFilter& filter, const DocumentIndex& documents) {
  if (!filter.types.empty() && !filter.types.count(event.type())) return false;
  if (!filter.statuses.empty() && !filter.statuses.count(event.status())) return false;
  if (!filter.place.empty() && !PlaceContains(event.location(), filter.place)) return false;
  return WithinDates(documents.Place(event), filter);
}

// Copies the documents and actors that the kept events refer to.
void KeepReferenced(const Timeline& from, Timeline* result) {
  std::set<std::string> documents;
  std::set<std::string> actors;
  for (const Event& event : result->events()) {
    for (const Mention& m : event.mentions()) documents.insert(m.document_id());
    for (const Participant& p : event.participants()) actors.insert(p.actor_id());
  }
  for (const Document& d : from.documents()) {
    if (documents.count(d.id())) *result->add_documents() = d;
  }
  for (const Actor& a : from.actors()) {
    if (actors.count(a.id())) *result->add_actors() = a;
  }
}

}  // namespace

absl::StatusOr<EventFilter> ParseEventFilter(const FilterSpec& spec) {
  EventFilter filter;
  filter.actor = spec.actor;
  filter.place = Lower(spec.place);
  absl::StatusOr<std::optional<CivilSpan>> from = ParseDate("--from", spec.from);
  if (!from.ok()) return from.status();
  absl::StatusOr<std::optional<CivilSpan>> to = ParseDate("--to", spec.to);
  if (!to.ok()) return to.status();
  if (*from && *to && (*from)->begin >= (*to)->end) {
    return absl::InvalidArgumentError(absl::StrCat("--from ", spec.from, " is after --to ", spec.to));
  }
  filter.from = *from;
  filter.to = *to;
  absl::StatusOr<std::set<Event::Type>> types = ParseTypes(spec.types);
  if (!types.ok()) return types.status();
  filter.types = *std::move(types);
  absl::StatusOr<std::set<Event::Status>> statuses = ParseStatuses(spec.statuses);
  if (!statuses.ok()) return statuses.status();
  filter.statuses = *std::move(statuses);
  return filter;
}

QueryResult FilterTimeline(const Timeline& timeline, const EventFilter& filter) {
  QueryResult result;
  result.timeline.set_generator(timeline.generator());
  std::vector<std::string> actor_ids;
  if (!filter.actor.empty()) {
    const std::vector<Actor> actors = KnownActors(timeline);
    actor_ids = MatchActors(filter.actor, actors);
    if (actor_ids.empty()) {
      result.unknown_actor = true;
      result.closest_actors = ClosestActorNames(filter.actor, actors);
      return result;
    }
  }
  const DocumentIndex documents(timeline.documents());
  for (const Event& event : timeline.events()) {
    if (!actor_ids.empty() && !HasParticipant(event, actor_ids)) continue;
    if (Passes(event, filter, documents)) *result.timeline.add_events() = event;
  }
  KeepReferenced(timeline, &result.timeline);
  return result;
}

}  // namespace chronicle
