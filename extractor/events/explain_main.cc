// A tool for rule authors: prints what each stage of the extractor finds in
// a text — sentences, time expressions, actors, places and events.
//
//   bazel run //extractor/events:explain -- 2025-08-13 article.txt

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "extractor/actors/actor_finder.h"
#include "extractor/events/event_extractor.h"
#include "extractor/places/place_finder.h"
#include "extractor/temporal/annotator.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: explain PUBLISHED FILE\n";
    return 2;
  }
  std::ifstream in(argv[2]);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const auto tokens = chronicle::Tokenize(text);
  const auto sentences = chronicle::SplitSentences(text, tokens);
  const chronicle::ActorsFound actors = chronicle::FindActors(text, tokens, sentences, argv[1]);
  std::vector<chronicle::PlaceMention> places = chronicle::FindPlaces(text, tokens);
  chronicle::DropPlacesInsideActors(text, tokens, actors.mentions, &places);
  const auto anchor = chronicle::temporal::Anchor::Parse(argv[1]);
  const auto& annotator = chronicle::temporal::TemporalAnnotator::Default();
  std::vector<chronicle::TimeExpression> times;
  for (const auto& e : annotator.Annotate(text, tokens, sentences, *anchor)) times.push_back(annotator.ToProto(text, e));
  const bool verbose = std::getenv("VERBOSE") != nullptr;
  for (const auto& m : actors.mentions) {
    if (!verbose) break;
    std::cout << "actor  [" << text.substr(m.begin, m.end - m.begin) << "] " << m.actor_id << " "
              << chronicle::MentionHowName(m.how) << " role=" << m.role << "\n";
  }
  for (const auto& p : places) {
    if (!verbose) break;
    std::cout << "place  [" << text.substr(p.begin, p.end - p.begin) << "] " << p.place.name() << " / "
              << p.place.region() << " / " << p.place.country() << "\n";
  }
  const chronicle::events::Analysis analysis(text, tokens, sentences, times, actors, places, *anchor);
  for (const chronicle::Event& e : chronicle::events::ExtractEvents(analysis, "doc", 0).events) {
    std::cout << "EVENT " << chronicle::Event::Type_Name(e.type()) << " " << chronicle::Event::Status_Name(e.status())
              << " time=" << e.time().value() << " place=" << e.location().name() << " [";
    for (const auto& p : e.participants()) std::cout << p.name() << "; ";
    std::cout << "]\n";
    for (const auto& m : e.mentions()) {
      std::cout << "    <" << m.trigger() << "> " << text.substr(m.begin(), m.end() - m.begin()) << "\n";
    }
  }
  return 0;
}
