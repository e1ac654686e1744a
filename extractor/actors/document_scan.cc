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
  // News names an actor about once in thirty tokens; growing the vector
  // moved every mention, strings and all, each time.
  mentions_.reserve(tokens_.size() / 16 + 8);
  // ParseChunk reads nothing where no phrase starts at a token or the next:
  // those tokens are skipped here.
  for (size_t i = matches_.NextNearMatch(0); i < tokens_.size(); i = matches_.NextNearMatch(i)) {
    i = std::max(i + 1, ParseChunk(i));
  }
  // Pass 1 met all the people named only in the text; pass 2 looks them up.
  text_people_.emplace(document_.text_people());
  ResolveTitlesAlone();
  ResolveAmbiguousNames();
  ResolveTitledSurnames();
  FindTextPeople();
  DropAliasesOfLongerNames();
  // Pass 2 appends and may drop mentions of pass 1; put them in text order.
  SortByBegin(&mentions_);
  ActorsFound found;
  found.actors = document_.Finish(&mentions_);
  found.mentions = std::move(mentions_);
  return found;
}

// Each pass appends its mentions in text order, so the mentions are a few
// sorted runs one after the other: merging the runs in turn keeps equal
// mentions in the order a stable sort would, and moves each mention once
// per merge, not log n times; often there is one run and nothing moves.
// Many runs (not the passes' way) are left to the stable sort.
void DocumentScan::SortByBegin(std::vector<ActorMention>* mentions) {
  constexpr size_t kMaxRuns = 8;
  const auto by_begin = [](const ActorMention& a, const ActorMention& b) { return a.begin < b.begin; };
  std::vector<std::vector<ActorMention>::iterator> run_ends;
  for (auto it = mentions->begin(); it != mentions->end() && run_ends.size() <= kMaxRuns;) {
    it = std::is_sorted_until(it, mentions->end(), by_begin);
    run_ends.push_back(it);
  }
  if (run_ends.size() > kMaxRuns) {
    std::stable_sort(mentions->begin(), mentions->end(), by_begin);
    return;
  }
  for (size_t r = 1; r < run_ends.size(); ++r) {
    std::inplace_merge(mentions->begin(), run_ends[r - 1], run_ends[r], by_begin);
  }
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
  const auto noted = notes_.find(office);
  if (noted == notes_.end()) return std::nullopt;
  for (auto note = noted->second.rbegin(); note != noted->second.rend(); ++note) {
    if (note->token > pending.mention.first_token) continue;
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
  ShortNames shorts = IndexShortNames();
  // A person is found by the first or the last folded word of the name, and
  // an ASCII word folds to as many bytes as it has (none when too long to
  // fold): a word of a length no such word has names nobody and is not
  // looked up. One bit per length, the last for 63 and up.
  const auto length_bit = [](size_t size) { return uint64_t{1} << std::min<size_t>(size, 63); };
  uint64_t lengths = 0;
  for (const DocumentActors::TextPerson& person : document_.text_people()) {
    if (person.words.empty()) {
      lengths = ~uint64_t{0};  // matches anywhere
      break;
    }
    lengths |= length_bit(person.words.front().size()) | length_bit(person.words.back().size());
  }
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].kind != TokenKind::kWord || !tokens_[i].has(kCapitalized)) continue;
    if (!tokens_[i].has(kNonAscii)) {
      const size_t size = tokens_[i].size();
      if (!(lengths & length_bit(size > kMaxFoldedWord ? 0 : size))) continue;
    }
    size_t end = i;
    const std::optional<int> index = TextPersonAt(i, &end);
    if (!index) continue;
    const bool full = end > i + 1;
    // "Kim Yong Chol" again after "Kim Jong Un": the full name met in the
    // text wins over a one-word alias found inside it.
    if (full) UncoverShortNames(i, end, &shorts, &covered);
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
  // The dropped short names leave; the order of the others stays.
  size_t kept = 0;
  for (size_t m = 0; m < mentions_.size(); ++m) {
    if (m < shorts.dropped.size() && shorts.dropped[m]) continue;
    if (kept != m) mentions_[kept] = std::move(mentions_[m]);
    ++kept;
  }
  mentions_.resize(kept);
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

// The one-word alias and surname mentions so far, by token. FindTextPeople
// moves left to right past what it emits, so the mentions it adds are never
// inside a later full name and need no entry.
DocumentScan::ShortNames DocumentScan::IndexShortNames() const {
  ShortNames shorts;
  shorts.dropped.assign(mentions_.size(), false);
  for (size_t m = 0; m < mentions_.size(); ++m) {
    const ActorMention& mention = mentions_[m];
    if (mention.end_token - mention.first_token == 1 &&
        (mention.how == MentionHow::kAlias || mention.how == MentionHow::kSurname)) {
      shorts.by_token.emplace_back(mention.first_token, static_cast<uint32_t>(m));
    }
  }
  std::sort(shorts.by_token.begin(), shorts.by_token.end());
  return shorts;
}

// Drops the one-word alias and surname mentions inside tokens [first, end)
// and marks their tokens free. Looked up by token, not by a scan of all
// mentions: a long document has many full names and many mentions.
void DocumentScan::UncoverShortNames(size_t first, size_t end, ShortNames* shorts, std::vector<bool>* covered) {
  auto it = std::lower_bound(shorts->by_token.begin(), shorts->by_token.end(),
                             std::make_pair(static_cast<uint32_t>(first), uint32_t{0}));
  for (; it != shorts->by_token.end() && it->first < end; ++it) {
    if (shorts->dropped[it->second]) continue;
    shorts->dropped[it->second] = true;
    (*covered)[it->first] = false;
  }
}

// The person met only in the text whose full name or surname starts at
// token `i`; `*end` is set just after it.
std::optional<int> DocumentScan::TextPersonAt(size_t i, size_t* end) const {
  return text_people_->At(text_, tokens_, i, end);
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
  notes_[mention.role].push_back({mention.first_token, scopes, mention.actor_index});
}

bool DocumentScan::IsPunct(size_t i, char c) const {
  return i < tokens_.size() && tokens_[i].kind == TokenKind::kPunct && tokens_[i].punct == c;
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
