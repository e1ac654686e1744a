// Helpers for the recogniser's tests: run FindActors over a sentence and
// describe each mention as "text=id/how".

#ifndef CHRONICLE_EXTRACTOR_ACTORS_TEST_UTIL_H_
#define CHRONICLE_EXTRACTOR_ACTORS_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "extractor/actors/actor_finder.h"

namespace chronicle {

struct FoundActors {
  std::string text;
  ActorsFound found;

  // "Vladimir Putin=vladimir-putin/title+name" for each mention.
  std::vector<std::string> Describe() const {
    std::vector<std::string> out;
    for (const ActorMention& m : found.mentions) {
      out.push_back(text.substr(m.begin, m.end - m.begin) + "=" + m.actor_id + "/" + MentionHowName(m.how));
    }
    return out;
  }
  std::string Title(const ActorMention& m) const { return text.substr(m.title_begin, m.title_end - m.title_begin); }
  const Actor* ActorWithId(std::string_view id) const {
    for (const Actor& actor : found.actors) {
      if (actor.id() == id) return &actor;
    }
    return nullptr;
  }
};

inline FoundActors RunFindActors(std::string text, std::string_view date = "2025-08-13",
                                 const ActorOptions& options = {}) {
  FoundActors result{std::move(text), {}};
  const std::vector<Token> tokens = Tokenize(result.text);
  const std::vector<Sentence> sentences = SplitSentences(result.text, tokens);
  result.found = FindActors(result.text, tokens, sentences, date, options);
  return result;
}

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_TEST_UTIL_H_
