// MentionBuilder, part five: who a pronoun and a phrase such as "the two
// leaders" stand for. A person pronoun is the first person of its sentence
// or of the two before it; a group pronoun is the people named apart in its
// own sentence ("would discuss the war with Trump when the two meet"), else
// the latest group of parties an event mention named.

#include <algorithm>

#include "extractor/events/mention_builder.h"

namespace chronicle::events {

// "The second summit between Trump and Kim": what a definite mention names
// tells who "the two leaders" are as well.
void MentionBuilder::RememberGroup(const EventMention& m) {
  const std::vector<ParticipantRef>& named = m.participants.empty() ? m.partners : m.participants;
  if (named.size() < 2) return;
  std::vector<int32_t> group;
  for (const ParticipantRef& p : named) group.push_back(p.actor);
  groups_.push_back(std::move(group));
}

// Whether "he", "she" or the like stands in [first, end): "Macron said he
// hopes to hold a second meeting" names the speaker again.
bool MentionBuilder::PersonPronounBetween(int32_t first, int32_t end) const {
  for (int32_t i = first; i < end; ++i) {
    if (words_.MatchAt(WordClass::kPersonPronoun, i)) return true;
  }
  return false;
}

// "he" is the first person of its sentence before it, else the first
// person of the sentence before (its subject); "they" the parties of the
// latest event told with two or more.
void MentionBuilder::ResolvePronoun(const Chunk& chunk, EventMention* m) {
  if (chunk.group_pronoun) {
    // "the two leaders" are people; "they" and "the two sides" may be any.
    bool people_only = false;
    bool countries = false;
    size_t count = 0;  // "the three leaders": the latest group of three
    for (int32_t i = chunk.first_token; i < chunk.end_token; ++i) {
      const std::string_view w = a_.Word(i);
      people_only = people_only || w == "leaders" || w == "presidents" || w == "men" || w == "ministers" ||
                    w == "envoys";
      countries = countries || w == "countries" || w == "nations";
      if (w == "two") count = 2;
      if (w == "three") count = 3;
    }
    countries = countries || a_.WordIs(chunk.end_token, "countries") || a_.WordIs(chunk.end_token, "nations");
    // "the two countries' military chiefs": the countries the story named
    // last, not the people of the latest event.
    if (countries) {
      for (int32_t actor : CountriesNamedBefore(chunk.first_token, count == 0 ? 2 : count)) {
        if (!HasActor(*m, actor)) m->participants.push_back({actor, Participant::PARTICIPANT});
      }
      return;
    }
    std::vector<int32_t> chosen = PeopleNamedBefore(chunk.first_token, count == 0 ? 2 : count);
    if (chosen.empty() && count != 0) chosen = LatestGroup(people_only, count, /*exact=*/true);
    if (chosen.empty() && count == 3) chosen = LatestGroup(people_only, 3, /*exact=*/false);
    for (int32_t actor : chosen.empty() ? LatestGroup(people_only, 2, /*exact=*/false) : chosen) {
      if (!HasActor(*m, actor)) m->participants.push_back({actor, Participant::PARTICIPANT});
    }
    return;
  }
  const int32_t s = a_.SentenceOf(chunk.pronoun);
  int32_t found = -1;
  // The sentence's first person, its likely subject, before a nearer
  // object: "Blinken will meet Sisi in Cairo before flying to Doha, where
  // he will hold talks".
  for (int32_t i = a_.sentences[s].first_token; i < chunk.pronoun && found < 0; ++i) {
    const int32_t mention = a_.actor_at(i);
    if (mention >= 0 && a_.actors.mentions[mention].kind == Actor::PERSON) found = mention;
  }
  if (found >= 0) found = SubjectOfInnerClause(found, chunk.pronoun);
  if (found < 0) found = SubjectAfterOpeningPhrase(s, chunk.pronoun);
  for (int32_t back = s - 1; back >= 0 && back >= s - 2 && found < 0; --back) {
    const Sentence& prev = a_.sentences[back];
    for (int32_t i = prev.first_token; i < static_cast<int32_t>(prev.end_token) && found < 0; ++i) {
      const int32_t mention = a_.actor_at(i);
      if (mention >= 0 && a_.actors.mentions[mention].kind == Actor::PERSON) found = mention;
    }
  }
  if (found < 0) return;
  const int32_t actor = a_.actors.mentions[found].actor_index;
  if (actor >= 0 && !HasActor(*m, actor)) m->participants.push_back({actor, Participant::PARTICIPANT});
}

// "Cui answered a questioner who asked if Hu Jintao would raise it during
// his visit": a subject pronoun or "his" inside a clause that "if",
// "whether", "who", "that" or "because" opens is that clause's first person
// when it names one, not the sentence's. "him" and "her" may be objects and
// point outside ("Macron said that Trump would meet him").
int32_t MentionBuilder::SubjectOfInnerClause(int32_t sentence_person, int32_t pronoun) const {
  if (a_.WordIs(pronoun, "him") || a_.WordIs(pronoun, "her")) return sentence_person;
  const int32_t from = a_.actors.mentions[sentence_person].end_token;
  for (int32_t b = pronoun - 1; b >= from; --b) {
    if (!(a_.WordIs(b, "if") || a_.WordIs(b, "whether") || a_.WordIs(b, "who") || a_.WordIs(b, "that") ||
          a_.WordIs(b, "because"))) {
      continue;
    }
    for (int32_t i = b + 1; i < pronoun; ++i) {
      const int32_t mention = a_.actor_at(i);
      if (mention >= 0 && a_.actors.mentions[mention].kind == Actor::PERSON) return mention;
    }
  }
  return sentence_person;
}

// "As second leg of his visit, Hu will visit Laos", "After his talks with
// Putin, Trump said": a pronoun in a sentence's opening phrase, with no
// person before it, is the person who opens the clause after the comma.
int32_t MentionBuilder::SubjectAfterOpeningPhrase(int32_t s, int32_t pronoun) const {
  if (a_.WordIs(pronoun, "him") || a_.WordIs(pronoun, "her")) return -1;
  const int32_t end = static_cast<int32_t>(a_.sentences[s].end_token);
  for (int32_t i = pronoun + 1; i < end; ++i) {
    if (!a_.IsPunct(i, ',')) continue;
    for (int32_t j = i + 1; j < end && j <= i + 3; ++j) {
      const int32_t mention = a_.actor_at(j);
      if (mention >= 0 && a_.actors.mentions[mention].kind == Actor::PERSON) return mention;
    }
    return -1;
  }
  return -1;
}

// "said he would discuss the war with Trump when the two meet": the last
// `count` people its own sentence names before token `end`, if it names as
// many.
std::vector<int32_t> MentionBuilder::PeopleNamedBefore(int32_t end, size_t count) const {
  std::vector<int32_t> people;
  for (int32_t i = end - 1; i >= static_cast<int32_t>(a_.sentences[a_.SentenceOf(end)].first_token); --i) {
    const int32_t mention = a_.actor_at(i);
    if (mention < 0 || a_.actors.mentions[mention].kind != Actor::PERSON) continue;
    i = a_.ActorStart(mention);
    const int32_t actor = a_.actors.mentions[mention].actor_index;
    if (actor < 0 || std::find(people.begin(), people.end(), actor) != people.end()) continue;
    // "Modi will meet Xi, India's foreign secretary said, the first meeting
    // between the two leaders": who tells of them in an attribution set off
    // by a comma is not one of them (but "the president told Lee during
    // their meeting" is).
    if (a_.IsPunct(i - 1, ',') &&
        words_.MatchAt(WordClass::kSpeech, static_cast<int32_t>(a_.actors.mentions[mention].end_token))) {
      continue;
    }
    // "Sahnoun and Pahad announced that the two foes had agreed": a pair
    // named together is not "the two" of its own sentence.
    if (!people.empty() && a_.WordIs(static_cast<int32_t>(a_.actors.mentions[mention].end_token), "and")) return {};
    people.push_back(actor);
    if (people.size() == count) return people;
  }
  return {};
}

std::vector<int32_t> MentionBuilder::GroupMembers(const std::vector<int32_t>& group, bool people_only) const {
  std::vector<int32_t> members;
  for (int32_t actor : group) {
    if (!people_only || (*actors_)[actor].kind() == Actor::PERSON) members.push_back(actor);
  }
  return members;
}

// The last `count` different countries named before token `end`, or none
// when fewer are named.
std::vector<int32_t> MentionBuilder::CountriesNamedBefore(int32_t end, size_t count) const {
  std::vector<int32_t> countries;
  for (int32_t i = end - 1; i >= 0 && countries.size() < count; --i) {
    const int32_t mention = a_.actor_at(i);
    if (mention < 0 || a_.actors.mentions[mention].kind != Actor::COUNTRY) continue;
    const int32_t actor = a_.actors.mentions[mention].actor_index;
    if (actor >= 0 && std::find(countries.begin(), countries.end(), actor) == countries.end()) {
      countries.push_back(actor);
    }
  }
  if (countries.size() < count) return {};
  std::reverse(countries.begin(), countries.end());
  return countries;
}

std::vector<int32_t> MentionBuilder::LatestGroup(bool people_only, size_t size, bool exact) const {
  // "the two presidents" after "Trump and Putin met ... Trump will call
  // Zelensky and NATO leaders": the latest group of just that many.
  if (exact) {
    for (auto group = groups_.rbegin(); group != groups_.rend(); ++group) {
      if (group->size() != size) continue;
      std::vector<int32_t> members = GroupMembers(*group, people_only);
      if (members.size() == size) return members;
    }
  }
  for (auto group = groups_.rbegin(); group != groups_.rend(); ++group) {
    std::vector<int32_t> members = GroupMembers(*group, people_only);
    if (members.size() >= size) return members;
  }
  return {};
}

}  // namespace chronicle::events
