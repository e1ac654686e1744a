#include "extractor/pipeline.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "extractor/actors/actor_finder.h"
#include "extractor/events/analysis.h"
#include "extractor/events/event_extractor.h"
#include "extractor/events/occasions.h"
#include "extractor/places/place_finder.h"
#include "extractor/temporal/annotator.h"
#include "extractor/text/chunks.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"

namespace chronicle {

struct Pipeline::Impl {
  PipelineOptions options;
  const temporal::TemporalAnnotator* annotator = nullptr;
  // The built-in gazetteers, or copies extended by the user's files.
  std::unique_ptr<ActorGazetteer> own_actors;
  std::unique_ptr<PlaceGazetteer> own_places;
  const ActorGazetteer* actors = nullptr;
  const PlaceGazetteer* places = nullptr;
};

namespace {

// The actors of all pieces, one per id, aliases joined.
class ActorTable {
 public:
  // Takes `actor` over: a piece's actors are not used after they are added.
  void Add(Actor&& actor) {
    auto [it, inserted] = index_.emplace(actor.id(), actors_.size());
    if (inserted) {
      actors_.push_back(std::move(actor));
      return;
    }
    Actor& known = actors_[it->second];
    for (const std::string& alias : actor.aliases()) {
      if (std::find(known.aliases().begin(), known.aliases().end(), alias) == known.aliases().end()) {
        known.add_aliases(alias);
      }
    }
  }
  void MoveTo(Timeline* out) {
    for (Actor& a : actors_) *out->add_actors() = std::move(a);
  }

 private:
  std::vector<Actor> actors_;
  absl::flat_hash_map<std::string, size_t> index_;
};

// The document's copy of a time expression that an event's occasion
// re-dated (same offsets) takes the new value.
void ReviseDocumentTime(const TimeExpression& revised, Document* doc) {
  for (TimeExpression& t : *doc->mutable_time_expressions()) {
    if (t.begin() != revised.begin() || t.end() != revised.end()) continue;
    const int32_t sentence = t.sentence_index();
    t = revised;
    t.set_sentence_index(sentence);
  }
}

}  // namespace

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->annotator = &temporal::TemporalAnnotator::Default();
  impl->actors = &ActorGazetteer::Default();
  impl->places = &PlaceGazetteer::Default();
  if (!options.actor_files.empty()) {
    impl->own_actors = std::make_unique<ActorGazetteer>();
    for (const auto& [name, bytes] : options.actor_files) {
      absl::Status s = impl->own_actors->AddData(bytes, name);
      if (!s.ok()) return s;
    }
    impl->own_places = std::make_unique<PlaceGazetteer>(*impl->own_actors);
    impl->actors = impl->own_actors.get();
    impl->places = impl->own_places.get();
  }
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

absl::StatusOr<Timeline> Pipeline::Extract(const DocumentInput& input) const {
  absl::StatusOr<temporal::Anchor> anchor = temporal::Anchor::Parse(input.published, input.time_zone);
  if (!anchor.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("document '", input.id, "': publication date: ",
                                                   anchor.status().message()));
  }
  Timeline out;
  Document* doc = out.add_documents();
  doc->set_id(input.id);
  doc->set_published(anchor->ToString());
  doc->set_time_zone(input.time_zone);
  doc->set_title(input.title);
  doc->set_source(input.source);
  doc->set_text_bytes(static_cast<int32_t>(input.text.size()));
  doc->set_text_fingerprint(TextFingerprint(input.text));
  temporal::DocumentState state;
  int sentences_before = 0;
  ActorTable actors;
  const ActorFinder finder(*impl_->actors);
  const std::string published_day = anchor->DayPeriod().Value();
  const absl::CivilDay published = absl::CivilDay(1970, 1, 1) + anchor->day.time_since_epoch().count();
  for (const TextPiece& piece : SplitIntoPieces(input.text, impl_->options.piece_bytes)) {
    const std::vector<Token> tokens = Tokenize(piece.text);
    const std::vector<Sentence> sentences = SplitSentences(piece.text, tokens);
    const std::vector<temporal::ResolvedExpression> resolved =
        impl_->annotator->Annotate(piece.text, tokens, sentences, *anchor, &state);
    std::vector<TimeExpression> times;
    times.reserve(resolved.size());
    for (const auto& e : resolved) times.push_back(impl_->annotator->ToProto(piece.text, e));
    // Most pieces of news tell of no meeting: their actors and places would
    // be found only to be dropped, as only the actors of events are written.
    events::PieceEvents piece_events;
    const events::SentenceTriggers triggers = events::FindSentenceTriggers(piece.text, tokens, sentences);
    if (events::MayHoldEvents(triggers, times)) {
      const ActorsFound found = finder.Find(piece.text, tokens, sentences, published_day);
      std::vector<PlaceMention> places = FindPlaces(piece.text, tokens, *impl_->places);
      DropPlacesInsideActors(piece.text, tokens, found.mentions, &places);
      const events::Analysis analysis(piece.text, tokens, sentences, times, found, places, *anchor);
      piece_events =
          events::ExtractEvents(analysis, triggers, input.id, static_cast<uint32_t>(piece.offset), out.events_size());
    }
    // The events hold their own copies: the piece's times move to the
    // document, at document offsets.
    for (TimeExpression& time : times) {
      TimeExpression* t = doc->add_time_expressions();
      *t = std::move(time);
      t->set_begin(static_cast<int32_t>(t->begin() + piece.offset));
      t->set_end(static_cast<int32_t>(t->end() + piece.offset));
      t->set_sentence_index(t->sentence_index() + sentences_before);
    }
    for (const TimeExpression& t : events::DateKnownOccasions(events::OccasionTable::Default(), published,
                                                               &piece_events.events)) {
      ReviseDocumentTime(t, doc);
    }
    for (Event& e : piece_events.events) *out.add_events() = std::move(e);
    for (Actor& a : piece_events.actors) actors.Add(std::move(a));
    sentences_before += static_cast<int>(sentences.size());
  }
  actors.MoveTo(&out);
  return out;
}

namespace {

constexpr uint64_t kFnvPrime = 1099511628211ULL;

// Eight bytes of FNV-1a, in order.
inline uint64_t FnvEight(uint64_t hash, const unsigned char* p) {
  hash = (hash ^ p[0]) * kFnvPrime;
  hash = (hash ^ p[1]) * kFnvPrime;
  hash = (hash ^ p[2]) * kFnvPrime;
  hash = (hash ^ p[3]) * kFnvPrime;
  hash = (hash ^ p[4]) * kFnvPrime;
  hash = (hash ^ p[5]) * kFnvPrime;
  hash = (hash ^ p[6]) * kFnvPrime;
  return (hash ^ p[7]) * kFnvPrime;
}

}  // namespace

std::string TextFingerprint(std::string_view text) {
  // FNV-1a is serial, byte by byte; thirty-two bytes a round only saves the
  // loop's own count and branch, which were half its instructions at one
  // byte a round and a sixth at eight.
  uint64_t hash = 1469598103934665603ULL;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = p + text.size();
  for (; end - p >= 32; p += 32) {
    hash = FnvEight(hash, p);
    hash = FnvEight(hash, p + 8);
    hash = FnvEight(hash, p + 16);
    hash = FnvEight(hash, p + 24);
  }
  for (; end - p >= 8; p += 8) hash = FnvEight(hash, p);
  for (; p < end; ++p) hash = (hash ^ *p) * kFnvPrime;
  // "%016llx" without snprintf's format parsing.
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[i] = kHex[hash & 0xF];
  return hex;
}

}  // namespace chronicle
