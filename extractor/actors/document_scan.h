// One run of the actor recogniser over one document (internal to
// //extractor/actors). Two passes:
//
// 1. Chunks, left to right (chunk_parser.cc). At each token it reads
//      [the|a] [former] [scope] [title [of scope]] [name]
//    or [scope] [group noun], "the" [people], or a gazetteer name, where a
//    scope is a country or organisation name or an adjective ("Russian",
//    "Mossad", "Russia's"). Names the gazetteer lacks are taken only after
//    a title. Mentions that need the whole document wait as Pending.
// 2. Document context (document_scan.cc): titles alone resolve by office
//    and date, ambiguous names ("Johnson") by who the document named, and
//    surnames of people met only in the text ("Barnea") by their full name.

#ifndef CHRONICLE_EXTRACTOR_ACTORS_DOCUMENT_SCAN_H_
#define CHRONICLE_EXTRACTOR_ACTORS_DOCUMENT_SCAN_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "extractor/actors/document_actors.h"
#include "extractor/actors/gazetteer.h"
#include "extractor/actors/mention.h"
#include "extractor/actors/offices.h"
#include "extractor/actors/text_person_index.h"
#include "extractor/actors/token_matches.h"
#include "extractor/text/sentences.h"
#include "extractor/text/tokenizer.h"

namespace chronicle {

class DocumentScan {
 public:
  DocumentScan(const ActorGazetteer& gazetteer, const ActorOptions& options, std::string_view text,
               const std::vector<Token>& tokens, const std::vector<Sentence>& sentences, DayKey day);
  ActorsFound Run();

 private:
  // What scopes a title or a group: "Russian", "Russia's", "NATO".
  struct Scope {
    uint32_t actor = 0;
    size_t begin = 0, end = 0;
    bool name_form = false;   // written as a name, not only as an adjective
    bool possessive = false;  // "Russia's"
  };
  struct Title {
    uint32_t office = 0;
    size_t begin = 0, end = 0;
    std::optional<Scope> of_scope;  // "President of Russia"
  };
  // A mention that waits for pass 2.
  struct Pending {
    enum Kind { kTitleOnly, kAmbiguousName, kTitledSurname } kind;
    ActorMention mention;              // span, title span and role
    std::vector<uint32_t> candidates;  // kAmbiguousName: gazetteer actors
    std::vector<std::string> scopes;   // kTitleOnly: scopes of the title
  };
  // A person introduced with a title, for later titles alone.
  struct TitleNote {
    size_t token = 0;
    std::vector<std::string> scopes;
    int index = 0;
  };

  // Pass 1 (chunk_parser.cc).
  size_t ParseChunk(size_t i);
  std::optional<Scope> ScopeAt(size_t i) const;
  std::optional<Title> TitleAt(size_t i) const;
  size_t OnTitle(bool definite, bool modified, const std::optional<Scope>& scope, const Title& title);
  bool TitledGazetteerPerson(const Title& title, size_t first, const ActorMention& titled, size_t* end);
  size_t OnName(size_t i);
  // The group of `scope` named by `noun`, its mention ending at `end` (the
  // noun's end, or the scope's own when another scope shares the noun).
  size_t EmitGroup(const Scope& scope, const PhraseMatch& noun, size_t end);
  // "Egyptian and Qatari mediators": the group noun after the scope that
  // follows "and" at `i`, or null.
  const PhraseMatch* SharedGroupNoun(size_t i) const;
  // The end of a person named after a country's possessive, if one is.
  std::optional<size_t> CountrysPerson(const Scope& scope);
  size_t EmitPeople(size_t i, const PhraseMatch& people);
  bool LoneWordClash(size_t first, size_t end) const;
  bool PronounOpeningSentence(size_t i) const;
  bool CommonPhraseClash(size_t first, size_t end) const;

  // Pass 2 (document_scan.cc).
  static void SortByBegin(std::vector<ActorMention>* mentions);
  void ResolveTitlesAlone();
  std::optional<int> HolderOfTitle(const Pending& pending);
  std::optional<int> LastIntroducedAs(const std::string& office, const Pending& pending) const;
  void ResolveAmbiguousNames();
  void ResolveTitledSurnames();
  void FindTextPeople();
  // The one-word names a full name found in pass 2 may take back.
  struct ShortNames {
    std::vector<std::pair<uint32_t, uint32_t>> by_token;  // (token, mention), sorted
    std::vector<bool> dropped;                            // by mention
  };
  ShortNames IndexShortNames() const;
  void UncoverShortNames(size_t first, size_t end, ShortNames* shorts, std::vector<bool>* covered);
  void DropAliasesOfLongerNames();
  std::optional<int> TextPersonAt(size_t i, size_t* end) const;

  // Shared helpers (document_scan.cc).
  ActorMention Span(size_t first, size_t end, MentionHow how) const;
  void SetTitleSpan(ActorMention* mention, size_t first, size_t end) const;
  void Emit(ActorMention mention, int index);
  void EmitGazetteer(ActorMention mention, uint32_t actor);
  void NoteTitle(const ActorMention& mention, const std::vector<std::string>& scopes);
  // True when token `i` is the word `lower` in any case. Inline: asked at
  // every chunk ("the", "a", "of"...), and most tokens differ in size.
  bool IsWord(size_t i, std::string_view lower) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kWord || tokens_[i].size() != lower.size()) return false;
    const std::string_view word = tokens_[i].text(text_);
    for (size_t k = 0; k < word.size(); ++k) {
      const char c = word[k] >= 'A' && word[k] <= 'Z' ? static_cast<char>(word[k] + ('a' - 'A')) : word[k];
      if (c != lower[k]) return false;
    }
    return true;
  }
  bool IsPunct(size_t i, char c) const;
  size_t ApposedNameStart(bool determined, size_t title_end) const;
  bool IsPossessive(size_t i) const;
  bool InHeading(size_t i) const;
  std::string_view Text(uint32_t begin, uint32_t end) const { return text_.substr(begin, end - begin); }

  const ActorGazetteer& gazetteer_;
  const ActorOptions& options_;
  const std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<Sentence>& sentences_;
  const DayKey day_;
  TokenMatches matches_;
  DocumentActors document_;
  std::vector<ActorMention> mentions_;
  std::vector<Pending> pending_;
  // By office, in the order met: a title alone looks only at its own
  // office's notes, not at every title of a long document.
  absl::flat_hash_map<std::string, std::vector<TitleNote>> notes_;
  // (scope actor << 32 | group noun) -> document index of the group.
  absl::flat_hash_map<uint64_t, int> groups_;
  // The people of `document_` met only in the text, from pass 2 on.
  std::optional<TextPersonIndex> text_people_;
};

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_DOCUMENT_SCAN_H_
