#include "extractor/events/status.h"

#include <algorithm>
#include <string_view>

#include "absl/strings/match.h"
#include "extractor/events/short_word_set.h"

namespace chronicle::events {
namespace {

// How far a cue may stand from the trigger, in tokens.
constexpr int32_t kCueBefore = 12;
constexpr int32_t kCueAfter = 8;

// Marks that end a clause for cue scope: a cue in another clause ("...,
// but Trump canceled that meeting") does not reach the trigger.
// A subordinate clause opens another scope as well: "the highest-level talks
// since negotiations broke down".
bool ClauseBreak(const Analysis& a, int32_t i) {
  static const ShortWordSet* const kBreakWords = new ShortWordSet(
      {"but", "while", "although", "though", "whereas", "since", "because", "until", "after", "before", "despite",
       "where"});
  if (a.IsPunct(i, ';') || a.IsPunct(i, ':')) return true;
  // The cue scope asks about every token around every trigger.
  return kBreakWords->Contains(a.Word(i));
}

// "suggested in a Wednesday call": a cue word whose event is only the
// occasion of what it governs, across a preposition, says nothing of it.
bool PrepositionBetween(const Analysis& a, int32_t from, int32_t to) {
  for (int32_t i = from; i < to; ++i) {
    const std::string_view w = a.Word(i);
    if (w == "in" || w == "during" || w == "at" || w == "on" || w == "by" || w == "after" || w == "since") {
      return true;
    }
  }
  return false;
}

// The comma that closes a short aside opened by the comma at `open`, or -1.
int32_t AsideEnd(const Analysis& a, int32_t open) {
  constexpr int32_t kMaxAside = 8;
  const int32_t end = a.sentences[a.SentenceOf(open)].end_token;
  for (int32_t i = open + 1; i < end && i - open <= kMaxAside; ++i) {
    if (a.IsPunct(i, ',')) return i;
    if (ClauseBreak(a, i) || a.WordIs(i, "and")) return -1;
  }
  return -1;
}

// "Ahead of the trip, Blinken spoke with Qin": a cue that ends in a
// preposition says something of the phrase it opens, not of an event word
// past the comma that closes it.
bool GovernsOtherPhrase(const Analysis& a, const CueHit& cue, int32_t trigger) {
  const std::string& last = cue.entry->words.back();
  if (last != "of" && last != "for" && last != "to") return false;
  for (int32_t i = cue.end_token; i < trigger; ++i) {
    if (a.IsPunct(i, ',')) return true;
  }
  return false;
}

// "Trump announced that he would meet Putin": the "will" of the telling,
// shifted back by a past verb of saying, not a "would" of hope.
bool Backshifted(const Analysis& a, const CueHit& cue) {
  static constexpr std::string_view kPastSaying[] = {"said", "announced", "told", "added", "confirmed", "stated"};
  if (cue.entry->words.size() != 1 || cue.entry->words[0] != "would") return false;
  // Up to four words back, names and an aside aside: "Hamas said its
  // delegation, led by Khalil al-Hayya, would meet".
  const int32_t floor = a.sentences[a.SentenceOf(cue.first_token)].first_token;
  int words = 0;
  for (int32_t i = cue.first_token - 1; i >= floor && words < 4; --i) {
    if (a.IsPunct(i, ',')) {
      int32_t open = i - 1;
      while (open >= floor && i - open <= 12 && !a.IsPunct(open, ',')) --open;
      if (open >= floor && a.IsPunct(open, ',')) i = open;
      continue;
    }
    if (a.actor_at(i) >= 0 || a.tokens[i].kind == TokenKind::kPunct) continue;
    for (std::string_view w : kPastSaying) {
      if (a.WordIs(i, w)) return true;
    }
    // "Ushakov said a trilateral was planned, and that Putin would give a
    // press conference": a "that" clause told by a saying earlier on.
    if (a.WordIs(i, "that")) {
      for (int32_t j = i - 1; j >= floor; --j) {
        for (std::string_view w : kPastSaying) {
          if (a.WordIs(j, w)) return true;
        }
      }
      return false;
    }
    ++words;
  }
  return false;
}

// "hinted at canceling his visit", "threatened to call off the talks",
// "considered scrapping the summit": a cancelling that was only weighed, so
// the event still stands.
bool CancellingOnlyWeighed(const Analysis& a, int32_t cue_first) {
  static constexpr std::string_view kWeighing[] = {"hinted",     "hints",   "threatened", "threatens", "threatening",
                                                   "considered", "considering", "weighed", "weighing", "mulled",
                                                   "mulling",    "might",   "may",        "could"};
  const int32_t floor = a.sentences[a.SentenceOf(cue_first)].first_token;
  // Within three words, not counting a time between ("threatened last month
  // to cancel the meeting").
  for (int32_t i = cue_first - 1, words = 0; i >= floor && words < 3; --i) {
    if (a.time_at(i) >= 0) continue;
    ++words;
    for (std::string_view w : kWeighing) {
      if (a.WordIs(i, w)) return true;
    }
    if (a.tokens[i].kind == TokenKind::kPunct) break;
  }
  // "declined to say whether the meeting had been called off": asked, not
  // told; and what was declined was saying.
  for (int32_t i = cue_first - 1; i >= floor && cue_first - i <= 6; --i) {
    if (a.WordIs(i, "whether")) return true;
    if (a.tokens[i].kind == TokenKind::kPunct) break;
  }
  return false;
}

// "declined to comment", "refused to say": a cue of refusing that ends at
// `cue_end` refused words, not the event.
bool DeclinedToSay(const Analysis& a, int32_t cue_end) {
  static constexpr std::string_view kSaying[] = {"say",       "comment", "confirm", "specify",
                                                 "elaborate", "discuss", "disclose"};
  if (!a.WordIs(cue_end - 1, "to")) return false;
  for (std::string_view w : kSaying) {
    if (a.WordIs(cue_end, w)) return true;
  }
  return false;
}

// The strongest cue in scope, or STATUS_UNSPECIFIED.
Event::Status CueStatus(const Analysis& a, const EventLexicon& lexicon, int32_t first, int32_t end) {
  const Sentence& s = a.sentences[a.SentenceOf(first)];
  int32_t left = first;
  while (left > static_cast<int32_t>(s.first_token) && first - left < kCueBefore && !ClauseBreak(a, left - 1)) --left;
  // Names, dates and commas after the event word do not use up the reach:
  // "a planned visit to Beijing by Secretary of State Antony Blinken was
  // postponed".
  // Nor does an aside between commas: "a trilateral summit, originally
  // planned for last year, has been postponed".
  int32_t right = end;
  int32_t aside_end = -1;
  for (int32_t words = 0; right < static_cast<int32_t>(s.end_token) && words < kCueAfter && !ClauseBreak(a, right);
       ++right) {
    if (right > aside_end && a.IsPunct(right, ',')) aside_end = AsideEnd(a, right);
    if (right < aside_end) continue;
    if (a.actor_at(right) < 0 && a.place_at(right) < 0 && a.time_at(right) < 0 &&
        a.tokens[right].kind != TokenKind::kPunct) {
      ++words;
    }
  }
  Event::Status best = Event::STATUS_UNSPECIFIED;
  for (const CueHit& hit : lexicon.FindCues(a.text, a.tokens, left, right, s.end_token)) {
    if (hit.end_token <= first && PrepositionBetween(a, hit.end_token, first)) continue;
    if (hit.end_token <= first && GovernsOtherPhrase(a, hit, first)) continue;
    // "Zelensky, who was not invited, spoke with Merz": a cue inside a
    // relative clause before the event word is that clause's.
    if (hit.end_token <= first && InRelativeAsideBefore(a, hit.first_token, hit.end_token, first)) continue;
    if (SupersededPlan(a, hit.first_token)) continue;
    if (hit.entry->status == Event::CANCELLED &&
        (CancellingOnlyWeighed(a, hit.first_token) || DeclinedToSay(a, hit.end_token))) {
      continue;
    }
    // "since May, when they met": a month is no modal.
    if (a.time_at(hit.first_token) >= 0) continue;
    const bool before = hit.end_token <= first;
    const bool after = hit.first_token >= end;
    if (!before && !after) continue;
    const CueScope scope = hit.entry->scope;
    if ((scope == CueScope::kBefore && !before) || (scope == CueScope::kAfter && !after)) continue;
    const Event::Status status = Backshifted(a, hit) ? Event::SCHEDULED : hit.entry->status;
    if (CueRank(status) > CueRank(best)) best = status;
  }
  return best;
}

// Status from the time the mention gives: before the publication day it
// happened, after it it is ahead.
Event::Status TimeStatus(const Analysis& a, int32_t time) {
  if (time < 0) return Event::STATUS_UNSPECIFIED;
  const TimeExpression& t = a.times[time];
  // "later this year", "earlier this month": the part of the period that
  // holds today after or before it ("later Monday" may be past).
  const std::string& text = t.text();
  if (absl::StartsWithIgnoreCase(text, "later this ")) return Event::SCHEDULED;
  if (absl::StartsWithIgnoreCase(text, "earlier this ")) return Event::OCCURRED;
  if (!t.has_interval()) return Event::STATUS_UNSPECIFIED;
  const std::string published = a.anchor.DayPeriod().Value();  // "2025-08-13"
  const std::string begin = t.interval().begin().substr(0, 10);
  const std::string end = t.interval().end();
  if (end <= published + "T00:00:00") return Event::OCCURRED;
  if (begin > published) return Event::SCHEDULED;
  return Event::STATUS_UNSPECIFIED;  // covers today: tense decides
}

enum class Tense { kUnknown, kPast, kPresent };

// The tense of the marker nearest a noun trigger in its clause: "was",
// "had", or a past verb that is not a participle after "be", against "is",
// "will", "has".
Tense ClauseTense(const Analysis& a, int32_t first, int32_t end) {
  const Sentence& s = a.sentences[a.SentenceOf(first)];
  const int32_t lo = std::max<int32_t>(s.first_token, first - kCueBefore);
  const int32_t hi = std::min<int32_t>(s.end_token, end + kCueAfter);
  Tense nearest = Tense::kUnknown;
  int32_t best_distance = 1 << 30;
  for (int32_t i = lo; i < hi; ++i) {
    if (i >= first && i < end) continue;
    const std::string_view w = a.Word(i);
    const bool marker = w == "was" || w == "were" || w == "had" || w == "did" ||
                        (IsPastForm(w) && !(i > 0 && IsBe(a.Word(i - 1))));
    const bool present = w == "is" || w == "are" || w == "will" || w == "has" || w == "have";
    if (!marker && !present) continue;
    const int32_t distance = i < first ? first - i : i - end + 1;
    if (distance < best_distance) {
      best_distance = distance;
      nearest = marker ? Tense::kPast : Tense::kPresent;
    }
  }
  return nearest;
}

bool ClauseIsPast(const Analysis& a, int32_t first, int32_t end) {
  return ClauseTense(a, first, end) == Tense::kPast;
}

// Verbs whose "to" looks ahead even in the past: "agreed to meet",
// "hoped to meet".
bool LooksAhead(std::string_view w) {
  static constexpr std::string_view kAhead[] = {"agreed",   "planned", "decided",  "wanted",   "hoped",   "promised",
                                                "offered",  "proposed", "intended", "expected", "scheduled", "invited",
                                                "asked",    "urged",   "pledged",  "vowed",    "threatened", "sought",
                                                "tried",    "arranged", "prepared", "needed",   "declined", "refused",
                                                "failed",   "was",     "were",     "had",      "set",     "supposed"};
  for (std::string_view k : kAhead) {
    if (w == k) return true;
  }
  return false;
}

// Verbs whose subject takes part in the event that is their object: "to
// hold talks", "to resume regular visits", "to pay a visit".
bool TakesUpEvent(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"hold",  "attend", "join",  "resume",   "restart",  "continue", "start",
                                       "begin", "open",   "have",  "seek",     "host",     "convene",  "chair",
                                       "lead",  "make",   "pay",   "conduct",  "stage",    "arrange",  "organise",
                                       "organize", "schedule", "set", "take"};
  for (std::string_view k : kVerbs) {
    if (w == k) return true;
  }
  return false;
}

// Whether a verb of an event's course follows the event noun that starts
// at `trigger_first`: "talks stall", "the summit opens", "peace talks
// collapse".
bool PresentOfCourseAfter(const Analysis& a, int32_t trigger_first) {
  static constexpr std::string_view kVerbs[] = {
      "stall",  "stalls",  "collapse", "collapses", "resume",   "resumes",   "open",  "opens",  "end",
      "ends",   "begin",   "begins",   "start",     "starts",   "falter",    "falters", "continue",
      "continues", "drag", "drags",    "conclude",  "concludes", "close",    "closes", "break",  "breaks"};
  for (int32_t i = trigger_first + 1; i <= trigger_first + 2; ++i) {
    for (std::string_view v : kVerbs) {
      if (a.WordIs(i, v)) return true;
    }
  }
  return false;
}

// "The committee holds a hearing at 10 a.m.", "the Wilson Center hosts a
// reception": the present of a verb that holds an event, which news uses
// for what is planned, a few words before the event noun.
// A headline uses the plain form too: "Kenyan mediators host new round of
// Sudan talks".
bool PresentHoldingBefore(const Analysis& a, int32_t trigger_first, bool headline) {
  static constexpr std::string_view kVerbs[] = {"holds",  "hosts",  "convenes", "chairs", "opens",
                                                "begins", "starts", "resumes",  "stages", "attends"};
  static constexpr std::string_view kPlainVerbs[] = {"hold",  "host",  "convene", "chair", "open",
                                                     "begin", "start", "resume",  "stage", "attend"};
  const int32_t floor = std::max<int32_t>(a.sentences[a.SentenceOf(trigger_first)].first_token, trigger_first - 5);
  for (int32_t i = trigger_first - 1; i >= floor; --i) {
    // Past "a new round of Sudan": a place may name the occasion.
    if (a.tokens[i].kind != TokenKind::kWord || (a.actor_at(i) >= 0 && a.place_at(i) < 0)) return false;
    for (std::string_view v : kVerbs) {
      if (a.WordIs(i, v)) return true;
    }
    if (!headline || a.WordIs(i - 1, "to")) continue;
    for (std::string_view v : kPlainVerbs) {
      if (a.WordIs(i, v)) return true;
    }
  }
  return false;
}

// Whether the verb that governs the "to" at `to` is a past verb of doing:
// "flew to Beijing to meet Xi", "interrupted the talks to call Putin".
bool PastPurpose(const Analysis& a, int32_t to) {
  const int32_t floor = std::max<int32_t>(a.sentences[a.SentenceOf(to)].first_token, to - 6);
  for (int32_t i = to - 1; i >= floor; --i) {
    if (a.tokens[i].kind == TokenKind::kPunct) return false;
    const std::string_view w = a.Word(i);
    // A "to" before a place or a name is a preposition: "flew to Beijing".
    const bool infinitive = w == "to" && a.place_at(i + 1) < 0 && a.actor_at(i + 1) < 0;
    if (w == "will" || w == "would" || infinitive || IsBe(w)) return false;
    if (IsPastForm(w) && a.actor_at(i) < 0) return !LooksAhead(w);
  }
  return false;
}

// Under way as the story is told: "is visiting Washington", "are holding
// talks", "is in Kyiv for talks".
bool UnderWay(const Analysis& a, int32_t trigger_first, bool verb) {
  int32_t i = trigger_first - 1;
  if (a.WordIs(i, "now") || a.WordIs(i, "currently") || a.WordIs(i, "still")) --i;
  const auto present_be = [&](int32_t j) { return a.WordIs(j, "is") || a.WordIs(j, "are"); };
  const auto progressive = [&](int32_t j) {
    const std::string_view w = a.Word(j);
    return w.size() > 4 && w.substr(w.size() - 3) == "ing";
  };
  if (verb) return progressive(trigger_first) && present_be(i);
  if (a.WordIs(i, "the") || a.WordIs(i, "a")) --i;
  if (progressive(i) && present_be(i - 1)) return true;
  if (!a.WordIs(i, "for") || a.place_at(i - 1) < 0) return false;
  i = a.places[a.place_at(i - 1)].first_token - 1;
  return a.WordIs(i, "in") && present_be(i - 1);
}

}  // namespace

bool SupersededPlan(const Analysis& a, int32_t cue_first) {
  return a.WordIs(cue_first - 1, "originally") || a.WordIs(cue_first - 1, "initially") ||
         a.WordIs(cue_first - 1, "once");
}

namespace {

// The "to" of an infinitive whose object the event noun at `trigger_first`
// is; with `any_verb` false, only of a verb that takes the event up.
int32_t PlainInfinitiveBefore(const Analysis& a, int32_t trigger_first, bool any_verb) {
  static constexpr std::string_view kDeterminers[] = {"the", "a",   "an",  "his",  "her",
                                                      "their", "its", "our", "this", "that"};
  const int32_t floor = std::max<int32_t>(a.sentences[a.SentenceOf(trigger_first)].first_token, trigger_first - 5);
  for (int32_t verb = trigger_first - 1; verb > floor; --verb) {
    const bool plain = a.tokens[verb].kind == TokenKind::kWord && !a.tokens[verb].has(kCapitalized) &&
                       a.actor_at(verb) < 0 && a.place_at(verb) < 0 && a.time_at(verb) < 0;
    if (!plain && !a.IsPunct(verb, '-') && a.tokens[verb].kind != TokenKind::kNumber) return -1;
    // Not the "to" of "face-to-face".
    if (!plain || !a.WordIs(verb - 1, "to") || a.IsPunct(verb - 2, '-')) continue;
    for (std::string_view d : kDeterminers) {
      if (a.WordIs(verb, d)) return -1;  // "went to the summit"
    }
    // "to hold talks", not "to disrupt negotiations".
    return any_verb || TakesUpEvent(a.Word(verb)) ? verb - 1 : -1;
  }
  return -1;
}

}  // namespace

int32_t InfinitiveBefore(const Analysis& a, int32_t trigger_first) {
  return PlainInfinitiveBefore(a, trigger_first, /*any_verb=*/false);
}

int32_t InfinitiveOfAnyVerbBefore(const Analysis& a, int32_t trigger_first) {
  const int32_t to = PlainInfinitiveBefore(a, trigger_first, /*any_verb=*/true);
  return to >= 0 && !PastPurpose(a, to) ? to : -1;
}

int32_t GoverningAfter(const Analysis& a, int32_t trigger_first) {
  const int32_t floor = std::max<int32_t>(a.sentences[a.SentenceOf(trigger_first)].first_token, trigger_first - 5);
  for (int32_t i = trigger_first - 1; i >= floor; --i) {
    if (a.WordIs(i, "after") || a.WordIs(i, "following")) return i;
    // "after Stockholm talks": a place may name the occasion.
    const bool modifier = (a.tokens[i].kind == TokenKind::kWord && a.actor_at(i) < 0) || a.IsPunct(i, '-') ||
                          a.tokens[i].kind == TokenKind::kNumber;
    if (!modifier) return -1;
  }
  return -1;
}

int32_t InfinitiveLookingAhead(const Analysis& a, int32_t trigger_first) {
  const int32_t to = InfinitiveBefore(a, trigger_first);
  return to >= 0 && !PastPurpose(a, to) ? to : -1;
}

bool InRelativeAsideBefore(const Analysis& a, int32_t first, int32_t end, int32_t later) {
  const int32_t floor = a.sentences[a.SentenceOf(first)].first_token;
  int32_t close = end;
  while (close < later && !a.IsPunct(close, ',')) ++close;
  if (close >= later) return false;
  for (int32_t open = first - 1; open >= floor && first - open <= 10; --open) {
    if (!a.IsPunct(open, ',')) continue;
    return a.WordIs(open + 1, "who") || a.WordIs(open + 1, "which") || a.WordIs(open + 1, "whose");
  }
  return false;
}

bool IsBe(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being";
}

bool IsPastForm(std::string_view w) {
  // Asked of most words of a clause around every trigger: one bucket of
  // irregular forms is looked at, where a loop compared the word with all.
  static const ShortWordSet* const kIrregular = new ShortWordSet(
      {"met",  "spoke", "held",  "sat",  "led",  "took",    "gave",    "went", "came", "told",  "said",
       "made", "had",   "was",   "were", "did",  "saw",     "began",   "broke", "fell", "won",  "lost",
       "sent", "brought", "thought", "flew", "left", "drove", "rode", "ran",  "got"});
  if (kIrregular->Contains(w)) return true;
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed") return false;
  static constexpr std::string_view kNotPast[] = {"need",    "indeed",  "speed",  "proceed", "exceed",
                                                  "succeed", "hundred", "united", "limited", "related",
                                                  "based",   "embed",   "sacred"};
  for (std::string_view k : kNotPast) {
    if (w == k) return false;
  }
  return true;
}

int CueRank(Event::Status s) {
  switch (s) {
    case Event::CANCELLED: return 3;
    case Event::PROPOSED: return 2;
    case Event::SCHEDULED: return 1;
    default: return 0;
  }
}

StatusDecision DecideStatus(const Analysis& a, const EventLexicon& lexicon, int32_t trigger_first,
                            int32_t trigger_end, bool verb, int32_t time) {
  // Cues count around the event word itself; tense also after its parties.
  const Event::Status cue = CueStatus(a, lexicon, trigger_first, trigger_first + 1);
  if (cue != Event::STATUS_UNSPECIFIED) return {cue, true};
  return StatusWithoutCues(a, trigger_first, trigger_end, verb, time);
}

StatusDecision StatusWithoutCues(const Analysis& a, int32_t trigger_first, int32_t trigger_end, bool verb,
                                 int32_t time) {
  if (verb && IsPastForm(a.Word(trigger_first))) return {Event::OCCURRED, false};
  // "agreed to meet", and the headline style "Trump to meet Putin"; but
  // "flew to Beijing to meet Xi" tells the purpose of a past journey.
  if (verb && a.WordIs(trigger_first - 1, "to")) {
    return {PastPurpose(a, trigger_first - 1) ? Event::OCCURRED : Event::SCHEDULED, false};
  }
  // What a clause tells of as over ("speaking after a meeting with Prodi")
  // happened, unless the clause itself is still ahead.
  const int32_t after = verb ? -1 : GoverningAfter(a, trigger_first);
  if (after >= 0 && ClauseTense(a, after, after + 1) != Tense::kPresent) return {Event::OCCURRED, false};
  // A time of its own says more than the verb it is the object of
  // ("refusing to attend a 1993 summit"); the time of the agreeing is not
  // its own (FindTime leaves it out).
  const Event::Status by_time = TimeStatus(a, time);
  if (by_time != Event::STATUS_UNSPECIFIED) return {by_time, false};
  // A present that holds the event noun is planned in a story, and has just
  // happened in a headline.
  const bool in_headline = a.sentences[a.SentenceOf(trigger_first)].heading;
  if (!verb && PresentHoldingBefore(a, trigger_first, in_headline)) {
    return {in_headline ? Event::OCCURRED : Event::SCHEDULED, false};
  }
  // "Doha talks stall", "Gaza talks collapse as ...", "summit opens": a
  // headline's present after the event noun tells of it under way.
  if (!verb && in_headline && PresentOfCourseAfter(a, trigger_first)) return {Event::OCCURRED, false};
  // The same as for a verb after "to": "agreed on Monday to hold talks"
  // looks ahead.
  const int32_t to = verb ? -1 : InfinitiveBefore(a, trigger_first);
  if (to >= 0) return {PastPurpose(a, to) ? Event::OCCURRED : Event::SCHEDULED, false};
  if (UnderWay(a, trigger_first, verb)) return {Event::OCCURRED, false};
  if (verb && in_headline && !ClauseIsPast(a, trigger_first, trigger_end)) {
    // A headline tells of what just happened in the present tense: "Spy
    // chief visits Doha".
    return {Event::OCCURRED, false};
  }
  if (verb) {
    // "meets", "meet", "meeting" without a past marker: ahead, as news uses
    // the present for what is planned.
    return {ClauseIsPast(a, trigger_first, trigger_end) ? Event::OCCURRED : Event::SCHEDULED, false};
  }
  return {ClauseIsPast(a, trigger_first, trigger_end) || time >= 0 ? Event::OCCURRED : Event::SCHEDULED, false};
}

}  // namespace chronicle::events
