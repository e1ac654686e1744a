// Resolves titles to people by office and date: "the Russian president" on
// 2025-08-13 is whoever held president:RU that day; "Russian leader" asks
// leaders.tsv which office leads Russia; "the Mossad chief" which office
// leads the Mossad. Among several holders on the day, one already named in
// the document wins; otherwise the title stays unresolved (several envoys
// serve at once), so terms that end and start in one year give exact days.
//
//   FindOfficeHolder(gazetteer, "leader", "RU", 20250813, document)
//       -> index of vladimir-putin

#ifndef CHRONICLE_EXTRACTOR_ACTORS_TITLE_RESOLVER_H_
#define CHRONICLE_EXTRACTOR_ACTORS_TITLE_RESOLVER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/actors/document_actors.h"
#include "extractor/actors/gazetteer.h"
#include "extractor/actors/offices.h"

namespace chronicle {

// The gazetteer actor who held `office` in `scope` on `day` (day 0: holds
// it now). When nobody did, an actor the document already named who held it
// at another time; otherwise nullopt.
std::optional<uint32_t> FindOfficeHolder(const ActorGazetteer& gazetteer, std::string_view office,
                                         std::string_view scope, DayKey day, const DocumentActors& document);

// The scopes an actor lends a title: its id ("mossad", "russia"), and for a
// country its ISO code ("RU"), which office terms use.
std::vector<std::string> ScopesOf(const GazetteerActor& actor);

// True when `actor` ever held `office`; any leading office counts for
// "leader".
bool HeldOffice(const ActorGazetteer& gazetteer, const GazetteerActor& actor, std::string_view office);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_TITLE_RESOLVER_H_
