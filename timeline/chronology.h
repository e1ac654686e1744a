// A timeline as a Markdown chronology, for people to read: a heading, then
// one dated line per event and, under it, the sources it came from.
//
//   # Chronology
//
//   2 events from 4 documents.
//
//   - **2025-09-19 10:30 Europe/Tallinn** · occurred · summit · Ana Ferreira, Tomas Berg · Old Town, Tallinn
//     - also reported: scheduled (status)
//     - wire-1 (Leaders plan talks) `wire-1#0-52`: "Ferreira and Berg plan a summit in Tallinn next week."
//
// The date reads at its granularity (event_text.h); undated events read
// "undated (published 2025-09-15)". Times and statuses that other reports
// give are listed so the reader sees the disagreement. A document whose
// `source` is a URL is linked.

#ifndef CHRONICLE_TIMELINE_CHRONOLOGY_H_
#define CHRONICLE_TIMELINE_CHRONOLOGY_H_

#include <string>

#include "proto/timeline.pb.h"

namespace chronicle {

struct ChronologyOptions {
  // The text of the top heading.
  std::string title = "Chronology";
  // False leaves out every word taken from the articles (sentences,
  // headlines, listing titles) and gives each event's sources as links on
  // one line, "sources: `doc#125-196`, ...": a chronology to share without
  // the articles' text.
  bool quote_text = true;
};

std::string RenderChronology(const Timeline& timeline, const ChronologyOptions& options = {});

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_CHRONOLOGY_H_
