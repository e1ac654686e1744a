#include "timeline/ics.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "extractor/text/utf8.h"
#include "gtest/gtest.h"
#include "timeline/ics_text.h"
#include "timeline/testing/listed_events.h"

namespace chronicle {
namespace {

using testing::FiveListedEvents;
using testing::ListedEventsTimeline;

std::string Ics(const Timeline& timeline, const IcsOptions& options = {}) {
  const absl::StatusOr<std::string> ics = TimelineToIcs(timeline, options);
  EXPECT_TRUE(ics.ok()) << ics.status();
  return ics.value_or("");
}

std::string Unfold(std::string text) {
  for (size_t at; (at = text.find("\r\n ")) != std::string::npos;) text.erase(at, 3);
  return text;
}

int Count(const std::string& text, const std::string& what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

bool Has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// The unfolded VEVENT whose SUMMARY is `summary`.
std::string EventWithSummary(const std::string& ics, const std::string& summary) {
  const std::string unfolded = Unfold(ics);
  const size_t at = unfolded.find(absl::StrCat("SUMMARY:", EscapeIcsText(summary), "\r\n"));
  if (at == std::string::npos) return "";
  const size_t begin = unfolded.rfind("BEGIN:VEVENT", at);
  return unfolded.substr(begin, unfolded.find("END:VEVENT", at) - begin);
}

TEST(TimelineToIcsTest, CalendarHeaderAndLineDiscipline) {
  const std::string ics = Ics(ListedEventsTimeline());
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//chronicle//chronicle timeline//EN\r\n"
                      "CALSCALE:GREGORIAN\r\n",
                      0),
            0u);
  EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
  size_t start = 0;
  for (size_t end; (end = ics.find('\n', start)) != std::string::npos; start = end + 1) {
    ASSERT_GT(end, start);
    EXPECT_EQ(ics[end - 1], '\r') << "bare LF at byte " << end;
    EXPECT_LE(end - 1 - start, 75u) << ics.substr(start, end - start);
    EXPECT_TRUE(CheckText(ics.substr(start, end - start)).ok()) << "folded inside a character";
  }
  EXPECT_EQ(Ics(ListedEventsTimeline()), ics) << "not deterministic";
}

TEST(TimelineToIcsTest, FiveListedEventsCarryTzidAndStartTimes) {
  const std::string ics = Ics(ListedEventsTimeline());
  for (const testing::ListedEvent& listed : FiveListedEvents()) {
    const std::string event = EventWithSummary(ics, listed.summary);
    ASSERT_FALSE(event.empty()) << listed.summary;
    std::string compact = listed.local_start;  // 2025-10-02T10:00:00 -> 20251002T100000
    for (const char c : {'-', ':'}) compact.erase(std::remove(compact.begin(), compact.end(), c), compact.end());
    EXPECT_TRUE(Has(event, absl::StrCat("DTSTART;TZID=America/New_York:", compact, "\r\n"))) << event;
    EXPECT_TRUE(Has(event, "DTEND;TZID=America/New_York:")) << event;
    EXPECT_TRUE(Has(event, "STATUS:TENTATIVE\r\n"));
    // Published 2025-10-01 08:00 in New York, 12:00 UTC.
    EXPECT_TRUE(Has(event, "DTSTAMP:20251001T120000Z\r\n")) << event;
  }
  EXPECT_EQ(Count(ics, "DTSTART;TZID=America/New_York:20251002T120000"), 2);
  EXPECT_TRUE(Has(ics, "DTEND;TZID=America/New_York:20251002T110000\r\n"));  // 10:00 plus the default hour
  EXPECT_EQ(Count(ics, "TZID:America/New_York\r\n"), 1);
  EXPECT_EQ(Count(ics, "TZID:Asia/Tokyo\r\n"), 1);
  EXPECT_TRUE(Has(ics, "DTSTART;TZID=Asia/Tokyo:20251004T090000\r\n"));
}

TEST(TimelineToIcsTest, EscapesTextAndFoldsLongLines) {
  const std::string unfolded = Unfold(Ics(ListedEventsTimeline()));
  EXPECT_TRUE(Has(unfolded, "SUMMARY:Panel: ports\\, tariffs\\; and the new shipping lanes \\\\ part 2\r\n"));
  EXPECT_TRUE(Has(unfolded, FiveListedEvents()[2].summary.substr(0, 10)));
  EXPECT_TRUE(Has(unfolded, "DESCRIPTION:public event\\, scheduled\\, 2025-10-02 10:00\\n"));
  EXPECT_TRUE(Has(unfolded, "\\nSources:\\n- listings-1 (Thursday's listings) listings-1#0-"));
  EXPECT_TRUE(Has(unfolded, "CATEGORIES:Ana Ferreira,Tomas Berg\r\n"));
  EXPECT_TRUE(Has(unfolded, "LOCATION:Old Town\\, Tallinn\r\n"));
}

TEST(TimelineToIcsTest, TheTopicIsInTheDescription) {
  Timeline timeline = ListedEventsTimeline();
  for (Event& event : *timeline.mutable_events()) event.set_topic("grain exports, again");
  const std::string unfolded = Unfold(Ics(timeline));
  EXPECT_EQ(Count(unfolded, "\\nOn grain exports\\, again\\nSources:"), Count(unfolded, "BEGIN:VEVENT")) << unfolded;
  EXPECT_GT(Count(unfolded, "BEGIN:VEVENT"), 0);
}

TEST(TimelineToIcsTest, DayEventsAreAllDayAndCoarseOnesOptional) {
  const std::string ics = Ics(ListedEventsTimeline());
  EXPECT_TRUE(Has(ics, "DTSTART;VALUE=DATE:20251003\r\nDTEND;VALUE=DATE:20251004\r\n"));
  EXPECT_EQ(Count(ics, "BEGIN:VEVENT"), 7);  // no week-long proposal, no undated one
  EXPECT_FALSE(Has(ics, "20251013"));

  IcsOptions coarse;
  coarse.include_coarse = true;
  const std::string with_coarse = Ics(ListedEventsTimeline(), coarse);
  EXPECT_EQ(Count(with_coarse, "BEGIN:VEVENT"), 8);
  EXPECT_TRUE(Has(with_coarse, "DTSTART;VALUE=DATE:20251013\r\nDTEND;VALUE=DATE:20251020\r\n"));
}

TEST(TimelineToIcsTest, UidSequenceAndStatusComeFromTheEvent) {
  Timeline timeline = ListedEventsTimeline();
  Event* summit = nullptr;
  for (Event& e : *timeline.mutable_events()) {
    if (e.type() == Event::SUMMIT) summit = &e;
  }
  ASSERT_NE(summit, nullptr);
  summit->set_revision(2);
  summit->set_status(Event::CANCELLED);
  const std::string event = EventWithSummary(Ics(timeline), "Summit: Ana Ferreira, Tomas Berg");
  EXPECT_TRUE(Has(event, absl::StrCat("UID:", summit->id(), "@chronicle\r\n"))) << event;
  EXPECT_TRUE(Has(event, "SEQUENCE:2\r\n"));
  EXPECT_TRUE(Has(event, "STATUS:CANCELLED\r\n"));
  summit->set_status(Event::OCCURRED);
  EXPECT_TRUE(Has(EventWithSummary(Ics(timeline), "Summit: Ana Ferreira, Tomas Berg"), "STATUS:CONFIRMED\r\n"));
}

TEST(TimelineToIcsTest, ZoneFallsBackToTheDefault) {
  Timeline timeline = ListedEventsTimeline();
  timeline.mutable_documents(0)->clear_time_zone();
  IcsOptions options;
  options.default_time_zone = "Europe/Berlin";
  const std::string ics = Ics(timeline, options);
  EXPECT_EQ(Count(ics, "DTSTART;TZID=Europe/Berlin:"), 5);
  EXPECT_TRUE(Has(ics, "TZID:Europe/Berlin\r\n"));
  EXPECT_FALSE(Has(ics, "America/New_York"));
  options.default_time_zone = "Atlantis/Central";
  EXPECT_EQ(TimelineToIcs(timeline, options).status().message(), "unknown time zone 'Atlantis/Central'");
}

}  // namespace
}  // namespace chronicle
