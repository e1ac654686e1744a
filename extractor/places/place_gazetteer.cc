#include "extractor/places/place_gazetteer.h"

#include <cstdio>
#include <cstdlib>

#include "extractor/actors/tsv.h"
#include "extractor/places/places_data.h"

namespace chronicle {
namespace {

// Columns of places.tsv.
enum Column { kName, kAliases, kKind, kRegion, kCountry };

bool ParseKind(std::string_view text, PlaceKind* kind) {
  if (text == "state") *kind = PlaceKind::kState;
  else if (text == "region") *kind = PlaceKind::kRegion;
  else if (text == "city") *kind = PlaceKind::kCity;
  else if (text == "venue") *kind = PlaceKind::kVenue;
  else return false;
  return true;
}

}  // namespace

PlaceGazetteer::PlaceGazetteer(const ActorGazetteer& actors) : actors_(actors) {
  for (uint32_t i = 0; i < actors.num_actors(); ++i) {
    const GazetteerActor& actor = actors.actor(i);
    if (actor.kind != Actor::COUNTRY) continue;
    Add({actor.name, "", actor.country, PlaceKind::kCountry},
        std::vector<std::string_view>(actor.aliases.begin(), actor.aliases.end()));
  }
  const absl::Status status = AddData(places_data::File("places.tsv"), "places.tsv");
  if (!status.ok()) {
    std::fprintf(stderr, "chronicle: built-in place data is broken: %s\n", std::string(status.message()).c_str());
    std::abort();
  }
}

const PlaceGazetteer& PlaceGazetteer::Default() {
  static const PlaceGazetteer* gazetteer = new PlaceGazetteer();
  return *gazetteer;
}

absl::Status PlaceGazetteer::AddData(std::string_view bytes, std::string_view source) {
  TsvReader reader(bytes);
  TsvRecord record;
  while (reader.Next(&record)) {
    PlaceEntry entry;
    entry.name = std::string(record.field(kName));
    entry.region = std::string(record.field(kRegion));
    entry.country_code = std::string(record.field(kCountry));
    if (entry.name.empty() || !ParseKind(record.field(kKind), &entry.kind)) {
      return absl::InvalidArgumentError(DataError(source, record.line, "needs a name and a kind (state, region, city, venue)"));
    }
    if (!entry.country_code.empty() && !actors_.FindCountry(entry.country_code)) {
      return absl::InvalidArgumentError(DataError(source, record.line, "unknown country \"" + entry.country_code + "\""));
    }
    Add(std::move(entry), SplitList(record.field(kAliases)));
  }
  return absl::OkStatus();
}

void PlaceGazetteer::Add(PlaceEntry entry, const std::vector<std::string_view>& aliases) {
  const uint32_t index = static_cast<uint32_t>(places_.size());
  if (!entry.country_code.empty()) entry.country_name = CountryName(entry.country_code);
  index_.Add(entry.name, index);
  for (std::string_view alias : aliases) index_.Add(alias, index);
  places_.push_back(std::move(entry));
}

std::string PlaceGazetteer::CountryName(std::string_view code) const {
  const std::optional<uint32_t> country = actors_.FindCountry(code);
  return country ? actors_.actor(*country).name : std::string(code);
}

}  // namespace chronicle
