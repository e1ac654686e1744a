// MentionBuilder, part six: a party who joined the event told just before,
// in a sentence that names no event of its own: "Zelensky took part from
// Brussels", "Rutte also participated", "They were joined by Rutte".

#include <string_view>

#include "extractor/events/mention_builder.h"
#include "extractor/events/short_word_set.h"
#include "extractor/events/status.h"

namespace chronicle::events {

namespace {

// "Meloni and Stubb are also expected to attend.": verbs of joining that
// may end their clause.
const ShortWordSet& BareJoiningVerbs() {
  static const ShortWordSet* const kVerbs =
      new ShortWordSet({"attend", "attends", "attended", "attending", "join", "joins", "joined"});
  return *kVerbs;
}

// Whether `word` may start a joining verb: "took (part)", "participated",
// a bare verb above, or the "joined" of "were joined by".
bool MayStartJoining(std::string_view word) {
  return word == "took" || word == "participated" || BareJoiningVerbs().Contains(word);
}

}  // namespace

// The end of "took part", "participated" or an "attend" or "join" with no
// object at token `i` when nothing names what was joined ("took part in the
// protest" names its own), else -1.
int32_t MentionBuilder::JoiningVerbEnd(int32_t i) const {
  int32_t end = -1;
  if (a_.WordIs(i, "took") && a_.WordIs(i + 1, "part")) end = i + 2;
  if (a_.WordIs(i, "participated")) end = i + 1;
  if (BareJoiningVerbs().Contains(a_.Word(i)) &&
      (a_.IsPunct(i + 1, '.') || a_.IsPunct(i + 1, ',') || a_.time_at(i + 1) >= 0)) {
    end = i + 1;
  }
  if (end < 0 || a_.WordIs(end, "in")) return -1;
  return end;
}

// "will join the talks, along with NATO Secretary General Mark Rutte":
// whoever comes along is a party too. Not past a word that opens another
// clause: in "decided at a summit to invite Serbia to join the program
// along with Montenegro" the company is the program's.
void MentionBuilder::CompanionsAlongWith(int32_t s, EventMention* m) {
  static constexpr std::string_view kClauseOpeners[] = {"to", "that", "which", "who", "where", "when", "while"};
  constexpr int32_t kReach = 10;
  const int32_t first = std::max(m->trigger_end, m->span_end);
  const int32_t sentence_end = static_cast<int32_t>(a_.sentences[s].end_token);
  const int32_t end = std::min(sentence_end, first + kReach);
  for (int32_t i = first; i + 1 < end; ++i) {
    for (std::string_view w : kClauseOpeners) {
      if (a_.WordIs(i, w)) return;
    }
    if (a_.IsPunct(i, ';') || words_.MatchAt(WordClass::kSpeech, i)) return;
    if (!(a_.WordIs(i, "along") || a_.WordIs(i, "together")) || !a_.WordIs(i + 1, "with")) continue;
    AddChunk(finder_.PartnerAfter(i + 2, sentence_end, /*need_partner_word=*/false), Participant::PARTICIPANT, m);
    return;
  }
}

// "European leaders, including Macron and Merz, are due to join the call":
// the people an aside of the subject names, before the event word, are
// parties too.
void MentionBuilder::PeopleIncludedInSubject(int32_t s, EventMention* m) {
  const int32_t floor = a_.sentences[s].first_token;
  for (int32_t i = floor; i + 1 < m->trigger_first; ++i) {
    if (!a_.IsPunct(i, ',') || !a_.WordIs(i + 1, "including")) continue;
    std::vector<int32_t> people;
    int32_t j = i + 2;
    for (; j < m->trigger_first && !a_.IsPunct(j, ','); ++j) {
      const int32_t mention = a_.actor_at(j);
      if (mention < 0) continue;
      if (a_.actors.mentions[mention].kind == Actor::PERSON &&
          (people.empty() || people.back() != a_.actors.mentions[mention].actor_index)) {
        people.push_back(a_.actors.mentions[mention].actor_index);
      }
    }
    // The aside must close before the event word, so that it is the
    // subject's: "leaders, including X, will attend the summit".
    if (j >= m->trigger_first) return;
    for (int32_t actor : people) {
      if (actor >= 0 && !HasActor(*m, actor)) m->participants.push_back({actor, Participant::PARTICIPANT});
    }
    return;
  }
}

// "made the same offer to Zelensky in a call", "told Macron during a phone
// call": whom one spoke to in a call is its other party.
void MentionBuilder::AddresseeOfCall(int32_t s, EventMention* m) {
  const int32_t floor = a_.sentences[s].first_token;
  int32_t i = m->trigger_first - 1;
  while (i >= floor && (a_.WordIs(i, "a") || a_.WordIs(i, "the") || a_.WordIs(i, "phone") ||
                        a_.WordIs(i, "telephone") || a_.WordIs(i, "video"))) {
    --i;
  }
  if (!(a_.WordIs(i, "in") || a_.WordIs(i, "during") || a_.WordIs(i, "on") || a_.WordIs(i, "over"))) return;
  for (int32_t j = i - 1; j >= floor && i - j <= 8; --j) {
    if (a_.tokens[j].kind == TokenKind::kPunct) return;
    const int32_t mention = a_.actor_at(j);
    if (mention < 0 || a_.actors.mentions[mention].kind != Actor::PERSON) continue;
    const int32_t start = a_.ActorStart(mention);
    if (!(a_.WordIs(start - 1, "to") || a_.WordIs(start - 1, "told") || a_.WordIs(start - 1, "tell") ||
          a_.WordIs(start - 1, "telling"))) {
      return;
    }
    const int32_t actor = a_.actors.mentions[mention].actor_index;
    if (actor >= 0 && !HasActor(*m, actor)) m->participants.push_back({actor, Participant::PARTICIPANT});
    return;
  }
}

// "The leaders were joined by Qatar's emir": who joined comes after "by";
// the names that follow, else an empty chunk.
Chunk MentionBuilder::JoinedByAt(int32_t i, int32_t sentence_end) const {
  if (!a_.WordIs(i, "joined") || !a_.WordIs(i + 1, "by") || !(a_.WordIs(i - 1, "were") || a_.WordIs(i - 1, "was"))) {
    return Chunk();
  }
  return finder_.PartnerAfter(i + 1, sentence_end, /*need_partner_word=*/false);
}

// The two or more people that sentence `s` names before token `end`, as
// one chunk; an empty chunk when it names fewer.
Chunk MentionBuilder::PeopleOfSentenceBefore(int32_t s, int32_t end) const {
  Chunk chunk;
  for (int32_t i = a_.sentences[s].first_token; i < end; ++i) {
    const int32_t mention = a_.actor_at(i);
    if (mention < 0 || a_.actors.mentions[mention].kind != Actor::PERSON) continue;
    if (chunk.mentions.empty() || chunk.mentions.back() != mention) chunk.mentions.push_back(mention);
    if (chunk.first_token < 0) chunk.first_token = i;
    chunk.end_token = i + 1;
  }
  if (chunk.mentions.size() < 2) return Chunk();
  return chunk;
}

void MentionBuilder::AddJoiningMention(int32_t s, std::vector<EventMention>* mentions) {
  if (!mentions->empty() || last_type_ == Event::TYPE_UNSPECIFIED) return;
  const Sentence& sentence = a_.sentences[s];
  for (int32_t i = sentence.first_token; i < static_cast<int32_t>(sentence.end_token); ++i) {
    // Most words are none of the verbs that JoiningVerbEnd and JoinedByAt
    // start from: they are turned away here, before two calls and a chunk.
    const std::string_view word = a_.Word(i);
    if (!MayStartJoining(word)) continue;
    const int32_t end = JoiningVerbEnd(i);
    Chunk joiner = end >= 0 ? finder_.SubjectBefore(i, sentence.first_token) : JoinedByAt(i, sentence.end_token);
    if (end < 0 && joiner.empty()) continue;
    attribution_ = Attribution(s);  // MentionsOfSentence leaves it out without a trigger
    // "Starmer, Macron and Merz have said they will attend": "they" are the
    // people the sentence named before it.
    if (joiner.pronoun >= 0 && joiner.group_pronoun) joiner = PeopleOfSentenceBefore(s, joiner.pronoun);
    if (joiner.empty() || joiner.pronoun >= 0 || !HasPerson(joiner)) return;
    EventMention m;
    m.sentence = s;
    m.trigger_first = i;
    m.trigger_end = end >= 0 ? end : i + 2;
    m.span_first = std::min(joiner.first_token, i);
    m.span_end = std::max(joiner.end_token, m.trigger_end);
    m.type = last_type_;
    m.definite = true;
    m.joins_only = true;
    AddChunk(joiner, Participant::PARTICIPANT, &m);
    CompanionsAlongWith(s, &m);
    m.time = FindTime(s, m);
    // "Rutte also participated" tells of a past event, "Meloni is expected
    // to attend" of one ahead.
    const StatusDecision status = DecideStatus(a_, lexicon_, m.trigger_first, m.trigger_end, /*verb=*/true, m.time);
    m.status = status.status == Event::STATUS_UNSPECIFIED ? Event::OCCURRED : status.status;
    m.status_from_cue = status.from_cue;
    mentions->push_back(std::move(m));
    return;
  }
}

}  // namespace chronicle::events
