// Which actor a name typed by a person means, and which names are close
// when none is.
//
//   MatchActors("Russian President Vladimir Putin", actors)  -> {"vladimir-putin"}
//   ClosestActorNames("Puttin", actors)                       -> {"Vladimir Putin", ...}
//
// The query and every name of an actor (its canonical name, aliases and id)
// are cut into lowercase words; a possessive ("Trump's") only modifies what
// follows and is not a name word. An actor matches when one of its names has
// all its words in the query and includes the query's head word (its last
// non-possessive word, what the phrase is about), or when the head is the
// surname of a person. Of the matching actors only the best stay: a name
// whose words are exactly the query's beats a partial one; more words beat
// fewer; a name or alias beats a bare surname. So "Putin", "VLADIMIR PUTIN" and "Russian President Vladimir
// Putin" all reach vladimir-putin; "Trump" does not reach an actor known as
// "Trump's envoy Steve Witkoff", and that phrase reaches Witkoff, not Trump.

#ifndef CHRONICLE_TIMELINE_ACTOR_MATCH_H_
#define CHRONICLE_TIMELINE_ACTOR_MATCH_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "proto/timeline.pb.h"

namespace chronicle {

// Ids of the actors `query` names (see above), sorted; empty when none.
std::vector<std::string> MatchActors(std::string_view query, const std::vector<Actor>& actors);

// Canonical names of the `limit` actors whose names or name words are the
// fewest edits (Levenshtein, per code point, any case) away from `query`,
// nearest first.
std::vector<std::string> ClosestActorNames(std::string_view query, const std::vector<Actor>& actors, size_t limit = 3);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_ACTOR_MATCH_H_
