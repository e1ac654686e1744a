#include "extractor/temporal/resolver.h"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "extractor/temporal/field_resolver.h"
#include "extractor/temporal/resolver_internal.h"

namespace chronicle::temporal {
namespace internal {
namespace {

std::string FormatAmount(double amount) {
  char buffer[32];
  if (std::fabs(amount - std::round(amount)) < 1e-9) {
    std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(std::llround(amount)));
  } else {
    std::snprintf(buffer, sizeof buffer, "%g", amount);
  }
  return buffer;
}

}  // namespace

void WholeAmount(double* amount, Unit* unit) {
  if (std::fabs(*amount - std::round(*amount)) < 1e-9) return;
  struct Step {
    Unit from, to;
    int factor;
  };
  static constexpr Step kSteps[] = {{Unit::kYear, Unit::kMonth, 12},  {Unit::kMonth, Unit::kDay, 30},
                                    {Unit::kWeek, Unit::kDay, 7},     {Unit::kDay, Unit::kHour, 24},
                                    {Unit::kHour, Unit::kMinute, 60}, {Unit::kDecade, Unit::kYear, 10}};
  for (const Step& s : kSteps) {
    if (*unit == s.from) {
      *amount *= s.factor;
      *unit = s.to;
      WholeAmount(amount, unit);
      return;
    }
  }
}

Resolution Ref(const char* value) {
  Resolution r;
  r.type = TimexType::kDate;
  r.value = value;
  r.anchor = AnchorUse::kPublication;
  return r;
}

Period AnchorPeriod(const Anchor& a, Granularity g) {
  if (g >= Granularity::kHour && a.has_time) return Period::Minute(a.day, a.hour, a.minute).Containing(g);
  if (g >= Granularity::kHour) return Period::Hour(a.day, 0);
  return Period::Day(a.day).Containing(g);
}

int StepsPerUnit(Granularity g, Unit unit) {
  if (unit == Unit::kYear) {
    if (g == Granularity::kQuarter) return 4;
    if (g == Granularity::kMonth) return 12;
    if (g == Granularity::kHalfYear) return 2;
  }
  if (unit == Unit::kQuarter && g == Granularity::kMonth) return 3;
  return 0;
}

void Finish(Resolution* r, const Period& p, const TemporalValue& v) {
  r->period = p;
  r->value = p.Value();
  r->granularity = p.granularity();
  r->type = p.granularity() >= Granularity::kPartOfDay ? TimexType::kTime : TimexType::kDate;
  r->mod = v.mod;
  r->zone = v.zone;
}

std::optional<Resolution> ResolveDuration(const TemporalValue& v) {
  Resolution r;
  r.type = TimexType::kDuration;
  r.value = DurationValue(v.amount, v.vague, v.unit);
  r.mod = v.mod;
  if (r.value.empty()) return std::nullopt;
  return r;
}

}  // namespace internal

namespace {

using Kind = TemporalValue::Kind;
using namespace internal;

// The period a shift ("last week", "yesterday", "this year") starts from,
// and the shift to apply: a time in focus when the phrase refers to one
// ("the next day") and one fine enough is there, else the anchor.
Period ShiftBase(const TemporalValue& v, const ResolveContext& ctx, Resolution* r, int* shift) {
  *shift = v.shift;
  const Granularity g = UnitGranularity(v.unit);
  if (v.from_reference && ctx.focus && ctx.focus->period.granularity() >= g) {
    r->anchor = AnchorUse::kExpression;
    r->anchor_index = ctx.focus->index;
    return ctx.focus->period;
  }
  if (v.from_reference && TemporalValue::Set(v.fallback_shift)) *shift = v.fallback_shift;
  r->anchor = AnchorUse::kPublication;
  return AnchorPeriod(*ctx.anchor, Granularity::kDay);
}

// "the weekend" / "this weekend" / "last weekend" by tense and words.
Period ResolveWeekend(const TemporalValue& v, const Period& base, Tense tense, Resolution* r) {
  const IsoWeek w = IsoWeekOf(base.first_day());
  Period weekend = Period::Weekend(w.year, w.week);
  const bool in_weekend = base.first_day() >= weekend.first_day();
  if (v.has_shift && v.shift != 0) {
    r->evidence = "shift";
    return weekend.Shifted(v.shift);
  }
  if (v.direction == Direction::kThis || in_weekend) {
    r->evidence = "this";
    return weekend;
  }
  if (tense == Tense::kPast) {
    r->evidence = "tense:past";
    return weekend.Shifted(-1);
  }
  r->evidence = tense == Tense::kFuture ? "tense:future" : "nearest";
  return weekend;
}

// News of a Sunday, the last day of its ISO week, looks to the week that
// starts tomorrow: "Trump heads to Asia this week" is the coming week. A
// past "this week" stays the week ending today, and "last week" the ISO
// week before it, as the TimeBank annotators mostly read it.
int SundayWeekShift(const TemporalValue& v, const ResolveContext& ctx, const Resolution& r, int shift) {
  if (v.unit != Unit::kWeek || r.anchor != AnchorUse::kPublication || v.mod != Mod::kNone || shift != 0) return 0;
  return IsoWeekday(ctx.anchor->day) == 7 && ctx.tense != Tense::kPast ? 1 : 0;
}

std::optional<Resolution> ResolveShift(const TemporalValue& v, const ResolveContext& ctx) {
  Resolution r;
  int shift = 0;
  const Period base = ShiftBase(v, ctx, &r, &shift);
  Period p;
  if (v.unit == Unit::kWeekend) {
    p = ResolveWeekend(v, base, ctx.tense, &r);
  } else {
    const Granularity g = UnitGranularity(v.unit == Unit::kFortnight ? Unit::kWeek : v.unit);
    const int steps = v.unit == Unit::kFortnight ? 2 * shift : shift;
    p = base.Containing(std::min(g, base.granularity())).Shifted(steps + SundayWeekShift(v, ctx, r, shift));
    r.evidence = "shift";
  }
  if (!p.ok()) return std::nullopt;
  // Calendar fields within a shifted year: "July last year", "this year's
  // third quarter".
  if (p.granularity() == Granularity::kYear && (TemporalValue::Set(v.month) || TemporalValue::Set(v.quarter) ||
                                                TemporalValue::Set(v.half) || v.season != Season::kNone)) {
    p = FieldsInYear(v, p.year());
    if (!p.ok()) return std::nullopt;
  }
  // A day of a shifted month: "the first of next month". Period::Day
  // rejects the 31st of a 30-day month.
  if (p.granularity() == Granularity::kMonth && TemporalValue::Set(v.day)) {
    const date::year_month_day ymd = p.ymd();
    p = Period::Day(p.year(), static_cast<int>(static_cast<unsigned>(ymd.month())), v.day);
    if (!p.ok()) return std::nullopt;
  }
  // Fields on top of a shifted day: "yesterday morning", "tomorrow at 10".
  if (p.granularity() == Granularity::kDay && v.HasTimeOfDay()) p = WithTimeOfDay(v, p.first_day());
  if (!p.ok()) return std::nullopt;
  Finish(&r, p, v);
  return r;
}

std::optional<Resolution> ResolveCalendar(const TemporalValue& v, const ResolveContext& ctx) {
  Resolution r;
  Days base = ctx.anchor->day;
  r.anchor = AnchorUse::kPublication;
  const bool time_only = v.HasTimeOfDay() && !TemporalValue::Set(v.weekday) && !TemporalValue::Set(v.day) &&
                         !TemporalValue::Set(v.month) && !TemporalValue::Set(v.year) &&
                         !TemporalValue::Set(v.week);
  const std::optional<Focus>& day = ctx.heading ? ctx.heading : ctx.sentence_day ? ctx.sentence_day : ctx.story_day;
  if (time_only && day) {
    base = day->period.first_day();
    r.anchor = AnchorUse::kExpression;
    r.anchor_index = day->index;
  } else if (v.from_reference && ctx.focus && ctx.focus->period.granularity() >= Granularity::kDay) {
    // "the following Monday": from the day in focus.
    base = ctx.focus->period.first_day();
    r.anchor = AnchorUse::kExpression;
    r.anchor_index = ctx.focus->index;
  }
  std::optional<FieldResolution> f = ResolveFields(v, base, ctx.tense);
  if (!f) return std::nullopt;
  Finish(&r, f->period, v);
  if (!TemporalValue::Set(v.year) && !TemporalValue::Set(v.decade) && !TemporalValue::Set(v.century)) {
    r.evidence = !time_only || !day       ? f->evidence
                 : ctx.heading            ? "heading"
                 : ctx.sentence_day       ? "day-in-sentence"
                                          : "day-in-story";
  } else {
    r.anchor = AnchorUse::kNone;
  }
  if (f->alternative && f->alternative->ok()) r.alternatives.push_back({f->alternative->Value(), f->alternative_reason});
  return r;
}

std::string SetValue(const TemporalValue& v) {
  // "Tuesday nights" is XXXX-WXX-2TNI; "every morning" XXXX-XX-XXTMO.
  const std::string pod =
      v.part_of_day == PartOfDay::kNone ? std::string() : std::string("T") + PartOfDayCode(v.part_of_day);
  if (TemporalValue::Set(v.weekday)) return "XXXX-WXX-" + std::to_string(v.weekday) + pod;
  if (!pod.empty()) return "XXXX-XX-XX" + pod;
  if (TemporalValue::Set(v.month)) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "XXXX-%02d", v.month);
    return buffer;
  }
  if (v.season != Season::kNone) return std::string("XXXX-") + SeasonCode(v.season);
  return DurationValue(v.amount == 0 ? 1 : v.amount, false, v.unit == Unit::kNone ? Unit::kDay : v.unit);
}

std::optional<Resolution> ResolveSet(const TemporalValue& v) {
  Resolution r;
  r.type = TimexType::kSet;
  r.value = SetValue(v);
  r.quant = v.quant;
  if (v.times > 0) r.freq = std::to_string(v.times) + "X";
  r.mod = v.mod;
  if (r.value.empty()) return std::nullopt;
  return r;
}

}  // namespace

const char* TenseName(Tense t) {
  switch (t) {
    case Tense::kPast: return "past";
    case Tense::kPresent: return "present";
    case Tense::kFuture: return "future";
    case Tense::kUnknown: break;
  }
  return "unknown";
}

const char* TimexTypeName(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "";
}

namespace {

// "five and a half hours" as whole units and a whole remainder in the next
// smaller unit, as TimeML writes clock durations: PT5H30M, PT1M30S,
// P1DT12H. Years and months keep their decimals (P3.5Y), as the product's
// examples write them. Empty when there is no such split.
std::string MixedDuration(double amount, Unit unit) {
  struct Split {
    Unit unit;
    const char* big;    // designator of the unit, with its P/T prefix
    const char* small;  // of the next smaller unit, with a T where needed
    int factor;
  };
  static constexpr Split kSplits[] = {{Unit::kDay, "P%lldD", "T%lldH", 24},
                                      {Unit::kHour, "PT%lldH", "%lldM", 60},
                                      {Unit::kMinute, "PT%lldM", "%lldS", 60}};
  const double whole = std::floor(amount);
  const double rest = (amount - whole);
  if (whole < 1 || rest < 1e-9) return "";
  for (const Split& s : kSplits) {
    if (s.unit != unit) continue;
    const double smaller = rest * s.factor;
    if (std::fabs(smaller - std::round(smaller)) > 1e-9) return "";
    char buffer[48];
    int n = std::snprintf(buffer, sizeof buffer, s.big, static_cast<long long>(whole));
    std::snprintf(buffer + n, sizeof buffer - n, s.small, static_cast<long long>(std::llround(smaller)));
    return buffer;
  }
  return "";
}

}  // namespace

std::string DurationValue(double amount, bool vague, Unit unit) {
  // "half an hour" reads better as PT30M, "five and a half hours" as
  // PT5H30M; "three and a half years" stays P3.5Y.
  if (!vague && amount < 1) WholeAmount(&amount, &unit);
  if (!vague) {
    const std::string mixed = MixedDuration(amount, unit);
    if (!mixed.empty()) return mixed;
  }
  const std::string n = vague ? "X" : FormatAmount(amount);
  const auto times = [&](int k) { return vague ? std::string("X") : FormatAmount(amount * k); };
  switch (unit) {
    case Unit::kSecond: return "PT" + n + "S";
    case Unit::kMinute: return "PT" + n + "M";
    case Unit::kHour: return "PT" + n + "H";
    case Unit::kPartOfDay: return "PT" + times(6) + "H";
    case Unit::kDay: return "P" + n + "D";
    case Unit::kWeekend: return "P" + times(2) + "D";
    case Unit::kWeek: return "P" + n + "W";
    case Unit::kFortnight: return "P" + times(2) + "W";
    case Unit::kMonth: return "P" + n + "M";
    case Unit::kSeason: return "P" + times(3) + "M";
    case Unit::kQuarter: return "P" + n + "Q";
    case Unit::kHalfYear: return "P" + times(6) + "M";
    case Unit::kYear: return "P" + n + "Y";
    case Unit::kDecade: return vague ? "PXE" : "P" + times(10) + "Y";
    case Unit::kCentury: return vague ? "PXC" : "P" + times(100) + "Y";
    case Unit::kMillennium: return vague ? "PXL" : "P" + times(1000) + "Y";
    case Unit::kNone: break;
  }
  return "";
}

namespace {

std::optional<Resolution> ResolveKind(const TemporalValue& v, const ResolveContext& ctx) {
  switch (v.kind) {
    case Kind::kRef:
      return Ref(v.ref == RefKind::kPast ? "PAST_REF" : v.ref == RefKind::kFuture ? "FUTURE_REF" : "PRESENT_REF");
    case Kind::kDuration:
      return v.offset == OffsetBase::kNone ? ResolveDuration(v) : ResolveOffset(v, ctx);
    case Kind::kSet:
      return ResolveSet(v);
    case Kind::kDate:
    case Kind::kTime:
      if (v.offset != OffsetBase::kNone) return ResolveOffset(v, ctx);
      if (v.has_shift) return ResolveShift(v, ctx);
      return ResolveCalendar(v, ctx);
    case Kind::kNumber:
    case Kind::kNone:
      break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Resolution> Resolve(const TemporalValue& v, const ResolveContext& ctx) {
  std::optional<Resolution> r = ResolveKind(v, ctx);
  if (r && r->period && v.like_period_focus && ctx.period_focus && r->period->granularity() == Granularity::kYear) {
    // "the 1988 quarter": the period in focus, in that year.
    const Period& focus = ctx.period_focus->period;
    const int steps = StepsPerUnit(focus.granularity(), Unit::kYear);
    const Period moved = focus.Shifted(steps * (r->period->year() - focus.year()));
    if (steps > 0 && moved.ok()) {
      Finish(&*r, moved, v);
      r->anchor = AnchorUse::kExpression;
      r->anchor_index = ctx.period_focus->index;
      r->evidence = "period-in-focus";
    }
  }
  if (r && r->period && v.days_later != 0 && r->period->granularity() <= Granularity::kDay) {
    // Days before a period count from its first day, days after it from its
    // last: "the day before 2019" is Dec. 31, 2018.
    const date::local_days end_day = date::floor<date::days>(r->period->End() - std::chrono::seconds(1));
    const Days last{end_day.time_since_epoch()};
    const Days from = v.days_later < 0 ? r->period->first_day() : last;
    Finish(&*r, Period::Day(from + date::days(v.days_later)), v);
  }
  if (r && r->period && v.coarsen_to != Granularity::kUnspecified && v.coarsen_to < r->period->granularity()) {
    const Period wider = r->period->Containing(v.coarsen_to);
    if (wider.ok()) Finish(&*r, wider, v);
  }
  return r;
}

}  // namespace chronicle::temporal
