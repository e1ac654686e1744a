#include "extractor/actors/actor_finder.h"

#include <utility>

#include "extractor/actors/document_scan.h"
#include "extractor/actors/offices.h"

namespace chronicle {

ActorFinder::ActorFinder(const ActorGazetteer& gazetteer, ActorOptions options)
    : gazetteer_(gazetteer), options_(std::move(options)) {}

ActorsFound ActorFinder::Find(std::string_view text, const std::vector<Token>& tokens,
                              const std::vector<Sentence>& sentences, std::string_view published_date) const {
  DocumentScan scan(gazetteer_, options_, text, tokens, sentences, ParseDay(published_date));
  return scan.Run();
}

ActorsFound FindActors(std::string_view text, const std::vector<Token>& tokens,
                       const std::vector<Sentence>& sentences, std::string_view published_date,
                       const ActorOptions& options) {
  return ActorFinder(ActorGazetteer::Default(), options).Find(text, tokens, sentences, published_date);
}

}  // namespace chronicle
