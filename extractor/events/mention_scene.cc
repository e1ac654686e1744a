// MentionBuilder, part three: where and when a mention is. The place named
// in its noun phrase, after a locative or a visit's "to", or in the
// dateline; the nearest date or time in its sentence that no other event
// word or subordinate clause claims.

#include <algorithm>
#include <string_view>

#include "extractor/events/mention_builder.h"
#include "extractor/events/status.h"

namespace chronicle::events {
namespace {

// How far from the trigger a place or a time still belongs to it, in tokens.
constexpr int32_t kPlaceReach = 12;
constexpr int32_t kTimeReach = 10;

}  // namespace

bool MentionBuilder::IsPlaceNoun(int32_t i) const {
  static constexpr std::string_view kPlaceNouns[] = {"city", "town", "port", "capital", "resort", "village",
                                                     "region", "province", "island", "enclave", "state"};
  for (std::string_view n : kPlaceNouns) {
    if (a_.WordIs(i, n)) return true;
  }
  return false;
}

// "in the northern port city of Tianjin", "at the Red Sea resort of Sharm
// el-Sheikh": from the "of" at `of` back past the noun phrase of a kind of
// place to the word before it; `of` itself when it is no such phrase.
int32_t MentionBuilder::PastPlaceNoun(int32_t of) const {
  if (!a_.WordIs(of, "of") || !IsPlaceNoun(of - 1)) return of;
  const int32_t floor = a_.sentences[a_.SentenceOf(of)].first_token;
  for (int32_t i = of - 2; i >= floor && of - i <= 6; --i) {
    if (a_.tokens[i].kind == TokenKind::kPunct && !a_.IsPunct(i, '-')) return of;
    if (a_.WordIs(i, "the") || a_.WordIs(i, "a")) return i - 1;
  }
  return of;
}

// The length of a locative phrase of a place that starts at `first` and ends
// by `end`: "at the Red Sea resort of Sharm el-Sheikh", "in Kuala Lumpur";
// zero when none starts there.
int32_t MentionBuilder::PlacePhraseLength(int32_t first, int32_t end) const {
  if (!words_.MatchAt(WordClass::kLocative, first)) return 0;
  int32_t last = -1;  // the last token of a place or a place noun
  for (int32_t j = first + 1; j < end && j - first <= 12; ++j) {
    if (a_.place_at(j) >= 0 || IsPlaceNoun(j)) {
      last = j;
      continue;
    }
    const bool joins = a_.WordIs(j, "the") || a_.WordIs(j, "of") || a_.IsPunct(j, '-') ||
                       (a_.tokens[j].kind == TokenKind::kWord && !a_.tokens[j].has(kCapitalized));
    if (!joins) break;
  }
  return last < 0 ? 0 : last + 1 - first;
}

// The place that "resort of", "city of" and the like name just after token
// `end` ("[Red Sea] resort of Sharm el-Sheikh"), or -1.
int32_t MentionBuilder::PlaceNamedAfterNoun(int32_t end) const {
  for (int32_t of = end + 1; of <= end + 3 && of + 1 < a_.size(); ++of) {
    // "Minsk, capital of Belarus": past a comma the first place is the one.
    if (a_.tokens[of - 1].kind == TokenKind::kPunct) return -1;
    if (!a_.WordIs(of, "of")) continue;
    return PastPlaceNoun(of) != of || IsPlaceNoun(of - 1) ? a_.place_at(of + 1) : -1;
  }
  return -1;
}

// The place a locative after the mention names: "in Ibiza", "at the G-20
// Summit in Osaka, Japan"; not past the verb of another event ("spoke by
// telephone on Oct. 16 and met in Anchorage"); -1 if none.
int32_t MentionBuilder::PlaceAfter(int32_t s, const EventMention& m) const {
  const Sentence& sentence = a_.sentences[s];
  int32_t end = std::min<int32_t>(sentence.end_token, m.trigger_end + kPlaceReach);
  const bool own_parties = !m.participants.empty();
  if (own_parties) end = std::min<int32_t>(sentence.end_token, end + SettingLength(m.trigger_end, end));
  for (const TriggerHit& hit : lexicon_.FindTriggers(a_.text, a_.tokens, m.trigger_end, end)) {
    if (hit.entry->verb && hit.other == nullptr && !(hit.entry->flags & kWeak)) {
      end = std::min<int32_t>(end, hit.first_token);
    }
  }
  for (int32_t i = m.trigger_end; i < end; ++i) {
    // Past "on the sidelines of the ASEAN gathering" to "in Kuala Lumpur".
    const bool setting_starts = (a_.WordIs(i, "on") || a_.WordIs(i, "at")) &&
                                (SidelinesOfAt(i + 1) || (a_.WordIs(i + 1, "the") && SidelinesOfAt(i + 2)));
    if (own_parties && setting_starts) {
      i += SettingLength(i, sentence.end_token) - 1;
      continue;
    }
    int32_t topic_length;
    if (words_.MatchAt(WordClass::kTopic, i, &topic_length) && a_.time_at(i + topic_length) < 0) {
      // Past what the talks are about to where they are: "... on a free
      // trade agreement are set to resume in Canberra".
      const int32_t skip = TopicLength(i, sentence.end_token);
      if (skip == 0) break;
      i += skip;
      end = std::min<int32_t>(sentence.end_token, i + kPlaceReach);
      continue;
    }
    if (a_.place_at(i) < 0) continue;
    // "at the Red Sea resort of Sharm el-Sheikh": the region only describes
    // the place named after it.
    if (const int32_t named = PlaceNamedAfterNoun(static_cast<int32_t>(a_.places[a_.place_at(i)].end_token));
        named >= 0) {
      i = static_cast<int32_t>(a_.places[named].first_token) - 1;
      continue;
    }
    int32_t before = a_.places[a_.place_at(i)].first_token - 1;
    if (a_.WordIs(before, "the")) --before;
    before = PastPlaceNoun(before);
    // A name that is also an actor is a place only as a country after a
    // locative or "to" ("met in Germany", "a working visit to Germany"), or
    // as a seat of power after a locative ("at the White House", "at the
    // Kremlin").
    // "visited the White House": the seat a visit goes to is its scene too.
    const bool visited = m.type == Event::VISIT && m.verb && before == m.trigger_end - 1;
    const bool venue = a_.places[a_.place_at(i)].kind == PlaceKind::kVenue &&
                       (words_.MatchAt(WordClass::kLocative, before) || visited);
    if (a_.actor_at(i) >= 0 && a_.actors.mentions[a_.actor_at(i)].kind != Actor::COUNTRY && !venue) continue;
    if (words_.MatchAt(WordClass::kLocative, before) || (venue && visited)) return a_.place_at(i);
    // "a surprise visit to Kyiv": where a visit goes is its scene.
    if (m.type == Event::VISIT && a_.WordIs(before, "to")) return a_.place_at(i);
    if (a_.actor_at(i) >= 0) i = static_cast<int32_t>(a_.places[a_.place_at(i)].end_token) - 1;
  }
  return -1;
}

int32_t MentionBuilder::FindPlace(int32_t s, const EventMention& m) const {
  const Sentence& sentence = a_.sentences[s];
  // A place named in the noun phrase: "the Anchorage summit", "the Geneva
  // peace talks"; not a subject a verb away ("North Korea calls off talks",
  // "the ministers of Japan and South Korea met").
  for (int32_t i = m.trigger_first - 1;
       !m.verb && i >= static_cast<int32_t>(sentence.first_token) && m.trigger_first - i <= 3; --i) {
    if (words_.MatchAt(WordClass::kSubordinator, i)) break;  // "in the East Room after the meeting"
    const int32_t place = a_.place_at(i);
    // "the EU-China summit": a pair joined by a hyphen are the parties.
    if (place >= 0 && a_.IsPunct(a_.places[place].first_token - 1, '-') &&
        a_.actor_at(a_.places[place].first_token - 2) >= 0) {
      break;
    }
    if (place >= 0) {
      // A country with a word between ("Ukraine peace conference") is the
      // topic.
      const int32_t gap = m.trigger_first - static_cast<int32_t>(a_.places[place].end_token);
      if (gap == 0 || (gap == 1 && a_.places[place].kind != PlaceKind::kCountry)) return place;
      // "stay in Vietnam for an official visit": the scene of a clause.
      int32_t before = static_cast<int32_t>(a_.places[place].first_token) - 1;
      if (a_.WordIs(before, "the")) --before;
      if (words_.MatchAt(WordClass::kLocative, before)) return place;
      break;
    }
    if (a_.tokens[i].kind != TokenKind::kWord) break;
  }
  if (const int32_t scene = SceneOfPurpose(s, m); scene >= 0) {
    // "will travel to China on Sunday for a two-day summit ... in the port
    // city of Tianjin": the place in that country the phrase names more
    // closely.
    if (a_.places[scene].kind == PlaceKind::kCountry) {
      const int32_t after = PlaceAfter(s, m);
      if (after >= 0 && after != scene && a_.places[after].place.country() == a_.places[scene].place.country()) {
        return after;
      }
    }
    return scene;
  }
  // "visited Qatar", "visiting Istanbul".
  if (m.verb && m.type == Event::VISIT && a_.place_at(m.trigger_end) >= 0) return a_.place_at(m.trigger_end);
  if (const int32_t after = PlaceAfter(s, m); after >= 0) return after;
  // "flying to Doha, where he will hold talks": the place a "where" clause
  // hangs on.
  for (int32_t i = m.trigger_first - 1; i >= static_cast<int32_t>(sentence.first_token) + 2 &&
                                        m.trigger_first - i <= 8;
       --i) {
    if (!a_.WordIs(i, "where") || !a_.IsPunct(i - 1, ',')) continue;
    // "in Hungary on Friday, where he held talks": past the time too.
    int32_t before = i - 2;
    const int32_t time = a_.time_at(before);
    while (time >= 0 && a_.time_at(before) == time) --before;
    if (time >= 0 && a_.WordIs(before, "on")) --before;
    if (a_.place_at(before) >= 0) return a_.place_at(before);
  }
  // The dateline of a lede, "HANOI — The summit ended ...": where the
  // story is told from, and so where its first event is, unless the
  // sentence names another place ("WASHINGTON — Blinken will travel to
  // Beijing").
  const int32_t first = sentence.first_token;
  const int32_t dateline = a_.place_at(first);
  if (dateline >= 0 && a_.tokens[first].has(kAllCaps)) {
    const int32_t after = static_cast<int32_t>(a_.places[dateline].end_token);
    for (int32_t i = after; i < static_cast<int32_t>(sentence.end_token); ++i) {
      if (a_.place_at(i) >= 0 && a_.place_at(i) != dateline) return -1;
    }
    if (a_.IsPunct(after, '-') || a_.IsPunct(after, '(')) return dateline;
  }
  // "Singapore, June 2018: The first-ever summit ended ...": a place that
  // labels its line, with or without a date, is where the line's event was.
  if (dateline >= 0) {
    int32_t after = static_cast<int32_t>(a_.places[dateline].end_token);
    if (a_.IsPunct(after, ',') && a_.time_at(after + 1) >= 0) {
      const int32_t time = a_.time_at(after + 1);
      for (++after; a_.time_at(after) == time; ++after) {
      }
    }
    if (a_.IsPunct(after, ':')) return dateline;
  }
  return -1;
}

// "is due in Beijing on Monday for a four-day visit", "arrived in Doha
// for talks": the place of the clause an event noun is the purpose of, when
// it stands right before the "for" (times aside).
int32_t MentionBuilder::SceneOfPurpose(int32_t s, const EventMention& m) const {
  if (m.verb) return -1;
  const int32_t floor = a_.sentences[s].first_token;
  int32_t i = m.trigger_first - 1;
  while (i >= floor && m.trigger_first - i <= 5 && !a_.WordIs(i, "for") &&
         (a_.tokens[i].kind == TokenKind::kWord || a_.tokens[i].kind == TokenKind::kNumber || a_.IsPunct(i, '-')) &&
         a_.actor_at(i) < 0 && a_.place_at(i) < 0) {
    --i;
  }
  if (!a_.WordIs(i, "for")) return -1;
  --i;
  // Past "on Monday", "this week".
  while (i >= floor && (a_.time_at(i) >= 0 || (a_.time_at(i + 1) >= 0 && (a_.WordIs(i, "on") || a_.WordIs(i, "at"))))) {
    --i;
  }
  const int32_t place = a_.place_at(i);
  if (place < 0) return -1;
  int32_t before = static_cast<int32_t>(a_.places[place].first_token) - 1;
  if (a_.WordIs(before, "the")) --before;
  return words_.MatchAt(WordClass::kLocative, before) ? place : -1;
}

// Whether a cue of a new date ("postponed until", "put off until") ends
// just before token `end`.
bool MentionBuilder::EndsPostponementCue(int32_t end) const {
  for (const CueHit& cue : lexicon_.FindCues(a_.text, a_.tokens, std::max(0, end - 4), end)) {
    if (cue.end_token == end && cue.entry->status == Event::SCHEDULED && cue.entry->words.size() >= 2) return true;
  }
  return false;
}

// Whether a clause opened by ", where" starts in tokens [first, end).
bool MentionBuilder::WhereClauseBetween(int32_t first, int32_t end) const {
  for (int32_t i = first; i + 1 < end; ++i) {
    if (a_.IsPunct(i, ',') && a_.WordIs(i + 1, "where")) return true;
  }
  return false;
}

// A time past another event word or a "since" clause belongs to that:
// "talks ... since negotiations broke down three weeks ago".
bool MentionBuilder::OtherEventBetween(int32_t s, const EventMention& m, int32_t time_first, int32_t time_end) const {
  const int32_t lo = time_first >= m.trigger_end ? m.trigger_end : time_end;
  const int32_t hi = time_first >= m.trigger_end ? time_first : m.trigger_first;
  // "on Monday before flying to Doha, where he will hold talks": a time
  // across a subordinate clause belongs to the other side.
  // Not "when", which ties the time to its clause ("last month, when
  // Kim Yong Chol visited Washington").
  for (int32_t i = lo; i < hi; ++i) {
    const std::string_view w = a_.Word(i);
    if (w == "since" || w == "before" || w == "after" || w == "because") return true;
    // "was put off until Thursday" gives the new date; "until" opens a
    // clause of its own otherwise.
    if (w == "until" && !EndsPostponementCue(i + 1)) return true;
    // "met on the sidelines of the G7 summit and held a longer session in
    // Tokyo in August": a time after a second verb of the subject is that
    // verb's. Not for a visit, which lasts: "ended his visit to Vietnam and
    // left Hanoi Wednesday".
    if (w == "and" && time_first >= m.trigger_end && m.type != Event::VISIT) {
      const int32_t verb = a_.WordIs(i + 1, "then") || a_.WordIs(i + 1, "later") || a_.WordIs(i + 1, "also") ? i + 2
                                                                                                            : i + 1;
      if (verb < hi && a_.actor_at(verb) < 0 && IsPastForm(a_.Word(verb))) return true;
    }
  }
  const Sentence& sentence = a_.sentences[s];
  for (const TriggerHit& hit : lexicon_.FindTriggers(a_.text, a_.tokens, lo, hi)) {
    (void)sentence;
    // "spoke with Merz by phone on Saturday": the means of a call, not a
    // second event.
    if (a_.WordIs(hit.first_token - 1, "by")) continue;
    if (!(hit.entry->flags & kWeak) && !IsSetting(hit.first_token)) return true;
  }
  return false;
}

// "met on the sidelines of the Group of 20 summit": an event word that only
// says where another event took place.
bool MentionBuilder::IsSetting(int32_t trigger_first) const {
  for (int32_t i = trigger_first - 1; i >= 0 && trigger_first - i <= 8; --i) {
    if (a_.WordIs(i, "sidelines") || a_.WordIs(i, "margins")) return SidelinesOfAt(i);
    if (a_.tokens[i].kind == TokenKind::kPunct && !a_.IsPunct(i, '-')) return false;
  }
  return false;
}

// "spoke by phone with Sisi on Sunday about the talks": an event noun that
// is what an earlier event of its sentence was about.
bool MentionBuilder::TopicOfEarlierEvent(int32_t s, const EventMention& m) const {
  if (m.verb) return false;
  const int32_t floor = a_.sentences[s].first_token;
  int32_t i = m.trigger_first - 1;
  while (i >= floor && m.trigger_first - i <= 3 && a_.tokens[i].kind == TokenKind::kWord &&
         !words_.MatchAt(WordClass::kTopic, i) && a_.time_at(i) < 0 && a_.actor_at(i) < 0) {
    --i;
  }
  if (i < floor || !words_.MatchAt(WordClass::kTopic, i)) return false;
  for (const TriggerHit& hit : lexicon_.FindTriggers(a_.text, a_.tokens, floor, i)) {
    if (!(hit.entry->flags & kWeak)) return true;
  }
  return false;
}

// Whether the time at [first, end) is the date of a dateline that opens
// the sentence: "LONDON, 12 August - ", "MOSCOW, Aug 30 (Reuters) - ".
bool MentionBuilder::InDateline(const Sentence& sentence, int32_t first, int32_t end) const {
  const int32_t start = sentence.first_token;
  if (first - start > 4 || first - start < 2 || !a_.IsPunct(first - 1, ',') || a_.place_at(start) < 0) return false;
  return a_.IsPunct(end, '-') || a_.IsPunct(end, '(');
}

int32_t MentionBuilder::FindTime(int32_t s, const EventMention& m) const {
  const Sentence& sentence = a_.sentences[s];
  // Its time, if the sentence gives one, is the other event's.
  if (m.topic_of_other) return -1;
  const int32_t infinitive = m.verb ? -1 : InfinitiveOfAnyVerbBefore(a_, m.trigger_first);
  int32_t best = -1, best_distance = kTimeReach + 1;
  for (int32_t i = sentence.first_token; i < static_cast<int32_t>(sentence.end_token); ++i) {
    const int32_t t = a_.time_at(i);
    if (t < 0 || (i > 0 && a_.time_at(i - 1) == t) || InAttribution(i) || i < infinitive) continue;
    const TimeExpression& time = a_.times[t];
    if (time.type() != TimeExpression::DATE && time.type() != TimeExpression::TIME) continue;
    if (!time.has_interval()) continue;
    int32_t end = i;
    while (end < a_.size() && a_.time_at(end) == t) ++end;
    // A day that labels its line ("WEDNESDAY: Xi visits Hanoi; talks with
    // To Lam are expected", "DMZ, June 2019: Trump ... held a meeting") is
    // the time of every event on it.
    const bool labels_line = i - static_cast<int32_t>(sentence.first_token) <= 2 && a_.IsPunct(end, ':');
    if (!labels_line && OtherEventBetween(s, m, i, end)) continue;
    // "LONDON, 12 August - Starmer will chair a call on Wednesday": the date
    // of a dateline is the story's, not its events'.
    if (InDateline(sentence, i, end)) continue;
    // Distance from the mention's words: a time after its parties counts
    // from their end ("the summit between Trump and Kim ended on Thursday").
    const int32_t after = std::max(m.trigger_end, m.span_end);
    // A setting phrase between does not count either, for an event with
    // parties of its own ("Rubio huddled with Iwaya on the sidelines of the
    // ASEAN gathering in Kuala Lumpur on Wednesday").
    const int32_t setting = m.participants.empty() ? 0 : SettingLength(after, i);
    // Nor does the place between the mention and its time ("met Netanyahu
    // at the Red Sea resort of Sharm el-Sheikh on Monday").
    int32_t place_words = i >= m.trigger_end ? PlacePhraseLength(after, i) : 0;
    if (after + place_words < i - 1 || (after + place_words == i - 1 && !a_.WordIs(i - 1, "on"))) place_words = 0;
    int32_t distance = i >= m.trigger_end ? std::max(0, i - after - TopicLength(after, i) - setting - place_words)
                                          : m.trigger_first - end;
    // "held a phone call in January, and met", "spoke on Oct. 16 and met":
    // a time closer to an event word before it is that one's.
    const bool joined = distance == 1 && a_.WordIs(end, "and");
    if (i < m.trigger_first && (distance > 1 || joined) && FollowsOtherEvent(s, i, joined ? 3 : distance)) continue;
    // "hosted Zelensky at Downing Street last Thursday and spoke to Trump
    // the previous evening": a time that ends the clause of an event word
    // before "and" is that one's first; the joined verb takes it only for
    // want of its own.
    if (joined && i < m.trigger_first &&
        FollowsOtherEvent(s, i, std::max<int32_t>(3, i - static_cast<int32_t>(sentence.first_token)))) {
      distance += kTimeReach / 2;
    }
    // A time that opens the sentence before a comma sets the scene for all
    // of it: "Last week, the two envoys met in Ibiza".
    // So does an offset with its "later": "Seven years later, Carter and
    // Brezhnev signed the treaty at a summit in Vienna".
    const bool offset_word = a_.WordIs(end, "later") || a_.WordIs(end, "earlier");
    const bool opens = labels_line || (i - static_cast<int32_t>(sentence.first_token) <= 1 &&
                                       (a_.IsPunct(end, ',') || (offset_word && a_.IsPunct(end + 1, ','))));
    if (opens) distance = std::min(distance, kTimeReach);
    // "in Cairo on Tuesday and then fly to Doha, where he will hold talks
    // ... on Wednesday": a time before a "where" clause is its main
    // clause's, unless the clause names none of its own.
    if (i < m.trigger_first && WhereClauseBetween(end, m.trigger_first)) distance += kTimeReach / 2;
    // "meet in Brussels through Friday": when it ends, a time to take only
    // for want of another.
    if ((a_.WordIs(i - 1, "through") || a_.WordIs(i - 1, "until") || a_.WordIs(i - 1, "till")) &&
        !EndsPostponementCue(i)) {
      distance += kTimeReach;
    }
    // "On Friday, Trump announced that he would meet Putin", "Trump said
    // on Monday he would meet Kim": the time of the telling, not of what is
    // told.
    if (i < m.trigger_first && (SpeechBetween(end, m.trigger_first) || TimeOfSaying(i))) continue;
    // "originally planned for July": the date given up.
    if (PlanGivenUpBefore(i)) continue;
    // "will meet Zelensky at 1:15 p.m., followed by a multilateral meeting
    // at 3 p.m.": a time before "followed by" is the first event's.
    if (i < m.trigger_first && FollowedByBetween(end, m.trigger_first)) continue;
    // "a treaty to replace the 1953 armistice": a year that names another
    // thing, not the event ("the 2019 summit" keeps it).
    const bool names_other_noun = a_.WordIs(i - 1, "the") && end != m.trigger_first && end < a_.size() &&
                                  a_.tokens[end].kind == TokenKind::kWord && !a_.tokens[end].has(kCapitalized);
    if (names_other_noun) continue;
    if (distance < best_distance) {
      best_distance = distance;
      best = t;
    }
  }
  return best >= 0 ? best : DayHeadingOver(s);
}

// The time of a heading that is only a day ("TUESDAY, SEPT. 23",
// "THURSDAY-FRIDAY") over sentence `s`, with no blank line between: a
// listing of the days ahead dates the events under each; -1 if none.
int32_t MentionBuilder::DayHeadingOver(int32_t s) const {
  for (int32_t k = s - 1; k >= 0; --k) {
    if (a_.tokens[a_.sentences[k + 1].first_token].has(kParagraphStart)) return -1;
    const Sentence& heading = a_.sentences[k];
    if (!heading.heading) continue;
    int32_t first_time = -1;
    for (int32_t i = heading.first_token; i < static_cast<int32_t>(heading.end_token); ++i) {
      if (a_.tokens[i].kind == TokenKind::kPunct) continue;
      const int32_t t = a_.time_at(i);
      if (t < 0) return -1;
      if (first_time < 0) first_time = t;
    }
    if (first_time < 0 || !a_.times[first_time].has_interval()) return -1;
    const std::string& value = a_.times[first_time].value();
    return value.size() >= 10 ? first_time : -1;  // a day, "2025-09-23", or finer
  }
  return -1;
}

// Whether the time at `i` comes right after a verb of saying and what may
// go with it ("said on Monday", "announced Tuesday", "said in a statement
// on Sunday").
bool MentionBuilder::TimeOfSaying(int32_t i) const {
  int32_t verb = i - 1;
  while (verb >= 0 && i - verb <= 5 && words_.MatchAt(WordClass::kSpeechTail, verb)) --verb;
  return words_.MatchEndingAt(WordClass::kSpeech, verb);
}

// Whether the time at `i` follows a plan given up: "originally planned for
// July", "initially scheduled for May".
bool MentionBuilder::PlanGivenUpBefore(int32_t i) const {
  for (int32_t j = i - 1; j >= 0 && i - j <= 3; --j) {
    if (SupersededPlan(a_, j)) return true;
  }
  return false;
}

// Whether a verb of saying followed by "that" lies in [first, end).
bool MentionBuilder::SpeechBetween(int32_t first, int32_t end) const {
  for (int32_t i = first; i < end; ++i) {
    int32_t length;
    if (words_.MatchAt(WordClass::kSpeech, i, &length) && a_.WordIs(i + length, "that")) return true;
  }
  return false;
}

// Whether an event word other than a weak one ends fewer than `distance`
// tokens before token `i`.
bool MentionBuilder::FollowedByBetween(int32_t first, int32_t end) const {
  for (int32_t j = first; j + 1 < end; ++j) {
    if (a_.WordIs(j, "followed") && a_.WordIs(j + 1, "by")) return true;
  }
  return false;
}

bool MentionBuilder::FollowsOtherEvent(int32_t s, int32_t i, int32_t distance) const {
  // "visited China in October, when he attended a forum": the "when"
  // clause shares the time.
  for (int32_t j = i + 1; j < i + distance; ++j) {
    if (a_.WordIs(j, "when")) return false;
  }
  // From far enough back to see the whole of a long event phrase that ends
  // near `i` ("spoke by telephone on Oct. 16").
  constexpr int32_t kLongestTrigger = 5;
  const int32_t first = std::max<int32_t>(a_.sentences[s].first_token, i - distance - kLongestTrigger);
  for (const TriggerHit& hit : lexicon_.FindTriggers(a_.text, a_.tokens, first, i)) {
    if (!(hit.entry->flags & kWeak) && !IsSetting(hit.first_token) && i - hit.end_token < distance) return true;
  }
  return false;
}

// The words of what an event is about, from a topic word up to the verb
// that follows in [first, end): "talks between India and Australia on a
// free trade agreement are set to resume in Canberra on April 10". Zero
// when there is none.
// Whether "sidelines of" or "margins of" starts at token `i`.
bool MentionBuilder::SidelinesOfAt(int32_t i) const {
  return (a_.WordIs(i, "sidelines") || a_.WordIs(i, "margins")) && a_.WordIs(i + 1, "of");
}

// The length of a setting phrase in [first, end), "on the sidelines of the
// ASEAN gathering", up to the place or time after it: words that say where
// within an occasion an event was, which do not put its own place and time
// out of reach.
int32_t MentionBuilder::SettingLength(int32_t first, int32_t end) const {
  for (int32_t i = first; i + 1 < end; ++i) {
    if (!SidelinesOfAt(i)) continue;
    int32_t j = i + 2;
    while (j < end && a_.time_at(j) < 0 && !words_.MatchAt(WordClass::kLocative, j) &&
           a_.tokens[j].kind != TokenKind::kPunct) {
      ++j;
    }
    const int32_t start = a_.WordIs(i - 1, "the") ? i - 2 : i - 1;
    return std::max(0, j - std::max(first, start));
  }
  return 0;
}

int32_t MentionBuilder::TopicLength(int32_t first, int32_t end) const {
  for (int32_t i = first; i < end; ++i) {
    if (!words_.MatchAt(WordClass::kTopic, i)) continue;
    for (int32_t j = i + 1; j < end; ++j) {
      if (IsAuxiliary(a_.Word(j))) return j - i;
    }
    return 0;
  }
  return 0;
}

bool MentionBuilder::IsAuxiliary(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "will" || w == "would" || w == "has" ||
         w == "have" || w == "had";
}

}  // namespace chronicle::events
