// Known occasions: recurring gatherings such as G-20, G-7 and NATO summits,
// whose host and dates are public record (data/occasions.tsv). News names
// them by series and host and often leaves out the year:
//
//   "Trump and Putin first met at the G-20 summit in Hamburg, back in July"
//
// The resolver alone must read "July" as the last July before the article.
// A reader who knows the Hamburg G-20 was in July 2017 reads 2017-07, and so
// does DateKnownOccasions: it gives an event that names a known occasion the
// occasion's year when the text's own date has no year and agrees on the
// month, and the occasion's dates when the text gives no date at all. A date
// with a year written in the text is never changed.

#ifndef CHRONICLE_EXTRACTOR_EVENTS_OCCASIONS_H_
#define CHRONICLE_EXTRACTOR_EVENTS_OCCASIONS_H_

#include <bitset>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "proto/timeline.pb.h"

namespace chronicle::events {

struct Occasion {
  std::string series;               // "G20"
  std::vector<std::string> hosts;   // "St. Petersburg", "Saint Petersburg"
  absl::CivilDay first;             // first and last day, inclusive
  absl::CivilDay last;

  // "G20 Hamburg 2017"
  std::string Label() const;
};

class OccasionTable {
 public:
  // Parses the format of data/occasions.tsv; errors name the line.
  static absl::StatusOr<std::unique_ptr<OccasionTable>> Parse(std::string_view data);
  // The built-in table, parsed once per process.
  static const OccasionTable& Default();
  OccasionTable(const OccasionTable&) = delete;
  OccasionTable& operator=(const OccasionTable&) = delete;

  // The occasions whose series `sentence` names and whose host is `place`
  // (the event's place, when it has one) or, when none is, named in the
  // sentence too.
  std::vector<const Occasion*> Named(std::string_view sentence, std::string_view place) const;

  size_t size() const { return occasions_.size(); }

 private:
  OccasionTable() = default;
  struct Series {
    std::string id;
    std::vector<std::string> names;
    // The names in capitals, made once: every event's every sentence is
    // searched for each series.
    std::vector<std::string> upper_names;
  };
  // True when `sentence` holds the first two bytes of some series name, as
  // written or in capitals: most sentences hold none, and are then read
  // once instead of searched for every name.
  bool MayNameSeries(std::string_view sentence) const;

  std::vector<Series> series_;
  std::vector<Occasion> occasions_;
  // By the first two bytes of each name and its capitals (first << 8 |
  // second).
  std::bitset<1 << 16> name_starts_;
  bool one_byte_name_ = false;  // then any sentence may name a series
};

// Dates the events that name a known occasion (see the file comment) and
// records which occasion in `Event.occasion`. An occasion must lie on the
// side of `published` that the event's status gives: before it for what
// occurred, not before it for what is scheduled or proposed. Returns the
// time expressions whose year it changed, so that the document's copies at
// the same offsets can change with them.
std::vector<TimeExpression> DateKnownOccasions(const OccasionTable& table, absl::CivilDay published,
                                               std::vector<Event>* events);

}  // namespace chronicle::events

#endif  // CHRONICLE_EXTRACTOR_EVENTS_OCCASIONS_H_
