#include "extractor/events/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "extractor/actors/tsv.h"
#include "extractor/events/events_data.h"

namespace chronicle::events {
namespace {

constexpr size_t kMaxWord = 32;

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> words;
  for (const Token& t : Tokenize(phrase)) {
    char buffer[kMaxWord];
    words.emplace_back(t.kind == TokenKind::kPunct && t.punct ? std::string(1, t.punct)
                                                              : std::string(LowerToken(phrase, t, buffer, sizeof buffer)));
  }
  return words;
}

absl::StatusOr<Event::Type> ParseType(std::string_view name) {
  Event::Type type;
  if (!Event::Type_Parse(std::string(name), &type) || type == Event::TYPE_UNSPECIFIED) {
    return absl::InvalidArgumentError(absl::StrCat("unknown event type \"", std::string(name), "\""));
  }
  return type;
}

absl::StatusOr<uint8_t> ParseFlags(std::string_view field) {
  uint8_t flags = 0;
  if (field == "-" || field.empty()) return flags;
  size_t pos = 0;
  while (pos <= field.size()) {
    size_t comma = field.find(',', pos);
    if (comma == std::string_view::npos) comma = field.size();
    const std::string_view flag = TrimSpace(field.substr(pos, comma - pos));
    if (flag == "object") flags |= kNeedsObject;
    else if (flag == "with") flags |= kNeedsWith;
    else if (flag == "plural") flags |= kPlural;
    else if (flag == "weak") flags |= kWeak;
    else if (flag == "gerund") flags |= kGerund;
    else if (flag == "person") flags |= kPersonObject;
    else if (flag == "adjective") flags |= kAdjective;
    else if (flag != "named") return absl::InvalidArgumentError(absl::StrCat("unknown flag \"", std::string(flag), "\""));
    pos = comma + 1;
  }
  return flags;
}

absl::Status ParseTriggers(std::string_view data, std::vector<TriggerEntry>* out) {
  TsvReader reader(data);
  TsvRecord r;
  while (reader.Next(&r)) {
    const auto error = [&](std::string_view m) {
      return absl::InvalidArgumentError(DataError("triggers.tsv", r.line, m));
    };
    if (r.fields.size() != 4) return error("expected form, type, part, flags");
    TriggerEntry e;
    e.words = Words(r.field(0));
    absl::StatusOr<Event::Type> type = ParseType(r.field(1));
    if (!type.ok()) return error(std::string(type.status().message()));
    e.type = *type;
    if (r.field(2) != "verb" && r.field(2) != "noun") return error("part must be verb or noun");
    e.verb = r.field(2) == "verb";
    absl::StatusOr<uint8_t> flags = ParseFlags(r.field(3));
    if (!flags.ok()) return error(std::string(flags.status().message()));
    e.flags = *flags;
    if (e.words.empty()) return error("empty form");
    out->push_back(std::move(e));
  }
  return absl::OkStatus();
}

absl::Status ParseCues(std::string_view data, std::vector<CueEntry>* out) {
  TsvReader reader(data);
  TsvRecord r;
  Event::Status status = Event::STATUS_UNSPECIFIED;
  while (reader.Next(&r)) {
    const auto error = [&](std::string_view m) { return absl::InvalidArgumentError(DataError("cues.tsv", r.line, m)); };
    const std::string_view first = r.field(0);
    if (r.fields.size() == 1 && first.size() > 2 && first.front() == '[' && first.back() == ']') {
      std::string name(first.substr(1, first.size() - 2));
      for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (!Event::Status_Parse(name, &status) || status == Event::STATUS_UNSPECIFIED) return error("unknown status");
      continue;
    }
    if (status == Event::STATUS_UNSPECIFIED) return error("cue before any [status]");
    if (r.fields.size() != 2) return error("expected cue, scope");
    CueEntry e;
    e.words = Words(first);
    e.status = status;
    const std::string_view scope = r.field(1);
    if (scope == "before") e.scope = CueScope::kBefore;
    else if (scope == "after") e.scope = CueScope::kAfter;
    else if (scope == "any") e.scope = CueScope::kAny;
    else return error("scope must be before, after or any");
    if (e.words.empty()) return error("empty cue");
    out->push_back(std::move(e));
  }
  return absl::OkStatus();
}

std::string_view TokenWord(std::string_view text, const Token& t, char* buffer, size_t capacity) {
  if (t.kind == TokenKind::kPunct) {
    if (t.punct == 0) return {};
    buffer[0] = t.punct;
    return std::string_view(buffer, 1);
  }
  return LowerToken(text, t, buffer, capacity);
}

}  // namespace

std::string_view LowerToken(std::string_view text, const Token& token, char* buffer, size_t capacity) {
  return LowerAscii(token.text(text), buffer, capacity);
}

template <typename Entry>
EventLexicon::FirstWordIndex::FirstWordIndex(const std::vector<Entry>& entries) {
  for (size_t i = 0; i < entries.size(); ++i) {
    may_hold_.set(Bucket(entries[i].words[0]));
    const int32_t id = words_.Intern(entries[i].words[0]);
    if (entries_.size() <= static_cast<size_t>(id)) entries_.resize(id + 1);
    entries_[id].push_back(static_cast<int32_t>(i));
  }
  for (int c = 1; c < 256; ++c) {
    const char mark = static_cast<char>(c);
    punct_may_hold_[c] = may_hold_[Bucket(std::string_view(&mark, 1))];
  }
}

// The same word as TokenWord() gives, looked up in place.
const std::vector<int32_t>* EventLexicon::FirstWordIndex::Find(std::string_view text, const Token& t) const {
  if (t.kind == TokenKind::kPunct) {
    if (t.punct == 0) return nullptr;
    const std::string_view mark(&t.punct, 1);
    if (!may_hold_[Bucket(mark)]) return nullptr;
    const int32_t id = words_.Find(mark);
    return id == WordTable::kAbsent ? nullptr : &entries_[id];
  }
  const std::string_view word = t.text(text);
  if (word.empty() || word.size() > kMaxWord) return nullptr;
  if (!may_hold_[Bucket(word)]) return nullptr;
  // Hashed where it stands in the text, eight bytes at a time.
  const int32_t id = words_.FindInText(word, text.data() + text.size());
  return id == WordTable::kAbsent ? nullptr : &entries_[id];
}

template <typename Entry>
bool EventLexicon::MatchesAt(const Entry& e, std::string_view text, const std::vector<Token>& tokens, int32_t pos,
                             int32_t end) {
  if (pos + static_cast<int32_t>(e.words.size()) > end) return false;
  for (size_t k = 1; k < e.words.size(); ++k) {
    char buffer[kMaxWord];
    if (TokenWord(text, tokens[pos + k], buffer, sizeof buffer) != e.words[k]) return false;
  }
  return true;
}

absl::StatusOr<std::unique_ptr<EventLexicon>> EventLexicon::Parse(std::string_view triggers, std::string_view cues) {
  std::unique_ptr<EventLexicon> lexicon(new EventLexicon());
  if (absl::Status s = ParseTriggers(triggers, &lexicon->triggers_); !s.ok()) return s;
  if (absl::Status s = ParseCues(cues, &lexicon->cues_); !s.ok()) return s;
  lexicon->triggers_by_first_ = FirstWordIndex(lexicon->triggers_);
  lexicon->cues_by_first_ = FirstWordIndex(lexicon->cues_);
  return lexicon;
}

const EventLexicon& EventLexicon::Default() {
  static const EventLexicon* lexicon = [] {
    absl::StatusOr<std::unique_ptr<EventLexicon>> l =
        Parse(events_data::File("triggers.tsv"), events_data::File("cues.tsv"));
    if (!l.ok()) {
      std::cerr << "chronicle: the built-in event word lists do not parse: " << l.status().message() << "\n";
      std::abort();
    }
    return l->release();
  }();
  return *lexicon;
}

std::vector<TriggerHit> EventLexicon::FindTriggers(std::string_view text, const std::vector<Token>& tokens,
                                                   int32_t first, int32_t end) const {
  std::vector<TriggerHit> hits;
  for (int32_t i = first; i < end;) {
    // Most tokens start no trigger: they are turned away in a loop of its
    // own, which keeps what it reads in registers.
    while (i < end && !triggers_by_first_.MayHold(text, tokens[i])) ++i;
    if (i >= end) break;
    const TriggerHit hit = LongestTriggerAt(text, tokens, i, end);
    if (hit.entry == nullptr) {
      ++i;
      continue;
    }
    hits.push_back(hit);
    i = hit.end_token;
  }
  return hits;
}

TriggerHit EventLexicon::LongestTriggerAt(std::string_view text, const std::vector<Token>& tokens, int32_t i,
                                          int32_t end) const {
  const TriggerEntry* best = nullptr;
  const TriggerEntry* other = nullptr;
  if (const std::vector<int32_t>* candidates = triggers_by_first_.Find(text, tokens[i])) {
    for (int32_t index : *candidates) {
      const TriggerEntry& e = triggers_[index];
      if (!MatchesAt(e, text, tokens, i, end)) continue;
      if (best == nullptr || e.words.size() > best->words.size()) {
        best = &e;
        other = nullptr;
      } else if (e.words.size() == best->words.size() && e.verb != best->verb) {
        other = &e;
      }
    }
  }
  if (best == nullptr) return {};
  return {i, i + static_cast<int32_t>(best->words.size()), best, other};
}

std::vector<CueHit> EventLexicon::FindCues(std::string_view text, const std::vector<Token>& tokens, int32_t first,
                                           int32_t end, int32_t match_end) const {
  match_end = std::max(match_end, end);
  std::vector<CueHit> hits;
  for (int32_t i = first; i < end; ++i) {
    if (!cues_by_first_.MayHold(text, tokens[i])) continue;
    const std::vector<int32_t>* candidates = cues_by_first_.Find(text, tokens[i]);
    if (candidates == nullptr) continue;
    // The longest cue at a word wins: "postponed to next month" is not
    // "postponed".
    const CueEntry* longest = nullptr;
    for (int32_t index : *candidates) {
      const CueEntry& e = cues_[index];
      if ((longest == nullptr || e.words.size() > longest->words.size()) && MatchesAt(e, text, tokens, i, match_end)) {
        longest = &e;
      }
    }
    if (longest == nullptr) continue;
    hits.push_back({i, i + static_cast<int32_t>(longest->words.size()), longest});
    i += static_cast<int32_t>(longest->words.size()) - 1;  // a cue's words are not another's
  }
  return hits;
}

}  // namespace chronicle::events
