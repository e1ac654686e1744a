#include "extractor/events/words.h"

#include <cstdlib>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "extractor/actors/tsv.h"
#include "extractor/events/events_data.h"

namespace chronicle::events {
namespace {

constexpr std::pair<const char*, WordClass> kSections[] = {
    {"verb_filler", WordClass::kVerbFiller},
    {"definite", WordClass::kDefinite},
    {"indefinite", WordClass::kIndefinite},
    {"person_pronoun", WordClass::kPersonPronoun},
    {"group_pronoun", WordClass::kGroupPronoun},
    {"possessive_pronoun", WordClass::kPossessivePronoun},
    {"attendance", WordClass::kAttendance},
    {"partner", WordClass::kPartner},
    {"locative", WordClass::kLocative},
    {"generic", WordClass::kGeneric},
    {"two_party", WordClass::kTwoParty},
    {"three_party", WordClass::kThreeParty},
    {"topic", WordClass::kTopic},
    {"speech", WordClass::kSpeech},
    {"speech_tail", WordClass::kSpeechTail},
    {"subordinator", WordClass::kSubordinator},
    {"negation", WordClass::kNegation},
    {"holding", WordClass::kHolding},
    {"not_topic", WordClass::kNotTopic},
    {"met_thing", WordClass::kMetThing},
    {"absence", WordClass::kAbsence},
};

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> words;
  for (const Token& t : Tokenize(phrase)) {
    std::string w = t.kind == TokenKind::kPunct ? std::string(1, t.punct) : std::string(t.text(phrase));
    for (char& c : w) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    words.push_back(std::move(w));
  }
  return words;
}

}  // namespace

absl::StatusOr<std::unique_ptr<WordClasses>> WordClasses::Parse(std::string_view data) {
  std::unique_ptr<WordClasses> w(new WordClasses());
  TsvReader reader(data);
  TsvRecord r;
  int current = -1;
  while (reader.Next(&r)) {
    const std::string_view first = r.field(0);
    if (first.size() > 2 && first.front() == '[' && first.back() == ']') {
      current = -1;
      for (const auto& [name, c] : kSections) {
        if (first.substr(1, first.size() - 2) == name) current = static_cast<int>(c);
      }
      if (current < 0) return absl::InvalidArgumentError(DataError("words.tsv", r.line, "unknown section"));
      continue;
    }
    if (current < 0) return absl::InvalidArgumentError(DataError("words.tsv", r.line, "word before any [section]"));
    std::vector<std::string> words = PhraseWords(first);
    if (words.empty()) return absl::InvalidArgumentError(DataError("words.tsv", r.line, "empty phrase"));
    w->phrases_[current].push_back(std::move(words));
  }
  constexpr int kClasses = static_cast<int>(WordClass::kCount);
  for (int c = 0; c < kClasses; ++c) {
    for (const std::vector<std::string>& words : w->phrases_[c]) {
      w->words_.Intern(words.front());
      w->words_.Intern(words.back());
    }
  }
  static_assert(kClasses <= 32, "a word's classes are bits of a uint32_t");
  w->first_of_.resize(w->words_.size());
  w->last_of_.resize(w->words_.size());
  for (int c = 0; c < kClasses; ++c) {
    w->by_first_[c].resize(w->words_.size());
    w->by_last_[c].resize(w->words_.size());
    for (size_t p = 0; p < w->phrases_[c].size(); ++p) {
      const int32_t first = w->words_.Find(w->phrases_[c][p].front());
      const int32_t last = w->words_.Find(w->phrases_[c][p].back());
      w->by_first_[c][first].push_back(static_cast<int32_t>(p));
      w->by_last_[c][last].push_back(static_cast<int32_t>(p));
      w->first_of_[first] |= uint32_t{1} << c;
      w->last_of_[last] |= uint32_t{1} << c;
    }
  }
  return w;
}

const WordClasses& WordClasses::Default() {
  static const WordClasses* classes = [] {
    absl::StatusOr<std::unique_ptr<WordClasses>> w = Parse(events_data::File("words.tsv"));
    if (!w.ok()) {
      std::cerr << "chronicle: the built-in event word classes do not parse: " << w.status().message() << "\n";
      std::abort();
    }
    return w->release();
  }();
  return *classes;
}

bool WordClasses::MatchAt(WordClass c, const Analysis& a, int32_t i, int32_t id, int32_t* length) const {
  if (id == WordTable::kAbsent || by_first_[static_cast<int>(c)][id].empty()) return false;
  int32_t best = 0;
  for (int32_t p : by_first_[static_cast<int>(c)][id]) {
    const std::vector<std::string>& words = phrases_[static_cast<int>(c)][p];
    const int32_t n = static_cast<int32_t>(words.size());
    if (i + n > a.size() || n <= best) continue;
    bool same = true;
    for (int32_t k = 1; k < n && same; ++k) same = a.Word(i + k) == words[k];
    if (same) best = n;
  }
  if (length != nullptr) *length = best;
  return best > 0;
}

bool WordClasses::MatchEndingAt(WordClass c, const Analysis& a, int32_t i, int32_t id, int32_t* start) const {
  if (id == WordTable::kAbsent || by_last_[static_cast<int>(c)][id].empty()) return false;
  int32_t best = 0;
  for (int32_t p : by_last_[static_cast<int>(c)][id]) {
    const std::vector<std::string>& words = phrases_[static_cast<int>(c)][p];
    const int32_t n = static_cast<int32_t>(words.size());
    if (i - n + 1 < 0 || n <= best) continue;
    bool same = true;
    for (int32_t k = 0; k < n - 1 && same; ++k) same = a.Word(i - n + 1 + k) == words[k];
    if (same) best = n;
  }
  if (start != nullptr) *start = i - best + 1;
  return best > 0;
}

PieceWords::PieceWords(const WordClasses& classes, const Analysis& a)
    : classes_(classes), a_(a), word_ids_(a.size(), kNotLookedUp) {}

int32_t PieceWords::LookUpWordId(int32_t i) const {
  int32_t& id = word_ids_[i];
  id = classes_.words_.Find(a_.Word(i));
  return id;
}

}  // namespace chronicle::events
