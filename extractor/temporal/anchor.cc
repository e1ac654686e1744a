#include "extractor/temporal/anchor.h"

#include <cctype>
#include <cstdio>

#include "absl/strings/str_cat.h"
#include "extractor/temporal/zones.h"

namespace chronicle::temporal {
namespace {

bool Digits(std::string_view s, size_t pos, size_t count, int* out) {
  if (pos + count > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

absl::Status Invalid(std::string_view text, std::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(std::string(why), ": '", std::string(text),
                                                 "' (expected YYYY-MM-DD, optionally THH:MM and an IANA zone)"));
}

}  // namespace

absl::StatusOr<Anchor> Anchor::Parse(std::string_view text, std::string_view zone_name) {
  std::string_view date_part = text;
  std::string_view zone_part;
  const size_t space = text.find(' ');
  if (space != std::string_view::npos) {
    date_part = text.substr(0, space);
    zone_part = text.substr(space + 1);
  }
  if (!zone_name.empty()) zone_part = zone_name;
  int y = 0, m = 0, d = 0;
  size_t pos = 0;
  if (Digits(date_part, 0, 4, &y) && date_part.size() >= 10 && date_part[4] == '-' && date_part[7] == '-' &&
      Digits(date_part, 5, 2, &m) && Digits(date_part, 8, 2, &d)) {
    pos = 10;
  } else if (date_part.size() >= 8 && Digits(date_part, 0, 4, &y) && Digits(date_part, 4, 2, &m) &&
             Digits(date_part, 6, 2, &d)) {
    pos = 8;
  } else {
    return Invalid(text, "not a date");
  }
  const Period day = Period::Day(y, m, d);
  if (!day.ok()) return Invalid(text, "not a valid date");
  Anchor a;
  a.day = day.first_day();
  if (pos < date_part.size()) {
    int hh = 0, mm = 0, ss = 0;
    const std::string_view rest = date_part.substr(pos);
    const bool hm = rest.size() >= 6 && rest[0] == 'T' && Digits(rest, 1, 2, &hh) && rest[3] == ':' &&
                    Digits(rest, 4, 2, &mm);
    const bool seconds_ok = rest.size() == 6 || (rest.size() == 9 && rest[6] == ':' && Digits(rest, 7, 2, &ss));
    if (!hm || !seconds_ok || hh > 23 || mm > 59 || ss > 59) return Invalid(text, "not a valid time of day");
    a.has_time = true;
    a.hour = hh;
    a.minute = mm;
  }
  if (!zone_part.empty()) {
    a.zone = ZoneIndex(zone_part);
    if (a.zone < 0) {
      return absl::InvalidArgumentError(absl::StrCat("unknown time zone '", std::string(zone_part), "'"));
    }
  }
  return a;
}

std::string Anchor::ToString() const {
  std::string s = DayPeriod().Value();
  if (has_time) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d:00", hour, minute);
    s += buffer;
  }
  return s;
}

}  // namespace chronicle::temporal
