// Reads an iCalendar file with libical, as a calendar app built on it would,
// and prints what it saw, for the end-to-end tests to assert on:
//
//   ics_check CALENDAR.ics
//
// One line per VEVENT, in file order:
//
//   DTSTART-local <TAB> TZID, or DATE for an all-day event, or UTC, or
//   FLOATING <TAB> SUMMARY
//
// where DTSTART-local is YYYY-MM-DDTHH:MM:SS (YYYY-MM-DD for DATE) as written
// in the file, and the summary is unescaped with tabs and newlines turned
// into spaces. Then a last line "vevents=N errors=M". libical's errors are
// the X-LIC-ERROR properties it puts anywhere in the tree for parse errors
// and, after icalrestriction_check, for RFC 5545 violations; each is printed
// on stderr.
//
// Exit status: 0 when the file parses to a VCALENDAR with at least one
// VEVENT and no error; 1 otherwise; 2 for bad usage or an unreadable file.

#include <libical/ical.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>

namespace {

int CountErrors(icalcomponent* component) {
  int errors = 0;
  for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p != nullptr;
       p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
    std::cerr << "libical error in " << icalcomponent_kind_to_string(icalcomponent_isa(component)) << ": "
              << icalproperty_get_xlicerror(p) << "\n";
    ++errors;
  }
  for (icalcomponent* c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c != nullptr;
       c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
    errors += CountErrors(c);
  }
  return errors;
}

std::string OneLine(const char* text) {
  std::string out = text == nullptr ? "" : text;
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// "2025-08-14T10:00:00<TAB>America/New_York", "2025-08-14<TAB>DATE", ...
std::string Start(icalcomponent* event) {
  icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
  if (dtstart == nullptr) return "NONE\tNONE";
  const icaltimetype t = icalproperty_get_dtstart(dtstart);
  char local[32];
  if (icaltime_is_date(t)) {
    std::snprintf(local, sizeof local, "%04d-%02d-%02d", t.year, t.month, t.day);
    return std::string(local) + "\tDATE";
  }
  std::snprintf(local, sizeof local, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                t.second);
  icalparameter* tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER);
  if (tzid != nullptr) return std::string(local) + "\t" + icalparameter_get_tzid(tzid);
  return std::string(local) + (icaltime_is_utc(t) ? "\tUTC" : "\tFLOATING");
}

// What icalrestriction_check does not check in a calendar without METHOD.
int CountEventErrors(icalcomponent* calendar, icalcomponent* event) {
  int errors = 0;
  const char* summary = icalcomponent_get_summary(event);
  const std::string name = summary == nullptr ? "a VEVENT" : "\"" + std::string(summary) + "\"";
  const std::pair<icalproperty_kind, const char*> required[] = {
      {ICAL_UID_PROPERTY, "UID"}, {ICAL_DTSTAMP_PROPERTY, "DTSTAMP"}, {ICAL_DTSTART_PROPERTY, "DTSTART"}};
  for (const auto& [kind, property] : required) {
    const int n = icalcomponent_count_properties(event, kind);
    if (n != 1) {
      std::cerr << "ics_check: " << name << " has " << n << " " << property << ", expected 1\n";
      ++errors;
    }
  }
  for (icalproperty_kind kind : {ICAL_DTSTART_PROPERTY, ICAL_DTEND_PROPERTY}) {
    icalproperty* p = icalcomponent_get_first_property(event, kind);
    icalparameter* tzid = p == nullptr ? nullptr : icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    if (tzid != nullptr && icalcomponent_get_timezone(calendar, icalparameter_get_tzid(tzid)) == nullptr) {
      std::cerr << "ics_check: " << name << ": TZID " << icalparameter_get_tzid(tzid)
                << " has no VTIMEZONE in the file\n";
      ++errors;
    }
  }
  return errors;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: ics_check CALENDAR.ics\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "ics_check: cannot read " << argv[1] << "\n";
    return 2;
  }
  std::stringstream text;
  text << in.rdbuf();

  icalcomponent* calendar = icalparser_parse_string(text.str().c_str());
  if (calendar == nullptr) {
    std::cerr << "ics_check: libical parsed nothing from " << argv[1] << "\n";
    std::cout << "vevents=0 errors=1\n";
    return 1;
  }
  int errors = 0;
  if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
    std::cerr << "ics_check: the top component is "
              << icalcomponent_kind_to_string(icalcomponent_isa(calendar)) << ", not VCALENDAR\n";
    ++errors;
  }
  icalrestriction_check(calendar);  // adds X-LIC-ERROR for RFC 5545 violations
  errors += CountErrors(calendar);

  int vevents = 0;
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e != nullptr;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    ++vevents;
    errors += CountEventErrors(calendar, e);
    std::cout << Start(e) << "\t" << OneLine(icalcomponent_get_summary(e)) << "\n";
  }
  std::cout << "vevents=" << vevents << " errors=" << errors << "\n";
  icalcomponent_free(calendar);
  if (vevents == 0) std::cerr << "ics_check: no VEVENT in " << argv[1] << "\n";
  return errors == 0 && vevents > 0 ? 0 : 1;
}
