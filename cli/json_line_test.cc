// ParseJsonLine must read JSON lines as protobuf's JSON parser does for
// InputDocument (with unknown fields ignored): the same message when both
// accept, and a refusal when protobuf refuses, including protobuf's
// leniencies (trailing commas, raw control characters) but not its C
// escapes, which JSON does not have.

#include "cli/json_line.h"

#include <string>

#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"

namespace chronicle::cli {
namespace {

bool ProtobufParses(const std::string& line, InputDocument* out) {
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  return google::protobuf::util::JsonStringToMessage(line, out, options).ok();
}

void ExpectSameAsProtobuf(const std::string& line) {
  InputDocument theirs, ours;
  const bool they_parse = ProtobufParses(line, &theirs);
  const absl::Status status = ParseJsonLine(line, &ours);
  ASSERT_EQ(status.ok(), they_parse) << line << "\n" << status;
  if (they_parse) {
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(ours, theirs))
        << line << "\nours:   " << ours.ShortDebugString() << "\ntheirs: " << theirs.ShortDebugString();
  }
}

TEST(JsonLineTest, AgreesWithProtobufOnGoodLines) {
  for (const char* line : {
           R"({"id": "a1", "published": "2025-08-13", "title": "T", "source": "S", "text": "Talks on Friday."})",
           R"({"text":"x"})",
           R"(  {  "text" : "x" ,  "id" : "y"  }  )",
           R"({})",
           R"({"time_zone": "Europe/Paris", "text": "x"})",
           R"({"timeZone": "Europe/Paris", "text": "x"})",
           R"({"text": "quote \" backslash \\ slash \/ \b\f\n\r\t"})",
           R"({"text": "caf\u00e9 \u2014 \ud83d\udcc5 \u0041"})",
           "{\"text\": \"raw UTF-8: caf\xc3\xa9 \xe2\x80\x94\"}",
           R"({"text": "x", "extra": 12, "more": -1.5e3, "flag": true, "none": null, "obj": {"a": [1, "b", {"c": null}]}, "arr": []})",
           R"({"title": null, "text": "x"})",
           R"({"title": "kept", "text": "x", "title": null})",
           R"({"text": "x", "small": 1e-400, "neg": -1.7e308})",
           // Not JSON, but protobuf's parser takes them; so must we, not to refuse streams it read.
           R"({"text": "x",})",
           R"({"text": "x", "extra": [1, 2,], "obj": {"a": 1,}})",
           "{\"text\": \"raw tab\tinside\"}",
       }) {
    ExpectSameAsProtobuf(line);
  }
}

TEST(JsonLineTest, AgreesWithProtobufOnBadLines) {
  for (const char* line : {
           R"({"text": "cut off)",
           R"({"text": "x")",
           R"({"text": 12})",
           R"({"text": true})",
           R"({"text": ["x"]})",
           R"({"text": "x"} trailing)",
           R"({"text" "x"})",
           R"(["text", "x"])",
           R"("just a string")",
           R"({"text": "bad unicode \u12"})",
           R"({"text": "x", "extra": 01})",
           R"({"text": "x", "extra": tru})",
           R"({"": "x", "text": "x"})",
           R"({"text": "x", "big": 15e+777777})",
           "",
       }) {
    ExpectSameAsProtobuf(line);
  }
}

TEST(JsonLineTest, CEscapesThatProtobufTakesAreRefused) {
  InputDocument doc;
  for (const char* line : {R"({"text": "\q"})", R"({"text": "\v"})", R"({"text": "\x41"})", R"({"text": "\101"})"}) {
    EXPECT_FALSE(ParseJsonLine(line, &doc).ok()) << line;
  }
}

TEST(JsonLineTest, ErrorsNameTheByte) {
  InputDocument doc;
  const absl::Status s = ParseJsonLine(R"({"text": 12})", &doc);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "\"text\" is not a string at byte 10");
}

TEST(JsonLineTest, LoneSurrogateIsRefused) {
  InputDocument doc;
  EXPECT_FALSE(ParseJsonLine(R"({"text": "\ud800 alone"})", &doc).ok());
  EXPECT_FALSE(ParseJsonLine(R"({"text": "\udc00"})", &doc).ok());
}

TEST(JsonLineTest, DeepNestingInAnUnknownFieldIsRefusedNotACrash) {
  std::string line = R"({"text": "x", "deep": )";
  line += std::string(100000, '[');
  line += std::string(100000, ']');
  line += "}";
  InputDocument doc;
  EXPECT_FALSE(ParseJsonLine(line, &doc).ok());
}

}  // namespace
}  // namespace chronicle::cli
