// The word lists beside actors.tsv: titles, group nouns, name words and the
// offices of leaders; and the checks the data test runs.

#include <algorithm>

#include "extractor/actors/gazetteer.h"
#include "extractor/actors/fold.h"

namespace chronicle {
namespace {

absl::Status LineError(std::string_view source, int line, std::string_view message) {
  return absl::InvalidArgumentError(DataError(source, line, message));
}

// "secretary of state" -> "Secretary of State".
std::string DisplayName(std::string_view phrase) {
  std::string display(phrase);
  bool word_start = true;
  for (size_t i = 0; i < display.size(); ++i) {
    const bool short_word = display.compare(i, 3, "of ") == 0 || display.compare(i, 4, "for ") == 0;
    if (word_start && !short_word && display[i] >= 'a' && display[i] <= 'z') display[i] -= 'a' - 'A';
    word_start = display[i] == ' ' || display[i] == '-';
  }
  return display;
}

// "tuesday" -> "Tuesday". A not-name word tells only whether a capitalised
// word is a name (a name word needs a capital), so its phrase needs a
// capital too: then "the", "of" and "said" in lower case start no phrase,
// and the chunk parser passes them by at once.
std::string Capitalised(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] -= 'a' - 'A';
  return out;
}

}  // namespace

uint32_t ActorGazetteer::InternOffice(std::string_view key) {
  const auto [it, added] = office_ids_.try_emplace(std::string(key), static_cast<uint32_t>(offices_.size()));
  if (added) {
    offices_.emplace_back(key);
    std::string display(key);
    std::replace(display.begin(), display.end(), '-', ' ');
    office_displays_.push_back(DisplayName(display));
    office_titled_.push_back(false);
  }
  return it->second;
}

std::optional<uint32_t> ActorGazetteer::FindOffice(std::string_view key) const {
  const auto it = office_ids_.find(std::string(key));
  if (it == office_ids_.end()) return std::nullopt;
  return it->second;
}

std::string ActorGazetteer::OfficeDisplay(uint32_t index) const { return office_displays_[index]; }

absl::Status ActorGazetteer::AddTitles(std::string_view bytes, std::string_view source) {
  TsvReader reader(bytes);
  TsvRecord record;
  while (reader.Next(&record)) {
    if (record.fields.size() != 2) return LineError(source, record.line, "needs a title and an office key");
    const uint32_t office = InternOffice(record.field(1));
    if (!office_titled_[office]) office_displays_[office] = DisplayName(record.field(0));
    office_titled_[office] = true;
    AddPhrase(record.field(0), PhraseKind::kTitle, 0, office);
  }
  return absl::OkStatus();
}

absl::Status ActorGazetteer::AddGroupNouns(std::string_view bytes, std::string_view source) {
  TsvReader reader(bytes);
  TsvRecord record;
  while (reader.Next(&record)) {
    if (record.fields.size() != 2) return LineError(source, record.line, "needs a phrase and its canonical noun");
    const auto [it, added] =
        group_noun_ids_.try_emplace(std::string(record.field(1)), static_cast<uint32_t>(group_nouns_.size()));
    if (added) group_nouns_.emplace_back(record.field(1));
    AddPhrase(record.field(0), PhraseKind::kGroupNoun, 0, it->second);
  }
  return absl::OkStatus();
}

absl::Status ActorGazetteer::AddNameWords(std::string_view bytes, std::string_view source) {
  TsvReader reader(bytes);
  TsvRecord record;
  while (reader.Next(&record)) {
    const std::string_view category = record.field(1);
    if (category == "family-first") {
      char buffer[kMaxFoldedWord];
      family_first_.insert(std::string(FoldWord(record.field(0), buffer, sizeof buffer)));
      continue;
    }
    PhraseKind kind;
    if (category == "particle") kind = PhraseKind::kParticle;
    else if (category == "not-name") kind = PhraseKind::kNotName;
    else if (category == "modifier") kind = PhraseKind::kModifier;
    else return LineError(source, record.line, "category must be particle, not-name, modifier or family-first");
    if (kind == PhraseKind::kNotName) {
      AddPhrase(Capitalised(record.field(0)), kind, 0, 0);
    } else {
      AddPhrase(record.field(0), kind, 0, 0);
    }
  }
  return absl::OkStatus();
}

absl::Status ActorGazetteer::AddLeaders(std::string_view bytes, std::string_view source) {
  TsvReader reader(bytes);
  TsvRecord record;
  while (reader.Next(&record)) {
    const std::vector<std::string_view> offices = SplitList(record.field(1));
    if (record.field(0).empty() || offices.empty()) return LineError(source, record.line, "needs a scope and offices");
    leaders_[std::string(record.field(0))] = std::vector<std::string>(offices.begin(), offices.end());
  }
  if (!leaders_.contains("*")) return LineError(source, 0, "needs a default row with scope '*'");
  return absl::OkStatus();
}

const std::vector<std::string>& ActorGazetteer::LeaderOffices(std::string_view scope) const {
  const auto it = leaders_.find(std::string(scope));
  return it != leaders_.end() ? it->second : leaders_.at("*");
}

std::vector<std::string> ActorGazetteer::DataProblems() const {
  std::vector<std::string> problems;
  for (const auto& [key, owners] : name_keys_) {
    if (owners.size() < 2) continue;
    for (const auto& [actor, flags] : owners) {
      if (!(flags & kAmbiguous)) {
        problems.push_back("\"" + key + "\" names several actors but is not marked '~' for " + actors_[actor].id);
      }
    }
  }
  for (uint32_t office = 0; office < offices_.size(); ++office) {
    if (!office_titled_[office]) problems.push_back("office \"" + offices_[office] + "\" has no title in titles.tsv");
  }
  for (const auto& [scope, offices] : leaders_) {
    for (const std::string& office : offices) {
      if (!office_ids_.contains(office)) problems.push_back("leaders.tsv names unknown office \"" + office + "\"");
    }
  }
  std::sort(problems.begin(), problems.end());
  return problems;
}

}  // namespace chronicle
