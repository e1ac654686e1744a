// AppendIndentedJson must give MessageToJsonString's bytes exactly (with
// add_whitespace and always_print_primitive_fields): on merged timelines,
// on empty and partly set messages, on every code point's escaping, and on
// floats; and must refuse what it does not write.

#include "timeline/json_printer.h"

#include <algorithm>
#include <string>

#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "timeline/builder.h"
#include "timeline/testing/story.h"

namespace chronicle {
namespace {

std::string Protobuf(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = true;
  std::string json;
  EXPECT_TRUE(google::protobuf::util::MessageToJsonString(message, &json, options).ok());
  return json;
}

std::string Ours(const google::protobuf::Message& message) {
  std::string json;
  EXPECT_TRUE(AppendIndentedJson(message, &json));
  return json;
}

std::string Utf8(uint32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | cp >> 6);
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | cp >> 12);
    s += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | cp >> 18);
    s += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
    s += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

TEST(JsonPrinterTest, MergedStory) {
  std::vector<Timeline> articles;
  for (int i = 0; i < 3; ++i) {
    Timeline a = testing::Article("wire-" + std::to_string(i), "2025-09-1" + std::to_string(i), "Leaders \"meet\"\n");
    Event* e = testing::AddEvent(&a, Event::SUMMIT, Event::SCHEDULED, {"ana-ferreira", "tomas-berg"},
                                 testing::Day("2025-09-19"), "Ferreira and Berg will meet in Tallinn on Friday.", 120);
    *e->mutable_location() = testing::MakePlace("Tallinn", "Tallinn", "", "Estonia");
    *e->add_other_times() = testing::Month("2025-09");
    articles.push_back(std::move(a));
  }
  const Timeline merged = BuildTimeline(std::move(articles), BuildOptions());
  ASSERT_GT(merged.events_size(), 0);
  EXPECT_EQ(Ours(merged), Protobuf(merged));
}

TEST(JsonPrinterTest, EmptyAndPartlySetMessages) {
  EXPECT_EQ(Ours(Timeline()), Protobuf(Timeline()));
  Event event;
  event.mutable_location();  // set, with nothing in it
  event.add_mentions();
  event.set_confidence(0.55f);
  EXPECT_EQ(Ours(event), Protobuf(event));
  Timeline timeline;
  timeline.add_documents()->add_time_expressions();
  EXPECT_EQ(Ours(timeline), Protobuf(timeline));
}

TEST(JsonPrinterTest, EveryCodePointEscapedAsProtobufDoes) {
  // Sixty-four code points a string: protobuf's printer is slow per string.
  Actor actor;
  std::string* alias = nullptr;
  for (uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates are no UTF-8
    if (cp % 64 == 0) alias = actor.add_aliases();
    *alias += Utf8(cp) + "a";
  }
  const std::string ours = Ours(actor);
  const std::string theirs = Protobuf(actor);
  // The first difference, not megabytes of both.
  const auto [o, t] = std::mismatch(ours.begin(), ours.end(), theirs.begin(), theirs.end());
  EXPECT_TRUE(o == ours.end() && t == theirs.end())
      << "at byte " << (o - ours.begin()) << ": " << std::string(o, ours.end()).substr(0, 80) << "\nprotobuf: "
      << std::string(t, theirs.end()).substr(0, 80);
}

TEST(JsonPrinterTest, FloatsAsProtobufWritesThem) {
  Event event;
  for (const float f : {0.0f, 0.45f, 0.55f, 0.6f, 0.65f, 0.7f, 0.75f, 0.85f, 0.9f, 0.95f, 1.0f, 1e-7f, 3.4e38f, -2.5f,
                        1.0f / 3.0f}) {
    event.set_confidence(f);
    EXPECT_EQ(Ours(event), Protobuf(event)) << f;
  }
}

TEST(JsonPrinterTest, RefusesInvalidUtf8AndLeavesTheOutputAlone) {
  Actor actor;
  actor.set_name("caf\xC3");
  std::string out = "kept";
  EXPECT_FALSE(AppendIndentedJson(actor, &out));
  EXPECT_EQ(out, "kept");
}

}  // namespace
}  // namespace chronicle
