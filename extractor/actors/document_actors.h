// The actors of one document as the recogniser meets them: gazetteer actors,
// people known only from the text ("David Barnea" after a title) and groups.
// Each gets one Actor proto whose aliases collect the forms the text used,
// and remembers enough to resolve later surnames and titles to it.

#ifndef CHRONICLE_EXTRACTOR_ACTORS_DOCUMENT_ACTORS_H_
#define CHRONICLE_EXTRACTOR_ACTORS_DOCUMENT_ACTORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "extractor/actors/gazetteer.h"
#include "extractor/actors/mention.h"
#include "extractor/actors/offices.h"

namespace chronicle {

class DocumentActors {
 public:
  // A person met only in the text, with the folded words of the name.
  struct TextPerson {
    int index = 0;
    std::vector<std::string> words;  // "david", "barnea"
    // The first word may be the family name too: "Wang Wentao" is Mr. Wang.
    // The last word still names the person ("Kim Darroch" is Mr. Darroch).
    bool family_first = false;
    bool HasSurname(std::string_view word) const {
      return !words.empty() && (words.back() == word || (family_first && words.front() == word));
    }
  };

  DocumentActors(const ActorGazetteer& gazetteer, DayKey day) : gazetteer_(gazetteer), day_(day) {}

  // The document index of a gazetteer actor, added on first use.
  int FromGazetteer(uint32_t actor);
  // The document index of a person not in the gazetteer, by the name as
  // written ("DAVID BARNEA" and "David Barnea" are one person).
  int TextPersonNamed(std::string_view name);
  // The document index of a group, added on first use.
  int Group(const std::string& id, const std::string& name, const GazetteerActor& member_of);

  // True when the gazetteer actor has been mentioned so far.
  bool Knows(uint32_t gazetteer_actor) const { return by_gazetteer_.contains(gazetteer_actor); }
  // The document index of a gazetteer actor mentioned so far, or -1. Lower
  // indices were mentioned first.
  int IndexOf(uint32_t gazetteer_actor) const {
    const auto it = by_gazetteer_.find(gazetteer_actor);
    return it == by_gazetteer_.end() ? -1 : it->second;
  }
  // The gazetteer actor behind a document index, or -1.
  int64_t GazetteerIndex(int index) const { return gazetteer_index_[index]; }
  const std::vector<TextPerson>& text_people() const { return text_people_; }
  const Actor& actor(int index) const { return actors_[index]; }

  // Records a form the text used for the actor ("Putin").
  void NoteForm(int index, std::string_view form);
  // Gives a person found in the text the title it was introduced with.
  void NoteTitle(int index, std::string_view title);
  // Gives a person found in the text the country it was named with
  // ("Egypt's Anwar Sadat"), an ISO code.
  void NoteCountry(int index, std::string_view country);

  // The actors in order of first mention; renumbers `mentions`, which must
  // be sorted by position, to point at them.
  std::vector<Actor> Finish(std::vector<ActorMention>* mentions);

 private:
  int Add(Actor actor, int64_t gazetteer_index);
  std::string TitleOnDay(const GazetteerActor& actor) const;

  const ActorGazetteer& gazetteer_;
  const DayKey day_;
  std::vector<Actor> actors_;
  std::vector<int64_t> gazetteer_index_;
  absl::flat_hash_map<std::string, int> by_id_;
  absl::flat_hash_map<uint32_t, int> by_gazetteer_;
  std::vector<TextPerson> text_people_;
};

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_DOCUMENT_ACTORS_H_
