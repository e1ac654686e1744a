#include "extractor/events/coreference.h"

#include <algorithm>
#include <functional>
#include <climits>
#include <string_view>
#include <utility>

#include "extractor/events/cluster_index.h"
#include "extractor/events/lexicon.h"

namespace chronicle::events {
namespace {

// How many sentences back a mention with no parties of its own may refer.
constexpr int32_t kBareReach = 8;

int TypeClass(Event::Type t) {
  switch (t) {
    case Event::SUMMIT:
    case Event::MEETING:
    case Event::VISIT:
    case Event::TALKS: return 1;
    case Event::CALL: return 2;
    case Event::PUBLIC_EVENT: return 3;
    case Event::PRESS_CONFERENCE: return 4;
    default: return 0;
  }
}

bool Contains(const std::vector<ParticipantRef>& set, int32_t actor) {
  for (const ParticipantRef& p : set) {
    if (p.actor == actor) return true;
  }
  return false;
}

// The document's actor `index`, or nullptr.
const Actor* ActorAt(const Analysis& a, int32_t index) {
  const std::vector<Actor>& table = a.actors.actors;
  return index >= 0 && index < static_cast<int32_t>(table.size()) ? &table[index] : nullptr;
}

// How many of `parties` are people or groups of people: the parties a
// "bilateral" or "trilateral" counts.
int PeopleAndGroups(const Analysis& a, const std::vector<ParticipantRef>& parties) {
  int n = 0;
  for (const ParticipantRef& p : parties) {
    const Actor* actor = ActorAt(a, p.actor);
    if (actor != nullptr && (actor->kind() == Actor::PERSON || actor->kind() == Actor::GROUP)) ++n;
  }
  return n;
}

// Whether actors `x` and `y` are one side of an event: the same actor, or a
// country or a group of its people and one of its people. A headline's
// "Japan, South Korea leaders postpone talks" tells of the story's
// Ishiba and Lee; two people of one country stay two parties.
bool SameSide(const Analysis& a, int32_t x, int32_t y) {
  if (x == y) return true;
  const Actor* ax = ActorAt(a, x);
  const Actor* ay = ActorAt(a, y);
  if (ax == nullptr || ay == nullptr) return false;
  const auto stands_for_country = [](const Actor& actor) {
    return actor.kind() == Actor::COUNTRY || actor.kind() == Actor::GROUP;
  };
  if (!stands_for_country(*ax) && !stands_for_country(*ay)) return false;
  return !ax->country().empty() && ax->country() == ay->country();
}

// The piece's actors by country, in index order: the only actors besides
// itself that SameSide can hold an actor to be one side with.
class ActorsByCountry {
 public:
  explicit ActorsByCountry(const Analysis& a) : a_(a) {
    const std::vector<Actor>& table = a.actors.actors;
    for (int32_t i = 0; i < static_cast<int32_t>(table.size()); ++i) {
      if (!table[i].country().empty()) by_country_.emplace_back(table[i].country(), i);
    }
    std::sort(by_country_.begin(), by_country_.end());
  }

  // Calls `f` with each actor of `actor`'s country, itself among them, in
  // index order; with none when it has no country.
  template <typename F>
  void ForSameCountry(int32_t actor, F f) const {
    const Actor* known = ActorAt(a_, actor);
    if (known == nullptr || known->country().empty()) return;
    const std::string_view country = known->country();
    auto it = std::lower_bound(by_country_.begin(), by_country_.end(), std::make_pair(country, INT32_MIN));
    for (; it != by_country_.end() && it->first == country; ++it) f(it->second);
  }

 private:
  const Analysis& a_;
  // (country, actor index), sorted; the views are into a_'s actors.
  std::vector<std::pair<std::string_view, int32_t>> by_country_;
};

// Whether `actor` or, for a country, one of its people is among `set`:
// "talks between Israel and the mediators" and a visit of Israel's spy chief.
bool Represented(const Analysis& a, const std::vector<ParticipantRef>& set, int32_t actor) {
  if (Contains(set, actor)) return true;
  const Actor* country = ActorAt(a, actor);
  if (country == nullptr || country->kind() != Actor::COUNTRY) return false;
  for (const ParticipantRef& p : set) {
    if (SameSide(a, actor, p.actor)) return true;
  }
  return false;
}

// How many of `parties` have their side among `others`.
int PartiesWithSideAmong(const Analysis& a, const std::vector<ParticipantRef>& parties,
                         const std::vector<ParticipantRef>& others) {
  int count = 0;
  for (const ParticipantRef& p : parties) {
    for (const ParticipantRef& q : others) {
      if (SameSide(a, p.actor, q.actor)) {
        ++count;
        break;
      }
    }
  }
  return count;
}

bool SameTime(const Analysis& a, int32_t x, int32_t y) {
  if (x < 0 || y < 0) return true;
  const TimeExpression& tx = a.times[x];
  const TimeExpression& ty = a.times[y];
  if (tx.value() == ty.value()) return true;
  // One inside the other: "Friday" and "Friday, Aug. 15", "2018" and a day in it.
  const auto inside = [](const TimeExpression& in, const TimeExpression& out) {
    return in.has_interval() && out.has_interval() && in.interval().begin() >= out.interval().begin() &&
           in.interval().end() <= out.interval().end();
  };
  return inside(tx, ty) || inside(ty, tx);
}

bool SamePlace(const Analysis& a, int32_t x, int32_t y) {
  if (x < 0 || y < 0) return true;
  const Place& px = a.places[x].place;
  const Place& py = a.places[y].place;
  if (px.name() == py.name()) return true;
  // "the White House" and "Washington": a seat of power and the city of its
  // region.
  const bool venue = a.places[x].kind == PlaceKind::kVenue || a.places[y].kind == PlaceKind::kVenue;
  if (venue && !px.region().empty() && px.region() == py.region()) return true;
  // "Alaska" and "Anchorage, Alaska": a place and the region it is in.
  return px.name() == py.region() || py.name() == px.region() ||
         (px.region().empty() && py.region().empty() && px.name() == py.country()) ||
         px.name() == py.country() || py.name() == px.country();
}

// A region of no one country ("Middle East", "Asia").
bool WideRegion(const Analysis& a, int32_t place) {
  return place >= 0 && a.places[place].kind == PlaceKind::kRegion && a.places[place].place.country().empty();
}

int32_t LastSentence(const std::vector<EventMention>& mentions, const EventCluster& c) {
  return mentions[c.mentions.back()].sentence;
}

bool RefersBack(const EventMention& m) { return m.definite; }

// Whether time expression `t` begins after the publication day.
bool AfterPublication(const Analysis& a, int32_t t) {
  if (t < 0 || !a.times[t].has_interval()) return false;
  return a.times[t].interval().begin().substr(0, 10) > a.anchor.DayPeriod().Value();
}

bool OneAheadOnePast(Event::Status x, Event::Status y) {
  return (x == Event::OCCURRED && y == Event::SCHEDULED) || (x == Event::SCHEDULED && y == Event::OCCURRED);
}

// Whether mention `m` can be told of event `c`.
bool Compatible(const Analysis& a, const EventMention& m, const EventCluster& c) {
  if (!CompatibleTypes(m.type, c.type)) return false;
  // "made the trip in June" after "restore military talks": a weak word
  // that refers back means an event of its own kind.
  if (m.determined && (m.trigger_flags & kWeak) && m.type != c.type) return false;
  if (m.earlier_occasion && c.status != Event::OCCURRED) return false;
  // "Their last meeting, in April" is not the occasion a headline is news
  // of ("Netanyahu heads to Washington for third Trump meeting").
  if (m.earlier_occasion && c.status_from_heading) return false;
  // "a dinner on Wednesday evening" is not told of "their first encounter".
  if (c.status == Event::OCCURRED && !c.status_from_heading && AfterPublication(a, m.time)) return false;
  // "Blinken heads to Middle East" over "will travel to Egypt and Qatar": a
  // headline's wide region is what the story's places narrow down.
  const bool narrows_region = c.status_from_heading && WideRegion(a, c.place);
  if (!SameTime(a, m.time, c.time) || (!SamePlace(a, m.place, c.place) && !narrows_region)) return false;
  if (m.status_from_cue && m.status == Event::CANCELLED && c.status == Event::OCCURRED && c.time >= 0) return false;
  if (m.party_count != 0 && c.party_count != 0 && m.party_count != c.party_count) return false;
  // "the bilateral meeting" is not one that more parties took part in.
  if (m.party_count != 0 && c.party_count == 0 && PeopleAndGroups(a, c.participants) > m.party_count) return false;
  // "The summit between Trump and Kim" is not told of a meeting of Modi's,
  // nor "a three-way meeting with Putin and Zelensky" of one of Zelensky's
  // with the Europeans: two or more names are all the event's. One name may
  // be a party to something else: "discussed the upcoming meeting with Kim".
  const bool named_between = m.partners.size() >= 2 || a.WordIs(m.trigger_end, "between");
  if (RefersBack(m) && named_between && !m.partners.empty() && !c.participants.empty()) {
    size_t represented = 0;
    for (const ParticipantRef& p : m.partners) represented += Represented(a, c.participants, p.actor);
    if (represented == 0 || (m.partners.size() >= 2 && represented < m.partners.size())) return false;
  }
  // An indefinite noun taken to refer back ("predicted a very successful
  // meeting") still tells by its tense whether it is past or ahead.
  if (RefersBack(m)) return m.determined || c.status_from_heading || !OneAheadOnePast(m.status, c.status);
  // A mention with parties of its own: the same parties, or all of its
  // parties among the event's and two or more of them.
  int shared = 0;
  for (const ParticipantRef& p : m.participants) shared += Contains(c.participants, p.actor);
  const bool subset = shared == static_cast<int>(m.participants.size());
  const bool superset = shared == static_cast<int>(c.participants.size());
  // A lone party told of again with company, as a headline's "Spy chief
  // visits Doha" is by "Barnea visited Qatar on Thursday and met the prime
  // minister": the same kind of event, and nothing else disagrees.
  const bool lone_party_again = c.participants.size() == 1 && shared == 1 && m.type == c.type;
  // Countries and their people (SameSide), side for side with none left
  // over: "Japan, South Korea leaders postpone talks" and Ishiba and Lee,
  // but neither Trump and Rubio for the U.S. and China nor a summit of
  // Germany, France and Poland for Merz and Tusk.
  const int sides = PartiesWithSideAmong(a, m.participants, c.participants);
  const bool side_for_side = sides >= 2 && sides == static_cast<int>(m.participants.size()) &&
                             m.participants.size() == c.participants.size() &&
                             PartiesWithSideAmong(a, c.participants, m.participants) == sides;
  if (!((shared >= 2 && (subset || superset)) || lone_party_again || side_for_side)) return false;
  // A proposed event and a scheduled or past one with the same parties are
  // different occasions ("a second meeting" after "the summit"), as are a
  // past one and one still ahead ("agreed to resume regular visits, after
  // a summit"), unless a headline set the status.
  if ((m.status == Event::PROPOSED) != (c.status == Event::PROPOSED)) return false;
  return c.status_from_heading || !OneAheadOnePast(m.status, c.status);
}

// Actors of the mention's sentence that an event has among its parties: a
// mention that refers back most likely means the event whose parties its
// sentence talks about.
int SentenceOverlap(const Analysis& a, const EventMention& m, const EventCluster& c) {
  if (m.topic_of_other) return 0;
  const Sentence& s = a.sentences[m.sentence];
  int overlap = 0;
  int32_t last = -1;
  for (int32_t i = s.first_token; i < static_cast<int32_t>(s.end_token); ++i) {
    const int32_t mention = a.actor_at(i);
    if (mention < 0 || mention == last) continue;
    last = mention;
    overlap += Contains(c.participants, a.actors.mentions[mention].actor_index);
  }
  return overlap;
}

// Whether the story tells more of event `x` than of `y`: more mentions, or
// as many and a later time ("the bilateral meeting" after Monday's meeting
// and "their February meeting").
bool MoreTold(const Analysis& a, const EventCluster& x, const EventCluster& y) {
  if (x.mentions.size() != y.mentions.size()) return x.mentions.size() > y.mentions.size();
  if (x.time < 0 || y.time < 0 || !a.times[x.time].has_interval() || !a.times[y.time].has_interval()) return false;
  return a.times[x.time].interval().begin() > a.times[y.time].interval().begin();
}

// Sorts event indexes latest first, without repeats.
void Latest(std::vector<int32_t>* events) {
  std::sort(events->begin(), events->end(), std::greater<int32_t>());
  events->erase(std::unique(events->begin(), events->end()), events->end());
}

// The events that can be the antecedent of `m`, latest first: for a mention
// with parties of its own, the events that share one of them (Compatible
// wants one); for one that refers back, the events told of near it and those
// with a party its sentence names (FindAntecedent wants one or the other).
void Candidates(const Analysis& a, const ClusterIndex& index, const ActorsByCountry& by_country,
                const EventMention& m, std::vector<int32_t>* out) {
  out->clear();
  if (!RefersBack(m)) {
    // The events of its parties, and of their countries or their people:
    // asked of the actors of each party's country, not of every actor,
    // which grew with the square of a long document.
    for (const ParticipantRef& p : m.participants) {
      index.WithActor(p.actor, out);
      by_country.ForSameCountry(p.actor, [&](int32_t other) {
        if (other != p.actor && SameSide(a, p.actor, other)) index.WithActor(other, out);
      });
    }
  } else {
    index.ToldFrom(m.sentence - kBareReach, out);
    // Its sentence names the parties of the event it is the topic of.
    if (m.topic_of_other) {
      Latest(out);
      return;
    }
    const Sentence& s = a.sentences[m.sentence];
    int32_t last = -1;
    for (int32_t i = s.first_token; i < static_cast<int32_t>(s.end_token); ++i) {
      const int32_t mention = a.actor_at(i);
      if (mention < 0 || mention == last) continue;
      last = mention;
      index.WithActor(a.actors.mentions[mention].actor_index, out);
    }
  }
  Latest(out);
}

// The compatible event the mention most likely tells of: for a mention with
// parties of its own, the latest; for one that refers back, the one whose
// parties its sentence names most, then the latest, avoiding mere proposals
// unless the mention itself carries a cue. Only the candidates can qualify.
int32_t FindAntecedent(const Analysis& a, const std::vector<EventMention>& mentions,
                       const std::vector<EventCluster>& clusters, const std::vector<int32_t>& candidates,
                       const EventMention& m) {
  int32_t best = -1;
  int best_score = -1;
  // "such a meeting": the occasion just spoken of, proposal or not.
  const bool such = a.WordIs(m.trigger_first - 1, "such") ||
                    (a.WordIs(m.trigger_first - 1, "a") && a.WordIs(m.trigger_first - 2, "such"));
  for (const int32_t c : candidates) {
    const EventCluster& cluster = clusters[c];
    const bool near = m.sentence - LastSentence(mentions, cluster) <= kBareReach;
    if (!Compatible(a, m, cluster)) continue;
    if (!RefersBack(m)) return c;
    const int overlap = SentenceOverlap(a, m, cluster);
    // A far event needs its parties named again to be meant.
    if (!near && overlap == 0) continue;
    int score = 2 * overlap + (near ? 1 : 0);
    if (such) {
      // The latest told of, to the token.
      if (score > best_score ||
          (score == best_score && mentions[cluster.mentions.back()].trigger_first >
                                      mentions[clusters[best].mentions.back()].trigger_first)) {
        best_score = score;
        best = c;
      }
      continue;
    }
    // "the upcoming summit" means a scheduled one; a bare "the meeting" one
    // that is more than a proposal.
    if (m.status_from_cue ? cluster.status == m.status : cluster.status != Event::PROPOSED) score += 2;
    // Between equals, the latest when it was told of in this sentence or the
    // one before; past that, the event the story tells most of ("after the
    // meeting" in a story of a summit, two sentences after an earlier one).
    if (score == best_score && m.sentence - LastSentence(mentions, clusters[best]) > 1 &&
        MoreTold(a, cluster, clusters[best])) {
      best = c;
    }
    if (score > best_score) {
      best_score = score;
      best = c;
    }
  }
  return best;
}

// For "a second meeting": the parties of the compatible event that has
// any and whose parties its sentence names most ("Putin had invited Trump
// to a follow-up summit" after the Alaska meeting and a 2021 one of Biden
// and Putin told in passing), the latest of those.
const EventCluster* EarlierWithParties(const Analysis& a, const std::vector<EventCluster>& clusters,
                                       const EventMention& m) {
  const EventCluster* best = nullptr;
  int best_overlap = -1;
  for (auto it = clusters.rbegin(); it != clusters.rend(); ++it) {
    if (!CompatibleTypes(m.type, it->type) || it->participants.empty()) continue;
    const int overlap = SentenceOverlap(a, m, *it);
    if (overlap > best_overlap) {
      best_overlap = overlap;
      best = &*it;
    }
  }
  return best;
}

void Absorb(const Analysis& a, const EventMention& m, EventCluster* c) {
  for (const ParticipantRef& p : m.participants) {
    if (!Contains(c->participants, p.actor)) c->participants.push_back(p);
  }
  if (c->place < 0 || (m.place >= 0 && WideRegion(a, c->place) && !WideRegion(a, m.place))) c->place = m.place;
  if (c->topic.empty()) c->topic = m.topic;
  if (c->party_count == 0) c->party_count = m.party_count;
  // A later mention gives the time when there was none, or a finer one of
  // the same event ("the summit is scheduled for Friday, Aug. 15"); a dinner
  // on the summit's first evening does not date the summit.
  // A weak word ("conference", "trip") dates only an event of its own type,
  // and not "a second, longer bilateral meeting" with the time of the first.
  if (m.time >= 0) {
    const bool weak = (m.trigger_flags & kWeak) != 0;
    const bool finer = a.times[m.time].granularity() > (c->time < 0 ? 0 : a.times[c->time].granularity());
    const bool same_occasion = !weak && (m.type == c->type || c->time < 0);
    const bool weak_dates = m.type == c->type && !m.repeats_earlier;
    if (c->time < 0 ? (!weak || weak_dates) : (finer && same_occasion)) c->time = m.time;
  }
  // A cue says more than tense: "canceled that meeting" ends a plan. A
  // mention that refers back changes the status only to cancel it.
  const bool may_restate = !m.definite || m.status == Event::CANCELLED;
  if (m.status_from_cue && may_restate && (!c->status_from_cue || m.status == Event::CANCELLED)) {
    c->status = m.status;
    c->status_from_cue = true;
    c->status_from_heading = false;
  }
  const bool in_heading = a.sentences[m.sentence].heading;
  if (c->status_from_heading && !c->status_from_cue && !in_heading && !m.definite) {
    c->status = m.status;
    c->status_from_heading = false;
  }
}

// A weak trigger ("trip", "bilateral", "panel") starts an event only with a
// party and a time or place to go with it; any other only with a party or
// with both a time and a place.
bool CanStartEvent(const EventMention& m) {
  // "the previous round of talks, held in Doha in late July": unnamed
  // parties, but an occasion pinned down by both its time and its place.
  if (m.participants.empty()) return !(m.trigger_flags & kWeak) && m.time >= 0 && m.place >= 0;
  if ((m.trigger_flags & kWeak) && m.time < 0 && m.place < 0 && m.participants.size() < 2) return false;
  return true;
}

// A country or a group of its people drops out of an event's parties where
// one of its people is there, and a group where its country is: the
// story's Ishiba stands for the headline's "Japan", and "China" for
// "Chinese negotiators".
void DropSidesStoodFor(const Analysis& a, EventCluster* c) {
  // People first, then countries, then groups.
  const auto rank = [&](int32_t actor) {
    const Actor* known = ActorAt(a, actor);
    switch (known == nullptr ? Actor::KIND_UNSPECIFIED : known->kind()) {
      case Actor::PERSON: return 3;
      case Actor::COUNTRY: return 2;
      case Actor::GROUP: return 1;
      default: return 0;
    }
  };
  std::vector<ParticipantRef> kept;
  for (const ParticipantRef& p : c->participants) {
    bool stood_for = false;
    for (const ParticipantRef& q : c->participants) {
      stood_for = stood_for || (p.actor != q.actor && rank(p.actor) > 0 && rank(q.actor) > rank(p.actor) &&
                                SameSide(a, p.actor, q.actor));
    }
    if (!stood_for) kept.push_back(p);
  }
  c->participants = std::move(kept);
}

}  // namespace

bool CompatibleTypes(Event::Type a, Event::Type b) { return TypeClass(a) == TypeClass(b) && TypeClass(a) != 0; }

std::vector<EventCluster> GroupMentions(const Analysis& a, std::vector<EventMention>* mentions) {
  std::vector<EventCluster> clusters;
  ClusterIndex index;
  const ActorsByCountry by_country(a);
  std::vector<int32_t> candidates;
  for (int32_t i = 0; i < static_cast<int32_t>(mentions->size()); ++i) {
    EventMention& m = (*mentions)[i];
    if (m.generic) continue;
    int32_t target = -1;
    if (!m.listed && !m.repeats_earlier) {
      Candidates(a, index, by_country, m, &candidates);
      target = FindAntecedent(a, *mentions, clusters, candidates, m);
    }
    // "Zelensky took part": nothing to join, no event.
    if (target < 0 && m.joins_only) continue;
    if (target < 0) {
      // The first mention of its event: what a definite mention names
      // counts, and "a second meeting" is between the earlier parties.
      const EventCluster* earlier = m.repeats_earlier ? EarlierWithParties(a, clusters, m) : nullptr;
      // "Bessent and He Lifeng are due to hold another round of talks":
      // parties named with it, none of them an earlier event's, are its own.
      if (earlier != nullptr && !m.partners.empty() && SentenceOverlap(a, m, *earlier) == 0) earlier = nullptr;
      for (const ParticipantRef& p : m.partners) {
        if (earlier == nullptr && !Contains(m.participants, p.actor)) m.participants.push_back(p);
      }
      if (m.repeats_earlier) {
        // "a second meeting" after an earlier one: between the same parties,
        // and with no time or cue of its own, still a hope.
        if (earlier != nullptr) {
          if (m.participants.empty()) m.participants = earlier->participants;
          if (!m.status_from_cue && m.time < 0) m.status = Event::PROPOSED;
        }
      }
      if (!m.listed && !CanStartEvent(m)) continue;
      if (m.earlier_occasion && !m.status_from_cue) m.status = Event::OCCURRED;
      EventCluster c;
      c.type = m.type;
      c.status = m.status;
      c.status_from_cue = m.status_from_cue;
      c.status_from_heading = !m.status_from_cue && a.sentences[m.sentence].heading;
      c.listed = m.listed;
      c.title = m.title;
      c.topic = m.topic;
      clusters.push_back(std::move(c));
      target = static_cast<int32_t>(clusters.size()) - 1;
    }
    EventCluster& c = clusters[target];
    c.mentions.push_back(i);
    const size_t parties_before = c.participants.size();
    Absorb(a, m, &c);
    // Absorb only appends parties.
    for (size_t p = parties_before; p < c.participants.size(); ++p) index.AddParty(target, c.participants[p].actor);
    index.ToldIn(target, m.sentence);
    m.event = target;
  }
  for (EventCluster& c : clusters) DropSidesStoodFor(a, &c);
  return clusters;
}

}  // namespace chronicle::events
