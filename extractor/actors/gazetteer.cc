#include "extractor/actors/gazetteer.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "extractor/actors/actors_data.h"
#include "extractor/actors/fold.h"

namespace chronicle {
namespace {

// Columns of actors.tsv.
enum Column { kId, kKind, kName, kAliases, kCountry, kOffices, kAdjectives, kPeople };

absl::Status LineError(std::string_view source, int line, std::string_view message) {
  return absl::InvalidArgumentError(DataError(source, line, message));
}

bool ParseKind(std::string_view text, Actor::Kind* kind, bool* region) {
  *region = text == "region";
  if (text == "person") *kind = Actor::PERSON;
  else if (text == "organisation" || text == "organization") *kind = Actor::ORGANISATION;
  else if (text == "country") *kind = Actor::COUNTRY;
  else if (text == "group" || *region) *kind = Actor::GROUP;
  else return false;
  return true;
}

bool IsSlug(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

bool IsCountryCode(std::string_view code) {
  return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

// Splits off the markers of an alias: "~Bush" -> ("Bush", kAmbiguous).
std::string_view StripMarkers(std::string_view alias, uint8_t* flags) {
  *flags = 0;
  while (!alias.empty() && (alias.front() == '~' || alias.front() == '^')) {
    *flags |= alias.front() == '~' ? kAmbiguous : kCommonPhrase;
    alias.remove_prefix(1);
  }
  return alias;
}

std::string LastWordKey(std::string_view name) {
  const std::string key = PhraseIndex::Key(name);
  const size_t space = key.rfind(' ');
  return space == std::string::npos ? key : key.substr(space + 1);
}

std::vector<std::string> ToStrings(const std::vector<std::string_view>& views) {
  return std::vector<std::string>(views.begin(), views.end());
}

}  // namespace

ActorGazetteer::ActorGazetteer() { LoadBuiltins(); }

const ActorGazetteer& ActorGazetteer::Default() {
  static const ActorGazetteer* gazetteer = new ActorGazetteer();
  return *gazetteer;
}

void ActorGazetteer::LoadBuiltins() {
  // Titles first, so that office keys get their display names.
  const absl::Status status[] = {
      AddTitles(actors_data::File("titles.tsv"), "titles.tsv"),
      AddGroupNouns(actors_data::File("group_nouns.tsv"), "group_nouns.tsv"),
      AddNameWords(actors_data::File("name_words.tsv"), "name_words.tsv"),
      AddLeaders(actors_data::File("leaders.tsv"), "leaders.tsv"),
      AddData(actors_data::File("actors.tsv"), "actors.tsv"),
  };
  for (const absl::Status& s : status) {
    if (!s.ok()) {
      std::fprintf(stderr, "chronicle: built-in actor data is broken: %s\n", std::string(s.message()).c_str());
      std::abort();
    }
  }
}

absl::Status ActorGazetteer::AddFile(std::string_view path) {
  std::ifstream in{std::string(path), std::ios::binary};
  if (!in) return absl::NotFoundError("cannot read " + std::string(path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  // The index keeps views of phrases it interns itself, so the bytes may go.
  return AddData(buffer.str(), path);
}

absl::Status ActorGazetteer::AddData(std::string_view bytes, std::string_view source) {
  TsvReader reader(bytes);
  TsvRecord record;
  while (reader.Next(&record)) {
    absl::Status status = AddActorLine(record, source);
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

absl::Status ActorGazetteer::AddActorLine(const TsvRecord& record, std::string_view source) {
  if (record.fields.size() < 3) return LineError(source, record.line, "needs at least id, kind and name");
  if (record.fields.size() > kPeople + 1) return LineError(source, record.line, "more than 8 columns");
  GazetteerActor actor;
  actor.id = std::string(record.field(kId));
  if (!IsSlug(actor.id)) return LineError(source, record.line, "id must be lower-case letters, digits and '-'");
  if (actor_ids_.contains(actor.id)) return LineError(source, record.line, "duplicate id \"" + actor.id + "\"");
  if (!ParseKind(record.field(kKind), &actor.kind, &actor.region)) {
    return LineError(source, record.line, "unknown kind \"" + std::string(record.field(kKind)) + "\"");
  }
  uint8_t name_flags;
  actor.name = std::string(StripMarkers(record.field(kName), &name_flags));
  if (actor.name.empty()) return LineError(source, record.line, "empty name");
  actor.country = std::string(record.field(kCountry));
  if (!actor.country.empty() && !IsCountryCode(actor.country)) {
    return LineError(source, record.line, "country must be an ISO alpha-2 code, got \"" + actor.country + "\"");
  }
  for (std::string_view text : SplitList(record.field(kOffices))) {
    std::string error;
    std::optional<OfficeTerm> term = ParseOfficeTerm(text, &error);
    if (!term) return LineError(source, record.line, error);
    actor.terms.push_back(*std::move(term));
  }
  const std::vector<std::string_view> marked = SplitList(record.field(kAliases));
  actor.short_name = actor.name;
  for (std::string_view alias : marked) {
    uint8_t flags;
    const std::string_view plain = StripMarkers(alias, &flags);
    if (plain.empty()) return LineError(source, record.line, "empty alias");
    actor.aliases.emplace_back(plain);
    if (flags == 0 && plain.size() < actor.short_name.size()) actor.short_name = std::string(plain);
  }
  actor.adjectives = ToStrings(SplitList(record.field(kAdjectives)));
  actor.people = ToStrings(SplitList(record.field(kPeople)));
  const uint32_t index = static_cast<uint32_t>(actors_.size());
  actor_ids_[actor.id] = index;
  actors_.push_back(std::move(actor));
  IndexActor(index, name_flags, marked);
  return absl::OkStatus();
}

void ActorGazetteer::IndexActor(uint32_t index, uint8_t name_flags,
                                const std::vector<std::string_view>& marked_aliases) {
  const GazetteerActor& actor = actors_[index];
  if (!actor.region) AddPhrase(actor.name, PhraseKind::kName, kCanonical | name_flags, index);
  if (actor.kind == Actor::COUNTRY && !actor.country.empty()) countries_.try_emplace(actor.country, index);
  const std::string last_word = LastWordKey(actor.name);
  for (std::string_view alias : marked_aliases) {
    uint8_t flags;
    const std::string_view plain = StripMarkers(alias, &flags);
    const std::vector<Token> tokens = Tokenize(plain);
    const std::string key = PhraseIndex::Key(plain, tokens);
    if (actor.kind == Actor::PERSON && key == last_word) flags |= kSurnameForm;
    AddPhrase(plain, tokens, key, PhraseKind::kName, flags, index);
  }
  for (const std::string& adjective : actor.adjectives) AddPhrase(adjective, PhraseKind::kAdjective, 0, index);
  for (const std::string& people : actor.people) AddPhrase(people, PhraseKind::kPeople, 0, index);
  for (uint32_t t = 0; t < actor.terms.size(); ++t) {
    const OfficeTerm& term = actor.terms[t];
    InternOffice(term.office);
    holders_[term.office + "@" + term.scope].push_back({index, t});
  }
}

void ActorGazetteer::AddPhrase(std::string_view phrase, const std::vector<Token>& tokens, const std::string& key,
                               PhraseKind kind, uint8_t flags, uint32_t index) {
  // Spellings that fold alike ("Erdoğan", "Erdogan") are one phrase: a
  // second entry would make one actor look like two candidates for a name.
  if (!indexed_.insert(absl::StrCat(key, "\t", static_cast<int>(kind), "\t", index)).second) return;
  if (!index_.Add(phrase, tokens, static_cast<uint32_t>(infos_.size()))) return;
  infos_.push_back({kind, flags, index});
  if (kind == PhraseKind::kName || kind == PhraseKind::kAdjective || kind == PhraseKind::kPeople) {
    std::vector<std::pair<uint32_t, uint8_t>>& owners = name_keys_[key];
    for (const auto& owner : owners) {
      if (owner.first == index) return;  // the same actor twice: harmless
    }
    owners.push_back({index, flags});
  }
}

std::optional<uint32_t> ActorGazetteer::FindActor(std::string_view id) const {
  const auto it = actor_ids_.find(std::string(id));
  if (it == actor_ids_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> ActorGazetteer::FindCountry(std::string_view code) const {
  const auto it = countries_.find(std::string(code));
  if (it == countries_.end()) return std::nullopt;
  return it->second;
}

std::string ActorGazetteer::ScopeName(std::string_view scope) const {
  std::optional<uint32_t> actor = FindCountry(scope);
  if (!actor) actor = FindActor(scope);
  if (!actor) return std::string(scope);
  const GazetteerActor& named = actors_[*actor];
  return named.kind == Actor::COUNTRY ? named.name : named.short_name;
}

std::vector<OfficeHolder> ActorGazetteer::Holders(std::string_view office, std::string_view scope) const {
  std::vector<OfficeHolder> holders;
  std::string key(office);
  key += '@';
  key += scope;
  const auto it = holders_.find(key);
  if (it == holders_.end()) return holders;
  for (const auto& [actor, term] : it->second) holders.push_back({actor, &actors_[actor].terms[term]});
  return holders;
}

}  // namespace chronicle
