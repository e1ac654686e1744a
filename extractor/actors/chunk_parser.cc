// Pass 1 of DocumentScan: reads chunks such as "the former Russian president",
// "White House envoy Steve Witkoff", "a Hamas delegation" or "NATO" left to
// right, and emits what the chunk alone decides (see document_scan.h).

#include "extractor/actors/document_scan.h"

#include <algorithm>
#include <iterator>

#include "extractor/actors/fold.h"
#include "extractor/actors/name_scanner.h"
#include "extractor/actors/title_resolver.h"

namespace chronicle {
namespace {

constexpr std::string_view kHonorific = "honorific";

bool IsScopeKind(Actor::Kind kind) { return kind == Actor::COUNTRY || kind == Actor::ORGANISATION; }

}  // namespace

size_t DocumentScan::ParseChunk(size_t i) {
  // Most words start no phrase, nor does the next one: nothing to read.
  if (matches_.None(i) && matches_.None(i + 1)) return i + 1;
  size_t j = i;
  bool definite = false;
  if (IsWord(j, "the")) {
    definite = true;
    ++j;
  } else if (IsWord(j, "a") || IsWord(j, "an")) {
    ++j;
  }
  bool modified = false;
  if (const PhraseMatch* modifier = matches_.Longest(j, PhraseKind::kModifier)) {
    modified = true;
    j = modifier->end_token;
  }
  const std::optional<Scope> scope = ScopeAt(j);
  const size_t after_scope = scope ? scope->end : j;
  if (const std::optional<Title> title = TitleAt(after_scope)) {
    return OnTitle(definite, modified, scope, *title);
  }
  if (scope) {
    if (const PhraseMatch* noun = matches_.Longest(after_scope, PhraseKind::kGroupNoun)) {
      return EmitGroup(*scope, *noun, noun->end_token);
    }
    if (const PhraseMatch* noun = scope->name_form ? nullptr : SharedGroupNoun(after_scope)) {
      EmitGroup(*scope, *noun, scope->end);
      return after_scope;
    }
    if (const std::optional<size_t> end = CountrysPerson(*scope)) return *end;
    if (scope->name_form) return OnName(scope->begin);
    // "the French": a people named by its adjective, after the article.
    if (const PhraseMatch* people = definite ? matches_.Longest(j, PhraseKind::kPeople) : nullptr) {
      return EmitPeople(j, *people);
    }
    return after_scope;  // an adjective alone names nobody
  }
  if (const PhraseMatch* people = matches_.Longest(j, PhraseKind::kPeople)) return EmitPeople(j, *people);
  if (matches_.Has(j, PhraseKind::kName)) return OnName(j);
  return i + 1;
}

std::optional<DocumentScan::Scope> DocumentScan::ScopeAt(size_t i) const {
  if (i >= tokens_.size()) return std::nullopt;
  const PhraseMatch* adjective = matches_.Longest(i, PhraseKind::kAdjective);
  const PhraseMatch* name = nullptr;
  for (const PhraseMatch* m = matches_.begin(i); m != matches_.end(i); ++m) {
    const PhraseInfo& info = matches_.info(*m);
    if (info.kind != PhraseKind::kName || (info.flags & kAmbiguous)) continue;
    // A person's name as long as any scope is a person, not a scope.
    if (!IsScopeKind(gazetteer_.actor(info.index).kind)) {
      if (name == nullptr && (adjective == nullptr || m->end_token >= adjective->end_token)) return std::nullopt;
      continue;
    }
    const bool clash = (info.flags & kCommonPhrase) && CommonPhraseClash(i, m->end_token);
    if (name == nullptr && !clash) name = m;
  }
  Scope scope;
  scope.begin = i;
  if (name != nullptr && (adjective == nullptr || name->end_token >= adjective->end_token)) {
    scope.actor = matches_.info(*name).index;
    scope.end = name->end_token;
    scope.name_form = true;
    if (IsPossessive(scope.end)) {
      scope.possessive = true;
      scope.end += 2;
    }
  } else if (adjective != nullptr) {
    scope.actor = matches_.info(*adjective).index;
    scope.end = adjective->end_token;
  } else {
    return std::nullopt;
  }
  return scope;
}

std::optional<DocumentScan::Title> DocumentScan::TitleAt(size_t i) const {
  const PhraseMatch* first = matches_.Longest(i, PhraseKind::kTitle);
  if (first == nullptr) return std::nullopt;
  // "Supreme Court" is no title: a longer name wins.
  const PhraseMatch* name = matches_.Longest(i, PhraseKind::kName);
  if (name != nullptr && name->end_token > first->end_token) return std::nullopt;
  Title title{matches_.info(*first).index, i, first->end_token, std::nullopt};
  // Stacked titles: "Prime Minister Sheikh", "Deputy Prime Minister".
  for (int n = 0; n < 2; ++n) {
    const PhraseMatch* next = matches_.Longest(title.end, PhraseKind::kTitle);
    if (next == nullptr) break;
    if (gazetteer_.office(title.office) == kHonorific) title.office = matches_.info(*next).index;
    title.end = next->end_token;
  }
  if (IsWord(title.end, "of")) {
    const size_t after = title.end + 1 + (IsWord(title.end + 1, "the") ? 1 : 0);
    const std::optional<Scope> scope = ScopeAt(after);
    // "chair of the America First Policy Institute": the scope is only the
    // start of a longer name.
    const bool name_goes_on = scope && scope->end < tokens_.size() && tokens_[scope->end].has(kCapitalized) &&
                              !tokens_[scope->end].has(kLineStart);
    if (scope && scope->name_form && !name_goes_on) {
      title.of_scope = scope;
      title.end = scope->end;
    }
  }
  return title;
}

size_t DocumentScan::OnTitle(bool definite, bool modified, const std::optional<Scope>& scope,
                             const Title& title) {
  const size_t name_start = ApposedNameStart(definite || scope || title.of_scope, title.end);
  const std::optional<Scope>& scoped_by = scope ? scope : title.of_scope;
  std::vector<std::string> scopes;
  if (scoped_by) scopes = ScopesOf(gazetteer_.actor(scoped_by->actor));
  ActorMention titled;
  SetTitleSpan(&titled, scope ? scope->begin : title.begin, title.end);
  titled.role = gazetteer_.office(title.office);
  size_t end = name_start;
  if (TitledGazetteerPerson(title, name_start, titled, &end)) {
    if (!mentions_.empty() && mentions_.back().first_token == name_start) NoteTitle(mentions_.back(), scopes);
    return end;
  }
  const ScannedName name = ScanPersonName(tokens_, matches_, name_start);
  // "... will send foreign minister" then "NEW DELHI, Nov 18 -": a title
  // ends its line, and the next line's words are no name of it.
  const bool next_line = name_start < tokens_.size() && tokens_[name_start].has(kLineStart);
  if (name.words >= 2 && !InHeading(name_start) && !next_line) {
    ActorMention mention = Span(name_start, name.end_token, MentionHow::kUnknownTitled);
    mention.title_begin = titled.title_begin;
    mention.title_end = titled.title_end;
    mention.role = titled.role;
    mention.kind = Actor::PERSON;
    const int index = document_.TextPersonNamed(Text(mention.begin, mention.end));
    document_.NoteTitle(index, Text(mention.title_begin, mention.title_end));
    Emit(mention, index);
    NoteTitle(mentions_.back(), scopes);
    return name.end_token;
  }
  if (name.words == 1) {
    Pending pending{Pending::kTitledSurname, Span(name_start, name.end_token, MentionHow::kTitleName), {}, scopes};
    pending.mention.title_begin = titled.title_begin;
    pending.mention.title_end = titled.title_end;
    pending.mention.role = titled.role;
    pending_.push_back(std::move(pending));
    return name.end_token;
  }
  if (!modified && (definite || scoped_by)) {
    Pending pending{Pending::kTitleOnly, titled, {}, scopes};
    const size_t first = scope ? scope->begin : title.begin;
    ActorMention span = Span(first, title.end, MentionHow::kTitleOnly);
    pending.mention.begin = span.begin;
    pending.mention.end = span.end;
    pending.mention.first_token = span.first_token;
    pending.mention.end_token = span.end_token;
    pending.mention.how = MentionHow::kTitleOnly;
    pending_.push_back(std::move(pending));
  }
  return title.end;
}

// Where the name after a title starts: right after it, or past a comma
// when a full name stands in apposition to a definite or scoped title and
// a comma or the sentence's end closes it ("Somalia's foreign minister,
// Ahmed Moallim Fiqi, is due ...", "his Russian counterpart, Sergei
// Lavrov, said").
size_t DocumentScan::ApposedNameStart(bool determined, size_t title_end) const {
  if (!determined || !IsPunct(title_end, ',')) return title_end;
  const ScannedName apposed = ScanPersonName(tokens_, matches_, title_end + 1);
  const bool closed = IsPunct(apposed.end_token, ',') || IsPunct(apposed.end_token, '.');
  return apposed.words >= 2 && closed ? title_end + 1 : title_end;
}

// A gazetteer person right after a title: "President Vladimir Putin". An
// ambiguous surname is settled by the office ("Prime Minister May") or
// waits for the document.
bool DocumentScan::TitledGazetteerPerson(const Title& title, size_t first, const ActorMention& titled,
                                         size_t* end) {
  if (first >= matches_.num_tokens()) return false;  // the title ends the text
  const PhraseMatch* longest = nullptr;
  std::vector<uint32_t> candidates;
  bool canonical = false;
  for (const PhraseMatch* m = matches_.begin(first); m != matches_.end(first); ++m) {
    const PhraseInfo& info = matches_.info(*m);
    if (info.kind != PhraseKind::kName || gazetteer_.actor(info.index).kind != Actor::PERSON) continue;
    if (longest != nullptr && m->end_token != longest->end_token) break;
    longest = m;
    canonical = canonical || (info.flags & kCanonical);
    candidates.push_back(info.index);
  }
  if (longest == nullptr) return false;
  // "Foreign Minister Abbas Araghchi" with only "Abbas" known: not Abbas.
  if (!canonical && ScanPersonName(tokens_, matches_, first).end_token > longest->end_token) return false;
  const std::string& office = gazetteer_.office(title.office);
  std::vector<uint32_t> fitting;
  for (uint32_t actor : candidates) {
    if (HeldOffice(gazetteer_, gazetteer_.actor(actor), office)) fitting.push_back(actor);
  }
  if (fitting.size() == 1 || (candidates.size() == 1 && !(matches_.info(*longest).flags & kAmbiguous))) {
    ActorMention mention = Span(first, longest->end_token, MentionHow::kTitleName);
    mention.title_begin = titled.title_begin;
    mention.title_end = titled.title_end;
    mention.role = titled.role;
    EmitGazetteer(mention, fitting.size() == 1 ? fitting[0] : candidates[0]);
  } else {
    Pending pending{Pending::kAmbiguousName, Span(first, longest->end_token, MentionHow::kTitleName),
                    fitting.empty() ? candidates : fitting, {}};
    pending.mention.title_begin = titled.title_begin;
    pending.mention.title_end = titled.title_end;
    pending.mention.role = titled.role;
    pending_.push_back(std::move(pending));
  }
  *end = longest->end_token;
  return true;
}

size_t DocumentScan::OnName(size_t i) {
  const PhraseMatch* longest = nullptr;
  std::vector<uint32_t> candidates;
  uint32_t sure = 0;
  bool has_sure = false;
  uint8_t sure_flags = 0;
  for (const PhraseMatch* m = matches_.begin(i); m != matches_.end(i); ++m) {
    const PhraseInfo& info = matches_.info(*m);
    if (info.kind != PhraseKind::kName) continue;
    if (longest != nullptr && m->end_token != longest->end_token) break;
    if ((info.flags & kCommonPhrase) && CommonPhraseClash(i, m->end_token)) continue;
    longest = m;
    candidates.push_back(info.index);
    if (!has_sure && !(info.flags & kAmbiguous)) {
      has_sure = true;
      sure = info.index;
      sure_flags = info.flags;
    }
  }
  if (longest == nullptr) return i + 1;
  const size_t end = longest->end_token;
  if (end == i + 1 && PronounOpeningSentence(i)) return end;
  if (!has_sure) {
    const bool surname = matches_.info(*longest).flags & kSurnameForm;
    pending_.push_back(
        {Pending::kAmbiguousName, Span(i, end, surname ? MentionHow::kSurname : MentionHow::kAlias), candidates, {}});
    return end;
  }
  const GazetteerActor& actor = gazetteer_.actor(sure);
  MentionHow how = MentionHow::kAlias;
  if (actor.kind == Actor::ORGANISATION) how = MentionHow::kOrganisation;
  else if (actor.kind == Actor::COUNTRY) how = MentionHow::kCountry;
  else if (sure_flags & kCanonical) how = MentionHow::kFullName;
  else if (sure_flags & kSurnameForm) how = MentionHow::kSurname;
  if (actor.kind == Actor::PERSON && !(sure_flags & kCanonical) && LoneWordClash(i, end)) return end;
  EmitGazetteer(Span(i, end, how), sure);
  return end;
}

// "Egypt's Anwar Sadat": a person the gazetteer lacks, named with the
// possessive of a country instead of a title. The country is part of the
// mention, as a title is, and no party of its own.
std::optional<size_t> DocumentScan::CountrysPerson(const Scope& scope) {
  if (!scope.possessive || gazetteer_.actor(scope.actor).kind != Actor::COUNTRY) return std::nullopt;
  if (InHeading(scope.end)) return std::nullopt;
  const ScannedName name = ScanPersonName(tokens_, matches_, scope.end);
  if (name.words < 2 || name.words > 3) return std::nullopt;
  // A name the gazetteer knows in full is read as such ("Israel's Benjamin
  // Netanyahu"); a part of it ("Anwar" of another Anwar) is not.
  for (const PhraseMatch* m = matches_.begin(scope.end); m != matches_.end(scope.end); ++m) {
    if (matches_.info(*m).kind == PhraseKind::kName && m->end_token >= name.end_token) return std::nullopt;
  }
  ActorMention mention = Span(scope.end, name.end_token, MentionHow::kUnknownTitled);
  const ActorMention country = Span(scope.begin, scope.end, MentionHow::kCountry);
  mention.title_begin = country.begin;
  mention.title_end = country.end;
  mention.kind = Actor::PERSON;
  const int index = document_.TextPersonNamed(Text(mention.begin, mention.end));
  document_.NoteCountry(index, gazetteer_.actor(scope.actor).country);
  Emit(mention, index);
  return name.end_token;
}

const PhraseMatch* DocumentScan::SharedGroupNoun(size_t i) const {
  if (!IsWord(i, "and")) return nullptr;
  const std::optional<Scope> second = ScopeAt(i + 1);
  return second ? matches_.Longest(second->end, PhraseKind::kGroupNoun) : nullptr;
}

size_t DocumentScan::EmitGroup(const Scope& scope, const PhraseMatch& noun, size_t end) {
  const GazetteerActor& member_of = gazetteer_.actor(scope.actor);
  const uint32_t noun_index = matches_.info(noun).index;
  const std::string& noun_name = gazetteer_.group_noun(noun_index);
  // One group per (scope, noun) in a document: its id is built once.
  const auto [it, added] = groups_.try_emplace((uint64_t{scope.actor} << 32) | noun_index, 0);
  if (added) {
    const std::string& modifier = member_of.adjectives.empty() ? member_of.short_name : member_of.adjectives[0];
    const std::string id = "group:" + Slug(modifier) + "-" + Slug(noun_name);
    it->second = document_.Group(id, modifier + " " + noun_name, member_of);
  }
  ActorMention mention = Span(scope.begin, end, MentionHow::kGroup);
  mention.role = noun_name;
  Emit(std::move(mention), it->second);
  return end;
}

size_t DocumentScan::EmitPeople(size_t i, const PhraseMatch& people) {
  const GazetteerActor& member_of = gazetteer_.actor(matches_.info(people).index);
  const std::string& name = member_of.people[0];
  Emit(Span(i, people.end_token, MentionHow::kGroup), document_.Group("group:" + Slug(name), name, member_of));
  return people.end_token;
}

// A lone surname or short alias glued to another name word is part of a
// name the gazetteer lacks ("Ali Abbas", "Trump Tower"), outside headings.
// "He said": a surname that is also a pronoun ("Bessent and He met") names
// the person only inside a sentence, where the pronoun would be lower case.
bool DocumentScan::PronounOpeningSentence(size_t i) const {
  static constexpr std::string_view kPronouns[] = {"he", "she", "it", "we", "they"};
  char buffer[8];
  const std::string_view w = LowerAscii(tokens_[i].text(text_), buffer, sizeof buffer);
  if (std::find(std::begin(kPronouns), std::end(kPronouns), w) == std::end(kPronouns)) return false;
  return tokens_[i].has(kLineStart) || sentences_[SentenceAt(sentences_, tokens_[i].begin)].first_token == i;
}

bool DocumentScan::LoneWordClash(size_t first, size_t end) const {
  if (InHeading(first)) return false;
  const bool next_is_name = end < tokens_.size() && !tokens_[end].has(kLineStart) &&
                            ScanPersonName(tokens_, matches_, end).words > 0;
  const bool previous_is_name = first > 0 && !tokens_[first].has(kLineStart) &&
                                tokens_[first - 1].kind == TokenKind::kWord &&
                                ScanPersonName(tokens_, matches_, first - 1).words > 0 &&
                                SentenceAt(sentences_, tokens_[first - 1].begin) ==
                                    SentenceAt(sentences_, tokens_[first].begin) &&
                                sentences_[SentenceAt(sentences_, tokens_[first].begin)].first_token != first - 1;
  return next_is_name || previous_is_name;
}

// A phrase of ordinary words ("Foreign Policy") inside title-case text is
// part of a heading, not the name.
bool DocumentScan::CommonPhraseClash(size_t first, size_t end) const {
  const auto capitalised_word = [this](size_t i) {
    return tokens_[i].kind == TokenKind::kWord && tokens_[i].has(kCapitalized) && !tokens_[i].has(kLineStart);
  };
  const bool previous = first > 0 && !tokens_[first].has(kLineStart) && capitalised_word(first - 1);
  const bool next = end < tokens_.size() && capitalised_word(end);
  return previous || next;
}

}  // namespace chronicle
