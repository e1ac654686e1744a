#include "extractor/actors/document_actors.h"

#include <algorithm>

#include "extractor/actors/fold.h"

namespace chronicle {

int DocumentActors::Add(Actor actor, int64_t gazetteer_index) {
  const auto [it, added] = by_id_.try_emplace(actor.id(), static_cast<int>(actors_.size()));
  if (added) {
    actors_.push_back(std::move(actor));
    gazetteer_index_.push_back(gazetteer_index);
  }
  return it->second;
}

std::string DocumentActors::TitleOnDay(const GazetteerActor& actor) const {
  for (const OfficeTerm& term : actor.terms) {
    if (!term.HeldOn(day_)) continue;
    const std::optional<uint32_t> office = gazetteer_.FindOffice(term.office);
    if (office) return gazetteer_.OfficeDisplay(*office) + " of " + gazetteer_.ScopeName(term.scope);
  }
  return "";
}

int DocumentActors::FromGazetteer(uint32_t index) {
  const auto [known, added] = by_gazetteer_.try_emplace(index, -1);
  if (!added) return known->second;
  const GazetteerActor& entry = gazetteer_.actor(index);
  // Built where it is kept, not as a message moved in and destroyed.
  const auto [by_id, new_id] = by_id_.try_emplace(entry.id, static_cast<int>(actors_.size()));
  if (new_id) {
    Actor& actor = actors_.emplace_back();
    actor.set_id(entry.id);
    actor.set_name(entry.name);
    actor.set_kind(entry.kind);
    actor.set_country(entry.country);
    actor.set_title(TitleOnDay(entry));
    actor.set_in_gazetteer(true);
    gazetteer_index_.push_back(index);
  }
  known->second = by_id->second;
  return by_id->second;
}

int DocumentActors::TextPersonNamed(std::string_view written) {
  const std::string name = TitleCaseShouting(written);
  Actor actor;
  actor.set_id(Slug(name));
  actor.set_name(name);
  actor.set_kind(Actor::PERSON);
  const size_t before = actors_.size();
  const int index = Add(std::move(actor), -1);
  if (actors_.size() > before) {
    TextPerson person{index, {}};
    const std::vector<Token> tokens = Tokenize(name);
    char buffer[kMaxFoldedWord];
    for (const Token& token : tokens) {
      if (token.kind == TokenKind::kWord) person.words.emplace_back(FoldWord(token.text(name), buffer, sizeof buffer));
    }
    person.family_first = person.words.size() >= 2 && gazetteer_.FamilyNameFirst(person.words.front());
    text_people_.push_back(std::move(person));
  }
  return index;
}

int DocumentActors::Group(const std::string& id, const std::string& name, const GazetteerActor& member_of) {
  Actor actor;
  actor.set_id(id);
  actor.set_name(name);
  actor.set_kind(Actor::GROUP);
  actor.set_country(member_of.country);
  actor.set_member_of(member_of.id);
  return Add(std::move(actor), -1);
}

void DocumentActors::NoteForm(int index, std::string_view form) {
  Actor& actor = actors_[index];
  if (form.empty() || form == actor.name()) return;
  for (const std::string& alias : actor.aliases()) {
    if (alias == form) return;
  }
  actor.add_aliases(std::string(form));
}

void DocumentActors::NoteTitle(int index, std::string_view title) {
  Actor& actor = actors_[index];
  if (actor.title().empty() && !title.empty()) actor.set_title(std::string(title));
}

void DocumentActors::NoteCountry(int index, std::string_view country) {
  Actor& actor = actors_[index];
  if (actor.country().empty() && !country.empty()) actor.set_country(std::string(country));
}

std::vector<Actor> DocumentActors::Finish(std::vector<ActorMention>* mentions) {
  std::vector<int> order(actors_.size(), -1);
  std::vector<Actor> sorted;
  sorted.reserve(actors_.size());
  for (ActorMention& mention : *mentions) {
    int& slot = order[mention.actor_index];
    if (slot < 0) {
      slot = static_cast<int>(sorted.size());
      sorted.push_back(std::move(actors_[mention.actor_index]));
    }
    mention.actor_index = slot;
  }
  return sorted;
}

}  // namespace chronicle
