// The actor gazetteer: people, organisations, countries and groups with
// their aliases, offices over time, adjectives ("Russian") and collective
// nouns ("Russians"), plus the title, group-noun and name-word lists the
// recogniser combines them with. All of it is data (extractor/actors/data/),
// compiled into the binary and indexed by one PhraseIndex, so that the
// recogniser needs one hash lookup per token.
//
//   const ActorGazetteer& gazetteer = ActorGazetteer::Default();
//   ActorGazetteer mine;                       // built-ins, then:
//   absl::Status s = mine.AddFile("extra_actors.tsv");
//   // "extra_actors.tsv:3: unknown kind \"persn\""

#ifndef CHRONICLE_EXTRACTOR_ACTORS_GAZETTEER_H_
#define CHRONICLE_EXTRACTOR_ACTORS_GAZETTEER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "extractor/actors/offices.h"
#include "extractor/actors/phrase_index.h"
#include "extractor/actors/tsv.h"
#include "proto/timeline.pb.h"

namespace chronicle {

struct GazetteerActor {
  std::string id;    // "vladimir-putin"
  std::string name;  // "Vladimir Putin"
  Actor::Kind kind = Actor::KIND_UNSPECIFIED;
  // A part of the world ("Europe"): a GROUP reached only through its
  // adjective and people, since its name is a place.
  bool region = false;
  std::string country;                  // ISO alpha-2, "RU"
  std::vector<std::string> aliases;     // without their markers
  std::vector<OfficeTerm> terms;        // offices over time
  std::vector<std::string> adjectives;  // "Russian"
  std::vector<std::string> people;      // "Russians"
  std::string short_name;               // shortest plain name: "NATO"
};

// What a phrase of the index stands for.
enum class PhraseKind : uint8_t {
  kName,       // a name or alias of an actor
  kAdjective,  // "Russian", "U.S."
  kPeople,     // "Russians", "Europeans"
  kTitle,      // "prime minister", "Sen."
  kGroupNoun,  // "officials", "state media"
  kParticle,   // "bin", "al", "von": lower-case words inside names
  kNotName,    // "Tuesday", "August": capitalised words that are no name
  kModifier,   // "former", "then": the title is not held on the date
};

// Markers of an alias in actors.tsv, kept on its index entry.
enum PhraseFlag : uint8_t {
  // "~Bush": shared by several actors or a common word; matched only once
  // the document has named the actor otherwise, or after a fitting title.
  kAmbiguous = 1 << 0,
  // "^Foreign Policy": a phrase of ordinary words; not matched inside
  // title-case text ("Trump's Foreign Policy Shift").
  kCommonPhrase = 1 << 1,
  // A one-word alias that is the last word of the name: "Putin".
  kSurnameForm = 1 << 2,
  // The canonical name itself.
  kCanonical = 1 << 3,
};

struct PhraseInfo {
  PhraseKind kind = PhraseKind::kName;
  uint8_t flags = 0;
  uint32_t index = 0;  // actor, office or group noun, by kind
};

// An actor who held an office in a scope, with the term.
struct OfficeHolder {
  uint32_t actor = 0;
  const OfficeTerm* term = nullptr;
};

class ActorGazetteer {
 public:
  // Loads the built-in data; a broken built-in file is a bug and aborts.
  ActorGazetteer();
  ActorGazetteer(const ActorGazetteer&) = delete;
  ActorGazetteer& operator=(const ActorGazetteer&) = delete;

  // The built-in gazetteer, loaded once per process.
  static const ActorGazetteer& Default();

  // Adds the actors of a file with the columns of actors.tsv. On a bad line
  // returns an error naming the file and line; lines before it stay added.
  absl::Status AddFile(std::string_view path);
  // The same for bytes already in memory; `source` names them in errors.
  absl::Status AddData(std::string_view bytes, std::string_view source);

  const PhraseIndex& index() const { return index_; }
  const PhraseInfo& info(uint32_t value) const { return infos_[value]; }

  size_t num_actors() const { return actors_.size(); }
  const GazetteerActor& actor(uint32_t index) const { return actors_[index]; }
  std::optional<uint32_t> FindActor(std::string_view id) const;
  // The country actor with ISO code `code` ("RU" -> Russia).
  std::optional<uint32_t> FindCountry(std::string_view code) const;
  // What a scope is called: "RU" -> "Russia", "nato" -> "NATO".
  std::string ScopeName(std::string_view scope) const;

  // Office keys ("prime-minister") and their display names ("Prime
  // Minister"), by the index a kTitle phrase carries.
  const std::string& office(uint32_t index) const { return offices_[index]; }
  std::string OfficeDisplay(uint32_t index) const;
  std::optional<uint32_t> FindOffice(std::string_view key) const;
  // The canonical group noun ("delegation") of a kGroupNoun phrase.
  const std::string& group_noun(uint32_t index) const { return group_nouns_[index]; }

  // Everyone who held `office` in `scope`, in data order.
  std::vector<OfficeHolder> Holders(std::string_view office, std::string_view scope) const;
  // The offices whose holder is called the "leader" of `scope`, most
  // senior first ("DE" -> chancellor).
  const std::vector<std::string>& LeaderOffices(std::string_view scope) const;

  // Whether a folded word is a family name that East Asian names put first
  // ("wang" in "Wang Wentao", who is then Mr. Wang).
  bool FamilyNameFirst(std::string_view folded_word) const {
    return family_first_.contains(absl::string_view(folded_word.data(), folded_word.size()));
  }

  // Problems a data test should fail on: aliases shared by several actors
  // without the '~' marker, office keys no title names.
  std::vector<std::string> DataProblems() const;

 private:
  void LoadBuiltins();
  absl::Status AddActorLine(const TsvRecord& record, std::string_view source);
  absl::Status AddTitles(std::string_view bytes, std::string_view source);
  absl::Status AddGroupNouns(std::string_view bytes, std::string_view source);
  absl::Status AddNameWords(std::string_view bytes, std::string_view source);
  absl::Status AddLeaders(std::string_view bytes, std::string_view source);
  void IndexActor(uint32_t actor, uint8_t name_flags, const std::vector<std::string_view>& marked_aliases);
  void AddPhrase(std::string_view phrase, PhraseKind kind, uint8_t flags, uint32_t index) {
    const std::vector<Token> tokens = Tokenize(phrase);
    AddPhrase(phrase, tokens, PhraseIndex::Key(phrase, tokens), kind, flags, index);
  }
  // AddPhrase given the phrase's tokens and key, which tokenising once gives
  // both of.
  void AddPhrase(std::string_view phrase, const std::vector<Token>& tokens, const std::string& key, PhraseKind kind,
                 uint8_t flags, uint32_t index);
  uint32_t InternOffice(std::string_view key);

  PhraseIndex index_;
  std::vector<PhraseInfo> infos_;
  std::vector<GazetteerActor> actors_;
  absl::flat_hash_map<std::string, uint32_t> actor_ids_;
  absl::flat_hash_map<std::string, uint32_t> countries_;  // ISO code -> actor
  std::vector<std::string> offices_;
  std::vector<std::string> office_displays_;
  absl::flat_hash_map<std::string, uint32_t> office_ids_;
  std::vector<std::string> group_nouns_;
  absl::flat_hash_map<std::string, uint32_t> group_noun_ids_;
  // "office@scope" -> (actor, term index).
  absl::flat_hash_map<std::string, std::vector<std::pair<uint32_t, uint32_t>>> holders_;
  absl::flat_hash_map<std::string, std::vector<std::string>> leaders_;
  std::vector<bool> office_titled_;  // whether a title names the office
  // Folded name, adjective and people phrases -> (actor, flags), for checks.
  absl::flat_hash_map<std::string, std::vector<std::pair<uint32_t, uint8_t>>> name_keys_;
  // (folded phrase, kind, actor) already in the index.
  absl::flat_hash_set<std::string> indexed_;
  absl::flat_hash_set<std::string> family_first_;  // folded family names written first
};

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_GAZETTEER_H_
