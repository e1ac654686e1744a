#include "timeline/event_time.h"

#include <algorithm>
#include <tuple>

namespace chronicle {

std::optional<CivilSpan> SpanOf(const TimeExpression& time) {
  const std::optional<absl::CivilSecond> begin = ParseLocalTime(time.interval().begin());
  if (!begin) {
    const std::optional<TimexSpan> from_value = SpanOfTimexValue(time.value());
    if (!from_value) return std::nullopt;
    return from_value->span;
  }
  std::optional<absl::CivilSecond> end = ParseLocalTime(time.interval().end());
  if (!end || *end <= *begin) end = AddGranularityUnit(*begin, GranularityOf(time));
  return CivilSpan{*begin, *end};
}

Granularity GranularityOf(const TimeExpression& time) {
  if (time.granularity() != GRANULARITY_UNSPECIFIED) return time.granularity();
  const std::optional<TimexSpan> from_value = SpanOfTimexValue(time.value());
  return from_value ? from_value->granularity : GRANULARITY_UNSPECIFIED;
}

bool IsDated(const Event& event) { return event.has_time() && SpanOf(event.time()).has_value(); }

std::optional<absl::CivilDay> PublicationDay(const Document& document) {
  const std::optional<absl::CivilSecond> published = ParseLocalTime(document.published());
  if (!published) return std::nullopt;
  return absl::CivilDay(*published);
}

CivilSpan DaySpan(absl::CivilDay day) { return {absl::CivilSecond(day), absl::CivilSecond(day + 1)}; }

int64_t SecondsApart(const CivilSpan& a, const CivilSpan& b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

int ComparePlacements(const Placement& a, const Placement& b) {
  // Finer granularity has the larger enum value, so it is negated to sort first.
  const auto key = [](const Placement& p) {
    return std::make_tuple(p.unknown, p.span.begin, p.span.end, -static_cast<int>(p.granularity), p.undated);
  };
  const auto ka = key(a);
  const auto kb = key(b);
  if (ka < kb) return -1;
  if (kb < ka) return 1;
  return 0;
}

DocumentIndex::DocumentIndex(const google::protobuf::RepeatedPtrField<Document>& documents) : documents_(documents) {
  for (int i = 0; i < documents.size(); ++i) positions_.emplace(documents[i].id(), i);
}

int DocumentIndex::Position(const std::string& id) const {
  const auto it = positions_.find(id);
  return it == positions_.end() ? -1 : it->second;
}

const Document* DocumentIndex::Find(const std::string& id) const {
  const int position = Position(id);
  return position < 0 ? nullptr : &documents_[position];
}

const Document* DocumentIndex::FirstDocument(const Event& event) const {
  // Dated documents before undated ones, then the earlier day, then input order.
  using Key = std::tuple<bool, absl::CivilDay, int>;
  std::optional<Key> best;
  for (const Mention& mention : event.mentions()) {
    const int position = Position(mention.document_id());
    if (position < 0) continue;
    const std::optional<absl::CivilDay> day = PublicationDay(documents_[position]);
    const Key key{!day.has_value(), day.value_or(absl::CivilDay()), position};
    if (!best || key < *best) best = key;
  }
  return best ? &documents_[std::get<2>(*best)] : nullptr;
}

std::optional<absl::CivilDay> DocumentIndex::LatestPublication(const Event& event) const {
  std::optional<absl::CivilDay> latest;
  for (const Mention& mention : event.mentions()) {
    const Document* document = Find(mention.document_id());
    if (document == nullptr) continue;
    const std::optional<absl::CivilDay> day = PublicationDay(*document);
    if (day && (!latest || *day > *latest)) latest = day;
  }
  return latest;
}

Placement DocumentIndex::Place(const Event& event) const {
  Placement placement;
  if (event.has_time()) {
    if (const std::optional<CivilSpan> span = SpanOf(event.time())) {
      placement.span = *span;
      placement.granularity = GranularityOf(event.time());
      return placement;
    }
  }
  placement.undated = true;
  placement.granularity = GRANULARITY_DAY;
  const Document* first = FirstDocument(event);
  const std::optional<absl::CivilDay> day = first ? PublicationDay(*first) : std::nullopt;
  if (day) {
    placement.span = DaySpan(*day);
  } else {
    placement.unknown = true;
  }
  return placement;
}

}  // namespace chronicle
