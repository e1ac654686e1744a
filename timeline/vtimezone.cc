#include "timeline/vtimezone.h"

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "date/date.h"
#include "date/tz.h"

namespace chronicle {
namespace {

using std::chrono::seconds;

const date::time_zone* Locate(std::string_view zone) {
  if (zone.empty()) return nullptr;
  try {
    return date::locate_zone(zone);
  } catch (const std::runtime_error&) {
    return nullptr;
  }
}

date::sys_seconds StartOfYear(int year) { return date::sys_days(date::year(year) / date::January / 1); }

// "20250309T020000" for an instant seen at `offset` from UTC.
std::string LocalStamp(date::sys_seconds instant, seconds offset) {
  const date::local_seconds local{(instant + offset).time_since_epoch()};
  const auto day = date::floor<date::days>(local);
  const date::year_month_day ymd(day);
  const date::hh_mm_ss<seconds> time(local - day);
  return absl::StrFormat("%04d%02d%02dT%02d%02d%02d", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                         static_cast<unsigned>(ymd.day()), time.hours().count(), time.minutes().count(),
                         time.seconds().count());
}

// "-0500", or "+051321" for the odd offsets of local mean time.
std::string UtcOffset(seconds offset) {
  const int64_t total = offset.count();
  const int64_t magnitude = std::llabs(total);
  std::string text = absl::StrFormat("%c%02d%02d", total < 0 ? '-' : '+', magnitude / 3600, magnitude / 60 % 60);
  if (magnitude % 60 != 0) absl::StrAppendFormat(&text, "%02d", magnitude % 60);
  return text;
}

void AppendObservance(const date::sys_info& info, const std::string& onset, seconds offset_from, IcsWriter* writer) {
  const char* kind = info.save != std::chrono::minutes(0) ? "DAYLIGHT" : "STANDARD";
  writer->Begin(kind);
  writer->Line("DTSTART", onset);
  writer->Line("TZOFFSETFROM", UtcOffset(offset_from));
  writer->Line("TZOFFSETTO", UtcOffset(info.offset));
  if (!info.abbrev.empty()) writer->Line("TZNAME", EscapeIcsText(info.abbrev));
  writer->End(kind);
}

}  // namespace

bool IsKnownTimeZone(std::string_view zone) { return Locate(zone) != nullptr; }

std::optional<int64_t> LocalToUnixSeconds(std::string_view zone, absl::CivilSecond local) {
  const date::time_zone* tz = Locate(zone);
  if (tz == nullptr) return std::nullopt;
  const date::local_seconds when =
      date::local_days(date::year(static_cast<int>(local.year())) / local.month() / local.day()) +
      std::chrono::hours(local.hour()) + std::chrono::minutes(local.minute()) + seconds(local.second());
  return tz->to_sys(when, date::choose::earliest).time_since_epoch().count();
}

absl::Status AppendVTimezone(std::string_view zone, int first_year, int last_year, IcsWriter* writer) {
  const date::time_zone* tz = Locate(zone);
  if (tz == nullptr) return absl::InvalidArgumentError(absl::StrCat("unknown time zone '", std::string(zone), "'"));
  // A day of margin each side: local New Year's Day begins in UTC's old year.
  const date::sys_seconds range_begin = StartOfYear(first_year) - date::days(1);
  const date::sys_seconds range_end = StartOfYear(last_year + 1) + date::days(1);
  writer->Begin("VTIMEZONE");
  writer->Line("TZID", zone);
  date::sys_info info = tz->get_info(range_begin);
  if (info.begin < StartOfYear(1970)) {
    AppendObservance(info, "19700101T000000", info.offset, writer);
  } else {
    const seconds before = tz->get_info(info.begin - seconds(1)).offset;
    AppendObservance(info, LocalStamp(info.begin, before), before, writer);
  }
  while (info.end < range_end) {
    const date::sys_info next = tz->get_info(info.end);
    AppendObservance(next, LocalStamp(next.begin, info.offset), info.offset, writer);
    info = next;
  }
  writer->End("VTIMEZONE");
  return absl::OkStatus();
}

}  // namespace chronicle
