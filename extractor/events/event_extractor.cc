#include "extractor/events/event_extractor.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "extractor/events/coreference.h"
#include "extractor/events/lexicon.h"
#include "extractor/events/listings.h"
#include "extractor/events/mention_builder.h"
#include "extractor/events/words.h"

namespace chronicle::events {
namespace {

std::string EventId(std::string_view document_id, int number) {
  return std::string(document_id) + "#" + std::to_string(number);
}

bool InListing(const std::vector<EventMention>& listed, int32_t sentence) {
  for (const EventMention& m : listed) {
    if (m.sentence == sentence) return true;
  }
  return false;
}

// "he will call Zelensky after it's over": an event with no time of its own
// that its sentence sets after another event takes that event's day. The
// other event is the one last spoken of before the sentence.
void LinkTimesToEvents(const Analysis& a, const std::vector<EventMention>& mentions,
                       std::vector<EventCluster>* clusters) {
  for (size_t c = 0; c < clusters->size(); ++c) {
    EventCluster& cluster = (*clusters)[c];
    if (cluster.time >= 0 || cluster.status == Event::PROPOSED) continue;
    const EventMention& first = mentions[cluster.mentions.front()];
    const chronicle::Sentence& s = a.sentences[first.sentence];
    bool after_other = false;
    for (int32_t i = first.trigger_end; i + 2 < static_cast<int32_t>(s.end_token) && !after_other; ++i) {
      after_other = a.WordIs(i, "after") && a.WordIs(i + 1, "it") &&
                    (a.WordIs(i + 4, "over") || a.WordIs(i + 3, "over") || a.WordIs(i + 3, "ends"));
    }
    if (!after_other) continue;
    int32_t best = -1, best_position = -1;
    for (size_t other = 0; other < clusters->size(); ++other) {
      const EventCluster& o = (*clusters)[other];
      if (other == c || o.time < 0 || a.times[o.time].granularity() < Granularity::GRANULARITY_DAY) continue;
      for (int32_t m : o.mentions) {
        const int32_t position = mentions[m].span_first;
        if (position < first.span_first && position > best_position) {
          best_position = position;
          best = static_cast<int32_t>(other);
        }
      }
    }
    if (best < 0) continue;
    cluster.time = (*clusters)[best].time;
    cluster.time_from_event = best;
  }
}

TimeExpression ShiftedTime(const TimeExpression& t, uint32_t offset) {
  TimeExpression out = t;
  out.set_begin(static_cast<int32_t>(t.begin() + offset));
  out.set_end(static_cast<int32_t>(t.end() + offset));
  return out;
}

std::string Sentence(const Analysis& a, int32_t s) {
  const chronicle::Sentence& sentence = a.sentences[s];
  return std::string(a.text.substr(sentence.begin, sentence.end - sentence.begin));
}

Mention MakeMention(const Analysis& a, const EventMention& m, std::string_view document_id, uint32_t offset) {
  Mention out;
  out.set_document_id(std::string(document_id));
  const Token& first = a.tokens[m.span_first];
  const Token& last = a.tokens[m.span_end - 1];
  out.set_begin(static_cast<int32_t>(first.begin + offset));
  out.set_end(static_cast<int32_t>(last.end + offset));
  const uint32_t trigger_begin = a.tokens[m.trigger_first].begin;
  out.set_trigger(std::string(a.text.substr(trigger_begin, a.tokens[m.trigger_end - 1].end - trigger_begin)));
  out.set_trigger_begin(static_cast<int32_t>(trigger_begin + offset));
  out.set_sentence(Sentence(a, m.sentence));
  out.set_sentence_begin(static_cast<int32_t>(a.sentences[m.sentence].begin + offset));
  if (m.time >= 0) out.set_time_value(a.times[m.time].value());
  return out;
}

float Confidence(const EventCluster& c, const std::vector<EventMention>& mentions) {
  if (c.listed) return 0.9f;
  float score = 0.45f + 0.1f * std::min<size_t>(c.participants.size(), 2);
  if (c.time >= 0) score += 0.1f;
  if (c.place >= 0) score += 0.1f;
  for (int32_t m : c.mentions) {
    if (mentions[m].verb) {
      score += 0.05f;
      break;
    }
  }
  return std::min(score, 0.95f);
}

Event::TimeSource TimeSourceOf(const EventCluster& c, const std::vector<EventMention>& mentions) {
  if (c.time < 0) return Event::NO_TIME;
  if (c.time_from_event >= 0) return Event::DISCOURSE;
  if (c.listed) return Event::HEADING;
  return mentions[c.mentions.front()].time == c.time ? Event::SAME_SENTENCE : Event::OTHER_MENTION;
}

}  // namespace

SentenceTriggers FindSentenceTriggers(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<chronicle::Sentence>& sentences) {
  const EventLexicon& lexicon = EventLexicon::Default();
  SentenceTriggers triggers;
  triggers.reserve(sentences.size());
  // A trigger's words never run past its sentence.
  for (const chronicle::Sentence& s : sentences) {
    triggers.push_back(lexicon.FindTriggers(text, tokens, s.first_token, s.end_token));
  }
  return triggers;
}

bool MayHoldEvents(const SentenceTriggers& triggers, const std::vector<TimeExpression>& times) {
  return AnyClockTime(times) ||
         std::any_of(triggers.begin(), triggers.end(), [](const std::vector<TriggerHit>& hits) { return !hits.empty(); });
}

PieceEvents ExtractEvents(const Analysis& a, std::string_view document_id, uint32_t piece_offset,
                          int first_event_number) {
  return ExtractEvents(a, FindSentenceTriggers(a.text, a.tokens, a.sentences), document_id, piece_offset,
                       first_event_number);
}

PieceEvents ExtractEvents(const Analysis& a, const SentenceTriggers& triggers, std::string_view document_id,
                          uint32_t piece_offset, int first_event_number) {
  const EventLexicon& lexicon = EventLexicon::Default();
  PieceActors actors(a.actors.actors);
  std::vector<EventMention> mentions = FindListedEvents(a, lexicon, &actors);
  const std::vector<EventMention> listed = mentions;
  MentionBuilder builder(a, triggers, lexicon, WordClasses::Default(), &actors);
  for (EventMention& m : builder.Build()) {
    if (!InListing(listed, m.sentence)) mentions.push_back(std::move(m));
  }
  std::stable_sort(mentions.begin(), mentions.end(), [](const EventMention& x, const EventMention& y) {
    return x.span_first < y.span_first;
  });
  std::vector<EventCluster> clusters = GroupMentions(a, &mentions);
  LinkTimesToEvents(a, mentions, &clusters);

  PieceEvents out;
  std::vector<bool> used_actor(static_cast<size_t>(actors.size()), false);
  for (size_t c = 0; c < clusters.size(); ++c) {
    const EventCluster& cluster = clusters[c];
    Event e;
    e.set_id(EventId(document_id, first_event_number + static_cast<int>(out.events.size()) + 1));
    e.set_type(cluster.type);
    e.set_status(cluster.status);
    for (const ParticipantRef& p : cluster.participants) {
      const Actor& actor = actors[p.actor];
      Participant* participant = e.add_participants();
      participant->set_actor_id(actor.id());
      participant->set_name(actor.name());
      participant->set_role(p.role);
      participant->set_kind(actor.kind());
      used_actor[p.actor] = true;
    }
    if (cluster.place >= 0) {
      Place* place = e.mutable_location();
      *place = a.places[cluster.place].place;
    }
    if (cluster.time >= 0) {
      *e.mutable_time() = ShiftedTime(a.times[cluster.time], piece_offset);
      if (cluster.time_from_event >= 0) {
        e.mutable_time()->set_anchor(ANCHOR_EVENT);
        e.mutable_time()->set_anchor_event_id(EventId(document_id, first_event_number + cluster.time_from_event + 1));
      }
    }
    e.set_time_source(TimeSourceOf(cluster, mentions));
    e.set_title(cluster.title);
    e.set_topic(cluster.topic);
    for (int32_t m : cluster.mentions) *e.add_mentions() = MakeMention(a, mentions[m], document_id, piece_offset);
    e.set_confidence(Confidence(cluster, mentions));
    out.events.push_back(std::move(e));
  }
  // The piece's copy of the actors ends here: the used ones move out.
  for (int32_t i = 0; i < actors.size(); ++i) {
    if (used_actor[i]) out.actors.push_back(actors.Take(i));
  }
  return out;
}

}  // namespace chronicle::events
