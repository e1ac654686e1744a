// Resolves an extracted TemporalValue against its anchor and context into a
// TIMEX3 type and value, a calendar Period and the evidence used.
//
//   Anchor a = *Anchor::Parse("2025-08-13");          // a Wednesday
//   TemporalValue friday;  friday.kind = kDate;  friday.weekday = 5;
//   ResolveContext ctx{&a};  ctx.tense = Tense::kFuture;   // "will meet on Friday"
//   Resolve(friday, ctx)->value;                          // "2025-08-15"
//   ctx.tense = Tense::kPast;                             // "met on Friday"
//   Resolve(friday, ctx)->value;                          // "2025-08-08"
//
// The resolver is pure: everything it needs (anchor, tense, the time in
// focus, a governing heading) comes in the context, and it never reads the
// clock.

#ifndef CHRONICLE_EXTRACTOR_TEMPORAL_RESOLVER_H_
#define CHRONICLE_EXTRACTOR_TEMPORAL_RESOLVER_H_

#include <optional>
#include <string>
#include <vector>

#include "extractor/temporal/anchor.h"
#include "extractor/temporal/calendar.h"
#include "extractor/temporal/temporal_value.h"

namespace chronicle::temporal {

enum class Tense : uint8_t { kUnknown, kPast, kPresent, kFuture };
const char* TenseName(Tense t);

// A resolved date or time that later expressions may be relative to.
struct Focus {
  Period period;
  int index = -1;  // its index among the document's expressions
};

struct ResolveContext {
  const Anchor* anchor = nullptr;
  Tense tense = Tense::kUnknown;
  // The time in focus: the last date or time the text resolved, for "a week
  // later", "the next day", "two days prior".
  std::optional<Focus> focus;
  // The last quarter, half or month the text resolved: "a year earlier"
  // after "the third quarter" compares with the third quarter of the year
  // before, as financial news means it.
  std::optional<Focus> period_focus;
  // The date of a heading that governs a listing ("Tomorrow" above "10 a.m."
  // lines), for clock times without a day.
  std::optional<Focus> heading;
  // The day named last before a clock time in its sentence ("will travel to
  // Paris on Friday, where he will meet Macron at 10 a.m."), for clock times
  // without a day and without a heading.
  std::optional<Focus> sentence_day;
  // Failing that, the day the story last named, a few sentences back and on
  // the side of the publication date that the clause's tense gives ("will
  // be back at the White House on Monday" ... "Trump will meet Zelensky at
  // 1:15 p.m.").
  std::optional<Focus> story_day;
  // A day named just before an offset from an event, in its clause ("on
  // Monday, a week after the summit"): the event lies that long before or
  // after this day rather than the publication date.
  std::optional<Focus> clause_day;
};

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };
const char* TimexTypeName(TimexType t);

// What a resolution is relative to; mirrors chronicle.AnchorKind.
enum class AnchorUse : uint8_t { kNone, kPublication, kExpression, kEvent };

struct Relation {
  std::string offset;           // "P4Y"
  int direction = 0;            // +1 after, -1 before
  std::string reference_value;  // "2021"
  std::string reference_mod;    // "APPROX"
  AnchorUse reference_anchor = AnchorUse::kNone;
};

struct Resolution {
  TimexType type = TimexType::kDate;
  std::string value;
  Mod mod = Mod::kNone;
  std::string quant;
  std::string freq;
  // Set for DATE and TIME values that name a stretch of the calendar.
  std::optional<Period> period;
  Granularity granularity = Granularity::kUnspecified;
  int zone = -1;
  AnchorUse anchor = AnchorUse::kNone;
  int anchor_index = -1;
  std::string evidence;
  struct Alternative {
    std::string value;
    std::string reason;
  };
  std::vector<Alternative> alternatives;
  std::optional<Relation> relation;
};

// Resolves `v`; nothing when it names no real time (February 30).
std::optional<Resolution> Resolve(const TemporalValue& v, const ResolveContext& ctx);

// TIMEX3 duration value: (3.5, kYear) -> "P3.5Y", (2, kHour) -> "PT2H",
// (5.5, kHour) -> "PT5H30M", (0.5, kHour) -> "PT30M", vague -> "PXY".
std::string DurationValue(double amount, bool vague, Unit unit);

}  // namespace chronicle::temporal

#endif  // CHRONICLE_EXTRACTOR_TEMPORAL_RESOLVER_H_
