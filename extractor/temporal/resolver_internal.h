// Internal to the resolver (resolver.cc, offset_resolver.cc): the pieces
// both halves use. Not part of the resolver's API; see resolver.h.

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_RESOLVER_INTERNAL_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_RESOLVER_INTERNAL_H_

#include <optional>

#include "extractor/temporal/anchor.h"
#include "extractor/temporal/calendar.h"
#include "extractor/temporal/resolver.h"
#include "extractor/temporal/temporal_value.h"

namespace chronicle::temporal::internal {

// Expresses a fractional amount of a unit in a smaller unit when that makes
// it whole: 1.5 years -> 18 months, 0.5 days -> 12 hours.
void WholeAmount(double* amount, Unit* unit);

// A TimeML reference value ("PAST_REF") relative to the publication.
Resolution Ref(const char* value);

// The anchor as a period of at least day granularity (its time when the
// unit needs it and the anchor has one).
Period AnchorPeriod(const Anchor& a, Granularity g);

// A finer period converted to steps of `unit`: how many of its own steps
// make one `unit` (a year is four quarters); 0 when not whole.
int StepsPerUnit(Granularity g, Unit unit);

// Sets the value, type and granularity of `r` from the period `p`.
void Finish(Resolution* r, const Period& p, const TemporalValue& v);

// A duration with no relation to anything ("three years").
std::optional<Resolution> ResolveDuration(const TemporalValue& v);

// A value with an offset (offset_resolver.cc): "three weeks ago", "a year
// earlier", "a week later", "four years after the withdrawal".
std::optional<Resolution> ResolveOffset(const TemporalValue& v, const ResolveContext& ctx);

}  // namespace chronicle::temporal::internal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_RESOLVER_INTERNAL_H_
