// json_writer must say what protobuf's own JSON printer says: the same keys
// and values (compared as parsed JSON), and text that parses back into the
// same message.

#include "cli/json_writer.h"

#include <string>

#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "proto/timeline.pb.h"

namespace chronicle::cli {
namespace {

using google::protobuf::util::JsonStringToMessage;
using google::protobuf::util::MessageDifferencer;

std::string Ours(const google::protobuf::Message& m) {
  std::string out;
  AppendJson(m, &out);
  return out;
}

std::string Protobufs(const google::protobuf::Message& m) {
  google::protobuf::util::JsonPrintOptions options;
  options.always_print_primitive_fields = true;
  std::string out;
  EXPECT_TRUE(google::protobuf::util::MessageToJsonString(m, &out, options).ok());
  return out;
}

// Same JSON value (keys, types, values) and the same message back.
template <typename M>
void ExpectSameAsProtobuf(const M& m) {
  const std::string ours = Ours(m);
  google::protobuf::Struct ours_parsed, theirs_parsed;
  ASSERT_TRUE(JsonStringToMessage(ours, &ours_parsed).ok()) << ours;
  ASSERT_TRUE(JsonStringToMessage(Protobufs(m), &theirs_parsed).ok());
  EXPECT_TRUE(MessageDifferencer::Equals(ours_parsed, theirs_parsed)) << "ours:   " << ours << "\nproto:  " << Protobufs(m);
  M back;
  ASSERT_TRUE(JsonStringToMessage(ours, &back).ok()) << ours;
  EXPECT_TRUE(MessageDifferencer::Equals(back, m)) << ours;
}

TimeExpression Expression() {
  TimeExpression t;
  t.set_begin(17);
  t.set_end(44);
  t.set_text("Friday, Aug. 15, at 10 a.m.");
  t.set_type(TimeExpression::TIME);
  t.set_value("2025-08-15T10:00");
  t.mutable_interval()->set_begin("2025-08-15T10:00:00");
  t.set_granularity(GRANULARITY_HOUR);
  t.set_anchor(ANCHOR_PUBLICATION_DATE);
  t.set_rule("time.date_at");
  t.set_evidence("weekday");
  return t;
}

TEST(JsonWriterTest, DefaultExpressionPrintsEveryPrimitiveField) { ExpectSameAsProtobuf(TimeExpression()); }

TEST(JsonWriterTest, ExpressionWithNestedAndRepeatedFields) {
  TimeExpression t = Expression();
  Reading* r = t.add_alternatives();
  r->set_value("2025-08-22T10:00");
  r->set_type(TimeExpression::TIME);
  r->set_reason("next week's Friday");
  t.add_alternatives()->set_value("XXXX-08-15");
  ExpectSameAsProtobuf(t);
}

TEST(JsonWriterTest, EscapesQuotesBackslashesControlsAndKeepsUtf8) {
  TimeExpression t = Expression();
  t.set_text("\"quoted\" back\\slash\ttab\nline\x01\x1f caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x93\x85");
  ExpectSameAsProtobuf(t);
  EXPECT_NE(Ours(t).find("caf\xc3\xa9"), std::string::npos);
  EXPECT_EQ(Ours(t).find('\n'), std::string::npos);
}

TEST(JsonWriterTest, UnknownEnumNumberIsWrittenAsANumber) {
  TimeExpression t = Expression();
  t.set_type(static_cast<TimeExpression::Type>(42));
  EXPECT_NE(Ours(t).find("\"type\":42"), std::string::npos) << Ours(t);
}

TEST(JsonWriterTest, WholeTimelineWithFloatsBoolsAndRepeatedEnums) {
  Timeline timeline;
  Document* d = timeline.add_documents();
  d->set_id("a1");
  d->set_text_bytes(1234);
  *d->add_time_expressions() = Expression();
  Event* e = timeline.add_events();
  e->set_id("E1");
  e->set_type(Event::SUMMIT);
  e->set_confidence(0.75f);
  e->set_undated(true);
  e->add_other_statuses(Event::SCHEDULED);
  e->add_other_statuses(Event::CANCELLED);
  *e->mutable_time() = Expression();
  ExpectSameAsProtobuf(timeline);
}

TEST(JsonStringTest, Escapes) {
  std::string out;
  AppendJsonString("a\"b\\c\x7f", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\u007f\"");
}

}  // namespace
}  // namespace chronicle::cli
