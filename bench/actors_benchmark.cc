// Throughput of the actor and place recognisers on news-like articles, for the
// pipeline's budget of 20 MB/s on one core. Tokenizing and sentence
// splitting are left out: they are measured with the text layer.
//
//   bazel run -c opt //bench:actors_benchmark

#include <algorithm>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "extractor/actors/actor_finder.h"
#include "extractor/places/place_finder.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"

namespace chronicle {
namespace {

// About a megabyte of made-up news: names, titles, groups, places and plenty
// of ordinary words, as in a real article.
std::string NewsText() {
  static const char* const kParagraphs[] = {
      "Russian President Vladimir Putin and President Donald Trump will meet in Anchorage, Alaska, on "
      "Friday, the White House said on Wednesday, as European leaders pressed for a seat at the table.\n\n",
      "The Qatari prime minister spoke with White House envoy Steve Witkoff last week in Ibiza, two "
      "officials familiar with the talks said, after a Hamas delegation left Cairo without a deal.\n\n",
      "Mossad director Ilana Verbitsky flew to Doha on Thursday. Verbitsky met Egyptian mediators and "
      "Ukrainian officials before returning to Jerusalem, according to Israeli state media.\n\n",
      "Markets were calm through the afternoon, and analysts said the outcome of the summit would shape "
      "energy prices, shipping rates and the cost of insurance for months to come across the region.\n\n",
      "Center for a New American Security, 10 a.m.: a panel on alliances in the Indo-Pacific. "
      "Washington Institute for Near East Policy, noon: a discussion of Hezbollah and UNIFIL.\n\n",
  };
  std::string text;
  while (text.size() < (1 << 20)) {
    for (const char* paragraph : kParagraphs) text += paragraph;
  }
  return text;
}

// The text cut into articles of about 8 KB, tokenized once.
struct Article {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

std::vector<Article> Articles() {
  const std::string text = NewsText();
  std::vector<Article> articles;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\n\n", std::min(text.size(), start + 8000));
    end = end == std::string::npos ? text.size() : end + 2;
    Article article;
    article.text = text.substr(start, end - start);
    article.tokens = Tokenize(article.text);
    article.sentences = SplitSentences(article.text, article.tokens);
    articles.push_back(std::move(article));
    start = end;
  }
  return articles;
}

int64_t TotalBytes(const std::vector<Article>& articles) {
  int64_t bytes = 0;
  for (const Article& article : articles) bytes += static_cast<int64_t>(article.text.size());
  return bytes;
}

void BM_FindActors(benchmark::State& state) {
  const std::vector<Article> articles = Articles();
  ActorFinder finder;
  for (auto _ : state) {
    for (const Article& article : articles) {
      ActorsFound found = finder.Find(article.text, article.tokens, article.sentences, "2025-08-13");
      benchmark::DoNotOptimize(found.mentions.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(articles));
}
BENCHMARK(BM_FindActors)->Unit(benchmark::kMillisecond);

void BM_FindPlaces(benchmark::State& state) {
  const std::vector<Article> articles = Articles();
  const PlaceGazetteer& gazetteer = PlaceGazetteer::Default();
  for (auto _ : state) {
    for (const Article& article : articles) {
      std::vector<PlaceMention> places = FindPlaces(article.text, article.tokens, gazetteer);
      benchmark::DoNotOptimize(places.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(articles));
}
BENCHMARK(BM_FindPlaces)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chronicle
