#include "timeline/chronology.h"

#include <set>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "timeline/event_text.h"
#include "timeline/event_time.h"

namespace chronicle {
namespace {

// Backslash-escapes the characters that would start Markdown markup inside
// a line, so that a name like "*NSYNC" or a title with [brackets] reads as
// written.
std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  for (const char c : OneLine(text)) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string Count(int n, const char* singular, const char* plural) {
  return absl::StrCat(n, " ", n == 1 ? singular : plural);
}

std::string EventLine(const Event& event, const DocumentIndex& documents, bool quote_text) {
  std::vector<std::string> parts = {absl::StrCat("**", EscapeMarkdown(WhenLabel(event, documents)), "**"),
                                    StatusLabel(event.status()), TypeLabel(event.type())};
  for (const std::string& part : {ParticipantNames(event), PlaceLabel(event.location())}) {
    if (!part.empty()) parts.push_back(EscapeMarkdown(part));
  }
  if (quote_text && !event.title().empty()) parts.push_back(absl::StrCat("*", EscapeMarkdown(event.title()), "*"));
  if (quote_text && !event.topic().empty()) parts.push_back(absl::StrCat("on ", EscapeMarkdown(event.topic())));
  return absl::StrCat("- ", absl::StrJoin(parts, " · "), "\n");
}

std::string DisagreementLine(const Event& event) {
  std::vector<std::string> others;
  for (const TimeExpression& time : event.other_times()) {
    others.push_back(absl::StrCat(EscapeMarkdown(TimeLabel(time)), " (time)"));
  }
  for (const int status : event.other_statuses()) {
    others.push_back(absl::StrCat(StatusLabel(Event::Status(status)), " (status)"));
  }
  if (others.empty()) return "";
  return absl::StrCat("  - also reported: ", absl::StrJoin(others, "; "), "\n");
}

std::string DocumentLabel(const std::string& id, const Document* document) {
  std::string label = EscapeMarkdown(id);
  if (document == nullptr) return label;
  const std::string& source = document->source();
  if (absl::StartsWith(source, "https://") || absl::StartsWith(source, "http://")) {
    label = absl::StrCat("[", label, "](<", source, ">)");
  }
  if (!document->title().empty()) absl::StrAppend(&label, " (", EscapeMarkdown(document->title()), ")");
  return label;
}

std::string SourceLine(const Mention& mention, const DocumentIndex& documents) {
  const std::string& quoted = mention.sentence().empty() ? mention.trigger() : mention.sentence();
  return absl::StrCat("  - ", DocumentLabel(mention.document_id(), documents.Find(mention.document_id())), " `",
                      SourceLabel(mention), "`: \"", EscapeMarkdown(quoted), "\"\n");
}

std::string SourceLinksLine(const Event& event) {
  std::vector<std::string> links;
  for (const Mention& mention : event.mentions()) links.push_back(absl::StrCat("`", SourceLabel(mention), "`"));
  return absl::StrCat("  - sources: ", absl::StrJoin(links, ", "), "\n");
}

}  // namespace

std::string RenderChronology(const Timeline& timeline, const ChronologyOptions& options) {
  const DocumentIndex documents(timeline.documents());
  std::string out =
      absl::StrCat("# ", EscapeMarkdown(options.title), "\n\n", Count(timeline.events_size(), "event", "events"),
                   " from ", Count(timeline.documents_size(), "document", "documents"), ".\n");
  if (timeline.events().empty()) return out;
  out += "\n";
  for (const Event& event : timeline.events()) {
    absl::StrAppend(&out, EventLine(event, documents, options.quote_text), DisagreementLine(event));
    if (!options.quote_text) {
      out += SourceLinksLine(event);
      continue;
    }
    for (const Mention& mention : event.mentions()) out += SourceLine(mention, documents);
  }
  return out;
}

}  // namespace chronicle
