// Checks the built-in data: every line parses (the gazetteer aborts
// otherwise), ids are unique, shared names are marked, offices have titles.

#include <set>

#include "extractor/actors/actors_data.h"
#include "extractor/actors/gazetteer.h"
#include "extractor/actors/tsv.h"
#include "gtest/gtest.h"

namespace chronicle {
namespace {

TEST(ActorDataTest, LoadsWithoutProblems) {
  const ActorGazetteer& gazetteer = ActorGazetteer::Default();
  EXPECT_GT(gazetteer.num_actors(), 500u);
  for (const std::string& problem : gazetteer.DataProblems()) ADD_FAILURE() << problem;
}

TEST(ActorDataTest, IdsAreUniqueSlugs) {
  std::set<std::string> ids;
  TsvReader reader(actors_data::File("actors.tsv"));
  TsvRecord record;
  while (reader.Next(&record)) {
    EXPECT_TRUE(ids.insert(std::string(record.field(0))).second) << "line " << record.line;
  }
  EXPECT_EQ(ids.size(), ActorGazetteer::Default().num_actors());
}

TEST(ActorDataTest, EveryCountryHasItsCode) {
  const ActorGazetteer& gazetteer = ActorGazetteer::Default();
  for (uint32_t i = 0; i < gazetteer.num_actors(); ++i) {
    const GazetteerActor& actor = gazetteer.actor(i);
    if (actor.kind == Actor::COUNTRY) EXPECT_EQ(actor.country.size(), 2u) << actor.id;
  }
  for (const char* code : {"US", "RU", "UA", "QA", "IL", "TR", "KP", "VE", "DE", "GB"}) {
    EXPECT_TRUE(gazetteer.FindCountry(code)) << code;
  }
}

TEST(ActorDataTest, OfficeScopesAreCountriesOrActors) {
  const ActorGazetteer& gazetteer = ActorGazetteer::Default();
  for (uint32_t i = 0; i < gazetteer.num_actors(); ++i) {
    for (const OfficeTerm& term : gazetteer.actor(i).terms) {
      EXPECT_TRUE(gazetteer.FindCountry(term.scope) || gazetteer.FindActor(term.scope))
          << gazetteer.actor(i).id << " " << term.scope;
    }
  }
}

TEST(ActorDataTest, WordListsLoad) {
  for (const char* name : {"titles.tsv", "group_nouns.tsv", "name_words.tsv", "leaders.tsv"}) {
    EXPECT_FALSE(actors_data::File(name).empty()) << name;
  }
}

}  // namespace
}  // namespace chronicle
