#include "extractor/events/listings.h"

#include <algorithm>
#include <string>
#include <utility>

#include "extractor/events/participants.h"  // ActorIndexFor

namespace chronicle::events {
namespace {

bool IsClockTime(const TimeExpression& time) {
  return time.type() == TimeExpression::TIME && time.has_interval() &&
         time.granularity() >= Granularity::GRANULARITY_HOUR;
}

// The first clock time of the sentence, or -1.
int32_t ClockTime(const Analysis& a, const Sentence& s, int32_t* first_token) {
  for (int32_t i = s.first_token; i < static_cast<int32_t>(s.end_token); ++i) {
    const int32_t t = a.time_at(i);
    if (t >= 0 && IsClockTime(a.times[t])) {
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

int32_t FirstWord(const Analysis& a, const Sentence& s, int32_t end) {
  int32_t first = s.first_token;
  while (first < end && a.tokens[first].kind == TokenKind::kPunct) ++first;
  return first;
}

// The name that opens a line, as the gazetteer may not know it: "The Senate
// Foreign Relations Committee holds a hearing" gives [first, end) of
// "Senate Foreign Relations Committee"; {-1, -1} when fewer than two
// capitalised words open the line.
std::pair<int32_t, int32_t> LeadingName(const Analysis& a, int32_t i, int32_t end) {
  if (a.WordIs(i, "the")) ++i;
  const int32_t first = i;
  int32_t last_capital = -1, capitals = 0;
  for (; i < end && a.tokens[i].kind == TokenKind::kWord; ++i) {
    if (a.tokens[i].has(kCapitalized)) {
      last_capital = i;
      ++capitals;
    } else if (!(a.WordIs(i, "of") || a.WordIs(i, "for") || a.WordIs(i, "on") || a.WordIs(i, "and"))) {
      break;
    }
  }
  if (capitals < 2) return {-1, -1};
  return {first, last_capital + 1};
}

// The organiser before the time: a known actor; else, in "Stimson Center,
// 10 a.m.:", the words between the bullet and the comma before the time;
// else the name that opens the line.
int32_t Organiser(const Analysis& a, const Sentence& s, int32_t time_first, PieceActors* actors) {
  const int32_t first = FirstWord(a, s, time_first);
  for (int32_t i = first; i < time_first; ++i) {
    if (a.actor_at(i) >= 0) return a.actors.mentions[a.actor_at(i)].actor_index;
  }
  if (a.IsPunct(time_first - 1, ',')) {
    return ActorIndexFor(Slice(a, first, time_first - 1), Actor::ORGANISATION, actors);
  }
  const auto [name_first, name_end] = LeadingName(a, first, time_first);
  return name_first < 0 ? -1 : ActorIndexFor(Slice(a, name_first, name_end), Actor::ORGANISATION, actors);
}

int32_t TimeEnd(const Analysis& a, const Sentence& s, int32_t time_first) {
  int32_t i = time_first;
  while (i < static_cast<int32_t>(s.end_token) && a.time_at(i) == a.time_at(time_first)) ++i;
  return i;
}

// Where the title of a line that opens with its time begins: past the
// time and the dash, colon or bar after it, also when written twice ("9:30
// a.m. -- Brookings panel").
int32_t TitleStart(const Analysis& a, const Sentence& s, int32_t time_first) {
  int32_t i = TimeEnd(a, s, time_first);
  while (i < static_cast<int32_t>(s.end_token) && (a.IsPunct(i, '-') || a.IsPunct(i, ':') || a.IsPunct(i, '|'))) ++i;
  return i;
}

// A line that opens with its clock time and a dash, colon or bar: "9:30
// a.m. — Senate hearing on ...", "Tomorrow: 10 a.m. — Brookings panel ...",
// "Noon | Brookings Institution: ...".
bool TimeFirstLine(const Analysis& a, const Sentence& s, int32_t time_first) {
  if (!s.line_start) return false;
  for (int32_t i = FirstWord(a, s, time_first); i < time_first; ++i) {  // past a bullet
    if (a.time_at(i) < 0 && !a.IsPunct(i, ':')) return false;  // only a day label may come first
  }
  const int32_t after = TimeEnd(a, s, time_first);
  return a.IsPunct(after, '-') || a.IsPunct(after, ':') || a.IsPunct(after, '|');
}

// The title: what follows the colon after the time ("11:30 a.m.: ..."), or
// for a line that opens with its time, what follows the dash.
// A line that ends with its time ("— The Senate ... holds a hearing on arms
// sales at 9:30 a.m.") is its own title, without the time.
std::string Title(const Analysis& a, const Sentence& s, int32_t time_first, bool time_first_line) {
  if (time_first_line) return std::string(Slice(a, TitleStart(a, s, time_first), s.end_token));
  int32_t i = TimeEnd(a, s, time_first);
  while (i < static_cast<int32_t>(s.end_token) && !a.IsPunct(i, ':')) ++i;
  if (i < static_cast<int32_t>(s.end_token)) return std::string(Slice(a, i + 1, s.end_token));
  const int32_t first = FirstWord(a, s, time_first);
  if (a.IsPunct(time_first - 1, ',') || time_first - first <= 3) return "";
  int32_t end = time_first;
  if (a.WordIs(end - 1, "at")) --end;
  return std::string(Slice(a, first, end));
}

// The people a title names: the guests of "a discussion with Estonian
// Foreign Minister Margus Tsahkna".
void AddGuests(const Analysis& a, const Sentence& s, EventMention* m) {
  for (int32_t i = s.first_token; i < static_cast<int32_t>(s.end_token); ++i) {
    const int32_t mention = a.actor_at(i);
    if (mention < 0 || a.actors.mentions[mention].kind != Actor::PERSON) continue;
    const int32_t actor = a.actors.mentions[mention].actor_index;
    bool known = actor < 0;
    for (const ParticipantRef& p : m->participants) known = known || p.actor == actor;
    if (!known) m->participants.push_back({actor, Participant::PARTICIPANT});
    i = static_cast<int32_t>(a.actors.mentions[mention].end_token) - 1;
  }
}

// For a line that opens with its time: the actor that opens its title
// ("Atlantic Council panel: ..."). A name further on is more often the
// subject than the host ("hearing on the ambassador to Japan").
int32_t TitleOrganiser(const Analysis& a, const Sentence& s, int32_t time_first, PieceActors* actors) {
  int32_t i = TitleStart(a, s, time_first);
  if (a.WordIs(i, "the")) ++i;
  if (i >= static_cast<int32_t>(s.end_token)) return -1;
  if (a.actor_at(i) >= 0) return a.actors.mentions[a.actor_at(i)].actor_index;
  const auto [name_first, name_end] = LeadingName(a, i, s.end_token);
  // "Senate Armed Services Committee hearing on ...": a name followed by
  // words of its own, not a title in capitals.
  if (name_first < 0 || name_end >= static_cast<int32_t>(s.end_token) - 1) return -1;
  return ActorIndexFor(Slice(a, name_first, name_end), Actor::ORGANISATION, actors);
}

}  // namespace

bool AnyClockTime(const std::vector<TimeExpression>& times) {
  return std::any_of(times.begin(), times.end(), IsClockTime);
}

std::vector<EventMention> FindListedEvents(const Analysis& a, const EventLexicon& lexicon,
                                           PieceActors* actors) {
  std::vector<EventMention> out;
  // Most pieces have no clock time, and then no line to look through.
  if (!AnyClockTime(a.times.as_resolved())) return out;
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
      // "9 a.m. | Rubio meets Jaishankar": a verb of meeting or calling
      // names the kind; a noun may be the topic ("panel on the summit"),
      // and who hosts a listed event holds it ("hosts a discussion").
      // "speaks at the Economic Club" is a talk given, not a call: a verb
      // that needs "with" names the kind only with it.
      const bool hosts = a.Word(hit.first_token).substr(0, 4) == "host";
      const bool lacks_with = (hit.entry->flags & kNeedsWith) && !a.WordIs(hit.end_token, "with");
      if (hit.entry->verb && !hosts && !lacks_with && m.type == Event::PUBLIC_EVENT) m.type = hit.entry->type;
    }
    m.trigger_first = time_first;
    m.trigger_end = time_first + 1;
    m.span_first = sentence.first_token;
    m.span_end = sentence.end_token;
    m.time = time;
    const std::string published_day = a.anchor.DayPeriod().Value();
    m.status = a.times[time].interval().begin().substr(0, 10) >= published_day ? Event::SCHEDULED : Event::OCCURRED;
    m.title = Title(a, sentence, time_first, time_first_line);
    const int32_t organiser = time_first_line ? TitleOrganiser(a, sentence, time_first, actors)
                                              : Organiser(a, sentence, time_first, actors);
    // Who opens a line of a meeting ("Rubio meets Jaishankar") takes part in
    // it; of a panel or hearing, holds it.
    const bool holds = m.type == Event::PUBLIC_EVENT || m.type == Event::PRESS_CONFERENCE;
    if (organiser >= 0) m.participants.push_back({organiser, holds ? Participant::ORGANISER : Participant::PARTICIPANT});
    AddGuests(a, sentence, &m);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace chronicle::events
