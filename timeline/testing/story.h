// Small hand-written news stories for the timeline tests: one Timeline per
// article, shaped as the event extractor produces them (one Document, its
// events with mentions in it, its actors). The cast is fictional.
//
//   Timeline a = Article("wire-1", "2025-09-10", "Leaders to meet");
//   Event* e = AddEvent(&a, Event::SUMMIT, Event::SCHEDULED, {"ana-ferreira", "tomas-berg"},
//                       Day("2025-09-19"), "Ferreira and Berg will meet in Tallinn on Friday.", 120);
//   *e->mutable_location() = MakePlace("Tallinn", "Tallinn", "", "Estonia");

#ifndef CHRONICLE_TIMELINE_TESTING_STORY_H_
#define CHRONICLE_TIMELINE_TESTING_STORY_H_

#include <optional>
#include <string>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle::testing {

// A member of the cast by id ("ana-ferreira", "tomas-berg", "lena-novak",
// "omar-haddad", "kai-lund", "northland"); an unknown id gives a person
// named after the id.
Actor CastMember(const std::string& id);

// An article with no events yet. `published` is "YYYY-MM-DD" or a local
// date-time; `time_zone` is the zone of the publication time.
Timeline Article(const std::string& id, const std::string& published, const std::string& title = "",
                 const std::string& time_zone = "");

// Resolved times, with the interval the resolver would give.
TimeExpression Year(const std::string& year);      // "2018"
TimeExpression Month(const std::string& month);    // "2025-09"
TimeExpression Week(const std::string& iso_week);  // "2025-W38"
TimeExpression Day(const std::string& date);       // "2025-09-19"
// "MO", "AF", "EV" or "NI" of `date`: 06-12, 12-18, 18-22, 21-24.
TimeExpression PartOfDay(const std::string& date, const std::string& part);
// A clock time "2025-09-19T10:30" (minute) or "2025-09-19T10" (hour), in
// `zone` when given.
TimeExpression At(const std::string& local, const std::string& zone = "");

Place MakePlace(const std::string& text, const std::string& name = "", const std::string& region = "",
                const std::string& country = "");

// Adds an event reported by `sentence`, which starts at byte `begin` of the
// article, with the participants (added to the article's actors too) and
// time given; confidence 0.6. Returns the event for further changes.
Event* AddEvent(Timeline* article, Event::Type type, Event::Status status, const std::vector<std::string>& actor_ids,
                const std::optional<TimeExpression>& time, const std::string& sentence, int begin);

}  // namespace chronicle::testing

#endif  // CHRONICLE_TIMELINE_TESTING_STORY_H_
