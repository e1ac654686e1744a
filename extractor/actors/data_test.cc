// Checks the built-in data: every line parses (the gazetteer aborts
// otherwise), ids are unique, shared names are marked, offices have titles.

#include <map>
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
    if (actor.kind == Actor::COUNTRY) {
      EXPECT_EQ(actor.country.size(), 2u) << actor.id;
    }
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

namespace chronicle {
namespace {

// Offices one person holds at a time: their terms in one scope must not
// overlap (a handover day may close one and open the next), or titles alone
// would not resolve.
TEST(ActorDataTest, SingleHolderOfficesDoNotOverlap) {
  const ActorGazetteer& gazetteer = ActorGazetteer::Default();
  struct Held {
    std::string id;
    const OfficeTerm* term;
  };
  std::map<std::string, std::vector<Held>> by_office;
  for (uint32_t i = 0; i < gazetteer.num_actors(); ++i) {
    for (const OfficeTerm& term : gazetteer.actor(i).terms) {
      by_office[term.office + "@" + term.scope].push_back({gazetteer.actor(i).id, &term});
    }
  }
  const std::set<std::string> single = {"president", "prime-minister", "chancellor", "monarch", "emir",
                                        "supreme-leader", "crown-prince", "foreign-minister", "defense-minister",
                                        "secretary-general", "director", "vice-president", "speaker"};
  for (const auto& [key, held] : by_office) {
    if (!single.count(key.substr(0, key.find('@')))) continue;
    for (size_t a = 0; a < held.size(); ++a) {
      for (size_t b = a + 1; b < held.size(); ++b) {
        const OfficeTerm& x = *held[a].term;
        const OfficeTerm& y = *held[b].term;
        const DayKey x_to = x.to ? x.to : 99991231;
        const DayKey y_to = y.to ? y.to : 99991231;
        EXPECT_FALSE(x.from < y_to && y.from < x_to) << key << ": " << held[a].id << " and " << held[b].id;
      }
    }
  }
}

}  // namespace
}  // namespace chronicle
