#include "cli/expression_json.h"

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
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

// Writes through a pointer into a buffer with room for the most the object
// can take (a few hundred bytes of keys, numbers and enum names, and each
// string at its longest escaped), then appends what it wrote to `out`. The
// buffer is kept between objects, so it is cleared only when it grows. Keys
// are written with their comma, quotes and colon in one copy.
// Whether none of the eight bytes of `w` needs escaping in JSON (a control,
// DEL, a quote or a backslash). Each test is exact for the word as a whole:
// a borrow can mark a wrong byte only after a byte that was marked rightly.
bool AllPlain(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const uint64_t control = (w - 0x20 * kOnes) & ~w & kHigh;  // a byte below 0x20
  return (control | has_zero(w ^ ('"' * kOnes)) | has_zero(w ^ ('\\' * kOnes)) | has_zero(w ^ (0x7f * kOnes))) == 0;
}

class Cursor {
 public:
  Cursor(std::string* out, size_t most) : out_(out) {
    thread_local std::vector<char> room;
    if (room.size() < most) room.resize(most);
    begin_ = p_ = room.data();
  }
  void Finish() { out_->append(begin_, p_ - begin_); }

  template <size_t N>
  void Raw(const char (&s)[N]) {
    std::memcpy(p_, s, N - 1);
    p_ += N - 1;
  }
  void Bytes(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  // The rest of a string field after its opening quote (part of the key).
  // Eight bytes at a time while none needs escaping, as in most values;
  // those are copied as they are, so nothing is written past them.
  void Quoted(std::string_view value) {
    size_t done = 0;
    for (; done + 8 <= value.size(); done += 8) {
      uint64_t w;
      std::memcpy(&w, value.data() + done, 8);
      if (!AllPlain(w)) break;
      std::memcpy(p_, &w, 8);
      p_ += 8;
    }
    p_ = WriteJsonEscaped(value.substr(done), p_);
    *p_++ = '"';
  }
  void Int(int32_t value) { p_ = std::to_chars(p_, p_ + 11, value).ptr; }

 private:
  std::string* out_;
  char* begin_;
  char* p_;
};

// Room for the keys, numbers and enum names of one object, and for each
// string escaped: see Cursor.
constexpr size_t kFixedRoom = 1024;
constexpr size_t kRoomPerAlternative = 256;
constexpr size_t kLongestEnumName = 64;
size_t Room(std::initializer_list<std::string_view> strings) {
  size_t n = 0;
  for (std::string_view s : strings) n += MaxJsonEscaped(s.size()) + 1;
  return n;
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
      // The room Cursor makes (kFixedRoom) assumes short names, as
      // chronicle's schema has.
      if (v->name().size() > kLongestEnumName) std::abort();
      if (names_[v->number()].empty()) AppendJsonString(v->name(), &names_[v->number()]);
    }
  }
  void Write(int number, Cursor* out) const {
    if (number >= 0 && number < static_cast<int>(names_.size()) && !names_[number].empty()) {
      out->Bytes(names_[number]);
    } else {
      out->Int(number);
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

// The strings of an expression's interval, formatted before the room for
// the object is made. The local times are written into buffers of their
// own: as strings, each would be allocated.
struct IntervalText {
  IntervalText() = default;
  IntervalText(const IntervalText&) = delete;  // begin and end view the buffers
  IntervalText& operator=(const IntervalText&) = delete;

  std::string_view begin, end;
  std::string zone, utc_begin;
  char begin_buffer[temporal::kMaxLocalTimeBytes];
  char end_buffer[temporal::kMaxLocalTimeBytes];
};

void FormatInterval(const Resolution& r, IntervalText* t) {
  const char* begin_end = temporal::WriteLocal(r.period->Begin(), t->begin_buffer);
  t->begin = std::string_view(t->begin_buffer, begin_end - t->begin_buffer);
  const char* end_end = temporal::WriteLocal(r.period->End(), t->end_buffer);
  t->end = std::string_view(t->end_buffer, end_end - t->end_buffer);
  if (r.zone >= 0) {
    t->zone = temporal::ZoneName(r.zone);
    if (auto utc = temporal::ToUtc(r.zone, r.period->Begin())) t->utc_begin = temporal::FormatUtc(*utc);
  }
}

void WriteInterval(const IntervalText& t, Cursor* out) {
  out->Raw(",\"interval\":{\"begin\":\"");
  out->Quoted(t.begin);
  out->Raw(",\"end\":\"");
  out->Quoted(t.end);
  out->Raw(",\"timeZone\":\"");
  out->Quoted(t.zone);
  out->Raw(",\"utcBegin\":\"");
  out->Quoted(t.utc_begin);
  out->Raw("}");
}

void WriteAlternatives(const Resolution& r, int type, Cursor* out) {
  out->Raw(",\"alternatives\":[");
  for (size_t i = 0; i < r.alternatives.size(); ++i) {
    if (i > 0) out->Raw(",");
    out->Raw("{\"value\":\"");
    out->Quoted(r.alternatives[i].value);
    out->Raw(",\"type\":");
    TypeNames().Write(type, out);
    out->Raw(",\"reason\":\"");
    out->Quoted(r.alternatives[i].reason);
    out->Raw("}");
  }
  out->Raw("]");
}

std::string_view ReferenceText(std::string_view text, const ResolvedExpression& e) {
  if (e.value.reference_begin < 0) return {};
  return text.substr(e.value.reference_begin, e.value.reference_end - e.value.reference_begin);
}

void WriteRelation(std::string_view text, const ResolvedExpression& e, Cursor* out) {
  const temporal::Relation& rel = *e.resolution.relation;
  out->Raw(",\"relation\":{\"offset\":\"");
  out->Quoted(rel.offset);
  out->Raw(",\"direction\":");
  DirectionNames().Write(rel.direction > 0 ? TemporalRelation::AFTER : TemporalRelation::BEFORE, out);
  out->Raw(",\"referenceText\":\"");
  out->Quoted(ReferenceText(text, e));
  out->Raw(",\"referenceValue\":\"");
  out->Quoted(rel.reference_value);
  out->Raw(",\"referenceMod\":\"");
  out->Quoted(rel.reference_mod);
  out->Raw(",\"referenceAnchor\":");
  AnchorNames().Write(temporal::ProtoAnchor(rel.reference_anchor), out);
  out->Raw("}");
}

// Room for everything but the fixed part.
size_t VariableRoom(std::string_view text, const ResolvedExpression& e, std::string_view rule,
                    const IntervalText& interval) {
  const Resolution& r = e.resolution;
  size_t n = Room({text.substr(e.begin, e.end - e.begin), r.value, temporal::ModName(r.mod), r.quant, r.freq,
                   interval.begin, interval.end, interval.zone, interval.utc_begin, rule, r.evidence});
  for (const Resolution::Alternative& a : r.alternatives) n += kRoomPerAlternative + Room({a.value, a.reason});
  if (r.relation) {
    n += Room({r.relation->offset, ReferenceText(text, e), r.relation->reference_value, r.relation->reference_mod});
  }
  return n;
}

}  // namespace

void AppendExpressionJson(const temporal::TemporalAnnotator& annotator, std::string_view text,
                          const ResolvedExpression& e, int64_t offset, std::string* line) {
  const Resolution& r = e.resolution;
  const int type = temporal::ProtoType(r.type);
  const std::string_view rule = e.rule >= 0 ? std::string_view(annotator.grammar().rules()[e.rule].id) : "";
  IntervalText interval;
  if (r.period) FormatInterval(r, &interval);
  Cursor out(line, kFixedRoom + VariableRoom(text, e, rule, interval));
  out.Raw("{\"begin\":");
  out.Int(static_cast<int32_t>(e.begin + offset));
  out.Raw(",\"end\":");
  out.Int(static_cast<int32_t>(e.end + offset));
  out.Raw(",\"text\":\"");
  out.Quoted(text.substr(e.begin, e.end - e.begin));
  out.Raw(",\"type\":");
  TypeNames().Write(type, &out);
  out.Raw(",\"value\":\"");
  out.Quoted(r.value);
  out.Raw(",\"mod\":\"");
  out.Quoted(temporal::ModName(r.mod));
  out.Raw(",\"quant\":\"");
  out.Quoted(r.quant);
  out.Raw(",\"freq\":\"");
  out.Quoted(r.freq);
  if (r.period) WriteInterval(interval, &out);
  out.Raw(",\"granularity\":");
  GranularityNames().Write(static_cast<int>(r.granularity), &out);
  out.Raw(",\"anchor\":");
  AnchorNames().Write(temporal::ProtoAnchor(r.anchor), &out);
  out.Raw(",\"anchorIndex\":");
  out.Int(r.anchor_index >= 0 ? r.anchor_index : 0);
  out.Raw(",\"anchorEventId\":\"\"");
  WriteAlternatives(r, type, &out);
  if (r.relation) WriteRelation(text, e, &out);
  out.Raw(",\"rule\":\"");
  out.Quoted(rule);
  out.Raw(",\"evidence\":\"");
  out.Quoted(r.evidence);
  out.Raw(",\"sentenceIndex\":");
  out.Int(e.sentence);
  if (temporal::YearInferred(e)) {
    out.Raw(",\"yearInferred\":true}");
  } else {
    out.Raw(",\"yearInferred\":false}");
  }
  out.Finish();
}

}  // namespace chronicle::cli
