// AppendJsonInPieces must give MessageToJsonString's bytes exactly, whatever
// the size at which it starts splitting, on merged timelines of several
// articles (documents with times and readings, events with mentions, actors)
// and on strings that look like the marks it splices at.

#include "timeline/json_pieces.h"

#include <string>

#include "gtest/gtest.h"
#include "timeline/builder.h"
#include "timeline/testing/story.h"

namespace chronicle {
namespace {

using google::protobuf::util::JsonPrintOptions;

JsonPrintOptions TimelineOptions() {
  JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = true;
  return options;
}

std::string Whole(const google::protobuf::Message& message, const JsonPrintOptions& options) {
  std::string json;
  EXPECT_TRUE(google::protobuf::util::MessageToJsonString(message, &json, options).ok());
  return json;
}

Timeline Story() {
  std::vector<Timeline> articles;
  for (int i = 0; i < 4; ++i) {
    Timeline a = testing::Article("wire-" + std::to_string(i), "2025-09-1" + std::to_string(i), "Leaders \"meet\"\n");
    Event* e = testing::AddEvent(&a, Event::SUMMIT, Event::SCHEDULED, {"ana-ferreira", "tomas-berg"},
                                 testing::Day("2025-09-19"), "Ferreira and Berg will meet in Tallinn on Friday.", 120);
    *e->mutable_location() = testing::MakePlace("Tallinn", "Tallinn", "", "Estonia");
    *e->add_other_times() = testing::Month("2025-09");
    testing::AddEvent(&a, Event::CALL, Event::OCCURRED, {"lena-novak", "omar-haddad"}, std::nullopt,
                      "Novak phoned Haddad.\n \"events\": []", 300 + i);
    Document* doc = a.mutable_documents(0);
    TimeExpression* t = doc->add_time_expressions();
    *t = testing::Day("2025-09-19");
    t->set_text("Friday \u00e9t\u00e9 \\ \"x\"");
    t->add_alternatives()->set_value("2025-09-12");
    *doc->add_time_expressions() = testing::Week("2025-W38");
    articles.push_back(std::move(a));
  }
  return BuildTimeline(std::move(articles), {});
}

TEST(JsonPiecesTest, SameBytesAsTheWholeMessageAtAnySplitSize) {
  const Timeline timeline = Story();
  const std::string expected = Whole(timeline, TimelineOptions());
  ASSERT_GT(timeline.events_size(), 1);
  for (size_t split_bytes : {size_t{0}, size_t{1}, size_t{200}, size_t{2000}, size_t{1} << 30}) {
    std::string out;
    AppendJsonInPieces(timeline, TimelineOptions(), split_bytes, &out);
    EXPECT_EQ(out, expected) << "split at " << split_bytes;
  }
}

TEST(JsonPiecesTest, SameBytesForOneDocumentAndAnEmptyTimeline) {
  const Timeline timeline = Story();
  std::string out;
  AppendJsonInPieces(timeline.documents(0), TimelineOptions(), 0, &out);
  EXPECT_EQ(out, Whole(timeline.documents(0), TimelineOptions()));
  out.clear();
  AppendJsonInPieces(Timeline(), TimelineOptions(), 0, &out);
  EXPECT_EQ(out, Whole(Timeline(), TimelineOptions()));
}

TEST(JsonPiecesTest, OtherOptionsPrintTheWholeMessage) {
  const Timeline timeline = Story();
  for (bool whitespace : {false, true}) {
    JsonPrintOptions options;
    options.add_whitespace = whitespace;
    options.preserve_proto_field_names = true;
    std::string out;
    AppendJsonInPieces(timeline, options, 0, &out);
    EXPECT_EQ(out, Whole(timeline, options));
  }
  JsonPrintOptions names = TimelineOptions();
  names.preserve_proto_field_names = true;
  std::string out;
  AppendJsonInPieces(timeline, names, 0, &out);
  EXPECT_EQ(out, Whole(timeline, names));
}

}  // namespace
}  // namespace chronicle
