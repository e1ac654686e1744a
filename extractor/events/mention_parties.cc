// MentionBuilder, part two: who takes part in a mention. The subject and
// object of a verb ("Merz met Macron"), the parties a noun names ("the
// summit between Putin and Trump", "a meeting of Arab foreign ministers"),
// and the sentence's subject for a bare noun. Pronouns are resolved in
// mention_pronouns.cc.

#include <algorithm>

#include "extractor/events/mention_builder.h"
#include "extractor/events/status.h"

namespace chronicle::events {

bool MentionBuilder::VerbParticipants(int32_t s, const TriggerHit& hit, const TriggerEntry& e, EventMention* m) {
  const Sentence& sentence = a_.sentences[s];
  Chunk object = finder_.PartnerAfter(hit.end_token, sentence.end_token, (e.flags & kNeedsWith) != 0);
  // "visited Qatar": the country visited is the place, not a party; nor is
  // a people that only qualifies the place ("arrived in the Vietnamese
  // capital").
  bool qualified_place = false;
  if (e.type == Event::VISIT) {
    std::vector<int32_t> people;
    for (int32_t mention : object.mentions) {
      const ActorMention& am = a_.actors.mentions[mention];
      const bool qualifies = am.kind != Actor::PERSON && NamesAPlace(static_cast<int32_t>(am.end_token));
      qualified_place = qualified_place || qualifies;
      if (am.kind != Actor::COUNTRY && !qualifies) people.push_back(mention);
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
  const bool visits_place = e.type == Event::VISIT && (a_.place_at(hit.end_token) >= 0 || qualified_place);
  Chunk subject = finder_.SubjectBefore(hit.first_token, sentence.first_token);
  // "The delegation, led by Ron Dermer, had arrived in Qatar": its leader
  // takes part too.
  const Chunk leaders = finder_.LedByBefore(hit.first_token, sentence.first_token);
  // "Scholz, Macron and Tusk spoke by phone", "the two presidents last
  // spoke by telephone": parties that the subject names together need no
  // "with"; "spoke to reporters" is no event.
  const bool several = subject.mentions.size() >= 2 || (subject.pronoun >= 0 && subject.group_pronoun);
  const bool reciprocal = (e.flags & kNeedsWith) && !(e.flags & kNeedsObject) && several &&
                          !a_.WordIs(hit.end_token, "to");
  if ((e.flags & (kNeedsObject | kNeedsWith)) && object.empty() && !visits_place && !reciprocal) {
    return false;  // "called it", "spoke to reporters"
  }
  if ((e.flags & kPersonObject) && !HasPerson(object)) return false;  // "welcomed the decision"
  // "Mauritians travelling to Hong Kong": going somewhere is a visit only
  // for a person.
  if (e.type == Event::VISIT && (e.flags & kWeak) && !HasPerson(subject) && !HasPerson(leaders)) return false;
  if (subject.empty()) {
    // "visited Qatar on Thursday and met the prime minister": the second
    // verb shares the first one's subject.
    for (int32_t i = hit.first_token - 1; i >= static_cast<int32_t>(sentence.first_token); --i) {
      if (words_.MatchEndingAt(WordClass::kVerbFiller, i)) continue;
      m->coordinated = a_.WordIs(i, "and");
      break;
    }
    // "Biegun has spent the week in Hanoi negotiating with ...": the verb
    // of a participle clause has the sentence's subject; so has a verb
    // joined to one that names no event ("arrived on Sunday and met the
    // spy chief").
    const bool shares_event_subject =
        m->coordinated &&
        !lexicon_.FindTriggers(a_.text, a_.tokens, sentence.first_token, hit.first_token).empty();
    if (!shares_event_subject) subject = NearestSubject(s, hit.first_token);
  }
  const bool hosts = e.type == Event::MEETING && (e.flags & kNeedsObject);
  const Participant::Role subject_role =
      hosts ? Participant::HOST : e.type == Event::VISIT ? Participant::VISITOR : Participant::PARTICIPANT;
  const Participant::Role object_role =
      hosts ? Participant::VISITOR : e.type == Event::VISIT ? Participant::HOST : Participant::PARTICIPANT;
  AddChunk(subject, subject_role, m);
  AddChunk(leaders, subject_role, m);
  for (int32_t mention : subject.mentions) m->subject_actors.push_back(a_.actors.mentions[mention].actor_index);
  AddChunk(object, object_role, m);
  return true;
}

// "Modi invited him to visit India": the one invited would visit, and the
// one inviting receives him; what the clause names otherwise is not who.
void MentionBuilder::InvitedParties(int32_t s, int32_t trigger, EventMention* m) {
  const Chunk invited = InvitedBefore(trigger, a_.sentences[s].first_token);
  if (invited.empty()) return;
  const Chunk inviter = NearestSubject(s, invited.first_token);
  const bool visit = m->type == Event::VISIT;
  m->participants.clear();
  if (invited.pronoun >= 0 && !invited.group_pronoun && inviter.mentions.size() == 1) {
    // "Modi ... invited him": not Modi himself, but the person before.
    const int32_t other = PersonBeforeOtherThan(invited.pronoun, a_.actors.mentions[inviter.mentions[0]].actor_index);
    if (other >= 0) m->participants.push_back({other, visit ? Participant::VISITOR : Participant::PARTICIPANT});
  } else {
    AddChunk(invited, visit ? Participant::VISITOR : Participant::PARTICIPANT, m);
  }
  AddChunk(inviter, visit ? Participant::HOST : Participant::PARTICIPANT, m);
}

// The actor of the latest person named before token `i`, in its sentence
// or the one before, who is not actor `not_actor`; -1 if none.
int32_t MentionBuilder::PersonBeforeOtherThan(int32_t i, int32_t not_actor) const {
  const int32_t s = a_.SentenceOf(i);
  const int32_t floor = s > 0 ? static_cast<int32_t>(a_.sentences[s - 1].first_token) : 0;
  for (int32_t j = i - 1; j >= floor; --j) {
    const int32_t mention = a_.actor_at(j);
    if (mention < 0 || a_.actors.mentions[mention].kind != Actor::PERSON) continue;
    const int32_t actor = a_.actors.mentions[mention].actor_index;
    if (actor >= 0 && actor != not_actor) return actor;
  }
  return -1;
}

// For an event word after "to": the one invited or asked to it ("invited
// him to visit India", "asked Merz to join the talks"), else an empty chunk.
Chunk MentionBuilder::InvitedBefore(int32_t trigger, int32_t floor) const {
  static constexpr std::string_view kInviting[] = {"invited", "invites", "invite", "inviting", "asked", "urged"};
  const int32_t object_end = trigger - 2;
  if (!a_.WordIs(trigger - 1, "to") || object_end < floor) return Chunk();
  Chunk object;
  if (a_.actor_at(object_end) >= 0) {
    object = finder_.ChunkEndingWith(a_.actor_at(object_end), floor);
  } else if (words_.MatchAt(WordClass::kPersonPronoun, object_end) ||
             words_.MatchAt(WordClass::kGroupPronoun, object_end)) {
    object.pronoun = object_end;
    object.group_pronoun = words_.MatchAt(WordClass::kGroupPronoun, object_end);
    object.first_token = object_end;
    object.end_token = object_end + 1;
  } else {
    return Chunk();
  }
  for (std::string_view verb : kInviting) {
    if (a_.WordIs(object.first_token - 1, verb)) return object;
  }
  return Chunk();
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
  // Not "Murtha's call" or "Abat's call to overthrow Arroyo": one's call is
  // as often an appeal as a telephone call.
  const bool possessive = hit.entry->type != Event::CALL || a_.WordIs(hit.end_token, "with");
  // "a NATO summit", "the G7 meeting": an organisation's own occasion; not
  // one that only sets the scene ("met at the G-20 summit"), nor a call.
  const bool of_organisation = hit.entry->type != Event::CALL && hit.entry->type != Event::VISIT &&
                               !m->governed_by_preposition && !IsSetting(hit.first_token);
  // "Modi skips G20 summit": who stays away is no modifier of it.
  const bool stays_away = StaysAwayBefore(hit.first_token, floor);
  for (int32_t mention : finder_.NounModifiers(hit.first_token, floor, possessive, of_organisation)) {
    if (stays_away && a_.actors.mentions[mention].kind == Actor::PERSON) continue;
    AddChunk(Chunk{{mention}, a_.ActorStart(mention), static_cast<int32_t>(a_.actors.mentions[mention].end_token)},
             Participant::PARTICIPANT, m);
  }
  // A definite mention names its event's parties only through a verb of
  // attendance below: in "discussed the meeting with Kim" Kim is a party to
  // the discussing, not to the meeting told before. What it names is kept
  // for when no event came before.
  // "a meeting of Arab foreign ministers": who the occasion is of; "a
  // courtesy call on Li Qiang": a trigger that ends in its preposition.
  const bool of = a_.WordIs(hit.end_token, "of") && a_.actor_at(hit.end_token + 1) >= 0;
  const bool ends_in_preposition = a_.WordIs(hit.end_token - 1, "on");
  const Chunk partners = finder_.PartnerAfter(of ? hit.end_token + 1 : hit.end_token, sentence.end_token,
                                              !of && !ends_in_preposition);
  AddChunk(partners, Participant::PARTICIPANT, m, m->definite ? &m->partners : nullptr);
  for (int32_t i = hit.first_token - 1; i >= floor && hit.first_token - i <= 6; --i) {
    // "his upcoming meeting": the possessive is a party.
    if (words_.MatchAt(WordClass::kPossessivePronoun, i)) {
      Chunk pronoun;
      pronoun.pronoun = i;
      pronoun.group_pronoun = a_.WordIs(i, "their");
      pronoun.first_token = i;
      pronoun.end_token = i + 1;
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
  // "It was the second meeting between the two leaders", "..., the first
  // meeting between them in five years": which meeting the one just told
  // was, not another.
  if ((m->repeats_earlier || m->earlier_occasion) && SaidOfReference(hit.first_token, floor)) {
    m->repeats_earlier = false;
    m->earlier_occasion = false;
    m->definite = true;
  }
  // The subject of a verb of attendance: "Merz, who convened the call",
  // "Macron, who was also on the call".
  // Past the determiner and a place that names the occasion: "join the
  // Oval Office meeting".
  // And past plain modifiers: "held separate calls", "joined closed-door
  // talks"; a day that owns the event ("join Thursday's meeting"), and
  // "part of" ("attend part of the summit").
  int32_t before = hit.first_token - 1;
  for (int32_t modifiers = 0; before >= floor; --before) {
    if (a_.time_at(before) >= 0 || (a_.WordIs(before, "s") && a_.IsPunct(before - 1, '\'') &&
                                     a_.time_at(before - 2) >= 0)) {
      continue;
    }
    if (a_.IsPunct(before, '\'') && a_.time_at(before - 1) >= 0) continue;
    if (a_.WordIs(before, "of") && a_.WordIs(before - 1, "part")) {
      --before;
      continue;
    }
    // "attended the previous G20 summit": past an organisation that names
    // the occasion.
    if (const int32_t org = a_.actor_at(before);
        org >= 0 && a_.actors.mentions[org].kind == Actor::ORGANISATION && a_.place_at(before) < 0) {
      before = a_.ActorStart(org);
      continue;
    }
    const bool determiner =
        words_.MatchAt(WordClass::kDefinite, before) || words_.MatchAt(WordClass::kIndefinite, before);
    const bool named_place = a_.place_at(before) >= 0 && a_.actor_at(before) < 0;
    const bool modifier = modifiers < 4 && !words_.MatchEndingAt(WordClass::kAttendance, before) &&
                          (a_.IsPunct(before, '-') || IsPlainModifier(before));
    if (!determiner && !named_place && !modifier) break;
    if (modifier && !determiner) ++modifiers;
  }
  JoinedForIt(before, floor, m);
  int32_t start;
  if (stays_away) {
    m->subject_absent = true;
  } else if (words_.MatchEndingAt(WordClass::kAttendance, before, &start) ||
      ((a_.WordIs(before, "on") || a_.WordIs(before, "in")) && BeBefore(before) && (start = before, true))) {
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
    // Or the object of a verb, or what a person did something after:
    // "agreed to hold annual talks, after a two-hour summit"; not "two
    // Palestinians were killed after an Israeli-US summit".
    const bool after_person = GoverningAfter(a_, hit.first_token) >= 0 && HasPerson(NearestSubject(s, hit.first_token));
    const bool pinned = FindTime(s, *m) >= 0 || FindPlace(s, *m) >= 0 || m->governed_by_preposition ||
                        InfinitiveBefore(a_, hit.first_token) >= 0 || after_person;
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

// "Macron was also on the call", "were in the meeting": a form of "be"
// before token `i`, past an adverb; not "discuss Ukraine in phone call".
bool MentionBuilder::BeBefore(int32_t i) const {
  int32_t verb = i - 1;
  if (a_.WordIs(verb, "also") || a_.WordIs(verb, "not") || a_.WordIs(verb, "already") || a_.WordIs(verb, "still")) {
    --verb;
  }
  return IsBe(a_.Word(verb));
}

// "Von der Leyen joined Macron and Xi for a trilateral meeting": who
// joined and whom are all parties to the occasion after "for". `before` is
// the token before the noun phrase.
void MentionBuilder::JoinedForIt(int32_t before, int32_t floor, EventMention* m) {
  if (!a_.WordIs(before, "for") || a_.actor_at(before - 1) < 0) return;
  const Chunk joined = finder_.ChunkEndingWith(a_.actor_at(before - 1), floor);
  int32_t verb_start;
  if (joined.empty() || !words_.MatchEndingAt(WordClass::kAttendance, joined.first_token - 1, &verb_start)) return;
  AddChunk(finder_.SubjectBefore(verb_start, floor), Participant::PARTICIPANT, m);
  AddChunk(joined, Participant::PARTICIPANT, m);
}

// An indefinite event noun that names no parties: the subject of its
// sentence ("Trump suggested in a Wednesday call") and the people and
// countries after it ("talks in Istanbul where Ukraine presented...").
// Whether the event noun at `trigger_first` is what someone stays away from,
// a few words before it and no punctuation between: "Modi to skip G20
// summit", "will not attend the Group of 20 summit", "will boycott the
// Johannesburg meeting".
bool MentionBuilder::StaysAwayBefore(int32_t trigger_first, int32_t floor) const {
  for (int32_t i = trigger_first - 1; i >= floor && trigger_first - i <= 6; --i) {
    if (a_.tokens[i].kind == TokenKind::kPunct && !a_.IsPunct(i, '-')) return false;
    int32_t start;
    if (words_.MatchEndingAt(WordClass::kAbsence, i)) return true;
    if (words_.MatchEndingAt(WordClass::kAttendance, i, &start)) {
      return words_.MatchEndingAt(WordClass::kNegation, start - 1) ||
             (a_.WordIs(start - 1, "t") && a_.IsPunct(start - 2, '\''));
    }
  }
  return false;
}

// Whether "ahead of" governs the event noun at `trigger_first`, over its
// modifiers ("ahead of Alaska summit", "ahead of the NATO summit").
bool MentionBuilder::AheadOfBefore(int32_t trigger_first) const {
  for (int32_t i = trigger_first - 1; i >= 1 && trigger_first - i <= 5; --i) {
    if (a_.WordIs(i, "of") && a_.WordIs(i - 1, "ahead")) return true;
    const bool modifier = a_.place_at(i) >= 0 || a_.actor_at(i) >= 0 || a_.WordIs(i, "the") ||
                          a_.WordIs(i, "a") || a_.IsPunct(i, '-') ||
                          (a_.tokens[i].kind == TokenKind::kWord && !a_.tokens[i].has(kCapitalized));
    if (!modifier) return false;
  }
  return false;
}

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
  // "a meeting between Putin and Trump": the parties are named.
  if (a_.WordIs(m->trigger_end, "between") && m->participants.size() >= 2) return;
  Chunk subject = NearestSubject(s, m->trigger_first);
  // "Starmer to host a call ahead of Alaska summit": an event that only
  // times another is not its subject's; nor one its subject stays away from.
  if (AheadOfBefore(m->trigger_first) || m->subject_absent) subject = Chunk();
  // "Ushakov said no date had been set for a meeting": who tells of the
  // event is not its party, unless the words told name him again ("Macron
  // said he hopes to hold a second meeting").
  // "Clements told a London press conference" is his own occasion.
  const bool told_at_it = m->trigger_first - subject.end_token <= 4;
  if (!subject.empty() && words_.MatchAt(WordClass::kSpeech, subject.end_token) && !told_at_it &&
      !PersonPronounBetween(subject.end_token, m->trigger_first)) {
    subject = Chunk();
  }
  AddChunk(subject, Participant::PARTICIPANT, m);
  const bool found_subject = !subject.empty();
  // "At a news conference before leaving Hanoi, Trump said ...": an event
  // in an opening phrase has the main clause's subject as its party.
  static constexpr std::string_view kOpening[] = {"at", "in", "during", "after", "following", "on"};
  bool opening = false;
  for (std::string_view w : kOpening) opening = opening || a_.WordIs(sentence.first_token, w);
  // After the event word: the people named in its clause, and for talks
  // the countries and groups too ("talks in Istanbul where Ukraine
  // presented..."). A comma before a name opens a new clause.
  const bool talks = m->type == Event::TALKS;
  const int32_t end = sentence.end_token;
  for (int32_t i = m->trigger_end; i < end && !other_event[i - first]; ++i) {
    // "Putin, Trump set for Alaska face-to-face; Zelensky left out".
    if (a_.IsPunct(i, ';')) break;
    // "a video conference on Wednesday, two days before Trump meets Putin":
    // a clause of another time has its own people ("talks in Istanbul,
    // where Ukraine presented ..." still names the talks' parties).
    if (a_.WordIs(i, "before") || a_.WordIs(i, "after") || a_.WordIs(i, "until") || a_.WordIs(i, "since")) break;
    if (a_.IsPunct(i, ',') && a_.actor_at(i + 1) >= 0) {
      if (!opening || found_subject) break;
      opening = false;  // only the first clause after the opening phrase
    }
    const int32_t mention = a_.actor_at(i);
    if (mention >= 0) {
      const ActorMention& am = a_.actors.mentions[mention];
      const bool kind_fits = am.kind == Actor::PERSON || (talks && (am.kind == Actor::COUNTRY || am.kind == Actor::GROUP));
      if (kind_fits && !finder_.IsPossessiveModifier(mention)) {
        // "chaired by Macron, British Prime Minister Keir Starmer and Merz":
        // the whole list the name opens.
        const Chunk list = finder_.PartnerAfter(a_.ActorStart(mention), end, /*need_partner_word=*/false);
        if (!list.mentions.empty() && list.mentions.front() == mention) {
          AddChunk(list, Participant::PARTICIPANT, m);
          i = list.end_token - 1;
          continue;
        }
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
      const int32_t actor = ActorIndexFor(a_.places[place].place.country(), Actor::COUNTRY, actors_);
      if (actor >= 0 && !HasActor(*m, actor)) m->participants.push_back({actor, Participant::PARTICIPANT});
    }
  }
}

// Whether a verb of saying at `i` opens the clause after it: "said that",
// "said a meeting was planned"; not "told" (whom one tells may be the
// occasion), "announced the hartal" (an object) nor a saying followed by a
// preposition ("said at").
bool MentionBuilder::SaysClauseAt(int32_t i) const {
  if (!words_.MatchAt(WordClass::kSpeech, i) || a_.WordIs(i, "told") || a_.WordIs(i, "tells")) return false;
  if (a_.WordIs(i + 1, "that")) return true;
  const bool said = a_.WordIs(i, "said") || a_.WordIs(i, "says");
  return said && (a_.WordIs(i + 1, "a") || a_.WordIs(i + 1, "an") || a_.WordIs(i + 1, "the") ||
                  a_.WordIs(i + 1, "such"));
}

// The nearest actors before token `before` in the sentence that can be its
// subject: not a name after a preposition ("stay in Vietnam"), not past
// another event word; "the two leaders" as a pronoun.
Chunk MentionBuilder::NearestSubject(int32_t s, int32_t before) const {
  const Sentence& sentence = a_.sentences[s];
  bool comma_between = false;
  for (int32_t i = before - 1; i >= static_cast<int32_t>(sentence.first_token); --i) {
    if (a_.IsPunct(i, ';') || a_.WordIs(i, "but")) break;
    // "Ushakov said a trilateral meeting was planned", "said that the
    // visit": who says what follows is not its subject. ("said at a press
    // conference" and "told a news conference" keep the speaker; past a
    // comma the saying may be an aside: "Putin, who said ..., met Trump".)
    comma_between = comma_between || a_.IsPunct(i, ',');
    if (!comma_between && SaysClauseAt(i)) break;
    int32_t start;
    if (a_.actor_at(i) < 0 && words_.MatchEndingAt(WordClass::kGroupPronoun, i, &start)) {
      Chunk pronoun;
      pronoun.pronoun = start;
      pronoun.group_pronoun = true;
      pronoun.first_token = start;
      pronoun.end_token = i + 1;
      return pronoun;
    }
    // "Putin told Trump that he would consider a meeting": the clause's own
    // subject, not the name the telling was addressed to. So is "him" before
    // "from" or "to": "would not prevent him from visiting Jordan".
    const bool object_subject =
        (a_.WordIs(i, "him") || a_.WordIs(i, "her")) && (a_.WordIs(i + 1, "from") || a_.WordIs(i + 1, "to"));
    if (a_.actor_at(i) < 0 && (a_.WordIs(i, "he") || a_.WordIs(i, "she") || object_subject)) {
      Chunk pronoun;
      pronoun.pronoun = i;
      pronoun.first_token = i;
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
    const bool topic = words_.MatchEndingAt(WordClass::kTopic, first - 1);
    // Nor is the object of a preposition ("stepped into North Korea").
    if (modifies_event || topic || words_.MatchAt(WordClass::kLocative, first - 1) || a_.WordIs(first - 1, "to") ||
        a_.WordIs(first - 1, "into") || a_.WordIs(first - 1, "from") || a_.WordIs(first - 1, "with") ||
        a_.WordIs(first - 1, "by")) {
      i = first;
      continue;
    }
    return finder_.ChunkEndingWith(mention, sentence.first_token);
  }
  return Chunk();
}

void MentionBuilder::AddChunk(const Chunk& chunk, Participant::Role role, EventMention* m,
                              std::vector<ParticipantRef>* into) {
  if (chunk.pronoun >= 0) {
    ResolvePronoun(chunk, m);
    if (chunk.mentions.empty()) return;  // not "he and Putin"
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

  // "dinner at the Elysee Palace": a seat of power after a locative is the
  // scene, for every event of the sentence.
  const int32_t place = a_.place_at(first);
  if (place >= 0 && a_.places[place].kind == PlaceKind::kVenue) {
    int32_t before = first - 1;
    if (a_.WordIs(before, "the")) --before;
    if (words_.MatchAt(WordClass::kLocative, before)) return true;
  }
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
    if (words_.MatchAt(WordClass::kLocative, before)) return true;
  }
  for (int32_t i = m.trigger_end; i < first; ++i) {
    int32_t length;
    if (words_.MatchAt(WordClass::kTopic, i, &length) && a_.time_at(i + length) < 0) return true;
  }
  return false;
}

// The parties of the latest group of at least `size` that fit (people only
// for "the two leaders"); empty when there is none.
// A lower-case word that may modify an event noun: "separate", "closed",
// "lengthy"; not a function word ("proposal for peace talks").
// A common noun for a place that a people's name may qualify: "the
// Vietnamese capital", "the Ukrainian port of Odesa".
bool MentionBuilder::NamesAPlace(int32_t i) const {
  static constexpr std::string_view kPlaces[] = {"capital", "city",   "port",     "town",   "village",
                                                 "border",  "island", "province", "region", "coast"};
  for (std::string_view w : kPlaces) {
    if (a_.WordIs(i, w)) return true;
  }
  return false;
}

bool MentionBuilder::IsPlainModifier(int32_t i) const {
  static constexpr std::string_view kFunctionWords[] = {"for",  "of",  "on",  "in",    "at",  "to", "with", "by",
                                               "from", "their", "his", "her", "its", "our", "and", "or",
                                               "that", "this", "these", "those", "which", "who"};
  if (a_.tokens[i].kind != TokenKind::kWord || a_.tokens[i].has(kCapitalized) || a_.actor_at(i) >= 0 ||
      a_.time_at(i) >= 0) {
    return false;
  }
  for (std::string_view w : kFunctionWords) {
    if (a_.WordIs(i, w)) return false;
  }
  return true;
}

}  // namespace chronicle::events
