#include "extractor/timeml/timeml.h"

#include <string>

#include "gtest/gtest.h"

namespace chronicle {
namespace {

const char kDoc[] =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">"
    "19980108</TIMEX3></DCT>\n"
    "<TEXT>\nShares <EVENT eid=\"e1\">fell</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" "
    "value=\"1998-01-06\">Tuesday</TIMEX3> at AT&amp;T.\n</TEXT>\n</TimeML>\n";

TEST(ParseTimemlTest, ReadsDctAndStripsMarkup) {
  absl::StatusOr<TimemlDocument> doc = ParseTimeml(kDoc);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->dct, "1998-01-08");
  EXPECT_EQ(doc->plain, "\nShares fell on Tuesday at AT&T.\n");
  EXPECT_EQ(doc->stripped, "\nShares fell on Tuesday at AT&amp;T.\n");
}

TEST(WriteTimemlTest, InsertsTimexAndKeepsTheText) {
  absl::StatusOr<TimemlDocument> doc = ParseTimeml(kDoc);
  ASSERT_TRUE(doc.ok());
  TimeExpression t;
  const size_t at = doc->plain.find("Tuesday");
  t.set_begin(static_cast<int32_t>(at));
  t.set_end(static_cast<int32_t>(at + 7));
  t.set_type(TimeExpression::DATE);
  t.set_value("1998-01-06");
  TimeExpression after_entity;
  const size_t amp = doc->plain.find("T.");
  after_entity.set_begin(static_cast<int32_t>(amp));
  after_entity.set_end(static_cast<int32_t>(amp + 1));
  after_entity.set_type(TimeExpression::DATE);
  after_entity.set_value("X");
  const std::string out = WriteTimeml(*doc, {t, after_entity});
  EXPECT_NE(out.find("on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-06\">Tuesday</TIMEX3> at AT&amp;"
                     "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"X\">T</TIMEX3>."),
            std::string::npos)
      << out;
  EXPECT_EQ(out.find("<EVENT"), std::string::npos);
  EXPECT_EQ(out.substr(0, out.find("<TEXT>")), std::string(kDoc).substr(0, std::string(kDoc).find("<TEXT>")));
}

TEST(ParseTimemlTest, RejectsMissingPartsAndBrokenMarkup) {
  EXPECT_FALSE(ParseTimeml("<TimeML><DCT><TIMEX3 value=\"1998-01-08\">x</TIMEX3></DCT></TimeML>").ok());
  const absl::StatusOr<TimemlDocument> no_dct = ParseTimeml("<TimeML><TEXT>hi</TEXT></TimeML>");
  ASSERT_FALSE(no_dct.ok());
  EXPECT_NE(std::string(no_dct.status().message()).find("DCT"), std::string::npos);
  const std::string broken = "<DCT><TIMEX3 value=\"1998-01-08\">x</TIMEX3></DCT><TEXT>a <EVENT>b</TEXT>";
  const absl::StatusOr<TimemlDocument> b = ParseTimeml(broken);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(std::string(b.status().message()).find("malformed"), std::string::npos);
  EXPECT_FALSE(ParseTimeml("<DCT><TIMEX3 value=\"1998-01-08\">x</TIMEX3></DCT><TEXT>a &bogus; b</TEXT>").ok());
  EXPECT_FALSE(ParseTimeml(std::string("<DCT><TIMEX3 value=\"1\">x</TIMEX3></DCT><TEXT>a\xff</TEXT>")).ok());
}

}  // namespace
}  // namespace chronicle
