#include "timeline/chronology.h"

#include <string>

#include "gtest/gtest.h"
#include "timeline/builder.h"
#include "timeline/testing/story.h"

namespace chronicle {
namespace {

using testing::AddEvent;
using testing::Article;

const std::vector<std::string> kLeaders = {"ana-ferreira", "tomas-berg"};

Timeline Story() {
  Timeline wire = Article("wire-1", "2025-09-10", "Leaders plan talks");
  wire.mutable_documents(0)->set_source("https://example.org/wire-1");
  AddEvent(&wire, Event::SUMMIT, Event::SCHEDULED, kLeaders, testing::Day("2025-09-19"),
           "Ferreira and Berg will meet in Tallinn on Friday.", 0)
      ->set_title("Talks on *fishing* rights");
  Timeline radio = Article("radio-2", "2025-09-19");
  *AddEvent(&radio, Event::SUMMIT, Event::OCCURRED, kLeaders, testing::At("2025-09-19T10:30", "Europe/Tallinn"),
            "The summit\nopened at 10:30.", 42)
       ->mutable_location() = testing::MakePlace("Old Town, Tallinn");
  Timeline late = Article("late-3", "2025-09-21");
  AddEvent(&late, Event::MEETING, Event::PROPOSED, kLeaders, std::nullopt, "They may meet again.", 7)
      ->set_topic("the *quota* dispute");
  return BuildTimeline({wire, radio, late}, {});
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

TEST(RenderChronologyTest, OneDatedLinePerEventWithItsSources) {
  const std::vector<std::string> lines = Lines(RenderChronology(Story()));
  ASSERT_EQ(lines.size(), 10u);
  EXPECT_EQ(lines[0], "# Chronology");
  EXPECT_EQ(lines[2], "2 events from 3 documents.");
  EXPECT_EQ(lines[4],
            "- **2025-09-19 10:30 Europe/Tallinn** · occurred · summit · Ana Ferreira, Tomas Berg · "
            "Old Town, Tallinn · *Talks on \\*fishing\\* rights*");
  EXPECT_EQ(lines[5], "  - also reported: scheduled (status)");
  EXPECT_EQ(lines[6],
            "  - [wire-1](<https://example.org/wire-1>) (Leaders plan talks) `wire-1#0-49`: "
            "\"Ferreira and Berg will meet in Tallinn on Friday.\"");
  EXPECT_EQ(lines[7], "  - radio-2 `radio-2#42-69`: \"The summit opened at 10:30.\"");
  EXPECT_EQ(lines[8],
            "- **undated (published 2025-09-21)** · proposed · meeting · Ana Ferreira, Tomas Berg · "
            "on the \\*quota\\* dispute");
  EXPECT_EQ(lines[9], "  - late-3 `late-3#7-27`: \"They may meet again.\"");
}

TEST(RenderChronologyTest, WithoutQuotingGivesSourcesAsLinksOnly) {
  ChronologyOptions options;
  options.quote_text = false;
  const std::vector<std::string> lines = Lines(RenderChronology(Story(), options));
  ASSERT_EQ(lines.size(), 9u);
  EXPECT_EQ(lines[4],
            "- **2025-09-19 10:30 Europe/Tallinn** · occurred · summit · Ana Ferreira, Tomas Berg · Old Town, Tallinn");
  EXPECT_EQ(lines[5], "  - also reported: scheduled (status)");
  EXPECT_EQ(lines[6], "  - sources: `wire-1#0-49`, `radio-2#42-69`");
  EXPECT_EQ(lines[7], "- **undated (published 2025-09-21)** · proposed · meeting · Ana Ferreira, Tomas Berg");
  EXPECT_EQ(lines[8], "  - sources: `late-3#7-27`");
}

TEST(RenderChronologyTest, ListsDisagreeingTimes) {
  Timeline timeline = Story();
  *timeline.mutable_events(0)->add_other_times() = testing::Day("2025-09-20");
  const std::string text = RenderChronology(timeline, {"Tallinn summit"});
  EXPECT_EQ(Lines(text)[0], "# Tallinn summit");
  EXPECT_NE(text.find("  - also reported: 2025-09-20 (time); scheduled (status)\n"), std::string::npos) << text;
}

TEST(RenderChronologyTest, AnEmptyTimelineSaysSo) {
  EXPECT_EQ(RenderChronology(Timeline()), "# Chronology\n\n0 events from 0 documents.\n");
}

}  // namespace
}  // namespace chronicle
