// MentionBuilder, part six: a party who joined the event told just before,
// in a sentence that names no event of its own: "Zelensky took part from
// Brussels", "Rutte also participated".

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

void MentionBuilder::AddJoiningMention(int32_t s, std::vector<EventMention>* mentions) {
  if (!mentions->empty() || last_type_ == Event::TYPE_UNSPECIFIED) return;
  const Sentence& sentence = a_.sentences[s];
  for (int32_t i = sentence.first_token; i < static_cast<int32_t>(sentence.end_token); ++i) {
    const int32_t end = JoiningVerbEnd(i);
    if (end < 0) continue;
    attribution_ = Attribution(s);  // MentionsOfSentence leaves it out without a trigger
    const Chunk subject = finder_.SubjectBefore(i, sentence.first_token);
    if (subject.empty() || subject.pronoun >= 0 || !HasPerson(subject)) return;
    EventMention m;
    m.sentence = s;
    m.trigger_first = i;
    m.trigger_end = end;
    m.span_first = subject.first_token;
    m.span_end = end;
    m.type = last_type_;
    m.definite = true;
    m.joins_only = true;
    AddChunk(subject, Participant::PARTICIPANT, &m);
    m.time = FindTime(s, m);
    m.status = Event::OCCURRED;
    mentions->push_back(std::move(m));
    return;
  }
}

}  // namespace chronicle::events
