#include "timeline/event_text.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

namespace chronicle {
namespace {

std::string Date(absl::CivilSecond t) { return absl::StrFormat("%04d-%02d-%02d", t.year(), t.month(), t.day()); }

std::string Suffix(const std::string& value, size_t length) {
  return value.size() >= length ? value.substr(value.size() - length) : "";
}

std::string Lookup(const std::map<std::string, std::string>& names, const std::string& key,
                   const std::string& fallback) {
  const auto it = names.find(key);
  return it == names.end() ? fallback : it->second;
}

std::string PartOfDayName(const TimeExpression& time) {
  static const auto* names = new std::map<std::string, std::string>{
      {"MO", "morning"}, {"MI", "midday"}, {"AF", "afternoon"}, {"EV", "evening"}, {"NI", "night"}, {"DT", "daytime"}};
  return Lookup(*names, Suffix(time.value(), 2), "part of the day");
}

std::string SeasonName(const TimeExpression& time) {
  static const auto* names = new std::map<std::string, std::string>{
      {"SP", "spring"}, {"SU", "summer"}, {"FA", "autumn"}, {"AU", "autumn"}, {"WI", "winter"}};
  return Lookup(*names, Suffix(time.value(), 2), "season");
}

std::string ClockLabel(const CivilSpan& span, Granularity granularity, const std::string& zone) {
  const absl::CivilSecond& b = span.begin;
  std::string label =
      absl::StrFormat("%s %02d:%02d", Date(b), b.hour(), granularity == GRANULARITY_HOUR ? 0 : b.minute());
  if (granularity == GRANULARITY_SECOND) absl::StrAppendFormat(&label, ":%02d", b.second());
  if (!zone.empty()) absl::StrAppend(&label, " ", zone);
  return label;
}

std::string DayLabel(const CivilSpan& span) {
  const absl::CivilDay first(span.begin);
  const absl::CivilDay last = absl::CivilDay(span.end - 1);
  if (last <= first) return Date(span.begin);
  return absl::StrCat(Date(span.begin), " to ", Date(absl::CivilSecond(last)));
}

std::string SpanLabel(const TimeExpression& time, const CivilSpan& span) {
  const absl::CivilSecond& b = span.begin;
  switch (GranularityOf(time)) {
    case GRANULARITY_SECOND:
    case GRANULARITY_MINUTE:
    case GRANULARITY_HOUR:
      return ClockLabel(span, GranularityOf(time), time.interval().time_zone());
    case GRANULARITY_PART_OF_DAY:
      return absl::StrCat(Date(b), " ", PartOfDayName(time));
    case GRANULARITY_DAY:
      return DayLabel(span);
    case GRANULARITY_WEEK:
      return absl::StrCat(Suffix(time.value(), 3) == "-WE" ? "weekend of " : "week of ", Date(b));
    case GRANULARITY_MONTH:
      return absl::StrFormat("%04d-%02d", b.year(), b.month());
    case GRANULARITY_SEASON:
      return absl::StrCat(SeasonName(time), " ", b.year());
    case GRANULARITY_QUARTER:
      return absl::StrCat("Q", (b.month() - 1) / 3 + 1, " ", b.year());
    case GRANULARITY_HALF_YEAR:
      return absl::StrCat(b.month() <= 6 ? "first" : "second", " half of ", b.year());
    case GRANULARITY_YEAR:
      return absl::StrCat(b.year());
    case GRANULARITY_DECADE:
      return absl::StrCat(b.year() - b.year() % 10, "s");
    case GRANULARITY_CENTURY:
      return absl::StrCat("the ", b.year() - b.year() % 100, "s");
    default:
      return Date(b);
  }
}

std::string ModPrefix(const std::string& mod) {
  static const auto* prefixes = new std::map<std::string, std::string>{
      {"APPROX", "about "},  {"START", "early "}, {"MID", "mid "},         {"END", "late "},
      {"BEFORE", "before "}, {"AFTER", "after "}, {"ON_OR_BEFORE", "by "}, {"ON_OR_AFTER", "from "}};
  return Lookup(*prefixes, mod, "");
}

std::string LowercaseEnumName(const std::string& name) {
  std::string label = name;
  for (char& c : label) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return label;
}

}  // namespace

std::string TimeLabel(const TimeExpression& time) {
  const std::optional<CivilSpan> span = SpanOf(time);
  if (!span) return time.value().empty() ? "undated" : time.value();
  return ModPrefix(time.mod()) + SpanLabel(time, *span);
}

std::string WhenLabel(const Event& event, const DocumentIndex& documents) {
  if (IsDated(event)) return TimeLabel(event.time());
  const Document* first = documents.FirstDocument(event);
  const std::optional<absl::CivilDay> day = first ? PublicationDay(*first) : std::nullopt;
  if (!day) return "undated";
  return absl::StrCat("undated (published ", Date(absl::CivilSecond(*day)), ")");
}

std::string TypeLabel(Event::Type type) {
  if (type == Event::TYPE_UNSPECIFIED) return "event";
  return LowercaseEnumName(Event::Type_Name(type));
}

std::string StatusLabel(Event::Status status) {
  if (status == Event::STATUS_UNSPECIFIED) return "unknown";
  return LowercaseEnumName(Event::Status_Name(status));
}

std::string PlaceLabel(const Place& place) {
  // A dateline's "BEIJING" reads better as the gazetteer's "Beijing".
  const bool shouted = std::none_of(place.text().begin(), place.text().end(),
                                    [](char c) { return c >= 'a' && c <= 'z'; });
  if (!place.text().empty() && !(shouted && !place.name().empty())) return OneLine(place.text());
  std::vector<std::string> parts;
  for (const std::string& part : {place.name(), place.region(), place.country()}) {
    if (!part.empty()) parts.push_back(part);
  }
  return OneLine(absl::StrJoin(parts, ", "));
}

std::string ParticipantNames(const Event& event) {
  std::vector<std::string> names;
  for (const Participant& p : event.participants()) names.push_back(p.name().empty() ? p.actor_id() : p.name());
  return absl::StrJoin(names, ", ");
}

std::string SourceLabel(const Mention& mention) {
  return absl::StrCat(mention.document_id(), "#", mention.begin(), "-", mention.end());
}

std::string OneLine(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace chronicle
