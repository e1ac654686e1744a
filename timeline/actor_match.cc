#include "timeline/actor_match.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "absl/strings/ascii.h"
#include "extractor/text/tokenizer.h"
#include "extractor/text/utf8.h"

namespace chronicle {
namespace {

// ASCII lower case; other bytes unchanged.
std::string Lower(std::string_view text) { return absl::AsciiStrToLower(absl::string_view(text.data(), text.size())); }

// The name words of a phrase, in order, without possessives.
std::vector<std::string> NameWords(std::string_view phrase) {
  std::vector<std::string> words;
  if (!CheckText(phrase).ok()) return words;
  const std::vector<Token> tokens = Tokenize(phrase);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kPunct) continue;
    const std::string word = Lower(tokens[i].text(phrase));
    const bool possessive = i + 2 < tokens.size() && tokens[i + 1].punct == '\'' && !tokens[i + 1].has(kSpaceBefore) &&
                            !tokens[i + 2].has(kSpaceBefore) && Lower(tokens[i + 2].text(phrase)) == "s";
    if (possessive) {
      i += 2;  // skip the apostrophe and the "s"
      continue;
    }
    words.push_back(word);
  }
  return words;
}

std::vector<std::string> NamesOf(const Actor& actor) {
  std::vector<std::string> names = {actor.name()};
  names.insert(names.end(), actor.aliases().begin(), actor.aliases().end());
  std::string id_words = actor.id();
  std::replace(id_words.begin(), id_words.end(), '-', ' ');
  names.push_back(id_words);
  return names;
}

// How well an actor matches: exact first, then more words, then a name over
// a bare surname; a score with no words is no match.
using Score = std::tuple<bool, size_t, bool>;

Score ScoreActor(const Actor& actor, const std::vector<std::string>& query) {
  const std::set<std::string> query_set(query.begin(), query.end());
  const std::string& head = query.back();
  Score best{false, 0, false};
  for (const std::string& name : NamesOf(actor)) {
    const std::vector<std::string> words = NameWords(name);
    const std::set<std::string> word_set(words.begin(), words.end());
    if (words.empty() || !word_set.count(head)) continue;
    if (!std::includes(query_set.begin(), query_set.end(), word_set.begin(), word_set.end())) continue;
    best = std::max(best, Score{word_set == query_set, word_set.size(), true});
  }
  const std::vector<std::string> canonical = NameWords(actor.name());
  const bool person = actor.kind() == Actor::PERSON || actor.kind() == Actor::KIND_UNSPECIFIED;
  if (person && canonical.size() >= 2 && canonical.back() == head) {
    best = std::max(best, Score{query_set.size() == 1, 1, false});
  }
  return best;
}

std::u32string CodePoints(std::string_view text) {
  std::u32string out;
  if (!CheckText(text).ok()) return out;
  for (size_t i = 0; i < text.size();) {
    int length = 1;
    out.push_back(DecodeUtf8(text, i, &length));
    i += length;
  }
  return out;
}

size_t EditDistance(const std::u32string& a, const std::u32string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

size_t DistanceToActor(const std::u32string& query, const Actor& actor) {
  size_t best = SIZE_MAX;
  for (const std::string& name : NamesOf(actor)) {
    best = std::min(best, EditDistance(query, CodePoints(Lower(name))));
    for (const std::string& word : NameWords(name)) best = std::min(best, EditDistance(query, CodePoints(word)));
  }
  return best;
}

}  // namespace

std::vector<std::string> MatchActors(std::string_view query, const std::vector<Actor>& actors) {
  const std::vector<std::string> words = NameWords(query);
  if (words.empty()) return {};
  Score best{false, 0, false};
  std::vector<std::string> ids;
  for (const Actor& actor : actors) {
    const Score score = ScoreActor(actor, words);
    if (std::get<1>(score) == 0 || score < best) continue;
    if (best < score) ids.clear(), best = score;
    ids.push_back(actor.id());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<std::string> ClosestActorNames(std::string_view query, const std::vector<Actor>& actors, size_t limit) {
  const std::u32string wanted = CodePoints(Lower(query));
  std::set<std::pair<size_t, std::string>> ranked;
  for (const Actor& actor : actors) {
    ranked.emplace(DistanceToActor(wanted, actor), actor.name().empty() ? actor.id() : actor.name());
  }
  std::vector<std::string> names;
  for (const auto& [distance, name] : ranked) {
    if (names.size() == limit) break;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

}  // namespace chronicle
