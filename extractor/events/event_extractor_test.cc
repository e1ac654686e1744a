// Runs the event examples of testdata/events.examples through the whole
// per-document pipeline and checks the events each story gives.

#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extractor/pipeline.h"
#include "gtest/gtest.h"

namespace chronicle {
namespace {

struct Expected {
  std::string type, status, time, place;
  std::vector<std::string> parties;
  bool only_these_parties = false;  // the list ends with "; only"
};

struct Story {
  int line = 0;
  std::string published;
  std::string text;
  std::vector<Expected> events;
  int count = -1;
};

Expected ParseEvent(const std::string& spec) {
  Expected e;
  const std::vector<std::string> parts = absl::StrSplit(spec, '|');
  const std::vector<std::string> head = absl::StrSplit(absl::StripAsciiWhitespace(parts[0]), ' ', absl::SkipEmpty());
  e.type = head.at(0);
  e.status = head.at(1);
  e.time = head.at(2);
  e.place = std::string(absl::StripAsciiWhitespace(parts.at(1)));
  for (absl::string_view p : absl::StrSplit(parts.at(2), ';', absl::SkipEmpty())) {
    e.parties.emplace_back(absl::StripAsciiWhitespace(p));
  }
  if (!e.parties.empty() && e.parties.back() == "only") {
    e.parties.pop_back();
    e.only_these_parties = true;
  }
  return e;
}

std::vector<Story> ReadStories(const std::string& path) {
  std::ifstream in(path);
  std::vector<Story> stories;
  std::string line, published;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    if (absl::StartsWith(line, "@published ")) {
      published = line.substr(11);
      stories.emplace_back();
      stories.back().published = published;
      stories.back().line = number;
    } else if (absl::StartsWith(line, "text: ")) {
      stories.back().text = absl::StrReplaceAll(line.substr(6), {{"\\n", "\n"}});
    } else if (absl::StartsWith(line, "event: ")) {
      stories.back().events.push_back(ParseEvent(line.substr(7)));
    } else if (absl::StartsWith(line, "events: ")) {
      stories.back().count = std::stoi(line.substr(8));
    } else {
      // A story's text is one line ("\n" for a line break): a second line
      // would be dropped without a word.
      ADD_FAILURE() << path << ":" << number << ": not a comment, @published, text:, event: or events: line";
    }
  }
  return stories;
}

std::string Describe(const Timeline& t) {
  std::vector<std::string> out;
  for (const Event& e : t.events()) {
    std::vector<std::string> ids;
    for (const Participant& p : e.participants()) ids.push_back(p.actor_id());
    out.push_back(absl::StrCat(Event::Type_Name(e.type()), " ", Event::Status_Name(e.status()), " ",
                               e.has_time() ? e.time().value() : "-", " | ", e.location().name(), " | ",
                               absl::StrJoin(ids, "; ")));
  }
  return out.empty() ? "no events" : absl::StrJoin(out, "\n       ");
}

bool Matches(const Event& e, const Expected& x) {
  if (Event::Type_Name(e.type()) != x.type || Event::Status_Name(e.status()) != x.status) return false;
  if ((e.has_time() ? e.time().value() : "-") != x.time) return false;
  if (x.place == "none" && !e.location().name().empty()) return false;
  if (x.place != "-" && x.place != "none" && e.location().name() != x.place) return false;
  for (const std::string& party : x.parties) {
    bool found = false;
    for (const Participant& p : e.participants()) found = found || p.actor_id() == party;
    if (!found) return false;
  }
  return !x.only_these_parties || e.participants_size() == static_cast<int>(x.parties.size());
}

TEST(EventExtractorTest, ExamplesGiveTheirEvents) {
  const std::vector<Story> stories = ReadStories("extractor/events/testdata/events.examples");
  ASSERT_GT(stories.size(), 10u);
  absl::StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create({});
  ASSERT_TRUE(pipeline.ok());
  for (const Story& story : stories) {
    DocumentInput input;
    input.id = absl::StrCat("story", story.line);
    input.published = story.published;
    input.text = story.text;
    absl::StatusOr<Timeline> got = (*pipeline)->Extract(input);
    ASSERT_TRUE(got.ok()) << got.status();
    const std::string where = absl::StrCat("events.examples:", story.line, ": ", story.text, "\n  got: ", Describe(*got));
    if (story.count >= 0) {
      EXPECT_EQ(got->events_size(), story.count) << where;
    }
    for (const Expected& x : story.events) {
      bool found = false;
      for (const Event& e : got->events()) found = found || Matches(e, x);
      EXPECT_TRUE(found) << where << "\n  missing: " << x.type << " " << x.status << " " << x.time << " | "
                         << x.place << " | " << absl::StrJoin(x.parties, "; ");
    }
  }
}

TEST(EventExtractorTest, MentionsPointAtTheirWordsAndEveryMentionOfOneEventIsKept) {
  absl::StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create({});
  ASSERT_TRUE(pipeline.ok());
  const std::string text =
      "Merz met Macron in Berlin on Tuesday. The meeting lasted two hours. Aides praised the meeting.";
  DocumentInput input{"d", "2025-08-13", "", "", "", text};
  absl::StatusOr<Timeline> got = (*pipeline)->Extract(input);
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->events_size(), 1) << Describe(*got);
  const Event& e = got->events(0);
  ASSERT_EQ(e.mentions_size(), 3);
  for (const Mention& m : e.mentions()) {
    EXPECT_EQ(m.document_id(), "d");
    EXPECT_EQ(text.substr(m.trigger_begin(), m.trigger().size()), m.trigger());
    EXPECT_LE(m.begin(), m.trigger_begin());
    EXPECT_EQ(text.substr(m.sentence_begin(), m.sentence().size()), m.sentence());
  }
  EXPECT_EQ(e.time_source(), Event::SAME_SENTENCE);
}

// What each story's one event is about, "" for none.
TEST(EventExtractorTest, TopicIsWhatTheEventIsAbout) {
  absl::StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create({});
  ASSERT_TRUE(pipeline.ok());
  const std::pair<std::string, std::string> stories[] = {
      {"Senate Majority Leader John Thune met House Speaker Mike Johnson on Wednesday to discuss the spending bill.",
       "the spending bill"},
      {"Merz spoke by phone with Macron on Sunday about the ceasefire plan.", "the ceasefire plan"},
      {"Merz and Macron held talks on a joint fighter jet in Paris on Monday, officials said.", "a joint fighter jet"},
      {"Blinken met Wang Yi on the sidelines of the summit on Friday.", ""},
      {"Merz met Macron on Friday, and the talks were held on condition of anonymity.", ""},
      {"Merz and Macron met in Paris on Friday for one-on-one talks.", ""},
  };
  for (const auto& [text, topic] : stories) {
    absl::StatusOr<Timeline> got = (*pipeline)->Extract({"d", "2025-08-13", "", "", "", text});
    ASSERT_TRUE(got.ok());
    ASSERT_EQ(got->events_size(), 1) << text << "\n" << Describe(*got);
    EXPECT_EQ(got->events(0).topic(), topic) << text;
  }
}

}  // namespace
}  // namespace chronicle
