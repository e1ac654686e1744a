#include "extractor/events/participants.h"

#include <algorithm>
#include <string>
#include <utility>

#include "extractor/actors/fold.h"
#include "extractor/events/status.h"

namespace chronicle::events {
namespace {

// How far a subject may stand from its verb, and a partner from its
// preposition, in tokens of filler.
constexpr int32_t kMaxFiller = 6;
constexpr int32_t kMaxPartnerSkip = 4;

// Words that may come between a partner preposition and the actor: "with a
// coterie of European leaders", "with several top officials".
bool IsPartnerDeterminer(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "a",    "an",     "the",     "several", "some",        "other",        "two",     "three",
      "four", "many",   "top",     "senior",  "fellow",      "both",         "all",     "its",
      "his",  "her",    "their",   "coterie", "group",       "number",       "handful", "of",
      "host", "dozens", "leading", "key",     "counterpart", "counterparts", ","};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

}  // namespace

bool ParticipantFinder::IsPossessiveModifier(int32_t mention) const {
  const int32_t end = static_cast<int32_t>(a_.actors.mentions[mention].end_token);
  if (!a_.IsPunct(end, '\'') || !a_.WordIs(end + 1, "s")) return false;
  // "Trump's envoy", "Putin's claim": a possessive before a noun or a name.
  const int32_t next = end + 2;
  return next < a_.size() && a_.tokens[next].kind == TokenKind::kWord;
}

// "the army and the Kurdish-led SDF", "Modi and his Australian counterpart
// Anthony Albanese": the article, hyphened and capitalised modifiers and
// "counterpart" before the name already taken, back to the "and" that joins
// another.
int32_t ParticipantFinder::SkipArticleAndCompound(int32_t i, int32_t floor) const {
  for (int32_t skipped = 0; i >= floor && skipped < 4 && a_.actor_at(i) < 0; ++skipped, --i) {
    const bool compound = a_.IsPunct(i, '-') || a_.IsPunct(i + 1, '-') || a_.IsPunct(i - 1, '-');
    const bool article = a_.WordIs(i, "the") || a_.WordIs(i, "his") || a_.WordIs(i, "her");
    const bool describes = a_.WordIs(i, "counterpart") ||
                           (a_.tokens[i].kind == TokenKind::kWord && a_.tokens[i].has(kCapitalized) &&
                            a_.place_at(i) < 0 && !a_.WordIs(i, "and"));
    if (!compound && !article && !describes) break;
  }
  return i;
}

void ParticipantFinder::GrowLeft(int32_t i, int32_t floor, Chunk* chunk) const {
  // A bare comma joins names only inside a list that ends in "and" ("Putin,
  // Trump and Zelensky"), or in a headline ("Modi, Albanese hold virtual
  // summit"); otherwise it parts clauses ("going to Russia, Putin will...").
  const bool heading = i >= 0 && a_.sentences[a_.SentenceOf(std::max(i, floor))].heading;
  bool saw_and = false;
  while (i >= floor) {
    i = SkipArticleAndCompound(i, floor);
    int32_t joint = i;
    if (a_.WordIs(joint, "and") || a_.IsPunct(joint, '&')) {
      --joint;
      if (a_.IsPunct(joint, ',')) --joint;
      saw_and = true;
    } else if (a_.IsPunct(joint, ',') && (saw_and || heading)) {
      --joint;
    } else {
      return;
    }
    // "he and Putin held talks": a person told of before and a name.
    int32_t pronoun_start;
    if (saw_and && joint >= floor && w_.MatchEndingAt(WordClass::kPersonPronoun, joint, &pronoun_start)) {
      chunk->pronoun = pronoun_start;
      chunk->first_token = pronoun_start;
      return;
    }
    if (joint < floor || a_.actor_at(joint) < 0) return;
    const int32_t m = a_.actor_at(joint);
    chunk->mentions.insert(chunk->mentions.begin(), m);
    chunk->first_token = a_.ActorStart(m);
    i = chunk->first_token - 1;
  }
}

int32_t ParticipantFinder::ActorNamedByPossessive(int32_t possessive, int32_t ceiling) const {
  const int32_t after = static_cast<int32_t>(a_.actors.mentions[possessive].end_token) + 2;
  int32_t next = after;
  while (next < ceiling && next - after < 4 && a_.actor_at(next) < 0) ++next;
  return next < ceiling ? a_.actor_at(next) : -1;
}

void ParticipantFinder::GrowRight(int32_t i, int32_t ceiling, Chunk* chunk) const {
  while (i < ceiling) {
    int32_t joint = i;
    if (a_.IsPunct(joint, ',')) ++joint;
    if (a_.WordIs(joint, "and") || a_.IsPunct(joint, '&')) ++joint;
    if (joint == i) return;
    while (joint < ceiling && a_.actor_at(joint) < 0 && IsPartnerDeterminer(a_.Word(joint))) ++joint;
    if (joint >= ceiling || a_.actor_at(joint) < 0) return;
    int32_t m = a_.actor_at(joint);
    // "Putin and Trump's envoy Steve Witkoff": past the possessive to the
    // one it names.
    if (IsPossessiveModifier(m)) {
      m = ActorNamedByPossessive(m, ceiling);
      if (m < 0) return;
    }
    chunk->mentions.push_back(m);
    chunk->end_token = static_cast<int32_t>(a_.actors.mentions[m].end_token);
    i = chunk->end_token;
  }
}

Chunk ParticipantFinder::LedByBefore(int32_t end, int32_t floor) const {
  Chunk chunk;
  // Past the verb's auxiliaries to the comma that closes the aside.
  int32_t close = end - 1;
  int32_t start;
  while (close >= floor && w_.MatchEndingAt(WordClass::kVerbFiller, close, &start)) close = start - 1;
  if (!a_.IsPunct(close, ',')) return chunk;
  int32_t open = close - 1;
  while (open > floor && close - open <= 12 && !a_.IsPunct(open, ',')) --open;
  if (!a_.IsPunct(open, ',') || !(a_.WordIs(open + 1, "led") || a_.WordIs(open + 1, "headed")) ||
      !a_.WordIs(open + 2, "by")) {
    return chunk;
  }
  for (int32_t i = open + 3; i < close; ++i) {
    const int32_t m = a_.actor_at(i);
    if (m < 0 || a_.actors.mentions[m].kind != Actor::PERSON) continue;
    if (std::find(chunk.mentions.begin(), chunk.mentions.end(), m) == chunk.mentions.end()) chunk.mentions.push_back(m);
  }
  chunk.first_token = open + 1;
  chunk.end_token = close;
  return chunk;
}

Chunk ParticipantFinder::SubjectBefore(int32_t end, int32_t floor) const {
  Chunk chunk;
  int32_t i = end - 1;
  int32_t skipped = 0;
  while (i >= floor && skipped <= kMaxFiller && a_.actor_at(i) < 0) {
    int32_t start;
    const std::string_view w = a_.Word(i);
    const bool adverb = w.size() > 4 && w.substr(w.size() - 2) == "ly" && !a_.tokens[i].has(kCapitalized);
    if (adverb || w_.MatchEndingAt(WordClass::kVerbFiller, i, &start)) {
      if (adverb) start = i;
      skipped += i - start + 1;
      i = start - 1;
      continue;
    }
    // ", who" before a verb: "Merz, who convened the call".
    if (a_.IsPunct(i, ',') && (a_.WordIs(i + 1, "who") || a_.WordIs(i + 1, "which"))) {
      --i;
      continue;
    }

    // "he", "they", "the two leaders".
    int32_t pronoun_start;
    if (w_.MatchEndingAt(WordClass::kGroupPronoun, i, &pronoun_start) ||
        w_.MatchEndingAt(WordClass::kPersonPronoun, i, &pronoun_start)) {
      chunk.pronoun = pronoun_start;
      chunk.group_pronoun = w_.MatchEndingAt(WordClass::kGroupPronoun, i);
      chunk.first_token = pronoun_start;
      chunk.end_token = i + 1;
      return chunk;
    }
    return chunk;
  }
  if (i < floor || a_.actor_at(i) < 0) return chunk;
  const int32_t m = a_.actor_at(i);
  if (IsPossessiveModifier(m)) return chunk;
  chunk.mentions.push_back(m);
  chunk.first_token = a_.ActorStart(m);
  chunk.end_token = static_cast<int32_t>(a_.actors.mentions[m].end_token);
  GrowLeft(chunk.first_token - 1, floor, &chunk);
  return chunk;
}

Chunk ParticipantFinder::ChunkEndingWith(int32_t mention, int32_t floor) const {
  Chunk chunk;
  chunk.mentions.push_back(mention);
  chunk.first_token = a_.ActorStart(mention);
  chunk.end_token = static_cast<int32_t>(a_.actors.mentions[mention].end_token);
  GrowLeft(chunk.first_token - 1, floor, &chunk);
  return chunk;
}

bool ParticipantFinder::SkippableBeforePartner(int32_t i) const {
  return a_.actor_at(i) < 0 && (IsPartnerDeterminer(a_.Word(i)) || a_.WordIs(i, "by") || a_.WordIs(i, "phone") ||
                                a_.WordIs(i, "telephone") || a_.WordIs(i, "again") || a_.WordIs(i, "privately"));
}

// "met opposition leader Raila Odinga", "met former president X": a
// lower-case word that qualifies the title a titled person starts with;
// not a conjunction, a preposition or a verb ("met and praised President
// X", "met in Egypt's ...").
bool ParticipantFinder::ModifiesTitleAfter(int32_t i) const {
  const int32_t mention = a_.actor_at(i + 1);
  if (mention < 0 || a_.ActorStart(mention) != i + 1) return false;
  const ActorMention& m = a_.actors.mentions[mention];
  if (m.title_begin == m.title_end || a_.tokens[i].kind != TokenKind::kWord || a_.tokens[i].has(kCapitalized)) {
    return false;
  }
  static constexpr std::string_view kNotQualifiers[] = {"and", "or",   "but",  "then", "in",   "at",    "on",
                                                       "to",  "from", "of",   "for",  "with", "by",    "near",
                                                       "into", "after", "before", "during", "since", "than", "as"};
  const std::string_view w = a_.Word(i);
  if (w.empty() || IsPastForm(w) || w_.MatchAt(WordClass::kLocative, i)) return false;
  for (std::string_view not_qualifier : kNotQualifiers) {
    if (w == not_qualifier) return false;
  }
  return true;
}

// Whether an actor starts at `i` or after at most two skippable words
// ("counterpart, Prince Faisal bin Farhan").
bool ParticipantFinder::ActorAfterSkippable(int32_t i, int32_t ceiling) const {
  for (int32_t j = i; j < ceiling && j <= i + 2; ++j) {
    if (a_.actor_at(j) >= 0) return true;
    if (!SkippableBeforePartner(j)) return false;
  }
  return false;
}

Chunk ParticipantFinder::PartnerAfter(int32_t begin, int32_t ceiling, bool need_partner_word) const {
  Chunk chunk;
  int32_t i = begin;
  int32_t skipped = 0;
  bool saw_partner_word = false;
  while (i < ceiling && a_.actor_at(i) < 0 && skipped <= kMaxPartnerSkip) {
    int32_t length;
    if (!saw_partner_word && w_.MatchAt(WordClass::kPartner, i, &length) && !a_.WordIs(i, "and")) {
      saw_partner_word = true;
      i += length;
      continue;
    }
    int32_t group_length = 0;
    if (w_.MatchAt(WordClass::kPersonPronoun, i) || w_.MatchAt(WordClass::kGroupPronoun, i, &group_length)) {
      if (need_partner_word && !saw_partner_word) return chunk;
      chunk.pronoun = i;
      chunk.group_pronoun = group_length > 0;
      chunk.first_token = i;
      // All of "the two presidents": its words tell whom it counts.
      chunk.end_token = i + std::max(group_length, 1);
      return chunk;
    }
    if (a_.time_at(i) >= 0) {  // "a meeting last Wednesday between ..."
      ++i;
      continue;
    }
    // "with Nazi Chancellor Adolf Hitler", "his Tanzanian counterpart Samia
    // Suluhu Hassan": a capitalised adjective before the title or name.
    const bool adjective = a_.tokens[i].has(kCapitalized) && ActorAfterSkippable(i + 1, ceiling);
    if (!adjective && !SkippableBeforePartner(i) && !ModifiesTitleAfter(i)) return chunk;
    ++skipped;
    ++i;
  }
  if (i >= ceiling || a_.actor_at(i) < 0 || (need_partner_word && !saw_partner_word)) return chunk;
  int32_t m = a_.actor_at(i);
  // "met China's Xi Jinping", "Putin's envoy Kirill Dmitriev".
  if (IsPossessiveModifier(m)) {
    m = ActorNamedByPossessive(m, ceiling);
    if (m < 0) return chunk;
  }
  chunk.mentions.push_back(m);
  chunk.first_token = a_.ActorStart(m);
  chunk.end_token = static_cast<int32_t>(a_.actors.mentions[m].end_token);
  GrowRight(chunk.end_token, ceiling, &chunk);
  return chunk;
}

// Whether tokens [first, end) are at most four plain lower-case words,
// hyphens and words of a place name: what may stand between a possessive
// and its event noun.
bool ParticipantFinder::OnlyModifiersBetween(int32_t first, int32_t end) const {
  if (end - first > 4) return false;
  for (int32_t i = first; i < end; ++i) {
    const bool plain = a_.tokens[i].kind == TokenKind::kWord && !a_.tokens[i].has(kCapitalized) && a_.actor_at(i) < 0;
    if (!plain && !a_.IsPunct(i, '-') && a_.place_at(i) < 0) return false;
  }
  return true;
}

// Whether token `i` is the "for" of "Putin heads to China for", "in
// Tianjin for": the purpose of a person's journey to a place. ("A planned
// stop in Malaysia for the ASEAN summit" names no one who goes.)
bool ParticipantFinder::ForAfterJourney(int32_t i) const {
  if (!a_.WordIs(i, "for") || a_.place_at(i - 1) < 0) return false;
  int32_t start = i - 1;
  while (start > 0 && a_.place_at(start - 1) == a_.place_at(i - 1)) --start;
  if (!a_.WordIs(start - 1, "to") && !a_.WordIs(start - 1, "in")) return false;
  const int32_t floor = a_.sentences[a_.SentenceOf(i)].first_token;
  for (int32_t j = start - 2; j >= floor; --j) {
    const int32_t m = a_.actor_at(j);
    if (m >= 0 && a_.actors.mentions[m].kind == Actor::PERSON) return true;
  }
  return false;
}

std::vector<int32_t> ParticipantFinder::NounModifiers(int32_t first, int32_t floor, bool possessive,
                                                      bool of_organisation) const {
  std::vector<int32_t> out;
  // Walk back over the noun phrase: names, hyphens and adjectives, to its
  // determiner.
  for (int32_t i = first - 1; i >= floor && first - i <= 6; --i) {
    if (a_.actor_at(i) >= 0) {
      const int32_t m = a_.actor_at(i);
      const Actor::Kind kind = a_.actors.mentions[m].kind;
      // "a NATO summit": the organisation whose occasion it is; not in "met
      // at the G-20 Summit", where the summit only sets the scene, nor where
      // someone goes to it ("to attend the ASEAN summit", "heads to China
      // for SCO summit").
      int32_t before = a_.ActorStart(m) - 1;
      if (a_.WordIs(before, "the") || a_.WordIs(before, "a")) --before;
      const bool scene = a_.WordIs(before, "at") || a_.WordIs(before, "in") || a_.WordIs(before, "during") ||
                         a_.WordIs(before, "on") || a_.WordIs(before, "of") || a_.WordIs(before, "attend") ||
                         a_.WordIs(before, "attends") || a_.WordIs(before, "attended") ||
                         a_.WordIs(before, "attending") || ForAfterJourney(before);
      const bool summit_of = of_organisation && kind == Actor::ORGANISATION && !scene &&
                             static_cast<int32_t>(a_.actors.mentions[m].end_token) == first;
      // "the EU-China summit", "US-Japan talks": a pair joined by a hyphen.
      const int32_t start = a_.ActorStart(m);
      const bool paired = (a_.IsPunct(start - 1, '-') && a_.actor_at(start - 2) >= 0) ||
                          (a_.IsPunct(static_cast<int32_t>(a_.actors.mentions[m].end_token), '-') &&
                           a_.actor_at(static_cast<int32_t>(a_.actors.mentions[m].end_token) + 1) >= 0);
      if (kind == Actor::PERSON || kind == Actor::GROUP || summit_of || paired) out.insert(out.begin(), m);
      i = a_.ActorStart(m);
      continue;
    }
    if (a_.IsPunct(i, '-')) continue;
    // "Modi's planned visit", "Zelensky's previous Oval Office visit": the
    // possessive's owner, past plain words and a place that name the kind
    // of occasion, and the phrase ends.
    if (possessive && a_.WordIs(i, "s") && a_.IsPunct(i - 1, '\'') && a_.actor_at(i - 2) >= 0 &&
        OnlyModifiersBetween(i + 1, first)) {
      const int32_t m = a_.actor_at(i - 2);
      const Actor::Kind kind = a_.actors.mentions[m].kind;
      if (kind == Actor::PERSON || kind == Actor::GROUP) out.insert(out.begin(), m);
      break;
    }
    if (a_.tokens[i].kind != TokenKind::kWord) break;
    if (w_.MatchAt(WordClass::kDefinite, i) || w_.MatchAt(WordClass::kIndefinite, i)) break;
  }
  return out;
}

int32_t ActorIndexFor(std::string_view name, Actor::Kind kind, PieceActors* actors) {
  if (name.empty()) return -1;
  const std::string id = Slug(name);
  for (int32_t i = 0; i < actors->size(); ++i) {
    if ((*actors)[i].id() == id) return i;
  }
  Actor actor;
  actor.set_id(id);
  actor.set_name(std::string(name));
  actor.set_kind(kind);
  return actors->Add(std::move(actor));
}

}  // namespace chronicle::events
