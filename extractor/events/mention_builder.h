// Turns the trigger words of a document into event mentions: for each, who
// takes part (participants.h, with pronouns resolved against what came
// before), where, when and with what status (status.h). Triggers of one
// clause that share their parties become one mention: "visited Qatar on
// Thursday and met the prime minister for talks" is one visit.
//
// The class is defined in three files: mention_builder.cc (mentions, their
// status and their merging within a clause), mention_parties.cc (who takes
// part) and mention_scene.cc (where and when).

#ifndef CHRONICLE_EXTRACTOR_EVENTS_MENTION_BUILDER_H_
#define CHRONICLE_EXTRACTOR_EVENTS_MENTION_BUILDER_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "extractor/events/analysis.h"
#include "extractor/events/lexicon.h"
#include "extractor/events/mention.h"
#include "extractor/events/participants.h"
#include "extractor/events/piece_actors.h"
#include "extractor/events/words.h"

namespace chronicle::events {

class MentionBuilder {
 public:
  // `triggers` are those of each of the analysed piece's sentences, found
  // with `lexicon`. `actors` is the document's actor table (the
  // recogniser's actors first); countries named only through their capital
  // ("Moscow's delegation") are added to it.
  MentionBuilder(const Analysis& analysis, const SentenceTriggers& triggers, const EventLexicon& lexicon,
                 const WordClasses& words, PieceActors* actors);

  // Every event mention of the piece, in text order. Mentions in questions
  // ("When did they last meet?") are returned with `generic` set: they name
  // no occasion but tell who "they" are in the answer.
  std::vector<EventMention> Build();

 private:
  std::vector<EventMention> MentionsOfSentence(int32_t s);
  bool MakeMention(int32_t s, const TriggerHit& hit, EventMention* m);
  const TriggerEntry& ChooseEntry(const TriggerHit& hit, int32_t floor) const;
  bool VerbParticipants(int32_t s, const TriggerHit& hit, const TriggerEntry& e, EventMention* m);
  void NounParticipants(int32_t s, const TriggerHit& hit, EventMention* m);
  void JoinedForIt(int32_t before, int32_t floor, EventMention* m);
  Chunk InvitedBefore(int32_t trigger, int32_t floor) const;
  void InvitedParties(int32_t s, int32_t trigger, EventMention* m);
  void CompanionsAlongWith(int32_t s, EventMention* m);
  void AddresseeOfCall(int32_t s, EventMention* m);
  void PeopleIncludedInSubject(int32_t s, EventMention* m);
  int32_t PersonBeforeOtherThan(int32_t i, int32_t not_actor) const;
  bool BeBefore(int32_t i) const;
  void FallbackParticipants(int32_t s, EventMention* m);
  Chunk NearestSubject(int32_t s, int32_t before) const;
  bool SaysClauseAt(int32_t i) const;
  bool AheadOfBefore(int32_t trigger_first) const;
  bool StaysAwayBefore(int32_t trigger_first, int32_t floor) const;
  void AddChunk(const Chunk& chunk, Participant::Role role, EventMention* m,
                std::vector<ParticipantRef>* into = nullptr);
  void ResolvePronoun(const Chunk& chunk, EventMention* m);
  void RememberGroup(const EventMention& m);
  std::vector<int32_t> GroupMembers(const std::vector<int32_t>& group, bool people_only) const;
  std::vector<int32_t> LatestGroup(bool people_only, size_t size, bool exact) const;
  std::vector<int32_t> PeopleNamedBefore(int32_t end, size_t count) const;
  std::vector<int32_t> CountriesNamedBefore(int32_t end, size_t count) const;
  int32_t SubjectOfInnerClause(int32_t sentence_person, int32_t pronoun) const;
  int32_t SubjectAfterOpeningPhrase(int32_t s, int32_t pronoun) const;
  bool IsPlainModifier(int32_t i) const;
  bool PersonPronounBetween(int32_t first, int32_t end) const;
  int32_t FindPlace(int32_t s, const EventMention& m) const;
  int32_t PlaceAfter(int32_t s, const EventMention& m) const;
  int32_t DayHeadingOver(int32_t s) const;
  bool InDateline(const Sentence& sentence, int32_t first, int32_t end) const;
  int32_t PastPlaceNoun(int32_t of) const;
  int32_t PlaceNamedAfterNoun(int32_t end) const;
  bool IsPlaceNoun(int32_t i) const;
  int32_t PlacePhraseLength(int32_t first, int32_t end) const;
  int32_t SceneOfPurpose(int32_t s, const EventMention& m) const;
  int32_t FindTime(int32_t s, const EventMention& m) const;
  std::string FindTopic(int32_t s, const EventMention& m) const;
  int32_t TopicStart(int32_t s, const EventMention& m) const;
  bool TopicEndsAt(int32_t i) const;
  bool IsDefinite(int32_t trigger_first, int32_t sentence_first) const;
  bool IsPredicateOfReference(int32_t determiner, int32_t sentence_first) const;
  bool SaidOfReference(int32_t trigger_first, int32_t sentence_first) const;
  bool AppealFrom(int32_t i) const;
  bool NamesAPlace(int32_t i) const;
  bool InAppositionToEvent(int32_t determiner, int32_t trigger_first, int32_t sentence_first) const;
  bool EndsPostponementCue(int32_t end) const;
  bool WhereClauseBetween(int32_t first, int32_t end) const;
  bool OtherEventBetween(int32_t s, const EventMention& m, int32_t time_first, int32_t time_end) const;
  bool IsGeneric(const EventMention& m) const;
  int8_t PartyCount(int32_t s, const EventMention& m) const;
  bool IsPassive(int32_t trigger) const;
  bool Denied(int32_t trigger, bool verb) const;
  bool HasPerson(const Chunk& chunk) const;
  // Whether "followed by" lies in [first, end).
  bool FollowedByBetween(int32_t first, int32_t end) const;
  bool FollowsOtherEvent(int32_t s, int32_t i, int32_t distance) const;
  int32_t TopicLength(int32_t first, int32_t end) const;
  int32_t SettingLength(int32_t first, int32_t end) const;
  bool SidelinesOfAt(int32_t i) const;
  static bool IsAuxiliary(std::string_view w);
  bool IsSetting(int32_t trigger_first) const;
  bool SpeechBetween(int32_t first, int32_t end) const;
  void JoinTheLatestPair(EventMention* m) const;
  bool SpokeFaceToFace(const TriggerEntry& e, const EventMention& m) const;
  bool NamesNoOccasion(const TriggerHit& hit, const TriggerEntry& e) const;
  bool BeforeAPlainNoun(int32_t i) const;
  void DropVenueParty(EventMention* m) const;
  bool TimeOfSaying(int32_t i) const;
  bool PlanGivenUpBefore(int32_t i) const;
  bool TopicOfEarlierEvent(int32_t s, const EventMention& m) const;
  bool IsSceneOrTopic(int32_t mention, const EventMention& m) const;
  std::pair<int32_t, int32_t> Attribution(int32_t s) const;
  bool OnlySpeechTail(int32_t first, int32_t end) const;
  bool EventNounFollows(int32_t i, int32_t s) const;
  bool InAttribution(int32_t i) const { return i >= attribution_.first && i < attribution_.second; }
  void AddRepeatedMention(int32_t s, std::vector<EventMention>* mentions);
  void AddElidedMentions(int32_t s, std::vector<EventMention>* mentions);
  int32_t JoiningVerbEnd(int32_t i) const;
  Chunk JoinedByAt(int32_t i, int32_t sentence_end) const;
  Chunk PeopleOfSentenceBefore(int32_t s, int32_t end) const;
  void AddJoiningMention(int32_t s, std::vector<EventMention>* mentions);
  bool ApartInClause(const EventMention& last, const EventMention& m) const;
  void MergeClauseMentions(std::vector<EventMention>* mentions) const;
  void MoveCueFromSetting(EventMention* head, EventMention* setting) const;

  const Analysis& a_;
  const SentenceTriggers& triggers_;
  const EventLexicon& lexicon_;
  PieceWords words_;
  PieceActors* actors_;
  ParticipantFinder finder_;
  // The parties of the latest mentions with two or more, latest last: who
  // "they" or "the two leaders" are.
  std::vector<std::vector<int32_t>> groups_;
  // The type of the latest event mention, for one that only joins it.
  Event::Type last_type_ = Event::TYPE_UNSPECIFIED;
  // Tokens [first, second) of the current sentence's attribution phrase.
  std::pair<int32_t, int32_t> attribution_{0, 0};
};

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_MENTION_BUILDER_H_
