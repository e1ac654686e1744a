// The actor recogniser: finds the people, organisations, countries and
// groups a news text names, and gives each one stable id.
//
//   std::vector<Token> tokens = Tokenize(text);
//   std::vector<Sentence> sentences = SplitSentences(text, tokens);
//   ActorsFound found = FindActors(text, tokens, sentences, "2025-08-13");
//
//   "Russian President Vladimir Putin ... Putin ... the Russian president"
//   -> three mentions of "vladimir-putin" (title+name, surname, title-only)
//
// Titles alone resolve to whoever held the office on the publication date
// (see title_resolver.h); "the president" with no country named means the
// head of state of ActorOptions::default_country. People missing from the
// gazetteer are found after a title ("Mossad director David Barnea") and get
// ids from their name ("david-barnea"), so the same person has the same id
// in every document. Ids are a pure function of the gazetteer and the text.

#ifndef CHRONICLE_EXTRACTOR_ACTORS_ACTOR_FINDER_H_
#define CHRONICLE_EXTRACTOR_ACTORS_ACTOR_FINDER_H_

#include <string_view>
#include <vector>

#include "extractor/actors/gazetteer.h"
#include "extractor/actors/mention.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"

namespace chronicle {

class ActorFinder {
 public:
  // `gazetteer` must outlive the finder.
  explicit ActorFinder(const ActorGazetteer& gazetteer = ActorGazetteer::Default(), ActorOptions options = {});

  // Finds the actors of `text`, given its tokens and sentences (from
  // Tokenize and SplitSentences) and its publication date ("2025-08-13" or
  // a date-time; empty when unknown: titles then mean their current holder).
  ActorsFound Find(std::string_view text, const std::vector<Token>& tokens,
                   const std::vector<Sentence>& sentences, std::string_view published_date) const;

 private:
  const ActorGazetteer& gazetteer_;
  ActorOptions options_;
};

// Find with the built-in gazetteer.
ActorsFound FindActors(std::string_view text, const std::vector<Token>& tokens,
                       const std::vector<Sentence>& sentences, std::string_view published_date,
                       const ActorOptions& options = {});

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_ACTOR_FINDER_H_
