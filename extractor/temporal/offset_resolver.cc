// Offsets: "three weeks ago" from the anchor, "a year earlier" and "a week
// later" from the time in focus (or the quarter in focus, as financial news
// compares), "four years after the withdrawal" from an event.

#include <cmath>
#include <cstdlib>

#include "extractor/temporal/resolver_internal.h"

namespace chronicle::temporal::internal {
namespace {

using Kind = TemporalValue::Kind;

Period ShiftDay(const Period& day, Unit unit, int steps);

// "four years after the withdrawal": a duration with a relation to an
// event. The event lies that long before or after the day the clause names
// just before ("on Monday, a week after the summit"); without one, when the
// clause is not in the past, that long before the publication date.
std::optional<Resolution> ResolveEventOffset(const TemporalValue& v, const ResolveContext& ctx) {
  std::optional<Resolution> r = ResolveDuration(v);
  if (!r) return r;
  Relation rel;
  rel.offset = r->value;
  rel.direction = v.sign >= 0 ? 1 : -1;
  const bool whole = !v.vague && v.unit != Unit::kNone && v.amount == std::floor(v.amount);
  if (ctx.clause_day && whole) {
    const Period reference =
        ShiftDay(ctx.clause_day->period, v.unit, -rel.direction * static_cast<int>(std::llround(v.amount)));
    if (reference.ok()) {
      rel.reference_value = reference.Value();
      rel.reference_mod = "APPROX";
      rel.reference_anchor = AnchorUse::kExpression;
    }
  } else if (ctx.tense != Tense::kPast && !v.vague && v.unit != Unit::kNone) {
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

}  // namespace

std::optional<Resolution> ResolveOffset(const TemporalValue& v, const ResolveContext& ctx) {
  if (v.offset == OffsetBase::kEvent) return ResolveEventOffset(v, ctx);
  if (v.kind == Kind::kDuration) return ResolveDurationFromFocus(v, ctx);
  return ResolveDateOffset(v, ctx);
}

namespace {

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
  // a half) carries over: "a year earlier" after "the third quarter" is the
  // third quarter of the year before. A month does not: "exports rose in
  // March from a year earlier" compares with the year before, as TimeML
  // annotates it (a reported month is rarely the period compared).
  const std::optional<Focus>& period = ctx.period_focus;
  const int anchor_year = static_cast<int>(date::year_month_day(ctx.anchor->day).year());
  if (period && std::abs(steps) == 1 && period->period.granularity() != Granularity::kMonth &&
      StepsPerUnit(period->period.granularity(), unit) > 0 &&
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
  // "three hours later" after a day in focus reaches no hour one can name;
  // counting the hours as days would be wrong.
  if (from_focus && !day_focus_for_years && g > base.granularity()) return std::nullopt;
  const Period p = base.Containing(std::min(g, base.granularity())).Shifted(steps);
  if (!p.ok()) return std::nullopt;
  Finish(&r, p, v);
  const bool used_focus = from_focus && !day_focus_for_years;
  r.anchor = used_focus ? AnchorUse::kExpression : AnchorUse::kPublication;
  r.anchor_index = used_focus ? focus->index : -1;
  r.evidence = used_focus ? "offset:focus" : "offset:anchor";
  return r;
}

}  // namespace
}  // namespace chronicle::temporal::internal
