#include "extractor/actors/document_scan.h"

#include <algorithm>

#include "extractor/actors/fold.h"
#include "extractor/actors/title_resolver.h"

namespace chronicle {

DocumentScan::DocumentScan(const ActorGazetteer& gazetteer, const ActorOptions& options, std::string_view text,
                           const std::vector<Token>& tokens, const std::vector<Sentence>& sentences, DayKey day)
    : gazetteer_(gazetteer),
      options_(options),
      text_(text),
      tokens_(tokens),
      sentences_(sentences),
      day_(day),
      matches_(gazetteer, text, tokens),
      document_(gazetteer, day) {}

ActorsFound DocumentScan::Run() {
  for (size_t i = 0; i < tokens_.size();) i = std::max(i + 1, ParseChunk(i));
  ResolveTitlesAlone();
  ResolveAmbiguousNames();
  ResolveTitledSurnames();
  FindTextPeople();
  DropAliasesOfLongerNames();
  // Pass 2 appends and may drop mentions of pass 1; put them in text order.
  std::stable_sort(mentions_.begin(), mentions_.end(),
                   [](const ActorMention& a, const ActorMention& b) { return a.begin < b.begin; });
  ActorsFound found;
  found.actors = document_.Finish(&mentions_);
  found.mentions = std::move(mentions_);
  return found;
}

void DocumentScan::ResolveTitlesAlone() {
  for (const Pending& pending : pending_) {
    if (pending.kind != Pending::kTitleOnly) continue;
    if (const std::optional<int> index = HolderOfTitle(pending)) {
      ActorMention mention = pending.mention;
      mention.kind = Actor::PERSON;
      Emit(mention, *index);
    }
  }
}

// Who a title alone stands for. With a scope ("the Russian president"): the
// holder on the day. Without one ("the foreign minister"): the last person
// the document introduced with that title, as a reader takes it, and only
// then the holder in the default country.
std::optional<int> DocumentScan::HolderOfTitle(const Pending& pending) {
  const std::string& office = pending.mention.role;
  if (pending.scopes.empty()) {
    if (const std::optional<int> noted = LastIntroducedAs(office, pending)) return noted;
  }
  std::vector<std::string> scopes = pending.scopes;
  if (scopes.empty()) scopes.push_back(options_.default_country);
  for (const std::string& scope : scopes) {
    if (const auto holder = FindOfficeHolder(gazetteer_, office, scope, day_, document_)) {
      return document_.FromGazetteer(*holder);
    }
  }
  return LastIntroducedAs(office, pending);
}

std::optional<int> DocumentScan::LastIntroducedAs(const std::string& office, const Pending& pending) const {
  for (auto note = notes_.rbegin(); note != notes_.rend(); ++note) {
    if (note->token > pending.mention.first_token || note->office != office) continue;
    if (pending.scopes.empty() || note->scopes == pending.scopes) return note->index;
  }
  return std::nullopt;
}

// A name several people share ("Kim") means the one of them the document
// has named; of several, the one it named first: news introduces its
// protagonist first and keeps full names for the others ("Kim Jong Un" ...
// "envoy Kim Yong Chol" ... "Kim arrived").
void DocumentScan::ResolveAmbiguousNames() {
  for (const Pending& pending : pending_) {
    if (pending.kind != Pending::kAmbiguousName) continue;
    std::optional<uint32_t> first_named;
    int first_index = -1;
    for (uint32_t actor : pending.candidates) {
      const int index = document_.IndexOf(actor);
      if (index >= 0 && (first_index < 0 || index < first_index)) {
        first_named = actor;
        first_index = index;
      }
    }
    if (first_named) EmitGazetteer(pending.mention, *first_named);
  }
}

void DocumentScan::ResolveTitledSurnames() {
  for (const Pending& pending : pending_) {
    if (pending.kind != Pending::kTitledSurname) continue;
    size_t end = 0;
    const std::optional<int> index = TextPersonAt(pending.mention.first_token, &end);
    if (index && end == pending.mention.end_token) Emit(pending.mention, *index);
  }
}

// Finds again, anywhere, the people met only after a title: "Barnea",
// "David Barnea", also before the title introduced them.
void DocumentScan::FindTextPeople() {
  if (document_.text_people().empty()) return;
  std::vector<bool> covered(tokens_.size(), false);
  for (const ActorMention& mention : mentions_) {
    std::fill(covered.begin() + mention.first_token, covered.begin() + mention.end_token, true);
  }
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].kind != TokenKind::kWord || !tokens_[i].has(kCapitalized)) continue;
    size_t end = i;
    const std::optional<int> index = TextPersonAt(i, &end);
    if (!index) continue;
    const bool full = end > i + 1;
    // "Kim Yong Chol" again after "Kim Jong Un": the full name met in the
    // text wins over a one-word alias found inside it.
    if (full) UncoverShortNames(i, end, &covered);
    if (std::find(covered.begin() + i, covered.begin() + end, true) != covered.begin() + end) continue;
    // A surname alone must not be the last word of another full name:
    // "Chol" in "Kim Hyok Chol" is not Kim Yong Chol.
    if (!full && i > 0 && tokens_[i - 1].kind == TokenKind::kWord && tokens_[i - 1].has(kCapitalized) &&
        !tokens_[i - 1].has(kLineStart) && tokens_[i].has(kSpaceBefore) && !covered[i - 1]) {
      continue;
    }
    ActorMention mention = Span(i, end, full ? MentionHow::kFullName : MentionHow::kSurname);
    mention.kind = Actor::PERSON;
    Emit(mention, *index);
    i = end - 1;
  }
}

// "Kim Hyok Chol": a one-word alias followed by two capitalised words that
// no one else claims is the start of another person's name, not the alias.
void DocumentScan::DropAliasesOfLongerNames() {
  std::vector<bool> covered(tokens_.size(), false);
  for (const ActorMention& m : mentions_) {
    std::fill(covered.begin() + m.first_token, covered.begin() + m.end_token, true);
  }
  const auto free_name_word = [&](size_t i) {
    return i < tokens_.size() && !covered[i] && tokens_[i].kind == TokenKind::kWord &&
           tokens_[i].has(kCapitalized) && tokens_[i].has(kSpaceBefore) && !tokens_[i].has(kLineStart);
  };
  mentions_.erase(std::remove_if(mentions_.begin(), mentions_.end(),
                                 [&](const ActorMention& m) {
                                   return m.kind == Actor::PERSON && m.end_token - m.first_token == 1 &&
                                          (m.how == MentionHow::kAlias || m.how == MentionHow::kSurname) &&
                                          free_name_word(m.end_token) && free_name_word(m.end_token + 1);
                                 }),
                  mentions_.end());
}

// Drops the one-word alias and surname mentions inside tokens [first, end)
// and marks their tokens free.
void DocumentScan::UncoverShortNames(size_t first, size_t end, std::vector<bool>* covered) {
  const auto inside_short = [&](const ActorMention& m) {
    return m.first_token >= first && m.end_token <= end && m.end_token - m.first_token == 1 &&
           (m.how == MentionHow::kAlias || m.how == MentionHow::kSurname);
  };
  for (const ActorMention& m : mentions_) {
    if (inside_short(m)) (*covered)[m.first_token] = false;
  }
  mentions_.erase(std::remove_if(mentions_.begin(), mentions_.end(), inside_short), mentions_.end());
}

// The person met only in the text whose full name or surname starts at
// token `i`; `*end` is set just after it.
std::optional<int> DocumentScan::TextPersonAt(size_t i, size_t* end) const {
  char buffer[kMaxFoldedWord];
  const std::string_view word = FoldWord(tokens_[i].text(text_), buffer, sizeof buffer);
  for (const DocumentActors::TextPerson& person : document_.text_people()) {
    size_t t = i;
    size_t w = 0;
    for (; w < person.words.size() && t < tokens_.size(); ++w, ++t) {
      while (t < tokens_.size() && tokens_[t].kind != TokenKind::kWord && IsJoiningHyphen(tokens_, t)) ++t;
      if (t >= tokens_.size() || (w == 0 && !tokens_[t].has(kCapitalized))) break;
      char other[kMaxFoldedWord];
      if (FoldWord(tokens_[t].text(text_), other, sizeof other) != person.words[w]) break;
    }
    if (w == person.words.size()) {
      *end = t;
      return person.index;
    }
    if (word == person.words.back()) {
      *end = i + 1;
      return person.index;
    }
  }
  return std::nullopt;
}

ActorMention DocumentScan::Span(size_t first, size_t end, MentionHow how) const {
  ActorMention mention;
  mention.first_token = static_cast<uint32_t>(first);
  mention.end_token = static_cast<uint32_t>(end);
  mention.begin = tokens_[first].begin;
  mention.end = tokens_[end - 1].end;
  mention.how = how;
  return mention;
}

void DocumentScan::SetTitleSpan(ActorMention* mention, size_t first, size_t end) const {
  mention->title_begin = tokens_[first].begin;
  mention->title_end = tokens_[end - 1].end;
}

void DocumentScan::Emit(ActorMention mention, int index) {
  const Actor& actor = document_.actor(index);
  mention.actor_id = actor.id();
  mention.kind = actor.kind();
  mention.actor_index = index;
  if (mention.how != MentionHow::kTitleOnly && mention.how != MentionHow::kGroup) {
    document_.NoteForm(index, Text(mention.begin, mention.end));
    if (mention.title_begin < mention.title_end) document_.NoteForm(index, Text(mention.title_begin, mention.end));
  }
  mentions_.push_back(std::move(mention));
}

void DocumentScan::EmitGazetteer(ActorMention mention, uint32_t actor) {
  Emit(std::move(mention), document_.FromGazetteer(actor));
}

void DocumentScan::NoteTitle(const ActorMention& mention, const std::vector<std::string>& scopes) {
  notes_.push_back({mention.first_token, mention.role, scopes, mention.actor_index});
}

bool DocumentScan::IsWord(size_t i, std::string_view lower) const {
  if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kWord || tokens_[i].size() != lower.size()) return false;
  const std::string_view word = tokens_[i].text(text_);
  for (size_t k = 0; k < word.size(); ++k) {
    const char c = word[k] >= 'A' && word[k] <= 'Z' ? static_cast<char>(word[k] + ('a' - 'A')) : word[k];
    if (c != lower[k]) return false;
  }
  return true;
}

bool DocumentScan::IsPossessive(size_t i) const {
  return i + 1 < tokens_.size() && tokens_[i].kind == TokenKind::kPunct && tokens_[i].punct == '\'' &&
         !tokens_[i].has(kSpaceBefore) && !tokens_[i + 1].has(kSpaceBefore) && IsWord(i + 1, "s");
}

bool DocumentScan::InHeading(size_t i) const {
  if (sentences_.empty() || i >= tokens_.size()) return false;
  const int sentence = SentenceAt(sentences_, tokens_[i].begin);
  return sentence >= 0 && sentences_[sentence].heading;
}

}  // namespace chronicle
