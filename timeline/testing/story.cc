#include "timeline/testing/story.h"

#include <map>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "timeline/timex_value.h"

namespace chronicle::testing {
namespace {

std::string Iso(absl::CivilSecond t) { return absl::FormatCivilTime(t); }

TimeExpression FromValue(const std::string& value, TimeExpression::Type type = TimeExpression::DATE) {
  TimeExpression time;
  time.set_value(value);
  time.set_text(value);
  time.set_type(type);
  const std::optional<TimexSpan> span = SpanOfTimexValue(value);
  if (span) {
    time.mutable_interval()->set_begin(Iso(span->span.begin));
    time.mutable_interval()->set_end(Iso(span->span.end));
    time.set_granularity(span->granularity);
  }
  return time;
}

Actor Person(const std::string& id, const std::string& name, std::vector<std::string> aliases) {
  Actor actor;
  actor.set_id(id);
  actor.set_name(name);
  actor.set_kind(Actor::PERSON);
  for (const std::string& alias : aliases) actor.add_aliases(alias);
  return actor;
}

}  // namespace

Actor CastMember(const std::string& id) {
  static const auto* cast = new std::map<std::string, Actor>{
      {"ana-ferreira", Person("ana-ferreira", "Ana Ferreira", {"Ferreira", "President Ana Ferreira"})},
      {"tomas-berg", Person("tomas-berg", "Tomas Berg", {"Berg", "Chancellor Tomas Berg"})},
      {"lena-novak", Person("lena-novak", "Lena Novak", {"Novak"})},
      {"omar-haddad", Person("omar-haddad", "Omar Haddad", {"Haddad"})},
      {"kai-lund", Person("kai-lund", "Kai Lund", {"Lund"})},
  };
  const auto it = cast->find(id);
  if (it != cast->end()) return it->second;
  if (id == "northland") {
    Actor country;
    country.set_id(id);
    country.set_name("Northland");
    country.set_kind(Actor::COUNTRY);
    return country;
  }
  return Person(id, id, {});
}

Timeline Article(const std::string& id, const std::string& published, const std::string& title,
                 const std::string& time_zone) {
  Timeline article;
  Document* document = article.add_documents();
  document->set_id(id);
  document->set_published(published);
  document->set_title(title);
  document->set_time_zone(time_zone);
  return article;
}

TimeExpression Year(const std::string& year) { return FromValue(year); }
TimeExpression Month(const std::string& month) { return FromValue(month); }
TimeExpression Week(const std::string& iso_week) { return FromValue(iso_week); }
TimeExpression Day(const std::string& date) { return FromValue(date); }

TimeExpression PartOfDay(const std::string& date, const std::string& part) {
  static const auto* hours = new std::map<std::string, std::pair<int, int>>{
      {"MO", {6, 12}}, {"AF", {12, 18}}, {"EV", {18, 22}}, {"NI", {21, 24}}};
  TimeExpression time = FromValue(absl::StrCat(date, "T", part), TimeExpression::TIME);
  const auto [from, to] = hours->at(part);
  const absl::CivilSecond day = *ParseLocalTime(date);
  time.mutable_interval()->set_begin(Iso(day + from * 3600));
  time.mutable_interval()->set_end(Iso(day + to * 3600));
  time.set_granularity(GRANULARITY_PART_OF_DAY);
  return time;
}

TimeExpression At(const std::string& local, const std::string& zone) {
  TimeExpression time = FromValue(local, TimeExpression::TIME);
  time.mutable_interval()->set_time_zone(zone);
  return time;
}

Place MakePlace(const std::string& text, const std::string& name, const std::string& region,
                const std::string& country) {
  Place place;
  place.set_text(text);
  place.set_name(name);
  place.set_region(region);
  place.set_country(country);
  return place;
}

Event* AddEvent(Timeline* article, Event::Type type, Event::Status status, const std::vector<std::string>& actor_ids,
                const std::optional<TimeExpression>& time, const std::string& sentence, int begin) {
  Event* event = article->add_events();
  event->set_type(type);
  event->set_status(status);
  event->set_confidence(0.6f);
  for (const std::string& id : actor_ids) {
    const Actor actor = CastMember(id);
    Participant* participant = event->add_participants();
    participant->set_actor_id(id);
    participant->set_name(actor.name());
    participant->set_kind(actor.kind());
    participant->set_role(Participant::PARTICIPANT);
    bool listed = false;
    for (const Actor& a : article->actors()) listed = listed || a.id() == id;
    if (!listed) *article->add_actors() = actor;
  }
  if (time) {
    *event->mutable_time() = *time;
    event->set_time_source(Event::SAME_SENTENCE);
  } else {
    event->set_time_source(Event::NO_TIME);
  }
  Mention* mention = event->add_mentions();
  mention->set_document_id(article->documents(0).id());
  mention->set_begin(begin);
  mention->set_end(begin + static_cast<int>(sentence.size()));
  mention->set_trigger_begin(begin);
  mention->set_trigger(sentence.substr(0, sentence.find(' ')));
  mention->set_sentence(sentence);
  mention->set_sentence_begin(begin);
  if (time) mention->set_time_value(time->value());
  return event;
}

}  // namespace chronicle::testing
