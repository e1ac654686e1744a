#include "extractor/actors/gazetteer.h"

#include "gtest/gtest.h"

namespace chronicle {
namespace {

TEST(ActorGazetteerTest, FindsActorsAndOffices) {
  const ActorGazetteer& gazetteer = ActorGazetteer::Default();
  const auto putin = gazetteer.FindActor("vladimir-putin");
  ASSERT_TRUE(putin);
  EXPECT_EQ(gazetteer.actor(*putin).kind, Actor::PERSON);
  EXPECT_EQ(gazetteer.actor(*putin).country, "RU");
  bool found = false;
  for (const OfficeHolder& holder : gazetteer.Holders("president", "RU")) found |= holder.actor == *putin;
  EXPECT_TRUE(found);
  EXPECT_EQ(gazetteer.LeaderOffices("DE").front(), "chancellor");
  EXPECT_EQ(gazetteer.LeaderOffices("XX").front(), "president");
  EXPECT_EQ(gazetteer.ScopeName("RU"), "Russia");
  EXPECT_EQ(gazetteer.ScopeName("nato"), "NATO");
  const auto pm = gazetteer.FindOffice("prime-minister");
  ASSERT_TRUE(pm);
  EXPECT_EQ(gazetteer.OfficeDisplay(*pm), "Prime Minister");
}

TEST(ActorGazetteerTest, AddDataExtendsTheGazetteer) {
  ActorGazetteer gazetteer;
  const size_t before = gazetteer.num_actors();
  const absl::Status status = gazetteer.AddData(
      "# my people\n"
      "jane-roe\tperson\tJane Roe\tRoe\tUS\tenvoy:US:2030-\n",
      "mine.tsv");
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(gazetteer.num_actors(), before + 1);
  EXPECT_TRUE(gazetteer.FindActor("jane-roe"));
}

TEST(ActorGazetteerTest, BadLinesNameFileAndLine) {
  ActorGazetteer gazetteer;
  absl::Status status = gazetteer.AddData("\n# comment\njane-roe\tpersn\tJane Roe\n", "mine.tsv");
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(std::string(status.message()), "mine.tsv:3: unknown kind \"persn\"");
  status = gazetteer.AddData("vladimir-putin\tperson\tVladimir Putin\n", "dup.tsv");
  EXPECT_EQ(std::string(status.message()), "dup.tsv:1: duplicate id \"vladimir-putin\"");
  status = gazetteer.AddData("x-y\tperson\tX Y\t\tUS\tenvoy:US:later\n", "terms.tsv");
  EXPECT_NE(std::string(status.message()).find("terms.tsv:1: bad office term"), std::string::npos);
  status = gazetteer.AddData("Bad Id\tperson\tX\n", "ids.tsv");
  EXPECT_FALSE(status.ok());
  status = gazetteer.AddData("x\tperson\n", "short.tsv");
  EXPECT_EQ(std::string(status.message()), "short.tsv:1: needs at least id, kind and name");
}

TEST(ActorGazetteerTest, AddFileReportsMissingFiles) {
  ActorGazetteer gazetteer;
  EXPECT_FALSE(gazetteer.AddFile("/nonexistent/actors.tsv").ok());
}

}  // namespace
}  // namespace chronicle
