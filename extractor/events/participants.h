// Finds who takes part in an event mention from the words around its
// trigger: the subject before a verb ("Trump and Putin will meet"), the
// partner after it ("met with Zelensky", "a summit between Putin and
// Trump", "a meeting involving Zelensky"), names joined to an event noun
// ("the Trump-Putin summit"), and the subject of a verb of attendance
// ("Merz, who convened the call").
//
// Chunks are lists of actor mentions joined by "and" or commas. Pronouns are
// returned as such for the caller, who knows what was said before.

#ifndef CHRONICLE_EXTRACTOR_EVENTS_PARTICIPANTS_H_
#define CHRONICLE_EXTRACTOR_EVENTS_PARTICIPANTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extractor/events/analysis.h"
#include "extractor/events/piece_actors.h"
#include "extractor/events/words.h"

namespace chronicle::events {

// The index of the actor called `name` in a document's actor table, added
// with `kind` when the gazetteer did not give it: a country named only by
// its capital, a listing's organiser. -1 for an empty name.
int32_t ActorIndexFor(std::string_view name, Actor::Kind kind, PieceActors* actors);

struct Chunk {
  std::vector<int32_t> mentions;  // actor mentions, in text order
  int32_t first_token = -1;       // span of the chunk
  int32_t end_token = -1;
  // A pronoun stands where the chunk would be: "he" (person) or "they"
  // (group), at token `pronoun`; or opens it, before names ("he and
  // Putin").
  int32_t pronoun = -1;
  bool group_pronoun = false;
  bool empty() const { return mentions.empty() && pronoun < 0; }
};

class ParticipantFinder {
 public:
  ParticipantFinder(const Analysis& analysis, const PieceWords& words) : a_(analysis), w_(words) {}

  // The chunk that ends just before token `end`, skipping auxiliaries and
  // adverbs ("will", "have", "last"), not reaching before `floor`.
  Chunk SubjectBefore(int32_t end, int32_t floor) const;
  // The people of an aside "led by ..." or "headed by ..." that closes just
  // before token `end`, its auxiliaries aside ("The delegation, led by Ron
  // Dermer, had arrived"); empty otherwise.
  Chunk LedByBefore(int32_t end, int32_t floor) const;

  // The chunk that starts just after token `begin` (after a partner word
  // such as "with" when `need_partner_word`), not reaching `ceiling`.
  Chunk PartnerAfter(int32_t begin, int32_t ceiling, bool need_partner_word) const;

  // Actor mentions inside the noun phrase that ends with an event noun at
  // [first, end): "the Trump-Putin summit" -> Trump, Putin.
  // With `possessive`, also the owner of a possessive right before it
  // ("Modi's planned visit").
  // With `of_organisation`, also the organisation right before it ("a NATO
  // summit").
  std::vector<int32_t> NounModifiers(int32_t first, int32_t floor, bool possessive, bool of_organisation) const;
  bool OnlyModifiersBetween(int32_t first, int32_t end) const;
  bool ForAfterJourney(int32_t i) const;

  // The chunk of coordinated actors that ends with actor mention `mention`:
  // "Trump and Kim" from "Kim".
  Chunk ChunkEndingWith(int32_t mention, int32_t floor) const;

  // The mention at `i` is a possessive modifier of what follows ("Trump's
  // envoy Steve Witkoff"), not a party itself.
  bool IsPossessiveModifier(int32_t mention) const;
  // The actor mention a possessive modifier names within a few words
  // ("Trump's envoy Steve Witkoff"), or -1.
  int32_t ActorNamedByPossessive(int32_t possessive, int32_t ceiling) const;

 private:
  // Extends a chunk leftwards from the mention ending at `i` over "and" and
  // commas.
  void GrowLeft(int32_t i, int32_t floor, Chunk* chunk) const;
  // The token before the article and hyphened words that end at `i`.
  int32_t SkipArticleAndCompound(int32_t i, int32_t floor) const;
  void GrowRight(int32_t i, int32_t ceiling, Chunk* chunk) const;
  bool ActorAfterSkippable(int32_t i, int32_t ceiling) const;
  bool SkippableBeforePartner(int32_t i) const;
  bool ModifiesTitleAfter(int32_t i) const;

  const Analysis& a_;
  const PieceWords& w_;
};

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_PARTICIPANTS_H_
