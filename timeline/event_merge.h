// Merges the reports of one real event (see clustering.h) into one Event.
//
//   Event e = MergeReports({&a, &b, &c});   // reports in document order
//
//   type         the most specific of the reports' types: SUMMIT, then
//                VISIT, MEETING, TALKS.
//   status       the furthest along: OCCURRED, CANCELLED, SCHEDULED,
//                PROPOSED; the others reported go to other_statuses.
//   time         the one most reports agree with (their spans overlap it),
//                then the finest (a clock time beats a day, a day a week),
//                then the earliest; times that do not overlap it go to
//                other_times. No dated report: undated, keeping the
//                first vague time given ("PAST_REF"), if any.
//   participants the union, in order of first mention; a specific role
//                (host, visitor) beats a generic one.
//   location     the most specific place (the most name/region/country
//                parts).
//   mentions     all of them, by document input order, then byte offset.
//   confidence   1 - prod(1 - c) over documents, with c the best confidence
//                of the reports in each document: independent newsrooms
//                add evidence, repeats within one article do not.
//   title, topic the first given.
//
// The id and revision are left empty; the builder sets them.

#ifndef CHRONICLE_TIMELINE_EVENT_MERGE_H_
#define CHRONICLE_TIMELINE_EVENT_MERGE_H_

#include <vector>

#include "proto/timeline.pb.h"
#include "timeline/evidence.h"

namespace chronicle {

// `reports` must be non-empty and in document order.
Event MergeReports(const std::vector<const Report*>& reports);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_EVENT_MERGE_H_
