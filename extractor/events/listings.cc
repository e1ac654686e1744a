#include "extractor/events/listings.h"

#include <string>

#include "extractor/actors/fold.h"

namespace chronicle::events {
namespace {

// The first clock time of the sentence, or -1.
int32_t ClockTime(const Analysis& a, const Sentence& s, int32_t* first_token) {
  for (int32_t i = s.first_token; i < static_cast<int32_t>(s.end_token); ++i) {
    const int32_t t = a.time_at(i);
    if (t < 0) continue;
    const TimeExpression& time = a.times[t];
    if (time.type() == TimeExpression::TIME && time.has_interval() &&
        time.granularity() >= Granularity::GRANULARITY_HOUR) {
      *first_token = i;
      return t;
    }
  }
  return -1;
}

std::string_view Slice(const Analysis& a, int32_t first, int32_t end) {
  if (first >= end) return {};
  return a.text.substr(a.tokens[first].begin, a.tokens[end - 1].end - a.tokens[first].begin);
}

// The organiser before the time: a known actor, else the words between the
// bullet and the comma before the time, as an organisation of its own.
int32_t Organiser(const Analysis& a, const Sentence& s, int32_t time_first, std::vector<Actor>* actors) {
  int32_t first = s.first_token;
  while (first < time_first && a.tokens[first].kind == TokenKind::kPunct) ++first;
  for (int32_t i = first; i < time_first; ++i) {
    if (a.actor_at(i) >= 0) return a.actors.mentions[a.actor_at(i)].actor_index;
  }
  int32_t end = time_first;
  while (end > first && a.tokens[end - 1].kind == TokenKind::kPunct) --end;
  const std::string_view name = Slice(a, first, end);
  if (name.empty()) return -1;
  const std::string id = Slug(name);
  for (size_t i = 0; i < actors->size(); ++i) {
    if ((*actors)[i].id() == id) return static_cast<int32_t>(i);
  }
  Actor organiser;
  organiser.set_id(id);
  organiser.set_name(std::string(name));
  organiser.set_kind(Actor::ORGANISATION);
  actors->push_back(std::move(organiser));
  return static_cast<int32_t>(actors->size()) - 1;
}

int32_t TimeEnd(const Analysis& a, const Sentence& s, int32_t time_first) {
  int32_t i = time_first;
  while (i < static_cast<int32_t>(s.end_token) && a.time_at(i) == a.time_at(time_first)) ++i;
  return i;
}

// A line that opens with its clock time and a dash or colon: "9:30 a.m. —
// Senate hearing on ...", "Tomorrow: 10 a.m. — Brookings panel ...".
bool TimeFirstLine(const Analysis& a, const Sentence& s, int32_t time_first) {
  if (!s.line_start) return false;
  for (int32_t i = s.first_token; i < time_first; ++i) {
    if (a.time_at(i) < 0 && !a.IsPunct(i, ':')) return false;  // only a day label may come first
  }
  const int32_t after = TimeEnd(a, s, time_first);
  return a.IsPunct(after, '-') || a.IsPunct(after, ':');
}

// The title: what follows the colon after the time ("11:30 a.m.: ..."), or
// for a line that opens with its time, what follows the dash.
std::string Title(const Analysis& a, const Sentence& s, int32_t time_first, bool time_first_line) {
  int32_t i = TimeEnd(a, s, time_first);
  if (time_first_line) return std::string(Slice(a, i + 1, s.end_token));
  while (i < static_cast<int32_t>(s.end_token) && !a.IsPunct(i, ':')) ++i;
  if (i >= static_cast<int32_t>(s.end_token)) return "";
  return std::string(Slice(a, i + 1, s.end_token));
}

// For a line that opens with its time: the actor that opens its title
// ("Atlantic Council panel: ..."). A name further on is more often the
// subject than the host ("hearing on the ambassador to Japan").
int32_t TitleOrganiser(const Analysis& a, const Sentence& s, int32_t time_first) {
  int32_t i = TimeEnd(a, s, time_first) + 1;  // past the dash
  if (a.WordIs(i, "the")) ++i;
  if (i >= static_cast<int32_t>(s.end_token) || a.actor_at(i) < 0) return -1;
  return a.actors.mentions[a.actor_at(i)].actor_index;
}

}  // namespace

std::vector<EventMention> FindListedEvents(const Analysis& a, const EventLexicon& lexicon,
                                           std::vector<Actor>* actors) {
  std::vector<EventMention> out;
  for (int32_t s = 0; s < static_cast<int32_t>(a.sentences.size()); ++s) {
    const Sentence& sentence = a.sentences[s];
    int32_t time_first = -1;
    const int32_t time = ClockTime(a, sentence, &time_first);
    if (time < 0) continue;
    const bool time_first_line = TimeFirstLine(a, sentence, time_first);
    if (!sentence.list_item && !time_first_line) continue;
    EventMention m;
    m.sentence = s;
    m.listed = true;
    m.type = Event::PUBLIC_EVENT;
    for (const TriggerHit& hit : lexicon.FindTriggers(a.text, a.tokens, time_first, sentence.end_token)) {
      if (hit.entry->type == Event::PRESS_CONFERENCE) m.type = Event::PRESS_CONFERENCE;
    }
    m.trigger_first = time_first;
    m.trigger_end = time_first + 1;
    m.span_first = sentence.first_token;
    m.span_end = sentence.end_token;
    m.time = time;
    const std::string published_day = a.anchor.DayPeriod().Value();
    m.status = a.times[time].interval().begin().substr(0, 10) >= published_day ? Event::SCHEDULED : Event::OCCURRED;
    m.title = Title(a, sentence, time_first, time_first_line);
    const int32_t organiser =
        time_first_line ? TitleOrganiser(a, sentence, time_first) : Organiser(a, sentence, time_first, actors);
    if (organiser >= 0) m.participants.push_back({organiser, Participant::ORGANISER});
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace chronicle::events
