#include "extractor/places/place_finder.h"

#include <string>

#include "extractor/actors/actor_finder.h"
#include "extractor/text/sentences.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace chronicle {
namespace {

using ::testing::ElementsAre;

// "text -> name / region / country" for each place, after the actors of the
// same text took their precedence.
std::vector<std::string> Places(const std::string& text) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<PlaceMention> places = FindPlaces(text, tokens);
  const ActorsFound actors = FindActors(text, tokens, SplitSentences(text, tokens), "2025-08-13");
  DropPlacesInsideActors(text, tokens, actors.mentions, &places);
  std::vector<std::string> out;
  for (const PlaceMention& m : places) {
    out.push_back(m.place.text() + " -> " + m.place.name() + " / " + m.place.region() + " / " + m.place.country());
  }
  return out;
}

TEST(FindPlacesTest, CitiesWithTheirRegionAndCountry) {
  EXPECT_THAT(Places("The leaders meet in Anchorage on Friday; aides flew on to Ibiza and Doha."),
              ElementsAre("Anchorage -> Anchorage / Alaska / United States", "Ibiza -> Ibiza / Balearic Islands / Spain",
                          "Doha -> Doha /  / Qatar"));
}

TEST(FindPlacesTest, CityCommaStateOrCountryIsOnePlace) {
  EXPECT_THAT(Places("Summits were held in Anchorage, Alaska, in Osaka, Japan, and in Hamburg, Germany."),
              ElementsAre("Anchorage, Alaska -> Anchorage / Alaska / United States",
                          "Osaka, Japan -> Osaka /  / Japan", "Hamburg, Germany -> Hamburg /  / Germany"));
}

TEST(FindPlacesTest, CommaWithoutEnclosingPlaceDoesNotJoin) {
  EXPECT_THAT(Places("From Istanbul, Helsinki and Minsk."),
              ElementsAre("Istanbul -> Istanbul /  / Turkey", "Helsinki -> Helsinki /  / Finland",
                          "Minsk -> Minsk /  / Belarus"));
}

TEST(FindPlacesTest, SpellingsAndCountries) {
  EXPECT_THAT(Places("Kiev, now Kyiv, is in Ukraine; Türkiye is Turkey."),
              ElementsAre("Kiev -> Kyiv /  / Ukraine", "Kyiv -> Kyiv /  / Ukraine",
                          "Ukraine -> Ukraine /  / Ukraine", "Türkiye -> Turkey /  / Turkey",
                          "Turkey -> Turkey /  / Turkey"));
}

TEST(FindPlacesTest, AdjectivesAreNotPlaces) {
  EXPECT_TRUE(Places("Russian and Qatari officials met American envoys.").empty());
}

TEST(FindPlacesTest, OrganisationsHidePlacesInTheirNames) {
  EXPECT_THAT(Places("Arab Center Washington, D.C., noon. The Washington Institute hosts a panel in Washington."),
              ElementsAre("Washington -> Washington, D.C. / District of Columbia / United States"));
}

TEST(FindPlacesTest, TitlesAndPeopleHidePlaces) {
  EXPECT_TRUE(Places("Ukraine President Volodymyr Zelensky thanked Israel Katz.").empty());
}

TEST(FindPlacesTest, VenuesThatHoldAnOccasion) {
  EXPECT_THAT(Places("The Elysee said they would join Zelensky for White House talks."),
              ElementsAre("White House -> White House / District of Columbia / United States"));
  EXPECT_THAT(Places("Macron visited the Kremlin."), ElementsAre("Kremlin -> Kremlin / Moscow / Russia"));
}

TEST(FindPlacesTest, VenuesThatAreOrganisations) {
  EXPECT_THAT(Places("The White House said they met at the White House and at Camp David."),
              ElementsAre("White House -> White House / District of Columbia / United States",
                          "Camp David -> Camp David / Maryland / United States"));
}

TEST(FindPlacesTest, CountriesStayPlacesBesideCountryActors) {
  EXPECT_THAT(Places("Talks with Russia took place in Turkey."),
              ElementsAre("Russia -> Russia /  / Russia", "Turkey -> Turkey /  / Turkey"));
}

TEST(FindPlacesTest, NeedsCapitals) { EXPECT_TRUE(Places("they ate turkey in the nice weather").empty()); }

}  // namespace
}  // namespace chronicle
