#include "extractor/events/occasions.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "extractor/actors/tsv.h"
#include "extractor/events/events_data.h"

namespace chronicle::events {
namespace {

constexpr char kDataName[] = "occasions.tsv";

bool IsWordByte(char c) { return absl::ascii_isalnum(static_cast<unsigned char>(c)); }

// `form` in `text` as a whole word or phrase.
bool HasWholePhrase(std::string_view text, std::string_view form) {
  for (size_t at = text.find(form); at != std::string_view::npos; at = text.find(form, at + 1)) {
    const size_t end = at + form.size();
    if ((at == 0 || !IsWordByte(text[at - 1])) && (end == text.size() || !IsWordByte(text[end]))) return true;
  }
  return false;
}

// Two bytes as one key: the first in the high byte.
size_t TwoBytes(const char* p) {
  return static_cast<size_t>(static_cast<unsigned char>(p[0])) << 8 | static_cast<unsigned char>(p[1]);
}

std::string Upper(std::string_view name) {
  std::string upper(name);
  absl::AsciiStrToUpper(&upper);
  return upper;
}

// `name` in `text` as a whole word or phrase, as written or in capitals
// (`upper`): "G-20", "G-20"; "NATO summit", "NATO SUMMIT".
bool NamesPhrase(std::string_view text, std::string_view name, std::string_view upper) {
  return HasWholePhrase(text, name) || (upper != name && HasWholePhrase(text, upper));
}

bool ParseDay(std::string_view text, absl::CivilDay* day) {
  return text.size() == 10 && absl::ParseCivilTime(std::string(text), day) &&
         absl::FormatCivilTime(*day) == text;
}

std::string LocalTime(absl::CivilDay day) { return absl::FormatCivilTime(absl::CivilSecond(day)); }

bool IsFutureStatus(Event::Status s) { return s == Event::SCHEDULED || s == Event::PROPOSED; }

// Calls and listed public events are not held at a summit.
bool CanBeAtOccasion(Event::Type t) { return t != Event::CALL && t != Event::PUBLIC_EVENT; }

// The year and month a resolved value starts with ("2025-07" -> 2025, 7);
// month 0 for a bare year; false when the value is not a calendar date.
bool YearMonthOf(const std::string& value, int* year, int* month) {
  if (value.size() < 4 || !absl::ascii_isdigit(value[0])) return false;
  *year = std::atoi(value.substr(0, 4).c_str());
  *month = 0;
  if (value.size() >= 7 && value[4] == '-' && absl::ascii_isdigit(value[5]) && absl::ascii_isdigit(value[6])) {
    *month = std::atoi(value.substr(5, 2).c_str());
  }
  return true;
}

// An occasion still ahead is at most about a year ahead: news tells of the
// next summit of a series, not of one nine years on ("talks will begin on
// Nov. 9 in Beijing" in 2005 are not the APEC summit of Beijing 2014).
bool OnStatusSide(const Occasion& o, Event::Status status, absl::CivilDay published) {
  constexpr int kMaxDaysAhead = 400;
  if (!IsFutureStatus(status)) return o.first <= published;
  return o.last >= published && o.first <= published + kMaxDaysAhead;
}

// The one occasion the event's own date agrees with, or none.
const Occasion* Choose(const std::vector<const Occasion*>& named, const Event& event, absl::CivilDay published) {
  int year = 0;
  int month = 0;
  const bool dated = event.has_time() && YearMonthOf(event.time().value(), &year, &month);
  const Occasion* chosen = nullptr;
  for (const Occasion* o : named) {
    if (!OnStatusSide(*o, event.status(), published)) continue;
    if (dated && !event.time().year_inferred() && o->first.year() != year && o->last.year() != year) continue;
    if (dated && event.time().year_inferred() && o->first.month() != month && o->last.month() != month) continue;
    if (chosen != nullptr) return nullptr;  // the text does not say which
    chosen = o;
  }
  return chosen;
}

void SetInterval(absl::CivilDay first, absl::CivilDay end, TimeExpression* time) {
  Interval* interval = time->mutable_interval();
  interval->Clear();
  interval->set_begin(LocalTime(first));
  interval->set_end(LocalTime(end));
}

// The occasion's dates for an event the text gives none: its day, or its
// month, or its year when it spans two months.
TimeExpression OccasionTime(const Occasion& o) {
  TimeExpression time;
  time.set_type(TimeExpression::DATE);
  if (o.first == o.last) {
    time.set_value(absl::FormatCivilTime(o.first));
    time.set_granularity(GRANULARITY_DAY);
  } else if (o.first.month() == o.last.month()) {
    time.set_value(absl::StrFormat("%04d-%02d", o.first.year(), o.first.month()));
    time.set_granularity(GRANULARITY_MONTH);
  } else {
    time.set_value(absl::StrCat(o.first.year()));
    time.set_granularity(GRANULARITY_YEAR);
  }
  SetInterval(o.first, o.last + 1, &time);
  time.set_anchor(ANCHOR_NONE);
  time.set_evidence(absl::StrCat("occasion:", o.Label()));
  return time;
}

// Moves a yearless date into the occasion's year, keeping what the text said
// of month, day and time.
void MoveToYear(const Occasion& o, const Event& event, TimeExpression* time) {
  const int from = std::atoi(time->value().substr(0, 4).c_str());
  const int to = static_cast<int>(o.first.month() == std::atoi(time->value().substr(5, 2).c_str())
                                      ? o.first.year()
                                      : o.last.year());
  const auto shift = [&](const std::string& local) {
    if (local.size() < 4) return local;
    return absl::StrCat(std::atoi(local.substr(0, 4).c_str()) + (to - from), absl::string_view(local).substr(4));
  };
  time->set_value(absl::StrCat(to, absl::string_view(time->value()).substr(4)));
  Interval* interval = time->mutable_interval();
  interval->set_begin(shift(interval->begin()));
  interval->set_end(shift(interval->end()));
  interval->clear_utc_begin();  // the zone offset may differ in another year
  time->clear_alternatives();
  time->set_anchor(ANCHOR_EVENT);
  time->set_anchor_event_id(event.id());
  time->set_evidence(absl::StrCat("occasion:", o.Label()));
}

}  // namespace

std::string Occasion::Label() const { return absl::StrCat(series, " ", hosts.front(), " ", first.year()); }

absl::StatusOr<std::unique_ptr<OccasionTable>> OccasionTable::Parse(std::string_view data) {
  std::unique_ptr<OccasionTable> table(new OccasionTable());
  TsvReader reader(data);
  TsvRecord r;
  std::string section;
  while (reader.Next(&r)) {
    const std::string_view first = r.field(0);
    if (first.size() > 2 && first.front() == '[' && first.back() == ']') {
      section = std::string(first.substr(1, first.size() - 2));
      if (section != "series" && section != "occasions") {
        return absl::InvalidArgumentError(DataError(kDataName, r.line, "unknown section"));
      }
      continue;
    }
    if (section == "series") {
      Series s{std::string(first), {}, {}};
      for (std::string_view name : SplitList(r.field(1))) {
        s.names.emplace_back(name);
        s.upper_names.push_back(Upper(name));
        if (name.size() < 2) {
          table->one_byte_name_ = true;  // no two bytes to look for
          continue;
        }
        table->name_starts_.set(TwoBytes(s.names.back().data()));
        table->name_starts_.set(TwoBytes(s.upper_names.back().data()));
      }
      if (s.names.empty()) return absl::InvalidArgumentError(DataError(kDataName, r.line, "a series needs names"));
      table->series_.push_back(std::move(s));
      continue;
    }
    if (section != "occasions") return absl::InvalidArgumentError(DataError(kDataName, r.line, "line before any section"));
    Occasion o;
    o.series = std::string(first);
    bool known = false;
    for (const Series& s : table->series_) known |= s.id == o.series;
    if (!known) return absl::InvalidArgumentError(DataError(kDataName, r.line, "unknown series"));
    for (std::string_view host : SplitList(r.field(1))) o.hosts.emplace_back(host);
    if (o.hosts.empty() || !ParseDay(r.field(2), &o.first) || !ParseDay(r.field(3), &o.last) || o.last < o.first) {
      return absl::InvalidArgumentError(
          DataError(kDataName, r.line, "expected: series, hosts, first day, last day (YYYY-MM-DD)"));
    }
    table->occasions_.push_back(std::move(o));
  }
  return table;
}

const OccasionTable& OccasionTable::Default() {
  static const OccasionTable* table = [] {
    absl::StatusOr<std::unique_ptr<OccasionTable>> t = Parse(events_data::File(kDataName));
    if (!t.ok()) {
      std::cerr << "chronicle: the built-in occasions do not parse: " << t.status().message() << "\n";
      std::abort();
    }
    return t->release();
  }();
  return *table;
}

bool OccasionTable::MayNameSeries(std::string_view sentence) const {
  if (one_byte_name_) return true;
  for (size_t i = 0; i + 1 < sentence.size(); ++i) {
    if (name_starts_[TwoBytes(sentence.data() + i)]) return true;
  }
  return false;
}

std::vector<const Occasion*> OccasionTable::Named(std::string_view sentence, std::string_view place) const {
  if (!MayNameSeries(sentence)) return {};
  // "at the G-20 in Osaka and at the NATO summit in Brussels": the event's
  // own place says which of the sentence's occasions it was.
  std::vector<const Occasion*> at_place;
  std::vector<const Occasion*> in_sentence;
  for (const Series& s : series_) {
    bool series_named = false;
    for (size_t n = 0; n < s.names.size() && !series_named; ++n) {
      series_named = NamesPhrase(sentence, s.names[n], s.upper_names[n]);
    }
    if (!series_named) continue;
    for (const Occasion& o : occasions_) {
      if (o.series != s.id) continue;
      bool hosted_at_place = false;
      bool host_named = false;
      for (const std::string& host : o.hosts) {
        hosted_at_place = hosted_at_place || (!place.empty() && host == place);
        host_named = host_named || NamesPhrase(sentence, host, Upper(host));
      }
      if (hosted_at_place) at_place.push_back(&o);
      if (host_named) in_sentence.push_back(&o);
    }
  }
  return at_place.empty() ? in_sentence : at_place;
}

std::vector<TimeExpression> DateKnownOccasions(const OccasionTable& table, absl::CivilDay published,
                                               std::vector<Event>* events) {
  std::vector<TimeExpression> revised;
  for (Event& event : *events) {
    if (!CanBeAtOccasion(event.type())) continue;
    std::vector<const Occasion*> named;
    for (const Mention& m : event.mentions()) {
      for (const Occasion* o : table.Named(m.sentence(), event.location().name())) {
        if (std::find(named.begin(), named.end(), o) == named.end()) named.push_back(o);
      }
    }
    const Occasion* o = Choose(named, event, published);
    if (o == nullptr) continue;
    event.set_occasion(o->Label());
    int year = 0;
    int month = 0;
    if (!event.has_time() || !YearMonthOf(event.time().value(), &year, &month)) {
      *event.mutable_time() = OccasionTime(*o);
      event.set_time_source(Event::KNOWN_OCCASION);
      event.set_undated(false);
    } else if (event.time().year_inferred() && o->first.year() != year && o->last.year() != year) {
      const std::string old_value = event.time().value();
      MoveToYear(*o, event, event.mutable_time());
      for (Mention& m : *event.mutable_mentions()) {
        if (m.time_value() == old_value) m.set_time_value(event.time().value());
      }
      revised.push_back(event.time());
    }
  }
  return revised;
}

}  // namespace chronicle::events
