#include "timeline/ics_text.h"

#include <string>
#include <vector>

#include "extractor/text/utf8.h"
#include "gtest/gtest.h"

namespace chronicle {
namespace {

std::vector<std::string> PhysicalLines(const std::string& folded) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = folded.find("\r\n", start)) != std::string::npos; start = end + 2) {
    lines.push_back(folded.substr(start, end - start));
  }
  EXPECT_EQ(start, folded.size()) << "text after the last CRLF";
  return lines;
}

std::string Unfold(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) out += i == 0 ? lines[i] : lines[i].substr(1);
  return out;
}

TEST(EscapeIcsTextTest, EscapesTheFourSpecials) {
  EXPECT_EQ(EscapeIcsText("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
  EXPECT_EQ(EscapeIcsText("one\r\ntwo\rthree"), "one\\ntwo\\nthree");
  EXPECT_EQ(EscapeIcsText("tab\tbell\a:colon"), "tab\tbell:colon");
  EXPECT_EQ(EscapeIcsText("Z\xc3\xbcrich"), "Z\xc3\xbcrich");
}

TEST(FoldIcsLineTest, ShortLinesStayWhole) {
  EXPECT_EQ(FoldIcsLine("VERSION:2.0"), "VERSION:2.0\r\n");
  EXPECT_EQ(FoldIcsLine(std::string(75, 'x')), std::string(75, 'x') + "\r\n");
}

TEST(FoldIcsLineTest, FoldsAt75OctetsWithALeadingSpace) {
  const std::string line(200, 'x');
  const std::vector<std::string> lines = PhysicalLines(FoldIcsLine(line));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].size(), 75u);
  EXPECT_EQ(lines[1].size(), 75u);
  EXPECT_EQ(lines[1][0], ' ');
  EXPECT_EQ(Unfold(lines), line);
}

TEST(FoldIcsLineTest, NeverSplitsAMultibyteCharacterAtTheFoldPoint) {
  // 74 ASCII octets, then characters of 2, 4 and 3 octets: the 75th octet
  // is inside the first of them, so the first line must stop at 74.
  for (const std::string& tail :
       {std::string("\xc3\xa9"), std::string("\xf0\x9f\x98\x80"), std::string("\xe6\x9d\xb1")}) {
    std::string line = std::string(74, 'a');
    for (int i = 0; i < 40; ++i) line += tail;
    const std::vector<std::string> lines = PhysicalLines(FoldIcsLine(line));
    ASSERT_GT(lines.size(), 1u);
    EXPECT_EQ(lines[0].size(), 74u);
    EXPECT_EQ(lines[1].substr(0, 1 + tail.size()), " " + tail);
    for (const std::string& physical : lines) {
      EXPECT_LE(physical.size(), 75u);
      EXPECT_TRUE(CheckText(physical).ok()) << "cut inside a character: " << physical;
    }
    EXPECT_EQ(Unfold(lines), line);
  }
}

TEST(IcsWriterTest, WritesNameColonValueLines) {
  IcsWriter out;
  out.Begin("VEVENT");
  out.Line("DTSTART;VALUE=DATE", "20251003");
  out.End("VEVENT");
  EXPECT_EQ(out.text(), "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20251003\r\nEND:VEVENT\r\n");
}

}  // namespace
}  // namespace chronicle
