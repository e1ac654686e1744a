// The place recogniser: finds countries, states, regions, cities and venues
// in news text, joining "Anchorage, Alaska", "Osaka, Japan" or "Hamburg,
// Germany" into one place.
//
//   std::vector<PlaceMention> places = FindPlaces(text, tokens);
//   DropPlacesInsideActors(actors.mentions, &places);
//   // "met in Ibiza" -> {text "Ibiza", name "Ibiza", region "Balearic
//   //                    Islands", country "Spain"}
//
// Country adjectives ("Russian") are never places: only names are indexed.
//
// Precedence with the actor recogniser: an actor mention wins over a place
// it overlaps ("Arab Center Washington, D.C.", "the Washington Institute",
// "Israel Katz", the "Ukraine" of "Ukraine President ..."), except that
//  - a country actor ("talks with Russia") leaves the place alone: the
//    event extractor tells the scene from the party by context;
//  - an organisation that is also a venue ("the White House", "the
//    Kremlin") stays a place after "at", "in", "inside", "outside", "to",
//    "from", "near" or a visit's verb ("visited the White House"), and
//    before the name of an occasion ("White House talks").

#ifndef CHRONICLE_EXTRACTOR_PLACES_PLACE_FINDER_H_
#define CHRONICLE_EXTRACTOR_PLACES_PLACE_FINDER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extractor/actors/mention.h"
#include "extractor/places/place_gazetteer.h"
#include "extractor/text/tokenizer.h"
#include "proto/timeline.pb.h"

namespace chronicle {

struct PlaceMention {
  uint32_t begin = 0;        // byte offset of the place as written
  uint32_t end = 0;          // just after it
  uint32_t first_token = 0;  // token span of the same
  uint32_t end_token = 0;
  PlaceKind kind = PlaceKind::kCity;
  // text as written ("Anchorage, Alaska"), canonical name, region, country.
  Place place;
};

// Finds the places of `text` (tokens from Tokenize), in text order.
std::vector<PlaceMention> FindPlaces(std::string_view text, const std::vector<Token>& tokens,
                                     const PlaceGazetteer& gazetteer = PlaceGazetteer::Default());

// Drops the places that an actor mention or its title covers, by the
// precedence above. `tokens` and `text` are those both were found in.
void DropPlacesInsideActors(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<ActorMention>& actors, std::vector<PlaceMention>* places);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_PLACES_PLACE_FINDER_H_
