#include "extractor/places/place_finder.h"

#include <algorithm>

#include "extractor/actors/fold.h"

namespace chronicle {
namespace {

bool IsComma(const Token& token) { return token.kind == TokenKind::kPunct && token.punct == ','; }

// True when `outer` is the state, region or country `inner` lies in.
bool Encloses(const PlaceEntry& outer, const PlaceEntry& inner) {
  if (outer.kind == PlaceKind::kCity || outer.kind == PlaceKind::kVenue) return false;
  if (!inner.region.empty() && outer.name == inner.region) return true;
  return outer.kind == PlaceKind::kCountry && !inner.country_code.empty() &&
         outer.country_code == inner.country_code;
}

// Whether the token's folded word is one of `words`.
template <size_t N>
bool WordIn(std::string_view text, const Token& token, const std::string_view (&words)[N]) {
  char buffer[kMaxFoldedWord];
  const std::string_view word = FoldWord(token.text(text), buffer, sizeof buffer);
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// Words after which an organisation that is also a venue is the scene; a
// visit's verb among them ("visited the White House").
bool IsLocativeWord(std::string_view text, const Token& token) {
  static constexpr std::string_view kWords[] = {"at",     "in",      "inside",   "outside", "to",     "from",
                                                "near",   "visit",   "visits",   "visited", "visiting",
                                                "toured", "touring"};
  return WordIn(text, token, kWords);
}

bool Overlaps(uint32_t begin, uint32_t end, uint32_t other_begin, uint32_t other_end) {
  return begin < other_end && other_begin < end;
}

class PlaceScan {
 public:
  PlaceScan(std::string_view text, const std::vector<Token>& tokens, const PlaceGazetteer& gazetteer)
      : text_(text), tokens_(tokens), gazetteer_(gazetteer) {}

  std::vector<PlaceMention> Run() {
    std::vector<PlaceMention> found;
    // About one token in twenty-five is a place; moving the found places as
    // the vector grows cost more than this room.
    found.reserve(tokens_.size() / 16 + 4);
    const PhraseIndex& index = gazetteer_.index();
    const size_t n = tokens_.size();
    // Only the words past the index's filter are looked up.
    for (size_t i = index.NextCandidate(text_, tokens_, 0); i < n;) {
      matches_.clear();
      index.MatchCandidate(text_, tokens_, i, &matches_);
      if (matches_.empty()) {
        i = index.NextCandidate(text_, tokens_, i + 1);
        continue;
      }
      found.push_back(MentionAt(i));
      i = index.NextCandidate(text_, tokens_, found.back().end_token);
    }
    return found;
  }

 private:
  // The place starting at token `i`, whose matches are in `matches_`,
  // joined with its state or country after a comma.
  PlaceMention MentionAt(size_t i) {
    const uint32_t end = matches_[0].end_token;
    const PlaceEntry* chosen = &gazetteer_.place(matches_[0].value);
    uint32_t mention_end = end;
    if (end + 1 < tokens_.size() && IsComma(tokens_[end])) {
      std::vector<PhraseMatch> after;
      gazetteer_.index().MatchAt(text_, tokens_, end + 1, &after);
      for (const PhraseMatch& outer : after) {
        for (const PhraseMatch& inner : matches_) {
          if (inner.end_token != end) break;
          if (Encloses(gazetteer_.place(outer.value), gazetteer_.place(inner.value))) {
            chosen = &gazetteer_.place(inner.value);
            mention_end = outer.end_token;
            break;
          }
        }
        if (mention_end != end) break;
      }
    }
    PlaceMention mention;
    mention.first_token = static_cast<uint32_t>(i);
    mention.end_token = mention_end;
    mention.begin = tokens_[i].begin;
    mention.end = tokens_[mention_end - 1].end;
    mention.kind = chosen->kind;
    mention.place.set_text(std::string(text_.substr(mention.begin, mention.end - mention.begin)));
    mention.place.set_name(chosen->name);
    mention.place.set_region(chosen->region);
    if (!chosen->country_code.empty()) mention.place.set_country(chosen->country_name);
    return mention;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const PlaceGazetteer& gazetteer_;
  std::vector<PhraseMatch> matches_;
};

// True when a locative word stands before token `first`, perhaps with "the"
// between: "at the White House".
bool AfterLocative(std::string_view text, const std::vector<Token>& tokens, uint32_t first) {
  if (first == 0) return false;
  char buffer[kMaxFoldedWord];
  if (FoldWord(tokens[first - 1].text(text), buffer, sizeof buffer) == "the") --first;
  return first > 0 && IsLocativeWord(text, tokens[first - 1]);
}

// True when the name of an occasion follows the place: "White House
// talks", "a Kremlin dinner" name where something is held ("the Elysee
// said" does not).
bool ModifiesNoun(std::string_view text, const std::vector<Token>& tokens, const PlaceMention& place) {
  static constexpr std::string_view kOccasions[] = {"talks",   "meeting", "meetings",  "summit", "dinner", "lunch",
                                                    "banquet", "ceremony", "reception", "visit",  "briefing"};
  const uint32_t next = place.end_token;
  return next < tokens.size() && tokens[next].kind == TokenKind::kWord && WordIn(text, tokens[next], kOccasions);
}

bool HasTitle(const ActorMention& actor) { return actor.title_begin < actor.title_end; }

// Where an actor mention starts, its title included.
uint32_t ActorStart(const ActorMention& actor) {
  return HasTitle(actor) ? std::min(actor.begin, actor.title_begin) : actor.begin;
}

// True when the actor mention takes precedence over the place.
bool ActorWins(std::string_view text, const std::vector<Token>& tokens, const ActorMention& actor,
               const PlaceMention& place) {
  if (HasTitle(actor) && Overlaps(place.begin, place.end, actor.title_begin, actor.title_end)) return true;
  if (!Overlaps(place.begin, place.end, actor.begin, actor.end)) return false;
  if (actor.kind == Actor::COUNTRY) return false;
  const bool venue_scene = actor.kind == Actor::ORGANISATION && place.kind == PlaceKind::kVenue &&
                           (AfterLocative(text, tokens, place.first_token) || ModifiesNoun(text, tokens, place));
  return !venue_scene;
}

}  // namespace

std::vector<PlaceMention> FindPlaces(std::string_view text, const std::vector<Token>& tokens,
                                     const PlaceGazetteer& gazetteer) {
  return PlaceScan(text, tokens, gazetteer).Run();
}

// Each place used to be tried against every actor before it, which is
// quadratic in a long document. Two running maxima over the actors in order
// keep the same answer: the scan stopped at the first actor that starts at
// or after the place's end (the first whose running maximum start reaches
// it), and no actor that ends, title included, by the place's begin can win
// (nor can any before the first whose running maximum end passes it).
void DropPlacesInsideActors(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<ActorMention>& actors, std::vector<PlaceMention>* places) {
  std::vector<uint32_t> max_start(actors.size());
  std::vector<uint32_t> max_reach(actors.size());
  uint32_t start = 0;
  uint32_t reach = 0;
  for (size_t a = 0; a < actors.size(); ++a) {
    start = std::max(start, ActorStart(actors[a]));
    reach = std::max({reach, actors[a].end, HasTitle(actors[a]) ? actors[a].title_end : 0u});
    max_start[a] = start;
    max_reach[a] = reach;
  }
  const auto covered = [&](const PlaceMention& place) {
    const size_t stop = std::lower_bound(max_start.begin(), max_start.end(), place.end) - max_start.begin();
    const size_t first = std::upper_bound(max_reach.begin(), max_reach.end(), place.begin) - max_reach.begin();
    for (size_t a = first; a < stop; ++a) {
      if (ActorWins(text, tokens, actors[a], place)) return true;
    }
    return false;
  };
  places->erase(std::remove_if(places->begin(), places->end(), covered), places->end());
}

}  // namespace chronicle
