#include "extractor/events/analysis.h"

#include <algorithm>

#include "extractor/events/reached_times.h"

namespace chronicle::events {
namespace {

// Token index of the token starting at or after byte `offset`.
int32_t TokenAt(const std::vector<Token>& tokens, uint32_t offset) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.begin < o; });
  return static_cast<int32_t>(it - tokens.begin());
}

}  // namespace

Analysis::Analysis(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                   const std::vector<TimeExpression>& times, const ActorsFound& actors,
                   const std::vector<PlaceMention>& places, const temporal::Anchor& anchor)
    : text(text),
      tokens(tokens),
      sentences(sentences),
      reached_times_(AnyReachesDate(times) ? WithReachedDates(times) : std::vector<TimeExpression>()),
      times(reached_times_.empty() ? times : reached_times_),
      actors(actors),
      places(places),
      anchor(anchor),
      actor_at_(tokens.size(), -1),
      place_at_(tokens.size(), -1),
      time_at_(tokens.size(), -1),
      sentence_of_(tokens.size(), 0) {
  for (size_t m = 0; m < actors.mentions.size(); ++m) {
    for (int32_t i = ActorStart(static_cast<int32_t>(m)); i < static_cast<int32_t>(actors.mentions[m].end_token); ++i) {
      actor_at_[i] = static_cast<int32_t>(m);
    }
  }
  for (size_t p = 0; p < places.size(); ++p) {
    for (uint32_t i = places[p].first_token; i < places[p].end_token; ++i) place_at_[i] = static_cast<int32_t>(p);
  }
  // The "Germany" of "Hamburg, Germany" only says where Hamburg is: a name
  // at the tail of a longer place is never a party.
  for (const ActorMention& m : actors.mentions) {
    const int32_t p = place_at_[m.first_token];
    if (p >= 0 && places[p].first_token < m.first_token && m.end_token <= places[p].end_token) {
      for (uint32_t i = m.first_token; i < m.end_token; ++i) actor_at_[i] = -1;
    }
  }
  for (size_t t = 0; t < times.size(); ++t) {
    const int32_t first = TokenAt(tokens, static_cast<uint32_t>(times[t].begin()));
    for (int32_t i = first; i < size() && tokens[i].begin < static_cast<uint32_t>(times[t].end()); ++i) {
      time_at_[i] = static_cast<int32_t>(t);
    }
  }
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (uint32_t i = sentences[s].first_token; i < sentences[s].end_token; ++i) {
      sentence_of_[i] = static_cast<int32_t>(s);
    }
  }
  // No word is longer than its token: the text's size is enough room.
  word_bytes_.resize(text.size());
  char* const out = word_bytes_.data();
  uint32_t used = 0;
  const size_t n = tokens.size();
  word_begin_.resize(n + 1);
  for (size_t i = 0; i < n; ++i) {
    word_begin_[i] = used;
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kPunct) {
      if (t.punct != 0) out[used++] = t.punct;
      continue;
    }
    if (t.kind != TokenKind::kWord || t.size() > 40) continue;
    for (uint32_t b = t.begin; b < t.end; ++b) {
      const char c = text[b];
      out[used++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  }
  word_begin_[n] = used;
  word_bytes_.resize(used);
}

int32_t Analysis::ActorStart(int32_t mention) const {
  const ActorMention& m = actors.mentions[mention];
  if (m.title_begin == m.title_end) return static_cast<int32_t>(m.first_token);
  const int32_t title = TokenAt(tokens, m.title_begin);
  return std::min(title, static_cast<int32_t>(m.first_token));
}

std::string_view Analysis::Word(int32_t i) const {
  if (i < 0 || i >= size()) return {};  // before the first or past the last token
  return std::string_view(word_bytes_).substr(word_begin_[i], word_begin_[i + 1] - word_begin_[i]);
}

}  // namespace chronicle::events
