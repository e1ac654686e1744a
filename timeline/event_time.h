// Where an event stands in time, as the timeline builder and its views see
// it: the span of its time, or for an undated event the publication day of
// its first document, and the one chronological order every view uses.
//
//   DocumentIndex documents(timeline.documents());
//   Placement p = documents.Place(event);   // span, granularity, undated
//   std::sort(..., [](a, b) { return ComparePlacements(pa, pb) < 0; });
//
// Times are compared as civil (wall-clock) times and zones are ignored:
// reports give times in the zone of the place they describe, and a shift of
// a few hours never reorders events that are known to the day.
//
// The order: earlier begin first; at the same begin, the shorter span
// (normally the finer granularity: 2025-01-01 before 2025) first; then the
// finer granularity; then dated before undated. Callers break the remaining
// ties with their own total keys (the builder uses the event id).

#ifndef CHRONICLE_TIMELINE_EVENT_TIME_H_
#define CHRONICLE_TIMELINE_EVENT_TIME_H_

#include <optional>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/time/civil_time.h"
#include "proto/timeline.pb.h"
#include "timeline/timex_value.h"

namespace chronicle {

// The span of a time expression: its `interval` when it has one, else what
// its `value` names; nothing for vague or missing times.
std::optional<CivilSpan> SpanOf(const TimeExpression& time);

// The granularity of `time`, inferred from its value when the field is unset.
Granularity GranularityOf(const TimeExpression& time);

// True when the event has a time with a usable span.
bool IsDated(const Event& event);

// The day part of `Document.published`, when it is a date.
std::optional<absl::CivilDay> PublicationDay(const Document& document);

// The whole of `day`: [day, day + 1).
CivilSpan DaySpan(absl::CivilDay day);

// Seconds between two spans; 0 when they overlap or touch.
int64_t SecondsApart(const CivilSpan& a, const CivilSpan& b);

// Where an event is placed in a chronology.
struct Placement {
  CivilSpan span;
  Granularity granularity = GRANULARITY_UNSPECIFIED;
  // No usable time: the span is the first document's publication day.
  bool undated = false;
  // Neither a time nor a publication date: the event goes last.
  bool unknown = false;
};

// -1, 0 or 1 as `a` goes before, with or after `b` (see the file comment).
int ComparePlacements(const Placement& a, const Placement& b);

// Looks documents up by id, in their input order.
class DocumentIndex {
 public:
  explicit DocumentIndex(const google::protobuf::RepeatedPtrField<Document>& documents);

  // Input position of the document, or -1 when it is not in the timeline.
  int Position(const std::string& id) const;
  const Document* Find(const std::string& id) const;

  // The event's first document: the earliest published of the documents
  // its mentions come from (input order breaks ties); null when none is
  // known.
  const Document* FirstDocument(const Event& event) const;

  // The latest publication day among the event's documents.
  std::optional<absl::CivilDay> LatestPublication(const Event& event) const;

  // Where `event` stands: its time's span, or undated at its first
  // document's publication day.
  Placement Place(const Event& event) const;

 private:
  const google::protobuf::RepeatedPtrField<Document>& documents_;
  absl::flat_hash_map<std::string, int> positions_;
};

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_EVENT_TIME_H_
