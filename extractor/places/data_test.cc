// Checks the built-in place data: it loads (the gazetteer aborts otherwise),
// every US place lies in a state of the file, and every country is there.

#include <set>
#include <string>

#include "extractor/places/place_gazetteer.h"
#include "gtest/gtest.h"

namespace chronicle {
namespace {

TEST(PlaceDataTest, LoadsCountriesAndPlaces) {
  const PlaceGazetteer& places = PlaceGazetteer::Default();
  std::set<std::string> countries;
  for (uint32_t i = 0; i < places.num_places(); ++i) {
    if (places.place(i).kind == PlaceKind::kCountry) countries.insert(places.place(i).country_code);
  }
  EXPECT_GE(countries.size(), 190u);
  EXPECT_GT(places.num_places(), 500u);
}

TEST(PlaceDataTest, UsPlacesLieInStates) {
  const PlaceGazetteer& places = PlaceGazetteer::Default();
  std::set<std::string> regions;
  for (uint32_t i = 0; i < places.num_places(); ++i) {
    const PlaceEntry& place = places.place(i);
    if (place.kind == PlaceKind::kState || place.kind == PlaceKind::kRegion) regions.insert(place.name);
  }
  EXPECT_EQ(regions.count("Alaska"), 1u);
  for (uint32_t i = 0; i < places.num_places(); ++i) {
    const PlaceEntry& place = places.place(i);
    if (place.country_code == "US" && !place.region.empty()) {
      EXPECT_EQ(regions.count(place.region), 1u) << place.name << " in " << place.region;
    }
  }
}

TEST(PlaceDataTest, NamesAreUnique) {
  const PlaceGazetteer& places = PlaceGazetteer::Default();
  std::set<std::string> names;
  for (uint32_t i = 0; i < places.num_places(); ++i) {
    const PlaceEntry& place = places.place(i);
    EXPECT_TRUE(names.insert(place.name + "/" + place.country_code).second) << place.name;
  }
}

TEST(PlaceDataTest, AddDataReportsBadLines) {
  PlaceGazetteer places;
  const absl::Status status = places.AddData("Atlantis\t\tcity\t\tXX\n", "mine.tsv");
  EXPECT_EQ(std::string(status.message()), "mine.tsv:1: unknown country \"XX\"");
}

}  // namespace
}  // namespace chronicle
