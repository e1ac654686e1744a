#include "timeline/timeline_io.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "timeline/builder.h"
#include "timeline/testing/story.h"

namespace chronicle {
namespace {

Timeline SmallTimeline() {
  Timeline article = testing::Article("note-1", "2025-09-01", "A note");
  testing::AddEvent(&article, Event::CALL, Event::OCCURRED, {"tomas-berg", "omar-haddad"}, testing::Day("2025-08-31"),
                    "Berg phoned Haddad.", 0);
  return BuildTimeline({article}, {});
}

std::string TempPath(const std::string& name) {
  const char* dir = std::getenv("TEST_TMPDIR");
  return std::string(dir ? dir : "/tmp") + "/" + name;
}

void WriteRaw(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

TEST(TimelineFormatTest, NamesAndExtensions) {
  EXPECT_EQ(ParseTimelineFormat("JSON"), TimelineFormat::kJson);
  EXPECT_EQ(ParseTimelineFormat("pbtxt"), TimelineFormat::kTextproto);
  EXPECT_EQ(ParseTimelineFormat("binary"), TimelineFormat::kBinary);
  EXPECT_EQ(ParseTimelineFormat("yaml"), std::nullopt);
  EXPECT_EQ(TimelineFormatFromPath("out/story.bin"), TimelineFormat::kBinary);
  EXPECT_EQ(TimelineFormatFromPath("story.txtpb"), TimelineFormat::kTextproto);
  EXPECT_EQ(TimelineFormatFromPath("dir.v2/story"), std::nullopt);
  EXPECT_EQ(TimelineFormatFromPath("-"), std::nullopt);
}

TEST(TimelineIoTest, RoundTripsEveryFormatByExtension) {
  const Timeline timeline = SmallTimeline();
  for (const auto& [name, format] : {std::pair<std::string, TimelineFormat>{"t.pb", TimelineFormat::kBinary},
                                     {"t.json", TimelineFormat::kJson},
                                     {"t.textproto", TimelineFormat::kTextproto}}) {
    const std::string path = TempPath(name);
    ASSERT_TRUE(WriteTimeline(path, timeline, format).ok()) << name;
    const absl::StatusOr<Timeline> read = ReadTimeline(path);
    ASSERT_TRUE(read.ok()) << read.status();
    EXPECT_EQ(read->SerializeAsString(), timeline.SerializeAsString()) << name;
  }
}

TEST(TimelineIoTest, DetectsTheFormatFromContentWithoutExtension) {
  const Timeline timeline = SmallTimeline();
  for (const TimelineFormat format : {TimelineFormat::kBinary, TimelineFormat::kJson, TimelineFormat::kTextproto}) {
    const std::string path = TempPath("no_extension");
    WriteRaw(path, SerializeTimeline(timeline, format));
    const absl::StatusOr<Timeline> read = ReadTimeline(path);
    ASSERT_TRUE(read.ok()) << read.status();
    EXPECT_EQ(read->events(0).id(), timeline.events(0).id());
  }
}

TEST(TimelineIoTest, JsonPrintsZeroOffsets) {
  const std::string json = SerializeTimeline(SmallTimeline(), TimelineFormat::kJson);
  EXPECT_NE(json.find("\"begin\": 0"), std::string::npos) << json;
  EXPECT_NE(json.find("\"documentId\": \"note-1\""), std::string::npos);
}

TEST(TimelineIoTest, TruncatedProtobufIsAClearError) {
  const std::string bytes = SerializeTimeline(SmallTimeline(), TimelineFormat::kBinary);
  const std::string path = TempPath("cut.pb");
  WriteRaw(path, bytes.substr(0, bytes.size() - 3));
  const absl::StatusOr<Timeline> read = ReadTimeline(path);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(), "'" + path + "' is not a chronicle timeline (truncated or corrupt protobuf)");
}

TEST(TimelineIoTest, EmptyMissingAndMalformedFilesAreErrors) {
  const std::string empty = TempPath("empty.pb");
  WriteRaw(empty, "");
  EXPECT_EQ(ReadTimeline(empty).status().message(), "'" + empty + "' is empty");
  EXPECT_NE(ReadTimeline(TempPath("missing.pb")).status().message().find("cannot read"), std::string::npos);
  const std::string json = TempPath("bad.json");
  WriteRaw(json, "{\"events\": [{\"type\": \"PARTY\"}]}");
  const std::string message(ReadTimeline(json).status().message());
  EXPECT_NE(message.find("is not a chronicle timeline (bad JSON"), std::string::npos) << message;
  const std::string text = TempPath("bad.textproto");
  WriteRaw(text, "events { colour: 3 }\n");
  const std::string text_message(ReadTimeline(text).status().message());
  EXPECT_NE(text_message.find("line 1, column"), std::string::npos) << text_message;
}

TEST(TimelineIoTest, WriteReplacesTheFileWhole) {
  const std::string path = TempPath("replace.json");
  WriteRaw(path, std::string(100000, 'x'));
  ASSERT_TRUE(WriteTimeline(path, SmallTimeline(), TimelineFormat::kJson).ok());
  std::ifstream in(path);
  std::stringstream content;
  content << in.rdbuf();
  EXPECT_EQ(content.str(), SerializeTimeline(SmallTimeline(), TimelineFormat::kJson));
}

}  // namespace
}  // namespace chronicle
