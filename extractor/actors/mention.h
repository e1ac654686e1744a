// What the actor recogniser returns: the mentions of actors in a document,
// with byte and token spans, and one Actor proto per actor mentioned.
//
//   "Russian President Vladimir Putin met European leaders."
//   -> {Vladimir Putin, kTitleName, title "Russian President", office president}
//      {European leaders, kGroup, "group:european-leaders" member_of "europe"}

#ifndef CHRONICLE_EXTRACTOR_ACTORS_MENTION_H_
#define CHRONICLE_EXTRACTOR_ACTORS_MENTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle {

// How a mention was recognised.
enum class MentionHow : uint8_t {
  kFullName,       // "Vladimir Putin", "VLADIMIR PUTIN"
  kSurname,        // "Putin"; "Barnea" after "David Barnea"
  kAlias,          // "Zelenskyy", "MBS", "the Kremlin"
  kTitleName,      // "Russian President Vladimir Putin": span is the name
  kTitleOnly,      // "the Russian president", resolved by office and date
  kGroup,          // "European leaders", "a Hamas delegation", "the Europeans"
  kOrganisation,   // "NATO", "Center for a New American Security"
  kCountry,        // "Russia", "Qatar"
  kUnknownTitled,  // "Mossad director Jane Doe", not in the gazetteer
};

// A short name for logs and tests: "title+name", "group", ...
const char* MentionHowName(MentionHow how);

struct ActorMention {
  uint32_t begin = 0;        // byte offset of the name (or the title alone)
  uint32_t end = 0;          // byte offset just after it
  uint32_t first_token = 0;  // token span of the same
  uint32_t end_token = 0;
  // The title with what scopes it ("Russian President", "White House
  // envoy"); title_begin == title_end when there is none.
  uint32_t title_begin = 0;
  uint32_t title_end = 0;
  std::string actor_id;  // "vladimir-putin", "group:hamas-delegation"
  Actor::Kind kind = Actor::KIND_UNSPECIFIED;
  MentionHow how = MentionHow::kFullName;
  // Role hint: the office key of the title ("president", "envoy"), or the
  // canonical group noun ("delegation"); empty when none.
  std::string role;
  // Index of the actor in ActorsFound::actors.
  int actor_index = -1;
};

struct ActorsFound {
  std::vector<ActorMention> mentions;  // in text order, not overlapping
  // One per id, in order of first mention. Aliases hold the other forms the
  // text used ("Putin", "Russian President Vladimir Putin").
  std::vector<Actor> actors;
};

struct ActorOptions {
  // Whose head of state "the president" is when no country is named: the
  // country the news comes from (ISO alpha-2).
  std::string default_country = "US";
};

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_MENTION_H_
