#include "extractor/actors/mention.h"

namespace chronicle {

const char* MentionHowName(MentionHow how) {
  switch (how) {
    case MentionHow::kFullName: return "full-name";
    case MentionHow::kSurname: return "surname";
    case MentionHow::kAlias: return "alias";
    case MentionHow::kTitleName: return "title+name";
    case MentionHow::kTitleOnly: return "title-only";
    case MentionHow::kGroup: return "group";
    case MentionHow::kOrganisation: return "organisation";
    case MentionHow::kCountry: return "country";
    case MentionHow::kUnknownTitled: return "unknown-titled";
  }
  return "?";
}

}  // namespace chronicle
