#include "timeline/evidence.h"

#include <algorithm>
#include <cctype>

#include "absl/strings/str_split.h"
#include "timeline/event_time.h"

namespace chronicle {
namespace {

constexpr int64_t kNearSeconds = 24 * 3600;

// Lowercase ASCII letters and digits; dots and apostrophes vanish ("U.S." is
// "us"), other marks become single spaces.
std::string NormalizePart(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (const char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == '.' || c == '\'') continue;
    if (std::isalnum(u) || u >= 0x80) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(std::tolower(u)));
    } else {
      pending_space = true;
    }
  }
  return out;
}

std::vector<std::string> TextParts(const std::string& text) {
  std::vector<std::string> parts;
  for (const absl::string_view piece : absl::StrSplit(absl::string_view(text.data(), text.size()), ',')) {
    std::string part = NormalizePart(std::string_view(piece.data(), piece.size()));
    if (!part.empty()) parts.push_back(std::move(part));
  }
  return parts;
}

// The most specific part of a place: its name, else the first part of its
// text, else its region, else its country.
std::string CorePart(const Place& place) {
  for (const std::string& field : {place.name(), place.text()}) {
    const std::vector<std::string> parts = TextParts(field);
    if (!parts.empty()) return parts.front();
  }
  std::string region = NormalizePart(place.region());
  return region.empty() ? NormalizePart(place.country()) : region;
}

bool Contains(const std::vector<std::string>& sorted, const std::string& item) {
  return std::binary_search(sorted.begin(), sorted.end(), item);
}

bool PlacesShareAPart(const Place& a, const Place& b) { return SharedCount(PlaceParts(a), PlaceParts(b)) > 0; }

bool DatedToTheDay(const Report& r) { return r.span && r.granularity >= GRANULARITY_DAY; }

// Two shared actors and both dated to the day or finer, the days overlapping.
bool StrongOnTime(const Report& a, const Report& b) {
  return SharedCount(a.participants, b.participants) >= 2 && DatedToTheDay(a) && DatedToTheDay(b) &&
         a.span->Overlaps(*b.span);
}

// Two shared actors and both places known and compatible.
bool StrongOnPlace(const Report& a, const Report& b) {
  const Place& pa = a.event->location();
  const Place& pb = b.event->location();
  return SharedCount(a.participants, b.participants) >= 2 && HasPlace(pa) && HasPlace(pb) && PlacesCompatible(pa, pb);
}

bool PlaceRuleHolds(const Report& a, const Report& b) {
  const Place& pa = a.event->location();
  const Place& pb = b.event->location();
  if (!HasPlace(pa) || !HasPlace(pb) || PlacesCompatible(pa, pb)) return true;
  return StrongOnTime(a, b) && PlacesShareAPart(pa, pb);
}

// A time derived from an offset ("a day after his summit with Trump") is
// about that day (TimeML mod APPROX), not exactly it.
bool Approximate(const Report& r) { return r.event->time().mod() == "APPROX"; }

bool TimeRuleHolds(const Report& a, const Report& b) {
  if (!a.span || !b.span || a.span->Overlaps(*b.span)) return true;
  const bool near_enough = StrongOnPlace(a, b) || Approximate(a) || Approximate(b);
  return DatedToTheDay(a) && DatedToTheDay(b) && near_enough && SecondsApart(*a.span, *b.span) <= kNearSeconds;
}

bool StatusRuleHolds(const Report& a, const Report& b) {
  const Event::Status sa = a.event->status();
  const Event::Status sb = b.event->status();
  if (sa == sb || sa == Event::STATUS_UNSPECIFIED || sb == Event::STATUS_UNSPECIFIED) return true;
  const auto either = [&](Event::Status s) { return sa == s || sb == s; };
  if (either(Event::CANCELLED) && either(Event::OCCURRED)) return false;
  if (either(Event::PROPOSED)) return DatedToTheDay(a) && DatedToTheDay(b) && a.span->Overlaps(*b.span);
  return true;
}

// An OCCURRED report published on day P speaks of something that began by
// the end of P.
bool TenseRuleHolds(const Report& occurred, const Report& other) {
  if (occurred.event->status() != Event::OCCURRED || !occurred.published || !other.span) return true;
  return other.span->begin < absl::CivilSecond(*occurred.published + 1);
}

// And an undated SCHEDULED report published on day P speaks of something
// not long over by P: the summit "in two weeks" of a 1997 article is no
// event of 1950. A month's slack keeps a visit under way, or a plan told
// after the fact, with its event.
bool AheadRuleHolds(const Report& scheduled, const Report& other) {
  constexpr int kSlackDays = 31;
  if (scheduled.event->status() != Event::SCHEDULED || scheduled.span || !scheduled.published || !other.span) {
    return true;
  }
  return other.span->end > absl::CivilSecond(*scheduled.published - kSlackDays);
}

// Two undated reports each speak of something near their own publication
// day, so reports published months apart are different events: a king's
// visit told in one December is not talks due a year later.
bool UndatedRuleHolds(const Report& a, const Report& b) {
  constexpr int kSlackDays = 31;
  if (a.span || b.span || !a.published || !b.published) return true;
  const int64_t apart = *a.published - *b.published;
  return apart <= kSlackDays && apart >= -kSlackDays;
}

// An undated report names no time to compare, so it may be a dated event
// only within two years of its publication: "the warships visited
// Shanghai" of a 2006 list is not a visit of 1997.
bool UndatedNearDatedRuleHolds(const Report& undated, const Report& dated) {
  constexpr int kReachDays = 731;
  if (undated.span || !dated.span || !undated.published) return true;
  const absl::CivilDay from = *undated.published - kReachDays;
  const absl::CivilDay to = *undated.published + kReachDays;
  return dated.span->end > absl::CivilSecond(from) && dated.span->begin < absl::CivilSecond(to);
}

// The extractor has already grouped the mentions of one document, so two of
// its events that both lack a date stay apart: "a second bilateral meeting"
// and "a trilateral meeting afterward" are both undated proposals of the
// same leaders, and different meetings. An undated one may still join a
// dated one ("the meeting" after "the summit on Friday"). Two dated ones
// that the document tells apart by status stay apart too: Xi's talks in
// Budapest "on Friday" and Orban's trip to Beijing "later this year".
bool DocumentRuleHolds(const Report& a, const Report& b) {
  if (a.document_position != b.document_position) return true;
  if (a.span && b.span) return a.event->status() == b.event->status();
  return a.span || b.span;
}

}  // namespace

EventClass ClassOf(Event::Type type) {
  switch (type) {
    case Event::SUMMIT:
    case Event::MEETING:
    case Event::VISIT:
    case Event::TALKS:
      return EventClass::kInPerson;
    case Event::CALL:
      return EventClass::kCall;
    case Event::PUBLIC_EVENT:
      return EventClass::kPublicEvent;
    case Event::PRESS_CONFERENCE:
      return EventClass::kPressConference;
    default:
      return EventClass::kOther;
  }
}

const char* ClassName(EventClass event_class) {
  switch (event_class) {
    case EventClass::kInPerson:
      return "meeting";
    case EventClass::kCall:
      return "call";
    case EventClass::kPublicEvent:
      return "public-event";
    case EventClass::kPressConference:
      return "press-conference";
    case EventClass::kOther:
      break;
  }
  return "event";
}

std::vector<std::string> ParticipantIds(const Event& event) {
  std::vector<std::string> ids;
  for (const Participant& p : event.participants()) {
    if (!p.actor_id().empty()) ids.push_back(p.actor_id());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

int SharedCount(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  int shared = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}

bool ParticipantsOverlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const int shared = SharedCount(a, b);
  const size_t smaller = std::min(a.size(), b.size());
  return shared >= 2 || (shared >= 1 && static_cast<size_t>(shared) == smaller);
}

std::string SideOf(const Actor& actor) {
  const bool national = actor.kind() == Actor::COUNTRY || actor.kind() == Actor::GROUP ||
                        actor.kind() == Actor::PERSON;
  if (national && !actor.country().empty()) return "country:" + actor.country();
  return actor.id();
}

bool StandsForCountry(const Actor& actor) {
  return (actor.kind() == Actor::COUNTRY || actor.kind() == Actor::GROUP) && !actor.country().empty();
}

bool SideForSide(const std::vector<std::string>& a_sides, bool a_only_countries,
                 const std::vector<std::string>& b_sides, bool b_only_countries) {
  return (a_only_countries || b_only_countries) && a_sides.size() >= 2 && a_sides == b_sides;
}

bool HasPlace(const Place& place) {
  return !place.text().empty() || !place.name().empty() || !place.region().empty() || !place.country().empty();
}

std::vector<std::string> PlaceParts(const Place& place) {
  std::vector<std::string> parts = TextParts(place.text());
  for (const std::string& field : {place.name(), place.region(), place.country()}) {
    std::string part = NormalizePart(field);
    if (!part.empty()) parts.push_back(std::move(part));
  }
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  return parts;
}

bool PlacesCompatible(const Place& a, const Place& b) {
  if (!HasPlace(a) || !HasPlace(b)) return true;
  const std::string country_a = NormalizePart(a.country());
  const std::string country_b = NormalizePart(b.country());
  if (!country_a.empty() && !country_b.empty() && country_a != country_b) return false;
  return Contains(PlaceParts(b), CorePart(a)) || Contains(PlaceParts(a), CorePart(b));
}

bool ReportsCompatible(const Report& a, const Report& b) {
  return ClassOf(a.event->type()) == ClassOf(b.event->type()) && DocumentRuleHolds(a, b) && StatusRuleHolds(a, b) &&
         TimeRuleHolds(a, b) &&
         PlaceRuleHolds(a, b) && TenseRuleHolds(a, b) && TenseRuleHolds(b, a) && AheadRuleHolds(a, b) &&
         AheadRuleHolds(b, a) && UndatedRuleHolds(a, b) && UndatedNearDatedRuleHolds(a, b) &&
         UndatedNearDatedRuleHolds(b, a);
}

}  // namespace chronicle
