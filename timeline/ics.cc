#include "timeline/ics.h"

#include <map>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"
#include "timeline/event_text.h"
#include "timeline/event_time.h"
#include "timeline/ics_text.h"
#include "timeline/vtimezone.h"

namespace chronicle {
namespace {

enum class Shape { kTimed, kAllDay, kLeftOut };

Shape ShapeOf(const Event& event, const IcsOptions& options) {
  if (!IsDated(event)) return Shape::kLeftOut;
  const Granularity granularity = GranularityOf(event.time());
  if (granularity >= GRANULARITY_HOUR) return Shape::kTimed;
  if (granularity >= GRANULARITY_DAY) return Shape::kAllDay;
  return options.include_coarse ? Shape::kAllDay : Shape::kLeftOut;
}

std::string DateValue(absl::CivilDay day) {
  return absl::StrFormat("%04d%02d%02d", day.year(), day.month(), day.day());
}

std::string DateTimeValue(absl::CivilSecond t) {
  return absl::StrFormat("%sT%02d%02d%02d", DateValue(absl::CivilDay(t)), t.hour(), t.minute(), t.second());
}

std::string ZoneOf(const Event& event, const DocumentIndex& documents, const std::string& fallback) {
  if (IsKnownTimeZone(event.time().interval().time_zone())) return event.time().interval().time_zone();
  const Document* first = documents.FirstDocument(event);
  if (first != nullptr && IsKnownTimeZone(first->time_zone())) return first->time_zone();
  return fallback;
}

// The end of a timed event: the interval's when it says the event lasts
// longer than one unit of its granularity, else an hour after the start.
absl::CivilSecond TimedEnd(const Event& event, const CivilSpan& span) {
  const Granularity granularity = GranularityOf(event.time());
  if (span.end > AddGranularityUnit(span.begin, granularity)) return span.end;
  return span.begin + 3600;
}

// When a document was published, as seconds since the epoch.
std::optional<int64_t> PublishedSeconds(const Document& document) {
  const std::optional<absl::CivilSecond> local = ParseLocalTime(document.published());
  if (!local) return std::nullopt;
  const std::optional<int64_t> zoned = LocalToUnixSeconds(document.time_zone(), *local);
  if (zoned) return zoned;
  return absl::ToUnixSeconds(absl::FromCivil(*local, absl::UTCTimeZone()));
}

std::string Dtstamp(const Event& event, const DocumentIndex& documents) {
  int64_t latest = 0;
  for (const Mention& mention : event.mentions()) {
    const Document* document = documents.Find(mention.document_id());
    const std::optional<int64_t> published = document ? PublishedSeconds(*document) : std::nullopt;
    if (published && *published > latest) latest = *published;
  }
  const absl::CivilSecond utc = absl::ToCivilSecond(absl::FromUnixSeconds(latest), absl::UTCTimeZone());
  return DateTimeValue(utc) + "Z";
}

const char* IcsStatus(Event::Status status) {
  switch (status) {
    case Event::SCHEDULED:
    case Event::PROPOSED:
      return "TENTATIVE";
    case Event::OCCURRED:
      return "CONFIRMED";
    case Event::CANCELLED:
      return "CANCELLED";
    default:
      return nullptr;
  }
}

std::string Summary(const Event& event) {
  const bool listed = event.type() == Event::PUBLIC_EVENT || event.type() == Event::PRESS_CONFERENCE;
  if (listed && !event.title().empty()) return event.title();
  std::string type = TypeLabel(event.type());
  type[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(type[0])));
  const std::string names = ParticipantNames(event);
  if (!names.empty()) return absl::StrCat(type, ": ", names);
  return event.title().empty() ? type : absl::StrCat(type, ": ", event.title());
}

std::string Description(const Event& event, const DocumentIndex& documents) {
  std::vector<std::string> lines = {
      absl::StrCat(TypeLabel(event.type()), ", ", StatusLabel(event.status()), ", ", WhenLabel(event, documents))};
  if (!event.title().empty()) lines.push_back(OneLine(event.title()));
  if (!event.topic().empty()) lines.push_back(absl::StrCat("On ", OneLine(event.topic())));
  std::vector<std::string> others;
  for (const TimeExpression& time : event.other_times()) others.push_back(TimeLabel(time));
  for (const int status : event.other_statuses()) others.push_back(StatusLabel(Event::Status(status)));
  if (!others.empty()) lines.push_back(absl::StrCat("Also reported: ", absl::StrJoin(others, "; ")));
  lines.push_back("Sources:");
  for (const Mention& mention : event.mentions()) {
    const Document* document = documents.Find(mention.document_id());
    const std::string title = document && !document->title().empty() ? absl::StrCat(" (", document->title(), ")") : "";
    const std::string& quoted = mention.sentence().empty() ? mention.trigger() : mention.sentence();
    lines.push_back(
        absl::StrCat("- ", mention.document_id(), title, " ", SourceLabel(mention), ": \"", OneLine(quoted), "\""));
  }
  return absl::StrJoin(lines, "\n");
}

std::string Categories(const Event& event) {
  std::vector<std::string> names;
  for (const Participant& p : event.participants()) {
    names.push_back(EscapeIcsText(OneLine(p.name().empty() ? p.actor_id() : p.name())));
  }
  return absl::StrJoin(names, ",");
}

std::string Uid(const Event& event) {
  if (!event.id().empty()) return absl::StrCat(event.id(), "@chronicle");
  const Mention* first = event.mentions().empty() ? nullptr : &event.mentions(0);
  return first ? absl::StrCat(first->document_id(), "-", first->begin(), "@chronicle") : "unnamed@chronicle";
}

// Writes the DTSTART and DTEND of one event; returns the zone of a timed one.
std::optional<std::string> AppendWhen(const Event& event, Shape shape, const DocumentIndex& documents,
                                      const IcsOptions& options, IcsWriter* out) {
  const CivilSpan span = *SpanOf(event.time());
  if (shape == Shape::kAllDay) {
    const absl::CivilDay first(span.begin);
    const absl::CivilDay after_last = std::max(absl::CivilDay(span.end - 1) + 1, first + 1);
    out->Line("DTSTART;VALUE=DATE", DateValue(first));
    out->Line("DTEND;VALUE=DATE", DateValue(after_last));
    return std::nullopt;
  }
  const std::string zone = ZoneOf(event, documents, options.default_time_zone);
  out->Line(absl::StrCat("DTSTART;TZID=", zone), DateTimeValue(span.begin));
  out->Line(absl::StrCat("DTEND;TZID=", zone), DateTimeValue(TimedEnd(event, span)));
  return zone;
}

// The years each zone's VTIMEZONE has to cover.
using ZoneYears = std::map<std::string, std::pair<int, int>>;

void NoteZoneYears(const std::string& zone, const Event& event, ZoneYears* zones) {
  const CivilSpan span = *SpanOf(event.time());
  const int first = static_cast<int>(span.begin.year());
  const int last = static_cast<int>(TimedEnd(event, span).year());
  auto [it, inserted] = zones->emplace(zone, std::make_pair(first, last));
  it->second = {std::min(it->second.first, first), std::max(it->second.second, last)};
}

void AppendEvent(const Event& event, Shape shape, const DocumentIndex& documents, const IcsOptions& options,
                 IcsWriter* out, ZoneYears* zones) {
  out->Begin("VEVENT");
  out->Line("UID", EscapeIcsText(Uid(event)));
  out->Line("DTSTAMP", Dtstamp(event, documents));
  out->Line("SEQUENCE", absl::StrCat(event.revision()));
  if (const std::optional<std::string> zone = AppendWhen(event, shape, documents, options, out)) {
    NoteZoneYears(*zone, event, zones);
  }
  out->Line("SUMMARY", EscapeIcsText(OneLine(Summary(event))));
  const std::string place = PlaceLabel(event.location());
  if (!place.empty()) out->Line("LOCATION", EscapeIcsText(place));
  out->Line("DESCRIPTION", EscapeIcsText(Description(event, documents)));
  if (!event.participants().empty()) out->Line("CATEGORIES", Categories(event));
  if (const char* status = IcsStatus(event.status())) out->Line("STATUS", status);
  out->End("VEVENT");
}

}  // namespace

absl::StatusOr<std::string> TimelineToIcs(const Timeline& timeline, const IcsOptions& options) {
  if (!IsKnownTimeZone(options.default_time_zone)) {
    return absl::InvalidArgumentError(absl::StrCat("unknown time zone '", options.default_time_zone, "'"));
  }
  const DocumentIndex documents(timeline.documents());
  IcsWriter events;
  ZoneYears zones;
  for (const Event& event : timeline.events()) {
    const Shape shape = ShapeOf(event, options);
    if (shape != Shape::kLeftOut) AppendEvent(event, shape, documents, options, &events, &zones);
  }
  IcsWriter out;
  out.Begin("VCALENDAR");
  out.Line("VERSION", "2.0");
  out.Line("PRODID", "-//chronicle//chronicle timeline//EN");
  out.Line("CALSCALE", "GREGORIAN");
  for (const auto& [zone, years] : zones) {
    const absl::Status status = AppendVTimezone(zone, years.first, years.second, &out);
    if (!status.ok()) return status;
  }
  IcsWriter end;
  end.End("VCALENDAR");
  return absl::StrCat(out.text(), events.text(), end.text());
}

}  // namespace chronicle
