#include "cli/expression_json.h"

#include <charconv>
#include <vector>

#include "cli/json_writer.h"
#include "extractor/temporal/calendar.h"
#include "extractor/temporal/temporal_value.h"
#include "extractor/temporal/zones.h"
#include "google/protobuf/descriptor.h"
#include "proto/timeline.pb.h"

namespace chronicle::cli {
namespace {

using temporal::Resolution;
using temporal::ResolvedExpression;

// Appends a string literal, its length known at compile time. Each key is
// written with its comma, quotes and colon in one append.
template <size_t N>
void Raw(const char (&s)[N], std::string* out) {
  out->append(s, N - 1);
}

// The rest of a string field after its opening quote (part of the key).
void Quoted(std::string_view value, std::string* out) {
  AppendJsonEscaped(value, out);
  out->push_back('"');
}

void Int(int32_t value, std::string* out) {
  char buffer[16];
  const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value);
  out->append(buffer, r.ptr - buffer);
}

// An enum's values as json_writer writes them: the quoted name, or the
// number when the schema has no such value. Looked up once per type.
class EnumNames {
 public:
  explicit EnumNames(const google::protobuf::EnumDescriptor* type) {
    for (int i = 0; i < type->value_count(); ++i) {
      const google::protobuf::EnumValueDescriptor* v = type->value(i);
      if (v->number() < 0 || v->number() >= 64) continue;
      if (static_cast<int>(names_.size()) <= v->number()) names_.resize(v->number() + 1);
      if (names_[v->number()].empty()) AppendJsonString(v->name(), &names_[v->number()]);
    }
  }
  void Append(int number, std::string* out) const {
    if (number >= 0 && number < static_cast<int>(names_.size()) && !names_[number].empty()) {
      out->append(names_[number]);
    } else {
      Int(number, out);
    }
  }

 private:
  std::vector<std::string> names_;  // by number; empty where none
};

const EnumNames& TypeNames() {
  static const EnumNames* names = new EnumNames(TimeExpression::Type_descriptor());
  return *names;
}
const EnumNames& AnchorNames() {
  static const EnumNames* names = new EnumNames(AnchorKind_descriptor());
  return *names;
}
const EnumNames& GranularityNames() {
  static const EnumNames* names = new EnumNames(Granularity_descriptor());
  return *names;
}
const EnumNames& DirectionNames() {
  static const EnumNames* names = new EnumNames(TemporalRelation::Direction_descriptor());
  return *names;
}

void AppendInterval(const Resolution& r, std::string* out) {
  Raw(",\"interval\":{\"begin\":\"", out);
  Quoted(temporal::FormatLocal(r.period->Begin()), out);
  Raw(",\"end\":\"", out);
  Quoted(temporal::FormatLocal(r.period->End()), out);
  std::string zone, utc_begin;
  if (r.zone >= 0) {
    zone = temporal::ZoneName(r.zone);
    if (auto utc = temporal::ToUtc(r.zone, r.period->Begin())) utc_begin = temporal::FormatUtc(*utc);
  }
  Raw(",\"timeZone\":\"", out);
  Quoted(zone, out);
  Raw(",\"utcBegin\":\"", out);
  Quoted(utc_begin, out);
  out->push_back('}');
}

void AppendAlternatives(const Resolution& r, int type, std::string* out) {
  Raw(",\"alternatives\":[", out);
  for (size_t i = 0; i < r.alternatives.size(); ++i) {
    if (i > 0) out->push_back(',');
    Raw("{\"value\":\"", out);
    Quoted(r.alternatives[i].value, out);
    Raw(",\"type\":", out);
    TypeNames().Append(type, out);
    Raw(",\"reason\":\"", out);
    Quoted(r.alternatives[i].reason, out);
    out->push_back('}');
  }
  out->push_back(']');
}

void AppendRelation(std::string_view text, const ResolvedExpression& e, std::string* out) {
  const temporal::Relation& rel = *e.resolution.relation;
  Raw(",\"relation\":{\"offset\":\"", out);
  Quoted(rel.offset, out);
  Raw(",\"direction\":", out);
  DirectionNames().Append(rel.direction > 0 ? TemporalRelation::AFTER : TemporalRelation::BEFORE, out);
  std::string_view reference;
  if (e.value.reference_begin >= 0) {
    reference = text.substr(e.value.reference_begin, e.value.reference_end - e.value.reference_begin);
  }
  Raw(",\"referenceText\":\"", out);
  Quoted(reference, out);
  Raw(",\"referenceValue\":\"", out);
  Quoted(rel.reference_value, out);
  Raw(",\"referenceMod\":\"", out);
  Quoted(rel.reference_mod, out);
  Raw(",\"referenceAnchor\":", out);
  AnchorNames().Append(temporal::ProtoAnchor(rel.reference_anchor), out);
  out->push_back('}');
}

}  // namespace

void AppendExpressionJson(const temporal::TemporalAnnotator& annotator, std::string_view text,
                          const ResolvedExpression& e, int64_t offset, std::string* out) {
  const Resolution& r = e.resolution;
  const int type = temporal::ProtoType(r.type);
  Raw("{\"begin\":", out);
  Int(static_cast<int32_t>(e.begin + offset), out);
  Raw(",\"end\":", out);
  Int(static_cast<int32_t>(e.end + offset), out);
  Raw(",\"text\":\"", out);
  Quoted(text.substr(e.begin, e.end - e.begin), out);
  Raw(",\"type\":", out);
  TypeNames().Append(type, out);
  Raw(",\"value\":\"", out);
  Quoted(r.value, out);
  Raw(",\"mod\":\"", out);
  Quoted(temporal::ModName(r.mod), out);
  Raw(",\"quant\":\"", out);
  Quoted(r.quant, out);
  Raw(",\"freq\":\"", out);
  Quoted(r.freq, out);
  if (r.period) AppendInterval(r, out);
  Raw(",\"granularity\":", out);
  GranularityNames().Append(static_cast<int>(r.granularity), out);
  Raw(",\"anchor\":", out);
  AnchorNames().Append(temporal::ProtoAnchor(r.anchor), out);
  Raw(",\"anchorIndex\":", out);
  Int(r.anchor_index >= 0 ? r.anchor_index : 0, out);
  Raw(",\"anchorEventId\":\"\"", out);
  AppendAlternatives(r, type, out);
  if (r.relation) AppendRelation(text, e, out);
  Raw(",\"rule\":\"", out);
  Quoted(e.rule >= 0 ? std::string_view(annotator.grammar().rules()[e.rule].id) : "", out);
  Raw(",\"evidence\":\"", out);
  Quoted(r.evidence, out);
  Raw(",\"sentenceIndex\":", out);
  Int(e.sentence, out);
  if (temporal::YearInferred(e)) {
    Raw(",\"yearInferred\":true}", out);
  } else {
    Raw(",\"yearInferred\":false}", out);
  }
}

}  // namespace chronicle::cli
