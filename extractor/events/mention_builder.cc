#include "extractor/events/mention_builder.h"

#include <algorithm>
#include <cstdio>

#include "extractor/actors/fold.h"
#include "extractor/events/coreference.h"  // CompatibleTypes
#include "extractor/events/status.h"

namespace chronicle::events {
namespace {

// How far from the trigger a place or a time still belongs to it, in tokens.
constexpr int32_t kPlaceReach = 12;
constexpr int32_t kTimeReach = 10;

// Precedence when triggers of one clause merge: the more specific kind of
// occasion names the event ("visited ... and met ... for talks" is a visit).
int TypeRank(Event::Type t) {
  switch (t) {
    case Event::SUMMIT: return 6;
    case Event::VISIT: return 5;
    case Event::PRESS_CONFERENCE: return 4;
    case Event::PUBLIC_EVENT: return 3;
    case Event::CALL: return 2;
    case Event::MEETING: return 1;
    default: return 0;
  }
}

bool HasActor(const EventMention& m, int32_t actor) {
  for (const ParticipantRef& p : m.participants) {
    if (p.actor == actor) return true;
  }
  return false;
}

}  // namespace

MentionBuilder::MentionBuilder(const Analysis& analysis, const EventLexicon& lexicon, const WordClasses& words,
                               std::vector<Actor>* actors)
    : a_(analysis), lexicon_(lexicon), words_(words), actors_(actors), finder_(analysis, words) {}

std::vector<EventMention> MentionBuilder::Build() {
  std::vector<EventMention> all;
  for (int32_t s = 0; s < static_cast<int32_t>(a_.sentences.size()); ++s) {
    for (EventMention& m : MentionsOfSentence(s)) all.push_back(std::move(m));
  }
  return all;
}

std::vector<EventMention> MentionBuilder::MentionsOfSentence(int32_t s) {
  const Sentence& sentence = a_.sentences[s];
  std::vector<EventMention> mentions;
  attribution_ = Attribution(s);
  for (const TriggerHit& hit : lexicon_.FindTriggers(a_.text, a_.tokens, sentence.first_token, sentence.end_token)) {
    EventMention m;
    if (!MakeMention(s, hit, &m)) continue;
    // Who "their" is later in the same sentence: "Zelensky met Trump on
    // Monday, six months after their February meeting".
    RememberGroup(m);
    mentions.push_back(std::move(m));
  }
  AddElidedMentions(s, &mentions);
  MergeClauseMentions(&mentions);
  if (a_.IsPunct(static_cast<int32_t>(sentence.end_token) - 1, '?')) {
    for (EventMention& m : mentions) m.generic = true;
  }
  return mentions;
}

// "The second summit between Trump and Kim": what a definite mention names
// tells who "the two leaders" are as well.
void MentionBuilder::RememberGroup(const EventMention& m) {
  const std::vector<ParticipantRef>& named = m.participants.empty() ? m.partners : m.participants;
  if (named.size() < 2) return;
  std::vector<int32_t> group;
  for (const ParticipantRef& p : named) group.push_back(p.actor);
  groups_.push_back(std::move(group));
}

bool MentionBuilder::MakeMention(int32_t s, const TriggerHit& hit, EventMention* m) {
  const Sentence& sentence = a_.sentences[s];
  // A trigger inside a name ("Center for Strategic Talks") is no event.
  if (a_.actor_at(hit.first_token) >= 0) return false;
  const TriggerEntry& e = ChooseEntry(hit, sentence.first_token);
  if (e.verb && IsPassive(hit.first_token)) return false;
  // "In his welcome, Havel said": a verb form after a determiner is a noun
  // that names no occasion.
  if (e.verb && hit.other == nullptr) {
    static const char* const kDeterminers[] = {"the", "a", "an", "his", "their", "its", "our", "this"};
    for (const char* d : kDeterminers) {
      if (a_.WordIs(hit.first_token - 1, d)) return false;
    }
  }
  m->sentence = s;
  m->trigger_first = hit.first_token;
  m->trigger_end = hit.end_token;
  m->span_first = hit.first_token;
  m->span_end = hit.end_token;
  m->type = e.type;
  m->verb = e.verb;
  m->trigger_flags = e.flags;
  if (e.verb) {
    if (!VerbParticipants(s, hit, e, m)) return false;
  } else {
    NounParticipants(s, hit, m);
  }
  // "will meet again in July": another occasion between the same parties.
  if (e.verb && a_.WordIs(std::max(hit.end_token, m->span_end), "again")) m->repeats_earlier = true;
  m->place = FindPlace(s, *m);
  m->time = FindTime(s, *m);
  const StatusDecision status =
      DecideStatus(a_, lexicon_, hit.first_token, std::max(hit.end_token, m->span_end), e.verb, m->time);
  m->status = status.status;
  m->status_from_cue = status.from_cue;
  m->generic = m->generic || IsGeneric(*m);
  m->party_count = PartyCount(s, *m);
  return true;
}

bool MentionBuilder::HasPerson(const Chunk& chunk) const {
  if (chunk.pronoun >= 0) return !chunk.group_pronoun;
  for (int32_t mention : chunk.mentions) {
    if (a_.actors.mentions[mention].kind == Actor::PERSON) return true;
  }
  return false;
}

// "was met by a driver", "were met with indifference": a verb of meeting in
// the passive tells of a reception, not of an occasion.
bool MentionBuilder::IsPassive(int32_t trigger) const {
  int32_t i = trigger - 1;
  while (i >= 0 && (a_.WordIs(i, "mostly") || a_.WordIs(i, "often") || a_.WordIs(i, "largely") ||
                    a_.WordIs(i, "also") || a_.WordIs(i, "later"))) {
    --i;
  }
  const bool be = a_.WordIs(i, "was") || a_.WordIs(i, "were") || a_.WordIs(i, "been") || a_.WordIs(i, "be") ||
                  a_.WordIs(i, "being") || a_.WordIs(i, "is") || a_.WordIs(i, "are");
  return be && (a_.WordIs(trigger, "met") || a_.WordIs(trigger, "received") || a_.WordIs(trigger, "welcomed"));
}

// "a bilateral meeting", "gather for a quick trilateral meeting": a count
// word among the trigger, the few words before it and its span after it.
int8_t MentionBuilder::PartyCount(int32_t s, const EventMention& m) const {
  const Sentence& sentence = a_.sentences[s];
  const int32_t first = std::max<int32_t>(static_cast<int32_t>(sentence.first_token), m.trigger_first - 4);
  const int32_t end = std::min<int32_t>(static_cast<int32_t>(sentence.end_token),
                                        std::max(m.trigger_end, m.span_end) + 4);
  for (int32_t i = first; i < end; ++i) {
    if (words_.MatchAt(WordClass::kTwoParty, a_, i)) return 2;
    if (words_.MatchAt(WordClass::kThreeParty, a_, i)) return 3;
  }
  // "a meeting between Putin and Zelensky": two named, so not the
  // "trilateral summit" told next.
  const std::vector<ParticipantRef>& named = m.participants.empty() ? m.partners : m.participants;
  if (!m.verb && a_.WordIs(m.trigger_end, "between") && named.size() == 2) return 2;
  return 0;
}

// "call" the noun or the verb: after a determiner it is a noun ("a call"),
// after a modal, "to", a pronoun or a name a verb ("will call", "Trump
// called").
const TriggerEntry& MentionBuilder::ChooseEntry(const TriggerHit& hit, int32_t floor) const {
  if (hit.other == nullptr) return *hit.entry;
  const TriggerEntry& noun = hit.entry->verb ? *hit.other : *hit.entry;
  const TriggerEntry& verb = hit.entry->verb ? *hit.entry : *hit.other;
  int32_t i = hit.first_token - 1;
  while (i >= floor && (a_.WordIs(i, "also") || a_.WordIs(i, "then") || a_.WordIs(i, "later") ||
                        a_.WordIs(i, "again") || a_.WordIs(i, "personally"))) {
    --i;
  }
  if (i < floor) return noun;
  if (words_.MatchAt(WordClass::kDefinite, a_, i) || words_.MatchAt(WordClass::kIndefinite, a_, i)) return noun;
  if (a_.actor_at(i) >= 0 || words_.MatchAt(WordClass::kVerbFiller, a_, i) ||
      words_.MatchAt(WordClass::kPersonPronoun, a_, i) || words_.MatchAt(WordClass::kGroupPronoun, a_, i)) {
    return verb;
  }
  return noun;
}

bool MentionBuilder::VerbParticipants(int32_t s, const TriggerHit& hit, const TriggerEntry& e, EventMention* m) {
  const Sentence& sentence = a_.sentences[s];
  Chunk object = finder_.PartnerAfter(hit.end_token, sentence.end_token, (e.flags & kNeedsWith) != 0);
  // "visited Qatar": the country visited is the place, not a party.
  if (e.type == Event::VISIT) {
    std::vector<int32_t> people;
    for (int32_t mention : object.mentions) {
      if (a_.actors.mentions[mention].kind != Actor::COUNTRY) people.push_back(mention);
    }
    object.mentions = people;
  }
  // "to host a Ukraine peace conference": a country before an event noun
  // says what the event is about, not whom the verb receives.
  std::vector<int32_t> receivers;
  for (int32_t mention : object.mentions) {
    const ActorMention& am = a_.actors.mentions[mention];
    if (am.kind != Actor::COUNTRY || !EventNounFollows(static_cast<int32_t>(am.end_token), s)) {
      receivers.push_back(mention);
    }
  }
  object.mentions = receivers;
  const bool visits_place = e.type == Event::VISIT && a_.place_at(hit.end_token) >= 0;
  Chunk subject = finder_.SubjectBefore(hit.first_token, sentence.first_token);
  // "Scholz, Macron and Tusk spoke by phone": parties that the subject
  // names together need no "with"; "spoke to reporters" is no event.
  const bool reciprocal = (e.flags & kNeedsWith) && !(e.flags & kNeedsObject) && subject.mentions.size() >= 2 &&
                          !a_.WordIs(hit.end_token, "to");
  if ((e.flags & (kNeedsObject | kNeedsWith)) && object.empty() && !visits_place && !reciprocal) {
    return false;  // "called it", "spoke to reporters"
  }
  if ((e.flags & kPersonObject) && !HasPerson(object)) return false;  // "welcomed the decision"
  // "Mauritians travelling to Hong Kong": going somewhere is a visit only
  // for a person.
  if (e.type == Event::VISIT && (e.flags & kWeak) && !HasPerson(subject)) return false;
  if (subject.empty()) {
    // "visited Qatar on Thursday and met the prime minister": the second
    // verb shares the first one's subject.
    for (int32_t i = hit.first_token - 1; i >= static_cast<int32_t>(sentence.first_token); --i) {
      if (words_.MatchEndingAt(WordClass::kVerbFiller, a_, i)) continue;
      m->coordinated = a_.WordIs(i, "and");
      break;
    }
    // "Biegun has spent the week in Hanoi negotiating with ...": the verb
    // of a participle clause has the sentence's subject.
    if (!m->coordinated) subject = NearestSubject(s, hit.first_token);
  }
  const bool hosts = e.type == Event::MEETING && (e.flags & kNeedsObject);
  const Participant::Role subject_role =
      hosts ? Participant::HOST : e.type == Event::VISIT ? Participant::VISITOR : Participant::PARTICIPANT;
  const Participant::Role object_role =
      hosts ? Participant::VISITOR : e.type == Event::VISIT ? Participant::HOST : Participant::PARTICIPANT;
  AddChunk(subject, subject_role, m);
  AddChunk(object, object_role, m);
  return true;
}

// An event noun at token `i` or one word after it: "Ukraine conference",
// "Ukraine peace conference".
bool MentionBuilder::EventNounFollows(int32_t i, int32_t s) const {
  const int32_t end = std::min<int32_t>(i + 3, static_cast<int32_t>(a_.sentences[s].end_token));
  for (const TriggerHit& hit : lexicon_.FindTriggers(a_.text, a_.tokens, i, end)) {
    // Not "calls" or "talks", which may be verbs: "North Korea calls off talks".
    if (hit.first_token <= i + 1 && !hit.entry->verb && hit.other == nullptr) return true;
  }
  return false;
}

void MentionBuilder::NounParticipants(int32_t s, const TriggerHit& hit, EventMention* m) {
  const Sentence& sentence = a_.sentences[s];
  const int32_t floor = sentence.first_token;
  m->definite = IsDefinite(hit.first_token, floor);
  m->determined = m->definite;
  // "No meeting between Modi and Sharif is planned."
  if (a_.WordIs(hit.first_token - 1, "no")) m->generic = true;
  for (int32_t i = hit.first_token - 1; i >= floor && hit.first_token - i <= 6; --i) {
    const std::string_view w = a_.Word(i);
    if (w == "for" || w == "at" || w == "during" || w == "in") {
      m->governed_by_preposition = true;
      break;
    }
    if (a_.tokens[i].kind == TokenKind::kPunct || a_.actor_at(i) >= 0) break;
  }
  for (int32_t mention : finder_.NounModifiers(hit.first_token, floor)) {
    AddChunk(Chunk{{mention}, a_.ActorStart(mention), static_cast<int32_t>(a_.actors.mentions[mention].end_token)},
             Participant::PARTICIPANT, m);
  }
  // A definite mention names its event's parties only through a verb of
  // attendance below: in "discussed the meeting with Kim" Kim is a party to
  // the discussing, not to the meeting told before. What it names is kept
  // for when no event came before.
  // "a meeting of Arab foreign ministers": who the occasion is of.
  const bool of = a_.WordIs(hit.end_token, "of") && a_.actor_at(hit.end_token + 1) >= 0;
  const Chunk partners = finder_.PartnerAfter(of ? hit.end_token + 1 : hit.end_token, sentence.end_token, !of);
  AddChunk(partners, Participant::PARTICIPANT, m, m->definite ? &m->partners : nullptr);
  for (int32_t i = hit.first_token - 1; i >= floor && hit.first_token - i <= 6; --i) {
    // "his upcoming meeting": the possessive is a party.
    if (words_.MatchAt(WordClass::kPossessivePronoun, a_, i)) {
      Chunk pronoun;
      pronoun.pronoun = i;
      pronoun.group_pronoun = a_.WordIs(i, "their");
      ResolvePronoun(pronoun, m);
      break;
    }
    // "last month, but the meeting": words of a time expression are not
    // the noun's modifiers.
    if (a_.time_at(i) >= 0) continue;
    // "a second meeting", "another call", "a follow-up meeting".
    if (a_.WordIs(i, "second") || a_.WordIs(i, "another") || a_.WordIs(i, "follow") || a_.WordIs(i, "new")) {
      m->repeats_earlier = true;
    }
    if (a_.WordIs(i, "first") || a_.WordIs(i, "previous") || a_.WordIs(i, "last") || a_.WordIs(i, "earlier") ||
        a_.WordIs(i, "past")) {
      m->earlier_occasion = true;
    }
    if (a_.tokens[i].kind == TokenKind::kPunct && !a_.IsPunct(i, '-') && !a_.IsPunct(i, ',')) break;
  }
  // The subject of a verb of attendance: "Merz, who convened the call",
  // "Macron, who was also on the call".
  // Past the determiner and a place that names the occasion: "join the
  // Oval Office meeting".
  int32_t before = hit.first_token - 1;
  while (before >= floor && (words_.MatchAt(WordClass::kDefinite, a_, before) ||
                             words_.MatchAt(WordClass::kIndefinite, a_, before) ||
                             (a_.place_at(before) >= 0 && a_.actor_at(before) < 0))) {
    --before;
  }
  int32_t start;
  if (words_.MatchEndingAt(WordClass::kAttendance, a_, before, &start) ||
      ((a_.WordIs(before, "on") || a_.WordIs(before, "in")) && (start = before, true))) {
    const Chunk subject = finder_.SubjectBefore(start, floor);
    const bool be_on = a_.WordIs(before, "on") || a_.WordIs(before, "in");
    if (!be_on || subject.first_token >= 0) AddChunk(subject, Participant::PARTICIPANT, m);
  }
  if (m->repeats_earlier && !m->definite) {
    // Who "a second summit" is between is decided with the events told
    // before (coreference.h); what the sentence itself names is kept aside.
    EventMention own = *m;
    FallbackParticipants(s, &own);
    m->partners = own.participants;
  } else if (!m->definite) {
    // An event noun with no parties of its own names a new occasion only
    // when something pins it down ("a press conference on Monday", "talks
    // in Istanbul"); otherwise it speaks of one told before ("predicted a
    // very successful meeting").
    // At a time, in a place, or the setting of its clause ("at a news
    // conference, Trump said").
    const bool pinned = FindTime(s, *m) >= 0 || FindPlace(s, *m) >= 0 || m->governed_by_preposition;
    if (m->participants.empty() && !pinned) {
      // With a cue of its own ("a working lunch ... was canceled") it is a
      // different, unnamed occasion, and no event of ours.
      const StatusDecision status = DecideStatus(a_, lexicon_, hit.first_token, hit.end_token, false, -1);
      if (status.from_cue && status.status != Event::SCHEDULED) {
        m->generic = true;
      } else {
        m->definite = true;
      }
    } else {
      FallbackParticipants(s, m);
    }
  }
}

// An indefinite event noun that names no parties: the subject of its
// sentence ("Trump suggested in a Wednesday call") and the people and
// countries after it ("talks in Istanbul where Ukraine presented...").
void MentionBuilder::FallbackParticipants(int32_t s, EventMention* m) {
  const Sentence& sentence = a_.sentences[s];
  // Another event word ends the search: its parties are its own. Marked by
  // token of the sentence, not of the whole text: this runs for many
  // mentions of a long text.
  const int32_t first = static_cast<int32_t>(sentence.first_token);
  std::vector<bool> other_event(sentence.end_token - first + 1, false);
  for (const TriggerHit& hit : lexicon_.FindTriggers(a_.text, a_.tokens, sentence.first_token, sentence.end_token)) {
    if (hit.first_token != m->trigger_first && !(hit.entry->flags & kWeak)) other_event[hit.first_token - first] = true;
  }
  const Chunk subject = NearestSubject(s, m->trigger_first);
  AddChunk(subject, Participant::PARTICIPANT, m);
  const bool found_subject = !subject.empty();
  // "At a news conference before leaving Hanoi, Trump said ...": an event
  // in an opening phrase has the main clause's subject as its party.
  static const char* const kOpening[] = {"at", "in", "during", "after", "following", "on"};
  bool opening = false;
  for (const char* w : kOpening) opening = opening || a_.WordIs(sentence.first_token, w);
  // After the event word: the people named in its clause, and for talks
  // the countries and groups too ("talks in Istanbul where Ukraine
  // presented..."). A comma before a name opens a new clause.
  const bool talks = m->type == Event::TALKS;
  const int32_t end = sentence.end_token;
  for (int32_t i = m->trigger_end; i < end && !other_event[i - first]; ++i) {
    if (a_.IsPunct(i, ',') && a_.actor_at(i + 1) >= 0) {
      if (!opening || found_subject) break;
      opening = false;  // only the first clause after the opening phrase
    }
    const int32_t mention = a_.actor_at(i);
    if (mention >= 0) {
      const ActorMention& am = a_.actors.mentions[mention];
      const bool kind_fits = am.kind == Actor::PERSON || (talks && (am.kind == Actor::COUNTRY || am.kind == Actor::GROUP));
      if (kind_fits && !finder_.IsPossessiveModifier(mention)) {
        AddChunk(Chunk{{mention}, a_.ActorStart(mention), static_cast<int32_t>(am.end_token)},
                 Participant::PARTICIPANT, m);
      }
      i = static_cast<int32_t>(am.end_token) - 1;
      continue;
    }
    // "Moscow's delegation": a capital standing for its country.
    const int32_t place = a_.place_at(i);
    if (talks && place >= 0 && a_.IsPunct(a_.places[place].end_token, '\'') &&
        a_.WordIs(a_.places[place].end_token + 1, "s") && !a_.places[place].place.country().empty()) {
      const int32_t actor = CountryActor(a_.places[place].place.country());
      if (actor >= 0 && !HasActor(*m, actor)) m->participants.push_back({actor, Participant::PARTICIPANT});
    }
  }
}

// The nearest actors before token `before` in the sentence that can be its
// subject: not a name after a preposition ("stay in Vietnam"), not past
// another event word; "the two leaders" as a pronoun.
Chunk MentionBuilder::NearestSubject(int32_t s, int32_t before) const {
  const Sentence& sentence = a_.sentences[s];
  for (int32_t i = before - 1; i >= static_cast<int32_t>(sentence.first_token); --i) {
    if (a_.IsPunct(i, ';') || a_.WordIs(i, "but")) break;
    int32_t start;
    if (a_.actor_at(i) < 0 && words_.MatchEndingAt(WordClass::kGroupPronoun, a_, i, &start)) {
      Chunk pronoun;
      pronoun.pronoun = start;
      pronoun.group_pronoun = true;
      pronoun.first_token = start;
      pronoun.end_token = i + 1;
      return pronoun;
    }
    const int32_t mention = a_.actor_at(i);
    if (mention < 0 || finder_.IsPossessiveModifier(mention)) continue;
    const int32_t first = a_.ActorStart(mention);
    // "Macron to host Ukraine peace conference": a country that modifies an
    // event noun is its topic, not a subject.
    // So is an organisation that names its occasion ("at the G-20 Summit in
    // Hamburg, back in July meeting").
    const Actor::Kind kind = a_.actors.mentions[mention].kind;
    const bool modifies_event = (kind == Actor::COUNTRY || kind == Actor::ORGANISATION) &&
                                EventNounFollows(static_cast<int32_t>(a_.actors.mentions[mention].end_token), s);
    // "Macron and Scholz discuss Ukraine aid in phone call": what is
    // discussed is no party.
    const bool topic = words_.MatchEndingAt(WordClass::kTopic, a_, first - 1);
    if (modifies_event || topic || words_.MatchAt(WordClass::kLocative, a_, first - 1) || a_.WordIs(first - 1, "to") ||
        a_.WordIs(first - 1, "from") || a_.WordIs(first - 1, "with")) {
      i = first;
      continue;
    }
    return finder_.ChunkEndingWith(mention, sentence.first_token);
  }
  return Chunk();
}

int32_t MentionBuilder::CountryActor(const std::string& country) {
  const std::string id = Slug(country);
  for (size_t i = 0; i < actors_->size(); ++i) {
    if ((*actors_)[i].id() == id) return static_cast<int32_t>(i);
  }
  Actor actor;
  actor.set_id(id);
  actor.set_name(country);
  actor.set_kind(Actor::COUNTRY);
  actors_->push_back(std::move(actor));
  return static_cast<int32_t>(actors_->size()) - 1;
}

void MentionBuilder::AddChunk(const Chunk& chunk, Participant::Role role, EventMention* m,
                              std::vector<ParticipantRef>* into) {
  if (chunk.pronoun >= 0) {
    ResolvePronoun(chunk, m);
    return;
  }
  std::vector<ParticipantRef>& list = into != nullptr ? *into : m->participants;
  for (int32_t mention : chunk.mentions) {
    if (IsSceneOrTopic(mention, *m)) continue;
    const int32_t actor = a_.actors.mentions[mention].actor_index;
    bool known = false;
    for (const ParticipantRef& p : list) known = known || p.actor == actor;
    if (actor >= 0 && !known) list.push_back({actor, role});
  }
  if (!chunk.mentions.empty()) {
    m->span_first = std::min(m->span_first, chunk.first_token);
    m->span_end = std::max(m->span_end, chunk.end_token);
  }
}

// Names that say where or what about, not who: a country after "in" or
// "at" ("met in Vientiane, Laos"), and anything after a topic word that
// follows the trigger ("talks on the war in Ukraine").
bool MentionBuilder::IsSceneOrTopic(int32_t mention, const EventMention& m) const {
  const int32_t first = a_.ActorStart(mention);
  if (InAttribution(first)) return true;  // ", the State Department said."

  const int32_t actor = a_.actors.mentions[mention].actor_index;
  if (actor >= 0 && (*actors_)[actor].kind() == Actor::COUNTRY) {
    int32_t before = first - 1;
    // "in Vientiane, Laos": past a city the gazetteer may not know.
    if (a_.IsPunct(before, ',')) {
      int32_t word = before - 1;
      while (word >= 0 && before - word <= 3 && a_.tokens[word].has(kCapitalized)) --word;
      if (word < before - 1) before = word;
    }
    if (a_.WordIs(before, "the")) --before;
    if (words_.MatchAt(WordClass::kLocative, a_, before)) return true;
  }
  for (int32_t i = m.trigger_end; i < first; ++i) {
    int32_t length;
    if (words_.MatchAt(WordClass::kTopic, a_, i, &length) && a_.time_at(i + length) < 0) return true;
  }
  return false;
}

// ", the State Department said Wednesday,", ", according to two officials.":
// a phrase after a comma, up to the next comma or the sentence end, that a
// verb of saying opens and that holds no event word. The last such phrase
// of the sentence; an empty range when there is none.
std::pair<int32_t, int32_t> MentionBuilder::Attribution(int32_t s) const {
  const Sentence& sentence = a_.sentences[s];
  const int32_t first = static_cast<int32_t>(sentence.first_token);
  int32_t end = static_cast<int32_t>(sentence.end_token);
  while (end > first && a_.tokens[end - 1].kind == TokenKind::kPunct) --end;
  for (int32_t comma = end - 1; comma > first; --comma) {
    if (!a_.IsPunct(comma, ',')) continue;
    const int32_t phrase_end = end;
    end = comma;  // the next phrase to the left ends here
    if (phrase_end - comma > 12) continue;
    for (int32_t i = comma + 1; i < phrase_end && i - comma <= 7; ++i) {
      int32_t length;
      if (!words_.MatchAt(WordClass::kSpeech, a_, i, &length)) continue;
      if (!lexicon_.FindTriggers(a_.text, a_.tokens, comma + 1, phrase_end).empty()) break;
      if (!a_.WordIs(i, "according") && !OnlySpeechTail(i + length, phrase_end)) break;
      return {comma, phrase_end};
    }
  }
  return {0, 0};
}

bool MentionBuilder::OnlySpeechTail(int32_t first, int32_t end) const {
  for (int32_t i = first; i < end; ++i) {
    if (a_.time_at(i) < 0 && !words_.MatchAt(WordClass::kSpeechTail, a_, i)) return false;
  }
  return true;
}

// "he" is the first person of its sentence before it, else the first
// person of the sentence before (its subject); "they" the parties of the
// latest event told with two or more.
void MentionBuilder::ResolvePronoun(const Chunk& chunk, EventMention* m) {
  if (chunk.group_pronoun) {
    // "the two leaders" are people; "they" and "the two sides" may be any.
    bool people_only = false;
    size_t count = 0;  // "the three leaders": the latest group of three
    for (int32_t i = chunk.first_token; i < chunk.end_token; ++i) {
      const std::string_view w = a_.Word(i);
      people_only = people_only || w == "leaders" || w == "presidents" || w == "men";
      if (w == "two") count = 2;
      if (w == "three") count = 3;
    }
    const std::vector<int32_t> chosen = count == 3 ? LatestGroup(people_only, 3) : std::vector<int32_t>();
    for (int32_t actor : chosen.empty() ? LatestGroup(people_only, 2) : chosen) {
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

// The parties of the latest group of at least `size` that fit (people only
// for "the two leaders"); empty when there is none.
std::vector<int32_t> MentionBuilder::LatestGroup(bool people_only, size_t size) const {
  for (auto group = groups_.rbegin(); group != groups_.rend(); ++group) {
    std::vector<int32_t> fitting;
    for (int32_t actor : *group) {
      if (!people_only || (*actors_)[actor].kind() == Actor::PERSON) fitting.push_back(actor);
    }
    if (fitting.size() >= size) return fitting;
  }
  return {};
}

bool MentionBuilder::IsDefinite(int32_t trigger_first, int32_t sentence_first) const {
  // Walk back over the noun phrase's modifiers to its determiner.
  for (int32_t i = trigger_first - 1; i >= sentence_first && trigger_first - i <= 5; --i) {
    if (words_.MatchAt(WordClass::kDefinite, a_, i)) return true;
    if (words_.MatchAt(WordClass::kIndefinite, a_, i)) return IsPredicateOfReference(i, sentence_first);
    if (a_.IsPunct(i, '\'') && a_.WordIs(i + 1, "s")) return true;  // "the meeting's", "Putin's visit"
    if (a_.tokens[i].kind == TokenKind::kPunct && !a_.IsPunct(i, '-')) return false;
  }
  return false;
}

// "called this a humiliating meeting", "described it as a feel-out
// meeting": an indefinite noun said of "this" or "it" names an event told
// before.
bool MentionBuilder::IsPredicateOfReference(int32_t determiner, int32_t sentence_first) const {
  for (int32_t i = determiner - 1; i >= sentence_first && determiner - i <= 3; --i) {
    const std::string_view w = a_.Word(i);
    if (w == "this" || w == "it" || w == "that") return true;
    if (a_.tokens[i].kind == TokenKind::kPunct) return false;
  }
  return false;
}

bool MentionBuilder::IsGeneric(const EventMention& m) const {
  if (m.time >= 0 || m.status != Event::OCCURRED) return false;
  const Sentence& s = a_.sentences[m.sentence];
  // "have met before", "had several meetings", "have only spoken by phone".
  for (int32_t i = std::max<int32_t>(s.first_token, m.trigger_first - 4);
       i < std::min<int32_t>(s.end_token, m.trigger_end + 3); ++i) {
    if (words_.MatchAt(WordClass::kGeneric, a_, i)) return true;
  }
  if (m.trigger_flags & kPlural) return m.place < 0;
  const int32_t before = m.trigger_first - 1;
  return m.verb && (a_.WordIs(before, "have") || a_.WordIs(before, "has") ||
                    ((a_.WordIs(before, "only") || a_.WordIs(before, "never")) &&
                     (a_.WordIs(before - 1, "have") || a_.WordIs(before - 1, "has"))));
}

int32_t MentionBuilder::FindPlace(int32_t s, const EventMention& m) const {
  const Sentence& sentence = a_.sentences[s];
  // A place named in the noun phrase: "the Anchorage summit", "the Geneva
  // peace talks"; not a subject a verb away ("North Korea calls off talks",
  // "the ministers of Japan and South Korea met").
  for (int32_t i = m.trigger_first - 1;
       !m.verb && i >= static_cast<int32_t>(sentence.first_token) && m.trigger_first - i <= 3; --i) {
    if (words_.MatchAt(WordClass::kSubordinator, a_, i)) break;  // "in the East Room after the meeting"
    const int32_t place = a_.place_at(i);
    if (place >= 0) {
      // A country with a word between ("Ukraine peace conference") is the
      // topic.
      const int32_t gap = m.trigger_first - static_cast<int32_t>(a_.places[place].end_token);
      if (gap == 0 || (gap == 1 && a_.places[place].kind != PlaceKind::kCountry)) return place;
      // "stay in Vietnam for an official visit": the scene of a clause.
      int32_t before = static_cast<int32_t>(a_.places[place].first_token) - 1;
      if (a_.WordIs(before, "the")) --before;
      if (words_.MatchAt(WordClass::kLocative, a_, before)) return place;
      break;
    }
    if (a_.tokens[i].kind != TokenKind::kWord) break;
  }
  // "visited Qatar", "visiting Istanbul".
  if (m.verb && m.type == Event::VISIT && a_.place_at(m.trigger_end) >= 0) return a_.place_at(m.trigger_end);
  // "in Ibiza", "at the G-20 Summit in Osaka, Japan".
  int32_t end = std::min<int32_t>(sentence.end_token, m.trigger_end + kPlaceReach);
  for (int32_t i = m.trigger_end; i < end; ++i) {
    int32_t topic_length;
    if (words_.MatchAt(WordClass::kTopic, a_, i, &topic_length) && a_.time_at(i + topic_length) < 0) {
      // Past what the talks are about to where they are: "... on a free
      // trade agreement are set to resume in Canberra".
      const int32_t skip = TopicLength(i, sentence.end_token);
      if (skip == 0) break;
      i += skip;
      end = std::min<int32_t>(sentence.end_token, i + kPlaceReach);
      continue;
    }
    if (a_.place_at(i) < 0) continue;
    int32_t before = a_.places[a_.place_at(i)].first_token - 1;
    if (a_.WordIs(before, "the")) --before;
    // A name that is also an actor is a place only as a country after a
    // locative or "to": "met in Germany", "a working visit to Germany".
    if (a_.actor_at(i) >= 0 && a_.actors.mentions[a_.actor_at(i)].kind != Actor::COUNTRY) continue;
    if (words_.MatchAt(WordClass::kLocative, a_, before)) return a_.place_at(i);
    // "a surprise visit to Kyiv": where a visit goes is its scene.
    if (m.type == Event::VISIT && a_.WordIs(before, "to")) return a_.place_at(i);
    if (a_.actor_at(i) >= 0) i = static_cast<int32_t>(a_.places[a_.place_at(i)].end_token) - 1;
  }
  // "flying to Doha, where he will hold talks": the place a "where" clause
  // hangs on.
  for (int32_t i = m.trigger_first - 1; i >= static_cast<int32_t>(sentence.first_token) + 2 &&
                                        m.trigger_first - i <= 8;
       --i) {
    if (a_.WordIs(i, "where") && a_.IsPunct(i - 1, ',') && a_.place_at(i - 2) >= 0) return a_.place_at(i - 2);
  }
  // The dateline of a lede, "HANOI — The summit ended ...": where the
  // story is told from, and so where its first event is, unless the
  // sentence names another place ("WASHINGTON — Blinken will travel to
  // Beijing").
  const int32_t first = sentence.first_token;
  const int32_t dateline = a_.place_at(first);
  if (dateline >= 0 && a_.tokens[first].has(kAllCaps)) {
    const int32_t after = static_cast<int32_t>(a_.places[dateline].end_token);
    for (int32_t i = after; i < static_cast<int32_t>(sentence.end_token); ++i) {
      if (a_.place_at(i) >= 0 && a_.place_at(i) != dateline) return -1;
    }
    if (a_.IsPunct(after, '-') || a_.IsPunct(after, '(')) return dateline;
  }
  return -1;
}

// A time past another event word or a "since" clause belongs to that:
// "talks ... since negotiations broke down three weeks ago".
bool MentionBuilder::OtherEventBetween(int32_t s, const EventMention& m, int32_t time_first, int32_t time_end) const {
  const int32_t lo = time_first >= m.trigger_end ? m.trigger_end : time_end;
  const int32_t hi = time_first >= m.trigger_end ? time_first : m.trigger_first;
  // "on Monday before flying to Doha, where he will hold talks": a time
  // across a subordinate clause belongs to the other side.
  // Not "when", which ties the time to its clause ("last month, when
  // Kim Yong Chol visited Washington").
  for (int32_t i = lo; i < hi; ++i) {
    const std::string_view w = a_.Word(i);
    if (w == "since" || w == "until" || w == "before" || w == "after" || w == "because") return true;
  }
  const Sentence& sentence = a_.sentences[s];
  for (const TriggerHit& hit : lexicon_.FindTriggers(a_.text, a_.tokens, lo, hi)) {
    (void)sentence;
    if (!(hit.entry->flags & kWeak) && !IsSetting(hit.first_token)) return true;
  }
  return false;
}

// "met on the sidelines of the Group of 20 summit": an event word that only
// says where another event took place.
bool MentionBuilder::IsSetting(int32_t trigger_first) const {
  for (int32_t i = trigger_first - 1; i >= 0 && trigger_first - i <= 8; --i) {
    if (a_.WordIs(i, "sidelines") || a_.WordIs(i, "margins")) return a_.WordIs(i + 1, "of");
    if (a_.tokens[i].kind == TokenKind::kPunct && !a_.IsPunct(i, '-')) return false;
  }
  return false;
}

int32_t MentionBuilder::FindTime(int32_t s, const EventMention& m) const {
  const Sentence& sentence = a_.sentences[s];
  int32_t best = -1, best_distance = kTimeReach + 1;
  for (int32_t i = sentence.first_token; i < static_cast<int32_t>(sentence.end_token); ++i) {
    const int32_t t = a_.time_at(i);
    if (t < 0 || (i > 0 && a_.time_at(i - 1) == t) || InAttribution(i)) continue;
    const TimeExpression& time = a_.times[t];
    if (time.type() != TimeExpression::DATE && time.type() != TimeExpression::TIME) continue;
    if (!time.has_interval()) continue;
    int32_t end = i;
    while (end < a_.size() && a_.time_at(end) == t) ++end;
    if (OtherEventBetween(s, m, i, end)) continue;
    // Distance from the mention's words: a time after its parties counts
    // from their end ("the summit between Trump and Kim ended on Thursday").
    const int32_t after = std::max(m.trigger_end, m.span_end);
    int32_t distance = i >= m.trigger_end ? std::max(0, i - after - TopicLength(after, i)) : m.trigger_first - end;
    // "held a phone call in January, and met": a time closer to an event
    // word before it is that one's.
    if (i < m.trigger_first && distance > 1 && FollowsOtherEvent(s, i, distance)) continue;
    // A time that opens the sentence before a comma sets the scene for all
    // of it: "Last week, the two envoys met in Ibiza".
    const bool opens = i - static_cast<int32_t>(sentence.first_token) <= 1 && a_.IsPunct(end, ',');
    if (opens) distance = std::min(distance, kTimeReach);
    if (distance < best_distance) {
      best_distance = distance;
      best = t;
    }
  }
  return best;
}

// Whether an event word other than a weak one ends fewer than `distance`
// tokens before token `i`.
bool MentionBuilder::FollowsOtherEvent(int32_t s, int32_t i, int32_t distance) const {
  // "visited China in October, when he attended a forum": the "when"
  // clause shares the time.
  for (int32_t j = i + 1; j < i + distance; ++j) {
    if (a_.WordIs(j, "when")) return false;
  }
  const int32_t first = std::max<int32_t>(a_.sentences[s].first_token, i - distance);
  for (const TriggerHit& hit : lexicon_.FindTriggers(a_.text, a_.tokens, first, i)) {
    if (!(hit.entry->flags & kWeak) && !IsSetting(hit.first_token) && i - hit.end_token < distance) return true;
  }
  return false;
}

// The words of what an event is about, from a topic word up to the verb
// that follows in [first, end): "talks between India and Australia on a
// free trade agreement are set to resume in Canberra on April 10". Zero
// when there is none.
int32_t MentionBuilder::TopicLength(int32_t first, int32_t end) const {
  for (int32_t i = first; i < end; ++i) {
    if (!words_.MatchAt(WordClass::kTopic, a_, i)) continue;
    for (int32_t j = i + 1; j < end; ++j) {
      if (IsAuxiliary(a_.Word(j))) return j - i;
    }
    return 0;
  }
  return 0;
}

bool MentionBuilder::IsAuxiliary(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "will" || w == "would" || w == "has" ||
         w == "have" || w == "had";
}

// "as catastrophic as Chamberlain's was with Hitler at Munich": a
// possessive name followed by "was with" stands for an event noun said
// earlier in the sentence.
void MentionBuilder::AddElidedMentions(int32_t s, std::vector<EventMention>* mentions) {
  if (mentions->empty()) return;
  const EventMention& model = mentions->front();
  const Sentence& sentence = a_.sentences[s];
  for (int32_t i = model.trigger_end; i + 3 < static_cast<int32_t>(sentence.end_token); ++i) {
    const int32_t mention = a_.actor_at(i);
    if (mention < 0 || a_.actor_at(i + 1) == mention) continue;
    if (!a_.IsPunct(i + 1, '\'') || !a_.WordIs(i + 2, "s")) continue;
    if (!(a_.WordIs(i + 3, "was") || a_.WordIs(i + 3, "were") || a_.WordIs(i + 3, "with"))) continue;
    EventMention m;
    m.sentence = s;
    m.trigger_first = i + 1;
    m.trigger_end = i + 3;
    m.span_first = a_.ActorStart(mention);
    m.span_end = i + 3;
    m.type = model.type;
    m.verb = false;
    AddChunk(Chunk{{mention}, a_.ActorStart(mention), i + 1}, Participant::PARTICIPANT, &m);
    const int32_t after = a_.WordIs(i + 3, "with") ? i + 3 : i + 4;
    AddChunk(finder_.PartnerAfter(after, sentence.end_token, true), Participant::PARTICIPANT, &m);
    m.place = FindPlace(s, m);
    m.time = FindTime(s, m);
    m.status = DecideStatus(a_, lexicon_, m.trigger_first, m.trigger_end, true, m.time).status;
    if (a_.WordIs(i + 3, "was") || a_.WordIs(i + 3, "were")) m.status = Event::OCCURRED;
    mentions->push_back(std::move(m));
    break;
  }
}

// Whether two mentions of one sentence tell of different occasions whatever
// their parties: a subordinate clause between them ("the call came two days
// after Scholz hosted Tusk"), two different times ("Yellen, who visited
// Beijing in July, is expected to meet He next month"), or two verbs of
// different status ("visited Qatar and will meet the emir").
bool MentionBuilder::ApartInClause(const EventMention& last, const EventMention& m) const {
  if (!CompatibleTypes(last.type, m.type)) return !IsSetting(m.trigger_first);  // "held a call ... and met"
  if (last.time >= 0 && m.time >= 0 && last.time != m.time) return true;
  if (last.verb && m.verb && last.status != m.status) return true;
  for (int32_t i = last.trigger_end; i < m.trigger_first; ++i) {
    if (words_.MatchAt(WordClass::kSubordinator, a_, i)) return true;
  }
  return false;
}

void MentionBuilder::MergeClauseMentions(std::vector<EventMention>* mentions) const {
  std::vector<EventMention> merged;
  for (EventMention& m : *mentions) {
    // "held a phone call in January, and met in Bali": another occasion,
    // with the first verb's subject.
    if (!merged.empty() && m.coordinated && m.participants.empty() && ApartInClause(merged.back(), m)) {
      m.participants = merged.back().participants;
    }
    if (!merged.empty() && !ApartInClause(merged.back(), m)) {
      EventMention& last = merged.back();
      bool shares = m.participants.empty() || last.participants.empty();
      for (const ParticipantRef& p : m.participants) shares = shares || HasActor(last, p.actor);
      const bool same_span_of_clause = m.trigger_first - last.trigger_end <= 12;
      // Two event nouns are one event only side by side ("bilateral
      // meeting"); otherwise one is what the other is about ("the
      // possibility of a summit came up in a meeting").
      const bool nouns_apart = !m.verb && !last.verb && m.trigger_first > last.trigger_end;
      // "will meet in Hanoi on Wednesday for their second summit": the noun
      // after the verb names its occasion.
      const bool occasion_of_verb = last.verb && !m.verb && same_span_of_clause &&
                                    (m.governed_by_preposition || IsSetting(m.trigger_first)) &&
                                    !(m.trigger_flags & kWeak);
      if ((m.coordinated || occasion_of_verb || (shares && same_span_of_clause && !nouns_apart && !m.definite)) &&
          !last.generic) {
        for (const ParticipantRef& p : m.participants) {
          if (!HasActor(last, p.actor)) last.participants.push_back(p);
        }
        // The setting of a meeting ("on the sidelines of a summit") does
        // not make it a summit.
        if (TypeRank(m.type) > TypeRank(last.type) && !IsSetting(m.trigger_first)) last.type = m.type;
        if (last.place < 0) last.place = m.place;
        if (last.time < 0) last.time = m.time;
        if (last.party_count == 0) last.party_count = m.party_count;
        if (m.status_from_cue && !last.status_from_cue) last.status = m.status, last.status_from_cue = true;
        last.span_end = std::max(last.span_end, m.span_end);
        last.verb = last.verb || m.verb;
        continue;
      }
    }
    merged.push_back(std::move(m));
  }
  *mentions = std::move(merged);
}

}  // namespace chronicle::events
