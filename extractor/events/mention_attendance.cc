// MentionBuilder, part six: a party who joined the event told just before,
// in a sentence that names no event of its own: "Zelensky took part from
// Brussels", "Rutte also participated", "They were joined by Rutte".

#include <string_view>

#include "extractor/events/mention_builder.h"

namespace chronicle::events {

// The end of "took part" or "participated" at token `i` when nothing names
// what was joined ("took part in the protest" names its own), else -1.
int32_t MentionBuilder::JoiningVerbEnd(int32_t i) const {
  int32_t end = -1;
  if (a_.WordIs(i, "took") && a_.WordIs(i + 1, "part")) end = i + 2;
  if (a_.WordIs(i, "participated")) end = i + 1;
  if (end < 0 || a_.WordIs(end, "in")) return -1;
  return end;
}

// "The leaders were joined by Qatar's emir": who joined comes after "by";
// the names that follow, else an empty chunk.
Chunk MentionBuilder::JoinedByAt(int32_t i, int32_t sentence_end) const {
  if (!a_.WordIs(i, "joined") || !a_.WordIs(i + 1, "by") || !(a_.WordIs(i - 1, "were") || a_.WordIs(i - 1, "was"))) {
    return Chunk();
  }
  return finder_.PartnerAfter(i + 1, sentence_end, /*need_partner_word=*/false);
}

void MentionBuilder::AddJoiningMention(int32_t s, std::vector<EventMention>* mentions) {
  if (!mentions->empty() || last_type_ == Event::TYPE_UNSPECIFIED) return;
  const Sentence& sentence = a_.sentences[s];
  for (int32_t i = sentence.first_token; i < static_cast<int32_t>(sentence.end_token); ++i) {
    // Most words are none of the verbs that JoiningVerbEnd and JoinedByAt
    // start from: they are turned away here, before two calls and a chunk.
    const std::string_view word = a_.Word(i);
    if (word != "took" && word != "participated" && word != "joined") continue;
    const int32_t end = JoiningVerbEnd(i);
    const Chunk joiner = end >= 0 ? finder_.SubjectBefore(i, sentence.first_token) : JoinedByAt(i, sentence.end_token);
    if (end < 0 && joiner.empty()) continue;
    attribution_ = Attribution(s);  // MentionsOfSentence leaves it out without a trigger
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
    m.time = FindTime(s, m);
    m.status = Event::OCCURRED;
    mentions->push_back(std::move(m));
    return;
  }
}

}  // namespace chronicle::events
