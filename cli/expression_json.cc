#include "cli/expression_json.h"

#include "absl/strings/str_cat.h"
#include "cli/json_writer.h"
#include "extractor/temporal/calendar.h"
#include "extractor/temporal/temporal_value.h"
#include "extractor/temporal/zones.h"
#include "proto/timeline.pb.h"

namespace chronicle::cli {
namespace {

using temporal::Resolution;
using temporal::ResolvedExpression;

// `"name":`, after a comma unless it is the object's first field.
void Key(std::string_view name, bool first, std::string* out) {
  if (!first) out->push_back(',');
  out->push_back('"');
  out->append(name);
  out->append("\":");
}

void StringField(std::string_view name, std::string_view value, std::string* out, bool first = false) {
  Key(name, first, out);
  AppendJsonString(value, out);
}

void IntField(std::string_view name, int32_t value, std::string* out) {
  Key(name, false, out);
  absl::StrAppend(out, value);
}

// An enum by name, or by number when the schema has no such value, as
// json_writer does.
void EnumField(std::string_view name, const google::protobuf::EnumDescriptor* type, int number,
               std::string* out) {
  Key(name, false, out);
  const google::protobuf::EnumValueDescriptor* value = type->FindValueByNumber(number);
  if (value == nullptr) {
    absl::StrAppend(out, number);
  } else {
    AppendJsonString(value->name(), out);
  }
}

void AppendInterval(const Resolution& r, std::string* out) {
  Key("interval", false, out);
  out->push_back('{');
  StringField("begin", temporal::FormatLocal(r.period->Begin()), out, /*first=*/true);
  StringField("end", temporal::FormatLocal(r.period->End()), out);
  std::string zone, utc_begin;
  if (r.zone >= 0) {
    zone = temporal::ZoneName(r.zone);
    if (auto utc = temporal::ToUtc(r.zone, r.period->Begin())) utc_begin = temporal::FormatUtc(*utc);
  }
  StringField("timeZone", zone, out);
  StringField("utcBegin", utc_begin, out);
  out->push_back('}');
}

void AppendAlternatives(const Resolution& r, int type, std::string* out) {
  Key("alternatives", false, out);
  out->push_back('[');
  for (size_t i = 0; i < r.alternatives.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->push_back('{');
    StringField("value", r.alternatives[i].value, out, /*first=*/true);
    EnumField("type", TimeExpression::Type_descriptor(), type, out);
    StringField("reason", r.alternatives[i].reason, out);
    out->push_back('}');
  }
  out->push_back(']');
}

void AppendRelation(std::string_view text, const ResolvedExpression& e, std::string* out) {
  const temporal::Relation& rel = *e.resolution.relation;
  Key("relation", false, out);
  out->push_back('{');
  StringField("offset", rel.offset, out, /*first=*/true);
  EnumField("direction", TemporalRelation::Direction_descriptor(),
            rel.direction > 0 ? TemporalRelation::AFTER : TemporalRelation::BEFORE, out);
  std::string_view reference;
  if (e.value.reference_begin >= 0) {
    reference = text.substr(e.value.reference_begin, e.value.reference_end - e.value.reference_begin);
  }
  StringField("referenceText", reference, out);
  StringField("referenceValue", rel.reference_value, out);
  StringField("referenceMod", rel.reference_mod, out);
  EnumField("referenceAnchor", AnchorKind_descriptor(), temporal::ProtoAnchor(rel.reference_anchor), out);
  out->push_back('}');
}

}  // namespace

void AppendExpressionJson(const temporal::TemporalAnnotator& annotator, std::string_view text,
                          const ResolvedExpression& e, int64_t offset, std::string* out) {
  const Resolution& r = e.resolution;
  const int type = temporal::ProtoType(r.type);
  out->push_back('{');
  Key("begin", /*first=*/true, out);
  absl::StrAppend(out, static_cast<int32_t>(e.begin + offset));
  IntField("end", static_cast<int32_t>(e.end + offset), out);
  StringField("text", text.substr(e.begin, e.end - e.begin), out);
  EnumField("type", TimeExpression::Type_descriptor(), type, out);
  StringField("value", r.value, out);
  StringField("mod", temporal::ModName(r.mod), out);
  StringField("quant", r.quant, out);
  StringField("freq", r.freq, out);
  if (r.period) AppendInterval(r, out);
  EnumField("granularity", Granularity_descriptor(), static_cast<int>(r.granularity), out);
  EnumField("anchor", AnchorKind_descriptor(), temporal::ProtoAnchor(r.anchor), out);
  IntField("anchorIndex", r.anchor_index >= 0 ? r.anchor_index : 0, out);
  StringField("anchorEventId", "", out);
  AppendAlternatives(r, type, out);
  if (r.relation) AppendRelation(text, e, out);
  StringField("rule", e.rule >= 0 ? std::string_view(annotator.grammar().rules()[e.rule].id) : "", out);
  StringField("evidence", r.evidence, out);
  IntField("sentenceIndex", e.sentence, out);
  Key("yearInferred", false, out);
  out->append(temporal::YearInferred(e) ? "true" : "false");
  out->push_back('}');
}

}  // namespace chronicle::cli
