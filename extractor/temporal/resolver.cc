#include "extractor/temporal/resolver.h"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "extractor/temporal/field_resolver.h"

namespace chronicle::temporal {
namespace {

using Kind = TemporalValue::Kind;

std::string FormatAmount(double amount) {
  char buffer[32];
  if (std::fabs(amount - std::round(amount)) < 1e-9) {
    std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(std::llround(amount)));
  } else {
    std::snprintf(buffer, sizeof buffer, "%g", amount);
  }
  return buffer;
}

// Expresses a fractional amount of a unit in a smaller unit when that makes
// it whole: 1.5 years -> 18 months, 0.5 days -> 12 hours.
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

// The anchor as a period of at least day granularity (its time when the
// unit needs it and the anchor has one).
Period AnchorPeriod(const Anchor& a, Granularity g) {
  if (g >= Granularity::kHour && a.has_time) return Period::Minute(a.day, a.hour, a.minute).Containing(g);
  if (g >= Granularity::kHour) return Period::Hour(a.day, 0);
  return Period::Day(a.day).Containing(g);
}

// A finer period converted to steps of `unit`: how many of its own steps
// make one `unit` (a year is four quarters); 0 when not whole.
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

// "four years after the withdrawal": a duration with a relation to an
// event. When the clause is not in the past, the event lies that long
// before the publication date.
std::optional<Resolution> ResolveEventOffset(const TemporalValue& v, const ResolveContext& ctx) {
  std::optional<Resolution> r = ResolveDuration(v);
  if (!r) return r;
  Relation rel;
  rel.offset = r->value;
  rel.direction = v.sign >= 0 ? 1 : -1;
  if (ctx.tense != Tense::kPast && !v.vague && v.unit != Unit::kNone) {
    double amount = v.amount;
    Unit unit = v.unit;
    WholeAmount(&amount, &unit);
    const Period now = AnchorPeriod(*ctx.anchor, UnitGranularity(unit));
    const Period reference = now.Shifted(-rel.direction * static_cast<int>(std::llround(amount)));
    if (reference.ok()) {
      rel.reference_value = reference.Value();
      rel.reference_mod = "APPROX";
      rel.reference_anchor = AnchorUse::kPublication;
    }
  }
  r->relation = rel;
  r->anchor = AnchorUse::kEvent;
  r->evidence = ctx.tense == Tense::kPast ? "offset:event:past" : "offset:event";
  return r;
}

// A day moved by whole units, keeping day granularity; the day of month is
// clamped ("a month after Jan. 31" is Feb. 28).
Period ShiftDay(const Period& day, Unit unit, int steps) {
  const date::year_month_day ymd = day.ymd();
  switch (unit) {
    case Unit::kDay: return Period::Day(day.first_day() + date::days(steps));
    case Unit::kWeek: return Period::Day(day.first_day() + date::days(7 * steps));
    case Unit::kFortnight: return Period::Day(day.first_day() + date::days(14 * steps));
    case Unit::kMonth:
    case Unit::kYear: {
      const date::year_month ym = date::year_month(ymd.year(), ymd.month()) +
                                  date::months(unit == Unit::kMonth ? steps : 12 * steps);
      const date::day last = date::year_month_day_last(ym.year(), date::month_day_last(ym.month())).day();
      return Period::Day(Days(ym / std::min(ymd.day(), last)));
    }
    default: return Period();
  }
}

// "three weeks ago", "a year earlier", "two days prior".
std::optional<Resolution> ResolveDateOffset(const TemporalValue& v, const ResolveContext& ctx);

// "three days later", "two days prior": TimeML annotates the duration alone.
// The relation names the time in focus, and the date the offset reaches is
// an alternative reading.
std::optional<Resolution> ResolveDurationFromFocus(const TemporalValue& v, const ResolveContext& ctx) {
  std::optional<Resolution> d = ResolveDuration(v);
  if (!d) return d;
  Relation rel;
  rel.offset = d->value;
  rel.direction = v.sign < 0 ? -1 : 1;
  if (ctx.focus) {
    rel.reference_value = ctx.focus->period.Value();
    rel.reference_anchor = AnchorUse::kExpression;
    d->anchor = AnchorUse::kExpression;
    d->anchor_index = ctx.focus->index;
    TemporalValue as_date = v;
    as_date.kind = TemporalValue::Kind::kDate;
    const std::optional<Resolution> date = ResolveDateOffset(as_date, ctx);
    if (date && date->period && date->anchor == AnchorUse::kExpression) {
      d->alternatives.push_back({date->value, "the date it reaches from " + rel.reference_value});
    }
  }
  d->relation = rel;
  d->evidence = "offset:focus";
  return d;
}

std::optional<Resolution> ResolveOffset(const TemporalValue& v, const ResolveContext& ctx) {
  if (v.offset == OffsetBase::kEvent) return ResolveEventOffset(v, ctx);
  if (v.kind == Kind::kDuration) return ResolveDurationFromFocus(v, ctx);
  return ResolveDateOffset(v, ctx);
}

std::optional<Resolution> ResolveDateOffset(const TemporalValue& v, const ResolveContext& ctx) {
  if (v.vague) return Ref(v.sign < 0 ? "PAST_REF" : "FUTURE_REF");
  double amount = v.amount;
  Unit unit = v.unit;
  WholeAmount(&amount, &unit);
  const int steps = static_cast<int>(std::llround(amount)) * (v.sign < 0 ? -1 : 1);
  const Granularity g = UnitGranularity(unit);
  Resolution r;
  const bool from_focus = v.offset == OffsetBase::kReference && ctx.focus.has_value();
  // The time the offset counts from, and whether a finer focus (a quarter,
  // a month) carries over: "a year earlier" after "the third quarter" is the
  // third quarter of the year before.
  const std::optional<Focus>& period = ctx.period_focus;
  const int anchor_year = static_cast<int>(date::year_month_day(ctx.anchor->day).year());
  if (period && std::abs(steps) == 1 && StepsPerUnit(period->period.granularity(), unit) > 0 &&
      std::abs(period->period.year() - anchor_year) <= 1) {
    // "a year ago" counts the year from the anchor and keeps the quarter;
    // "a year earlier" counts from the quarter itself.
    const int per_unit = StepsPerUnit(period->period.granularity(), unit);
    const int years = unit == Unit::kYear && v.offset == OffsetBase::kAnchor
                          ? anchor_year + steps - period->period.year()
                          : steps;
    const Period shifted = period->period.Shifted(years * per_unit);
    if (!shifted.ok()) return std::nullopt;
    Finish(&r, shifted, v);
    r.anchor = AnchorUse::kExpression;
    r.anchor_index = period->index;
    r.evidence = "offset:period-in-focus";
    return r;
  }
  const std::optional<Focus>& focus = ctx.focus;
  if (from_focus && focus->period.granularity() < g && focus->period.granularity() < Granularity::kDay) {
    // "two days prior" to something known only to the year: keep the
    // duration and say what it is relative to.
    std::optional<Resolution> d = ResolveDuration(v);
    if (!d) return d;
    Relation rel;
    rel.offset = d->value;
    rel.direction = v.sign < 0 ? -1 : 1;
    rel.reference_value = focus->period.Value();
    rel.reference_anchor = AnchorUse::kExpression;
    d->relation = rel;
    d->anchor = AnchorUse::kExpression;
    d->anchor_index = focus->index;
    d->evidence = "offset:focus-too-coarse";
    return d;
  }
  if (from_focus && focus->period.granularity() == Granularity::kDay && g <= Granularity::kDay &&
      g > Granularity::kYear) {
    // "a week later" after "March 3" is March 10: a day stays a day.
    const Period day = ShiftDay(focus->period, unit, steps);
    if (!day.ok()) return std::nullopt;
    Finish(&r, day, v);
    r.anchor = AnchorUse::kExpression;
    r.anchor_index = focus->index;
    r.evidence = "offset:focus";
    return r;
  }
  // Years from a day in focus count from the publication date instead: "up
  // 15% from a year earlier" compares with a year before the report, not
  // with the day a figure was announced.
  const bool day_focus_for_years = from_focus && g <= Granularity::kYear &&
                                   focus->period.granularity() >= Granularity::kDay;
  const Period base = from_focus && !day_focus_for_years
                          ? focus->period.Containing(std::min(g, focus->period.granularity()))
                          : AnchorPeriod(*ctx.anchor, g);
  const Period p = base.Containing(std::min(g, base.granularity())).Shifted(steps);
  if (!p.ok()) return std::nullopt;
  Finish(&r, p, v);
  const bool used_focus = from_focus && !day_focus_for_years;
  r.anchor = used_focus ? AnchorUse::kExpression : AnchorUse::kPublication;
  r.anchor_index = used_focus ? focus->index : -1;
  r.evidence = used_focus ? "offset:focus" : "offset:anchor";
  return r;
}

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
    p = base.Containing(std::min(g, base.granularity())).Shifted(steps);
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
  if (time_only && ctx.heading) {
    base = ctx.heading->period.first_day();
    r.anchor = AnchorUse::kExpression;
    r.anchor_index = ctx.heading->index;
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
    r.evidence = time_only && ctx.heading ? "heading" : f->evidence;
  } else {
    r.anchor = AnchorUse::kNone;
  }
  if (f->alternative && f->alternative->ok()) r.alternatives.push_back({f->alternative->Value(), f->alternative_reason});
  return r;
}

std::string SetValue(const TemporalValue& v) {
  if (v.part_of_day != PartOfDay::kNone) return std::string("XXXX-XX-XXT") + PartOfDayCode(v.part_of_day);
  if (TemporalValue::Set(v.weekday)) return "XXXX-WXX-" + std::to_string(v.weekday);
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
  if (r && r->period && v.coarsen_to != Granularity::kUnspecified && v.coarsen_to < r->period->granularity()) {
    const Period wider = r->period->Containing(v.coarsen_to);
    if (wider.ok()) Finish(&*r, wider, v);
  }
  return r;
}

}  // namespace chronicle::temporal
