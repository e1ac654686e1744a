#include "extractor/events/occasions.h"

#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace chronicle::events {
namespace {

constexpr char kTable[] = R"(
[series]
G20	G-20|G20
NATO	NATO summit

[occasions]
G20	Hamburg	2017-07-07	2017-07-08
G20	Buenos Aires	2018-11-30	2018-12-01
G20	Osaka	2019-06-28	2019-06-29
NATO	Brussels	2017-05-25	2017-05-25
NATO	Brussels	2018-07-11	2018-07-12
)";

const absl::CivilDay kPublished(2025, 8, 13);

std::unique_ptr<OccasionTable> Table() {
  absl::StatusOr<std::unique_ptr<OccasionTable>> t = OccasionTable::Parse(kTable);
  EXPECT_TRUE(t.ok()) << t.status();
  return std::move(*t);
}

Event MeetingIn(const std::string& sentence, Event::Status status = Event::OCCURRED) {
  Event e;
  e.set_id("doc#0");
  e.set_type(Event::MEETING);
  e.set_status(status);
  e.add_mentions()->set_sentence(sentence);
  return e;
}

TimeExpression Month(const std::string& value, bool year_inferred) {
  TimeExpression t;
  t.set_begin(40);
  t.set_end(44);
  t.set_value(value);
  t.set_year_inferred(year_inferred);
  t.mutable_interval()->set_begin(value + "-01T00:00:00");
  t.mutable_interval()->set_end(value.substr(0, 5) + "08-01T00:00:00");
  return t;
}

TEST(OccasionsTest, BuiltInTableParses) { EXPECT_GT(OccasionTable::Default().size(), 50u); }

TEST(OccasionsTest, ParseErrorsNameTheLine) {
  const auto bad = OccasionTable::Parse("[series]\nG20\tG-20\n[occasions]\nG20\tHamburg\t2017-07-77\t2017-07-08\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find(":4:"), std::string::npos) << bad.status();
  EXPECT_FALSE(OccasionTable::Parse("[occasions]\nG7\tRome\t2017-07-07\t2017-07-08\n").ok());
  EXPECT_FALSE(OccasionTable::Parse("[series]\nG20\tG-20\n[occasions]\nG20\tRome\t2017-07-09\t2017-07-08\n").ok());
}

TEST(OccasionsTest, SeriesAndHostMustBothBeNamed) {
  const auto t = Table();
  EXPECT_EQ(t->Named("They met at the G-20 summit in Hamburg.", "").size(), 1u);
  EXPECT_EQ(t->Named("They met at the G-20 summit.", "Hamburg").size(), 1u);
  EXPECT_EQ(t->Named("THE G-20 IN HAMBURG", "").size(), 1u);
  EXPECT_TRUE(t->Named("They met in Hamburg.", "").empty());
  EXPECT_TRUE(t->Named("They met at the G-200 in Hamburg.", "").empty());
  EXPECT_EQ(t->Named("a NATO summit in Brussels", "").size(), 2u);
}

TEST(OccasionsTest, YearlessMonthTakesTheOccasionsYear) {
  const auto t = Table();
  std::vector<Event> events = {MeetingIn("They first met at the G-20 in Hamburg, back in July.")};
  *events[0].mutable_time() = Month("2025-07", true);
  events[0].mutable_mentions(0)->set_time_value("2025-07");
  const std::vector<TimeExpression> revised = DateKnownOccasions(*t, kPublished, &events);
  ASSERT_EQ(revised.size(), 1u);
  EXPECT_EQ(revised[0].value(), "2017-07");
  EXPECT_EQ(revised[0].begin(), 40);
  EXPECT_EQ(events[0].time().value(), "2017-07");
  EXPECT_EQ(events[0].time().interval().begin(), "2017-07-01T00:00:00");
  EXPECT_EQ(events[0].time().interval().end(), "2017-08-01T00:00:00");
  EXPECT_EQ(events[0].time().anchor(), ANCHOR_EVENT);
  EXPECT_EQ(events[0].time().anchor_event_id(), "doc#0");
  EXPECT_EQ(events[0].mentions(0).time_value(), "2017-07");
  EXPECT_EQ(events[0].occasion(), "G20 Hamburg 2017");
}

TEST(OccasionsTest, AMonthThatDisagreesIsLeftAlone) {
  const auto t = Table();
  std::vector<Event> events = {MeetingIn("They met at the G-20 in Hamburg in March.")};
  *events[0].mutable_time() = Month("2025-03", true);
  EXPECT_TRUE(DateKnownOccasions(*t, kPublished, &events).empty());
  EXPECT_EQ(events[0].time().value(), "2025-03");
  EXPECT_EQ(events[0].occasion(), "");
}

TEST(OccasionsTest, AWrittenYearIsNeverChanged) {
  const auto t = Table();
  std::vector<Event> events = {MeetingIn("They met at the G-20 in Osaka in 2019.")};
  events[0].mutable_time()->set_value("2019");
  EXPECT_TRUE(DateKnownOccasions(*t, kPublished, &events).empty());
  EXPECT_EQ(events[0].time().value(), "2019");
  EXPECT_EQ(events[0].occasion(), "G20 Osaka 2019");

  std::vector<Event> other = {MeetingIn("They met at the G-20 in Osaka in 2021.")};
  other[0].mutable_time()->set_value("2021");
  DateKnownOccasions(*t, kPublished, &other);
  EXPECT_EQ(other[0].time().value(), "2021");
  EXPECT_EQ(other[0].occasion(), "");
}

TEST(OccasionsTest, AnUndatedEventTakesTheOccasionsDates) {
  const auto t = Table();
  std::vector<Event> events = {MeetingIn("They met on the sidelines of the G-20 summit in Buenos Aires.")};
  DateKnownOccasions(*t, kPublished, &events);
  EXPECT_EQ(events[0].time().value(), "2018");  // it spans November and December
  EXPECT_EQ(events[0].time().interval().begin(), "2018-11-30T00:00:00");
  EXPECT_EQ(events[0].time().interval().end(), "2018-12-02T00:00:00");
  EXPECT_EQ(events[0].time_source(), Event::KNOWN_OCCASION);

  std::vector<Event> osaka = {MeetingIn("They met at the G-20 summit in Osaka.")};
  DateKnownOccasions(*t, kPublished, &osaka);
  EXPECT_EQ(osaka[0].time().value(), "2019-06");
  EXPECT_EQ(osaka[0].time().granularity(), GRANULARITY_MONTH);
}

TEST(OccasionsTest, SeveralCandidatesAndTheWrongSideOfPublicationGiveNothing) {
  const auto t = Table();
  std::vector<Event> events = {MeetingIn("They met at the NATO summit in Brussels.")};
  DateKnownOccasions(*t, kPublished, &events);
  EXPECT_FALSE(events[0].has_time());

  // A summit planned in 2025 cannot be the Osaka G-20 of 2019.
  std::vector<Event> planned = {MeetingIn("They will meet at the G-20 summit in Osaka.", Event::SCHEDULED)};
  DateKnownOccasions(*t, kPublished, &planned);
  EXPECT_FALSE(planned[0].has_time());
  EXPECT_EQ(planned[0].occasion(), "");

  // Nor one planned in 2016 the Osaka G-20, three years on: news tells of
  // the next one of a series.
  std::vector<Event> early = {MeetingIn("They will meet at the G-20 summit in Osaka.", Event::SCHEDULED)};
  DateKnownOccasions(*t, absl::CivilDay(2016, 5, 1), &early);
  EXPECT_EQ(early[0].occasion(), "");
  std::vector<Event> year_before = {MeetingIn("They will meet at the G-20 summit in Osaka.", Event::SCHEDULED)};
  DateKnownOccasions(*t, absl::CivilDay(2018, 9, 1), &year_before);
  EXPECT_EQ(year_before[0].occasion(), "G20 Osaka 2019");
}

TEST(OccasionsTest, CallsAreNotHeldAtSummits) {
  const auto t = Table();
  std::vector<Event> events = {MeetingIn("After the G-20 in Osaka, they spoke by phone.")};
  events[0].set_type(Event::CALL);
  DateKnownOccasions(*t, kPublished, &events);
  EXPECT_FALSE(events[0].has_time());
}

}  // namespace
}  // namespace chronicle::events
