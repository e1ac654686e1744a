#include "timeline/testing/listed_events.h"

#include "absl/strings/str_cat.h"
#include "timeline/builder.h"
#include "timeline/testing/story.h"

namespace chronicle::testing {

const std::vector<ListedEvent>& FiveListedEvents() {
  static const auto* events = new std::vector<ListedEvent>{
      {"Panel: ports, tariffs; and the new shipping lanes \\ part 2", "2025-10-02T10:00:00", "2025-10-02T14:00:00Z"},
      {"Hearing on the Nordic power grid", "2025-10-02T10:30:00", "2025-10-02T14:30:00Z"},
      {"Book talk: \xc2\xab\xc3\x9c"
       "ber die Grenze\xc2\xbb with Zo\xc3\xab \xc3\x86r\xc3\xb8 and "
       "\xc3\x9e\xc3\xb3ra \xc3\x8dsaksd\xc3\xb3ttir, moderated by \xc5\x8cta Sh\xc5\x8dhei \xe2\x80\x94 "
       "\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\x8b\xe3\x82\x89",
       "2025-10-02T11:00:00", "2025-10-02T15:00:00Z"},
      {"Briefing by the harbour authority", "2025-10-02T12:00:00", "2025-10-02T16:00:00Z"},
      {"Lunch talk of the foreign desk", "2025-10-02T12:00:00", "2025-10-02T16:00:00Z"},
  };
  return *events;
}

Timeline ListedEventsTimeline() {
  Timeline listings = Article("listings-1", "2025-10-01T08:00:00", "Thursday's listings", kListingsZone);
  int offset = 0;
  for (const ListedEvent& listed : FiveListedEvents()) {
    const std::string sentence = absl::StrCat(listed.local_start.substr(11, 5), " \xe2\x80\x94 ", listed.summary);
    Event* event = AddEvent(&listings, Event::PUBLIC_EVENT, Event::SCHEDULED, {}, At(listed.local_start.substr(0, 16)),
                            sentence, offset);
    event->set_title(listed.summary);
    event->set_time_source(Event::HEADING);
    offset += static_cast<int>(sentence.size()) + 1;
  }
  Timeline wire = Article("wire-2", "2025-09-30", "Leaders to meet");
  AddEvent(&wire, Event::SUMMIT, Event::SCHEDULED, {"ana-ferreira", "tomas-berg"}, Day("2025-10-03"),
           "Ferreira and Berg will hold a summit in Tallinn on Friday.", 0)
      ->mutable_location()
      ->set_text("Old Town, Tallinn");
  AddEvent(&wire, Event::MEETING, Event::SCHEDULED, {"lena-novak", "kai-lund"}, At("2025-10-04T09:00", "Asia/Tokyo"),
           "Novak and Lund meet in Tokyo on Saturday at 9 a.m.", 80);
  AddEvent(&wire, Event::MEETING, Event::PROPOSED, {"omar-haddad", "ana-ferreira"}, Week("2025-W42"),
           "Haddad suggested meeting Ferreira the week of October 13.", 160);
  AddEvent(&wire, Event::MEETING, Event::PROPOSED, {"omar-haddad", "tomas-berg"}, std::nullopt,
           "Haddad and Berg may meet at some point.", 240);
  return BuildTimeline({listings, wire}, {});
}

}  // namespace chronicle::testing
