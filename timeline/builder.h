// The timeline builder: merges the events that many articles report into one
// chronology, one event per real happening however many reports it has.
//
//   std::vector<Timeline> per_document = ...;   // one extractor result each
//   Timeline timeline = BuildTimeline(std::move(per_document), {});
//   CarryRevisions(previous_timeline, &timeline);  // when rebuilding
//
// Each input holds one Document, that document's events (mentions only in
// it, participants naming `actors` by id) and its actors. The result holds
// every document in input order; the merged events in chronological order;
// every actor that takes part in an event, by id, with aliases unioned.
//
//   merging   evidence only (evidence.h): compatible type, shared
//             participants, place, time, status; never titles or wording.
//             Grouping: clustering.h; what a merged event keeps:
//             event_merge.h.
//   ids       class, year and participants (event_ids.h), stable across
//             runs and across rebuilds with more articles.
//   order     placement (event_time.h): begin, then the shorter span, then
//             the finer granularity, dated before undated; then the id, so
//             the order is total. Undated events stand at the publication
//             day of their first document, with `undated` set.
//
// The result is a function of the inputs and their order alone: the same
// inputs give byte-identical output however they were produced.

#ifndef CHRONICLE_TIMELINE_BUILDER_H_
#define CHRONICLE_TIMELINE_BUILDER_H_

#include <string>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle {

struct BuildOptions {
  // Written to Timeline.generator, e.g. "chronicle 0.3".
  std::string generator = "chronicle";
};

Timeline BuildTimeline(std::vector<Timeline> per_document, const BuildOptions& options);

// For a rebuild: an event of `next` whose id is in `previous` keeps the
// previous revision, or gets previous + 1 when its time, status or place
// changed. Events new in `next` keep revision 0. (revisions.cc)
void CarryRevisions(const Timeline& previous, Timeline* next);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_BUILDER_H_
