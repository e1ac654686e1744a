// The place gazetteer: countries (taken from the actor gazetteer, so each is
// listed once), US states, regions, cities and venues, indexed by a
// PhraseIndex so that finding places costs one hash lookup per word.
//
//   const PlaceGazetteer& places = PlaceGazetteer::Default();
//   // "Anchorage" -> {name "Anchorage", region "Alaska", country "US", kCity}

#ifndef CHRONICLE_EXTRACTOR_PLACES_PLACE_GAZETTEER_H_
#define CHRONICLE_EXTRACTOR_PLACES_PLACE_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "extractor/actors/gazetteer.h"
#include "extractor/actors/phrase_index.h"

namespace chronicle {

enum class PlaceKind : uint8_t { kCountry, kState, kRegion, kCity, kVenue };

struct PlaceEntry {
  std::string name;          // "Anchorage"
  std::string region;        // "Alaska"; empty when none
  std::string country_code;  // "US"; empty for seas and wider regions
  PlaceKind kind = PlaceKind::kCity;
  // CountryName(country_code) when the place was added ("United States"),
  // so that each place found does not look it up again; empty with no code.
  std::string country_name;
};

class PlaceGazetteer {
 public:
  // Loads the countries of `actors` and the built-in places.tsv; a broken
  // built-in file is a bug and aborts.
  explicit PlaceGazetteer(const ActorGazetteer& actors = ActorGazetteer::Default());
  PlaceGazetteer(const PlaceGazetteer&) = delete;
  PlaceGazetteer& operator=(const PlaceGazetteer&) = delete;

  // The built-in gazetteer, loaded once per process.
  static const PlaceGazetteer& Default();

  // Adds places with the columns of places.tsv; errors name source and line.
  absl::Status AddData(std::string_view bytes, std::string_view source);

  const PhraseIndex& index() const { return index_; }
  size_t num_places() const { return places_.size(); }
  const PlaceEntry& place(uint32_t index) const { return places_[index]; }
  // "US" -> "United States"; the code itself when unknown.
  std::string CountryName(std::string_view code) const;

 private:
  void Add(PlaceEntry entry, const std::vector<std::string_view>& aliases);

  const ActorGazetteer& actors_;
  PhraseIndex index_;
  std::vector<PlaceEntry> places_;
};

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_PLACES_PLACE_GAZETTEER_H_
