#include "extractor/events/mention_builder.h"

#include <algorithm>

#include "extractor/events/coreference.h"  // CompatibleTypes
#include "extractor/events/status.h"

namespace chronicle::events {
namespace {

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

}  // namespace

MentionBuilder::MentionBuilder(const Analysis& analysis, const SentenceTriggers& triggers, const EventLexicon& lexicon,
                               const WordClasses& words, PieceActors* actors)
    : a_(analysis),
      triggers_(triggers),
      lexicon_(lexicon),
      words_(words, analysis),
      actors_(actors),
      finder_(analysis, words_) {}

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
  const std::vector<TriggerHit>& hits = triggers_[s];
  // Only a mention reads the attribution, and most sentences have no
  // trigger; a joining mention, the one kind without, finds it itself.
  attribution_ = hits.empty() ? std::pair<int32_t, int32_t>{0, 0} : Attribution(s);
  for (const TriggerHit& hit : hits) {
    EventMention m;
    if (!MakeMention(s, hit, &m)) continue;
    // Who "their" is later in the same sentence: "Zelensky met Trump on
    // Monday, six months after their February meeting".
    RememberGroup(m);
    mentions.push_back(std::move(m));
  }
  AddElidedMentions(s, &mentions);
  AddJoiningMention(s, &mentions);
  MergeClauseMentions(&mentions);
  if (!mentions.empty()) last_type_ = mentions.back().type;
  if (a_.IsPunct(static_cast<int32_t>(sentence.end_token) - 1, '?')) {
    for (EventMention& m : mentions) m.generic = true;
  }
  return mentions;
}

bool MentionBuilder::MakeMention(int32_t s, const TriggerHit& hit, EventMention* m) {
  const Sentence& sentence = a_.sentences[s];
  // A trigger inside a name ("Center for Strategic Talks") is no event.
  if (a_.actor_at(hit.first_token) >= 0) return false;
  const TriggerEntry& e = ChooseEntry(hit, sentence.first_token);
  if (e.verb && IsPassive(hit.first_token)) return false;
  if (NamesNoOccasion(hit, e)) return false;
  // "In his welcome, Havel said": a verb form after a determiner is a noun
  // that names no occasion.
  if (e.verb && hit.other == nullptr) {
    static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "his", "their", "its", "our", "this"};
    for (std::string_view d : kDeterminers) {
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
    m->topic_of_other = TopicOfEarlierEvent(s, *m);
  }
  InvitedParties(s, hit.first_token, m);
  CompanionsAlongWith(s, m);
  PeopleIncludedInSubject(s, m);
  if (!e.verb && e.type == Event::CALL) AddresseeOfCall(s, m);
  // "will meet again in July": another occasion between the same parties.
  if (e.verb && a_.WordIs(std::max(hit.end_token, m->span_end), "again")) m->repeats_earlier = true;
  m->place = FindPlace(s, *m);
  if (SpokeFaceToFace(e, *m)) m->type = Event::MEETING;
  DropVenueParty(m);
  m->time = FindTime(s, *m);
  // "a week after Trump's summit": the date the offset gives its event.
  if (m->time < 0 && !e.verb) m->time = a_.ReferencedTimeAt(hit.first_token);
  // "two days before Donald Trump meets Vladimir Putin": the offset names
  // the clause from its subject.
  if (m->time < 0 && e.verb && m->span_first < hit.first_token) m->time = a_.ReferencedTimeAt(m->span_first);
  m->topic = FindTopic(s, *m);
  const StatusDecision status =
      DecideStatus(a_, lexicon_, hit.first_token, std::max(hit.end_token, m->span_end), e.verb, m->time);
  m->status = status.status;
  m->status_from_cue = status.from_cue;
  m->generic = m->generic || IsGeneric(*m) || Denied(hit.first_token, e.verb);
  m->party_count = PartyCount(s, *m);
  JoinTheLatestPair(m);
  return true;
}

// "Trump and Putin spoke for three hours in Anchorage": a bare verb of
// speaking with a scene after a locative tells of people in one place, not
// of a call ("spoke by phone", "called" keep their kind).
bool MentionBuilder::SpokeFaceToFace(const TriggerEntry& e, const EventMention& m) const {
  // "spoke with" and "spoke to": a bare verb of speaking, no phone in it.
  const bool bare = ((e.flags & kNeedsWith) && e.words.size() == 1) || (e.words.size() == 2 && e.words[1] == "to");
  if (m.type != Event::CALL || !e.verb || !bare || m.place < 0) return false;
  int32_t before = static_cast<int32_t>(a_.places[m.place].first_token) - 1;
  if (a_.WordIs(before, "the")) --before;
  return before >= m.trigger_end && words_.MatchAt(WordClass::kLocative, before);
}

// "a trilateral meeting with Putin" after talks of Trump and Zelensky: the
// one party named joins the pair told of before.
void MentionBuilder::JoinTheLatestPair(EventMention* m) const {
  if (m->verb || m->party_count != 3 || m->participants.size() != 1) return;
  const std::vector<int32_t> pair = LatestGroup(/*people_only=*/false, 2, /*exact=*/false);
  if (pair.size() != 2 || HasActor(*m, pair[0]) || HasActor(*m, pair[1])) return;
  for (int32_t actor : pair) m->participants.push_back({actor, Participant::PARTICIPANT});
}

// "visited the White House": the seat that is the scene is not a party
// (the one who hosts there is named apart when the story names them).
void MentionBuilder::DropVenueParty(EventMention* m) const {
  if (m->place < 0 || a_.places[m->place].kind != PlaceKind::kVenue) return;
  const int32_t mention = a_.actor_at(static_cast<int32_t>(a_.places[m->place].first_token));
  if (mention < 0) return;
  const int32_t actor = a_.actors.mentions[mention].actor_index;
  std::vector<ParticipantRef>& parties = m->participants;
  parties.erase(std::remove_if(parties.begin(), parties.end(), [&](const ParticipantRef& p) { return p.actor == actor; }),
                parties.end());
}

bool MentionBuilder::HasPerson(const Chunk& chunk) const {
  if (chunk.pronoun >= 0) return !chunk.group_pronoun;
  for (int32_t mention : chunk.mentions) {
    if (a_.actors.mentions[mention].kind == Actor::PERSON) return true;
  }
  return false;
}

// Words of meeting used for something else: "the so-called European Union
// 3" (a verb of calling inside a compound word), "his call for elections" (an
// appeal), "demanded Beijing meet the conditions" (an object that is no
// one), "bilateral ties" (an adjective).
bool MentionBuilder::NamesNoOccasion(const TriggerHit& hit, const TriggerEntry& e) const {
  const int32_t first = hit.first_token;
  // Only calling: "co-hosted" and "co-chaired" are verbs of their own.
  if (e.verb && e.type == Event::CALL && a_.IsPunct(first - 1, '-') && !a_.tokens[first].has(kSpaceBefore) &&
      !a_.tokens[first - 1].has(kSpaceBefore)) {
    return true;
  }
  if (!e.verb && e.type == Event::CALL && e.words.size() == 1 && a_.WordIs(hit.end_token, "for")) return true;
  if (!e.verb && e.type == Event::CALL && e.words.size() == 1 && AppealFrom(hit.end_token)) return true;
  // "reviewed bilateral ties": the adjective before a noun that is no event.
  if ((e.flags & kAdjective) && BeforeAPlainNoun(hit.end_token)) return true;
  if (!e.verb || e.type != Event::MEETING) return false;
  int32_t object = hit.end_token;
  if (words_.MatchAt(WordClass::kDefinite, object) || words_.MatchAt(WordClass::kPossessivePronoun, object)) {
    ++object;
  }
  // "met its growth targets", "meet the 3-percent rule": a few plain words
  // or numbers before the thing; not past a function word ("met to discuss
  // the limits on arms").
  for (int32_t i = object; i < a_.size() && i < object + 4; ++i) {
    if (words_.MatchAt(WordClass::kMetThing, i)) return true;
    const bool plain = IsPlainModifier(i) || a_.tokens[i].kind == TokenKind::kNumber || a_.IsPunct(i, '-');
    if (!plain || a_.time_at(i) >= 0) return false;
  }
  return false;
}

// "amid calls from African and Arab nations that they withdraw", "calls
// from the opposition for a recount": who appeals, then what for; not "a
// call from Putin that lasted an hour".
bool MentionBuilder::AppealFrom(int32_t i) const {
  if (!a_.WordIs(i, "from")) return false;
  static constexpr std::string_view kSubjects[] = {"they", "he", "she", "it", "we", "the"};
  for (int32_t j = i + 1; j < a_.size() && j <= i + 8; ++j) {
    if (a_.WordIs(j, "for")) return true;
    if (a_.WordIs(j, "that")) {
      for (std::string_view w : kSubjects) {
        if (a_.WordIs(j + 1, w)) return true;
      }
      return a_.actor_at(j + 1) >= 0;
    }
    if (a_.tokens[j].kind == TokenKind::kPunct && !a_.IsPunct(j, '-')) return false;
  }
  return false;
}

// Whether token `i` reads as a plain noun that an adjective before it
// modifies ("bilateral ties"): a lower-case word that is no function word,
// verb or event word ("a bilateral with Modi", "the bilateral was held",
// "a bilateral meeting").
bool MentionBuilder::BeforeAPlainNoun(int32_t i) const {
  static constexpr std::string_view kVerbs[] = {"is", "are", "was", "were", "be", "been", "will", "would",
                                                "has", "have", "had", "took", "takes", "came", "comes"};
  if (i >= a_.size() || !IsPlainModifier(i)) return false;
  const std::string_view w = a_.Word(i);
  for (std::string_view verb : kVerbs) {
    if (w == verb) return false;
  }
  return !IsPastForm(w) && lexicon_.FindTriggers(a_.text, a_.tokens, i, i + 1).empty();
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

// "did not meet", "has not yet met", "have never held talks": a negation
// right before the event verb, or before the verb that holds the event noun.
bool MentionBuilder::Denied(int32_t trigger, bool verb) const {
  const int32_t floor = a_.sentences[a_.SentenceOf(trigger)].first_token;
  int32_t i = trigger - 1;
  if (!verb) {
    while (i >= floor && trigger - i <= 3 && !words_.MatchAt(WordClass::kHolding, i)) {
      if (a_.tokens[i].kind != TokenKind::kWord || a_.actor_at(i) >= 0) return false;
      --i;
    }
    if (i < floor || !words_.MatchAt(WordClass::kHolding, i)) return false;
    --i;
  }
  while (i >= floor && (a_.WordIs(i, "yet") || a_.WordIs(i, "even") || a_.WordIs(i, "ever") || a_.WordIs(i, "been") ||
                        a_.WordIs(i, "be") || a_.WordIs(i, "also"))) {
    --i;
  }
  return i >= floor && words_.MatchEndingAt(WordClass::kNegation, i);
}

// "a bilateral meeting", "gather for a quick trilateral meeting": a count
// word among the trigger, the few words before it and its span after it.
int8_t MentionBuilder::PartyCount(int32_t s, const EventMention& m) const {
  const Sentence& sentence = a_.sentences[s];
  const int32_t first = std::max<int32_t>(static_cast<int32_t>(sentence.first_token), m.trigger_first - 4);
  const int32_t end = std::min<int32_t>(static_cast<int32_t>(sentence.end_token),
                                        std::max(m.trigger_end, m.span_end) + 4);
  for (int32_t i = first; i < end; ++i) {
    if (words_.MatchAt(WordClass::kTwoParty, i)) return 2;
    if (words_.MatchAt(WordClass::kThreeParty, i)) return 3;
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
  // "his first visit", "their last call": a determiner before words that
  // may also stand between a subject and its verb ("Trump first met").
  int32_t j = i;
  while (j >= floor && words_.MatchAt(WordClass::kVerbFiller, j) && i - j < 2) --j;
  const bool determiner = j >= floor && (words_.MatchAt(WordClass::kPossessivePronoun, j) ||
                                         words_.MatchAt(WordClass::kDefinite, j) ||
                                         words_.MatchAt(WordClass::kIndefinite, j));
  if (j < i && determiner) return noun;
  if (words_.MatchAt(WordClass::kDefinite, i) || words_.MatchAt(WordClass::kIndefinite, i)) return noun;
  if (a_.actor_at(i) >= 0 || words_.MatchAt(WordClass::kVerbFiller, i) ||
      words_.MatchAt(WordClass::kPersonPronoun, i) || words_.MatchAt(WordClass::kGroupPronoun, i)) {
    return verb;
  }
  return noun;
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
      if (!words_.MatchAt(WordClass::kSpeech, i, &length)) continue;
      if (!lexicon_.FindTriggers(a_.text, a_.tokens, comma + 1, phrase_end).empty()) break;
      if (!a_.WordIs(i, "according") && !OnlySpeechTail(i + length, phrase_end)) break;
      return {comma, phrase_end};
    }
  }
  return {0, 0};
}

bool MentionBuilder::OnlySpeechTail(int32_t first, int32_t end) const {
  for (int32_t i = first; i < end; ++i) {
    if (a_.time_at(i) < 0 && !words_.MatchAt(WordClass::kSpeechTail, i)) return false;
  }
  return true;
}

bool MentionBuilder::IsDefinite(int32_t trigger_first, int32_t sentence_first) const {
  // Walk back over the noun phrase's modifiers to its determiner.
  for (int32_t i = trigger_first - 1; i >= sentence_first && trigger_first - i <= 5; --i) {
    // "travel to Washington this month for talks": the determiner of a time
    // expression is not the noun's (though "the 1994 summit" has its own).
    if (a_.time_at(i) >= 0) continue;
    if (words_.MatchAt(WordClass::kDefinite, i)) return true;
    if (words_.MatchAt(WordClass::kIndefinite, i)) return IsPredicateOfReference(i, sentence_first);
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

// Whether the noun phrase of the trigger at `trigger_first` is said of "it",
// "this" or "that": "it was the second meeting".
bool MentionBuilder::SaidOfReference(int32_t trigger_first, int32_t sentence_first) const {
  for (int32_t i = trigger_first - 1; i >= sentence_first && trigger_first - i <= 5; --i) {
    if (a_.time_at(i) >= 0) continue;
    if (words_.MatchAt(WordClass::kDefinite, i) || words_.MatchAt(WordClass::kIndefinite, i)) {
      return IsPredicateOfReference(i, sentence_first) || InAppositionToEvent(i, trigger_first, sentence_first);
    }
    if (a_.tokens[i].kind == TokenKind::kPunct && !a_.IsPunct(i, '-')) return false;
  }
  return false;
}

// "will hold talks with Xi on Wednesday, the first formal meeting between
// the two leaders in five years": a noun phrase set off by a comma after an
// event told in its sentence says which occasion that event is. Not when the
// trigger only modifies the phrase's head ("in Beijing, the venue of
// previous rounds of talks").
bool MentionBuilder::InAppositionToEvent(int32_t determiner, int32_t trigger_first, int32_t sentence_first) const {
  const int32_t comma = determiner - 1;
  if (comma <= sentence_first || !a_.IsPunct(comma, ',')) return false;
  for (int32_t i = determiner + 1; i < trigger_first; ++i) {
    if (!IsPlainModifier(i) && !a_.IsPunct(i, '-')) return false;
  }
  for (const TriggerHit& hit : triggers_[a_.SentenceOf(comma)]) {
    if (hit.first_token >= sentence_first && hit.end_token <= comma) return true;
  }
  return false;
}

bool MentionBuilder::IsGeneric(const EventMention& m) const {
  if (m.time >= 0 || m.status != Event::OCCURRED) return false;
  const Sentence& s = a_.sentences[m.sentence];
  // "have met before", "had several meetings", "have only spoken by phone".
  for (int32_t i = std::max<int32_t>(s.first_token, m.trigger_first - 4);
       i < std::min<int32_t>(s.end_token, m.trigger_end + 3); ++i) {
    if (words_.MatchAt(WordClass::kGeneric, i)) return true;
  }
  // "held talks" with no time or place; but not "after talks with Fino",
  // nor "led the talks", which are particular ones.
  if (m.trigger_flags & kPlural) {
    return !m.definite && m.place < 0 && (m.verb || GoverningAfter(a_, m.trigger_first) < 0);
  }
  const int32_t before = m.trigger_first - 1;
  return m.verb && (a_.WordIs(before, "have") || a_.WordIs(before, "has") ||
                    ((a_.WordIs(before, "only") || a_.WordIs(before, "never")) &&
                     (a_.WordIs(before - 1, "have") || a_.WordIs(before - 1, "has"))));
}

// "met Trump at the White House in April and again at Mar-a-Lago in
// February": the same parties once more, at the place and time after
// "again".
void MentionBuilder::AddRepeatedMention(int32_t s, std::vector<EventMention>* mentions) {
  if (mentions->empty() || !mentions->back().verb) return;
  const EventMention& model = mentions->back();
  const Sentence& sentence = a_.sentences[s];
  const int32_t end = static_cast<int32_t>(sentence.end_token);
  for (int32_t i = std::max(model.trigger_end, model.span_end); i + 1 < end; ++i) {
    if (!a_.WordIs(i, "and") || !a_.WordIs(i + 1, "again")) continue;
    EventMention m;
    m.sentence = s;
    m.trigger_first = i + 1;
    m.trigger_end = i + 2;
    m.span_first = i + 1;
    m.span_end = i + 2;
    m.type = model.type;
    m.verb = true;
    m.participants = model.participants;
    m.place = FindPlace(s, m);
    // Its time is the one after "again"; the one before is the model's.
    for (int32_t j = i + 2; j < end && m.time < 0; ++j) m.time = a_.time_at(j);
    if (m.time < 0 || m.time == model.time) return;
    m.status = DecideStatus(a_, lexicon_, model.trigger_first, model.trigger_end, true, m.time).status;
    mentions->push_back(std::move(m));
    return;
  }
}

// "as catastrophic as Chamberlain's was with Hitler at Munich": a
// possessive name followed by "was with" stands for an event noun said
// earlier in the sentence.
void MentionBuilder::AddElidedMentions(int32_t s, std::vector<EventMention>* mentions) {
  AddRepeatedMention(s, mentions);
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
  // "Abiy, who arrived for a two-day state visit, also met Odinga": the
  // relative clause tells of another occasion than its main clause.
  if (InRelativeAsideBefore(a_, last.trigger_first, last.trigger_end, m.trigger_first)) return true;
  // "Modi, Albanese hold virtual summit; leaders to meet in person at G20".
  for (int32_t i = last.trigger_end; i < m.trigger_first; ++i) {
    if (words_.MatchAt(WordClass::kSubordinator, i) || a_.IsPunct(i, ';')) return true;
  }
  return false;
}

// "A planned meeting on the sidelines of the summit was called off": the
// cue after a setting is about the event before it, whose status it is
// then, and the setting keeps what its tense and time tell.
void MentionBuilder::MoveCueFromSetting(EventMention* head, EventMention* setting) const {
  if (setting->verb || !setting->status_from_cue || !IsSetting(setting->trigger_first)) return;
  if (head->trigger_end > setting->trigger_first) return;
  if (!head->status_from_cue || CueRank(setting->status) > CueRank(head->status)) {
    head->status = setting->status;
    head->status_from_cue = true;
  }
  setting->status = StatusWithoutCues(a_, setting->trigger_first, setting->trigger_end, false, setting->time).status;
  setting->status_from_cue = false;
}

void MentionBuilder::MergeClauseMentions(std::vector<EventMention>* mentions) const {
  std::vector<EventMention> merged;
  for (EventMention& m : *mentions) {
    // "held a phone call in January, and met in Bali": another occasion,
    // with the first verb's subject.
    if (!merged.empty() && m.coordinated && m.participants.empty() && ApartInClause(merged.back(), m)) {
      m.participants = merged.back().participants;
    } else if (!merged.empty() && m.coordinated && ApartInClause(merged.back(), m)) {
      // "hosted Zelensky last Thursday and spoke to Trump": the first verb's
      // subject is a party of the second occasion too.
      for (int32_t actor : merged.back().subject_actors) {
        if (actor < 0 || HasActor(m, actor)) continue;
        m.participants.insert(m.participants.begin(), {actor, Participant::PARTICIPANT});
      }
    }
    // "did not meet face to face": the event word right after a denied verb
    // is denied with it.
    if (!merged.empty() && merged.back().generic && merged.back().verb && !m.verb &&
        m.trigger_first - merged.back().trigger_end <= 1) {
      m.generic = true;
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
        // The parties of a setting ("the NATO summit" whose sidelines they
        // met on) are not the meeting's.
        const bool setting = IsSetting(m.trigger_first);
        for (const ParticipantRef& p : m.participants) {
          if (!setting && !HasActor(last, p.actor)) last.participants.push_back(p);
        }
        // The setting of a meeting ("on the sidelines of a summit") does
        // not make it a summit.
        if (TypeRank(m.type) > TypeRank(last.type) && !IsSetting(m.trigger_first)) last.type = m.type;
        if (last.place < 0) last.place = m.place;
        if (last.topic.empty()) last.topic = m.topic;
        if (last.time < 0) last.time = m.time;
        if (last.party_count == 0) last.party_count = m.party_count;
        if (m.status_from_cue && !last.status_from_cue) last.status = m.status, last.status_from_cue = true;
        // "a trilateral summit of China, Japan and South Korea": a modifier
        // taken to refer back only for want of a time or place does not
        // make its head refer back; a determiner before both does ("the
        // first face-to-face meeting").
        if (!m.verb && !last.verb && m.trigger_first == last.trigger_end) {
          last.definite = last.determined || m.definite;
          last.determined = last.determined || m.determined;
        }
        last.span_end = std::max(last.span_end, m.span_end);
        last.verb = last.verb || m.verb;
        continue;
      }
    }
    merged.push_back(std::move(m));
  }
  for (size_t k = 1; k < merged.size(); ++k) MoveCueFromSetting(&merged[k - 1], &merged[k]);
  *mentions = std::move(merged);
}

}  // namespace chronicle::events
