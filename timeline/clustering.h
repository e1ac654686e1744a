// Groups the reports of many documents into events, by the rules of
// evidence.h.
//
//   std::vector<std::vector<int>> events = ClusterReports(reports);
//   // events[k] lists indices into `reports`, in report order.
//
// Reports are taken most specific first (a report with a clock time before
// one with a day, a day before a week, dated before undated), then in
// document order. Each joins the event it is compatible with — compatible
// with every report already in it, and sharing enough participants with the
// event's union — or starts a new one. Taking precise reports first lets
// them found the events, so that a vague "2025" report cannot glue two
// different meetings together. When several events fit, the report joins
// the nearest in time (an undated report is near its publication day), then
// the one sharing more participants, then the oldest. The result depends on
// nothing but the reports and their document order.

#ifndef CHRONICLE_TIMELINE_CLUSTERING_H_
#define CHRONICLE_TIMELINE_CLUSTERING_H_

#include <vector>

#include "timeline/evidence.h"

namespace chronicle {

std::vector<std::vector<int>> ClusterReports(const std::vector<Report>& reports);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_CLUSTERING_H_
