// MentionBuilder, part four: what a mention is about. The words after a
// topic word ("talks on a free trade agreement", "spoke about the war") or
// after "to discuss" ("met Johnson on Wednesday to discuss the funding
// bill"), up to where the phrase ends.

#include <algorithm>
#include <string_view>

#include "extractor/events/mention_builder.h"
#include "extractor/events/status.h"

namespace chronicle::events {
namespace {

// How many words other than names, places and times may stand between the
// event word with its parties and the topic, and how long a topic may be, in
// tokens.
constexpr int32_t kTopicGap = 4;
constexpr int32_t kTopicLength = 8;

bool IsDiscussVerb(std::string_view w) {
  return w == "discuss" || w == "discussed" || w == "discusses" || w == "discussing";
}

}  // namespace

// The first token of the topic, or -1: after "on", "about" or "over" that
// open no time ("on Friday", "over the weekend") and no setting ("on the
// sidelines"), or after a verb of discussing.
int32_t MentionBuilder::TopicStart(int32_t s, const EventMention& m) const {
  const Sentence& sentence = a_.sentences[s];
  const int32_t from = std::max(m.trigger_end, m.span_end);
  // Not the topic of a verb after the event noun: "The call also reduces
  // the potential for grumbling about the final terms".
  int32_t gap = 0;
  for (int32_t i = m.trigger_end; i < static_cast<int32_t>(sentence.end_token) && gap <= kTopicGap; ++i) {
    if (i >= from && a_.actor_at(i) < 0 && a_.place_at(i) < 0 && a_.time_at(i) < 0) ++gap;
    // Not past a subordinate clause or a comma after the parties ("...,
    // two officials briefed on the plans said").
    if (words_.MatchAt(WordClass::kSubordinator, i) || a_.IsPunct(i, ';') || InAttribution(i) ||
        (i >= from && a_.IsPunct(i, ','))) {
      return -1;
    }
    if (IsDiscussVerb(a_.Word(i))) return i + 1;
    int32_t length;
    if (!words_.MatchAt(WordClass::kTopic, i, &length)) continue;
    // "one-on-one talks": a topic word inside a hyphenated word opens none.
    if (a_.IsPunct(i - 1, '-') && !a_.tokens[i].has(kSpaceBefore)) continue;
    int32_t first = i + length;
    while (a_.WordIs(first, "the") || a_.WordIs(first, "a") ||
           words_.MatchAt(WordClass::kPossessivePronoun, first)) {
      ++first;
    }
    const bool setting = a_.WordIs(first, "sidelines") || a_.WordIs(first, "margins") ||
                         a_.WordIs(first, "phone") || a_.WordIs(first, "telephone") ||
                         words_.MatchAt(WordClass::kNotTopic, first);
    // "called on French voters to ...": whom a call is on, not its topic.
    const bool called_on = m.type == Event::CALL && i == m.trigger_end && a_.WordIs(i, "on");
    if (a_.time_at(i + length) >= 0 || a_.time_at(first) >= 0 || setting || called_on) continue;
    return i + length;
  }
  return -1;
}

// Whether the topic phrase ends before token `i`: at punctuation other than
// a hyphen or an apostrophe, a time, a place after a locative, a partner
// word, a subordinate clause, or "and" before a verb.
bool MentionBuilder::TopicEndsAt(int32_t i) const {
  if (a_.tokens[i].kind == TokenKind::kPunct) return !a_.IsPunct(i, '-') && !a_.IsPunct(i, '\'');
  if (a_.time_at(i) >= 0 || words_.MatchAt(WordClass::kSubordinator, i)) return true;
  if (a_.WordIs(i, "with") || a_.WordIs(i, "between") || a_.WordIs(i, "during") || a_.WordIs(i, "at")) return true;
  if (words_.MatchAt(WordClass::kLocative, i) && (a_.place_at(i + 1) >= 0 || a_.time_at(i + 1) >= 0)) return true;
  if (a_.WordIs(i, "and")) {
    const std::string_view next = a_.Word(i + 1);
    return IsPastForm(next) || next == "will" || next == "said" || IsAuxiliary(next) ||
           words_.MatchAt(WordClass::kPersonPronoun, i + 1) || words_.MatchAt(WordClass::kGroupPronoun, i + 1);
  }
  // A relative clause or an infinitive ends it: "a peace treaty that ...".
  const std::string_view w = a_.Word(i);
  return IsAuxiliary(w) || w == "said" || w == "that" || w == "which" || w == "who" || w == "where" || w == "to";
}

std::string MentionBuilder::FindTopic(int32_t s, const EventMention& m) const {
  const int32_t first = TopicStart(s, m);
  if (first < 0 || first >= static_cast<int32_t>(a_.sentences[s].end_token)) return "";
  // A verb form is no topic: "on trying to ...".
  const std::string_view head = a_.Word(first);
  if (head.size() > 4 && head.substr(head.size() - 3) == "ing" && !a_.tokens[first].has(kCapitalized)) return "";
  const int32_t sentence_end = a_.sentences[s].end_token;
  int32_t end = first;
  while (end < sentence_end && end - first < kTopicLength && !TopicEndsAt(end)) ++end;
  // A phrase cut off by the length limit is no topic one can read.
  if (end - first >= kTopicLength && end < sentence_end && !TopicEndsAt(end)) return "";
  // Nor one that ends in a possessive ("the territory's") or a preposition
  // without its object, nor one of function words alone: "on it".
  if (end - first >= 2 && a_.IsPunct(end - 2, '\'') && a_.WordIs(end - 1, "s")) return "";
  while (end > first && (a_.WordIs(end - 1, "the") || a_.WordIs(end - 1, "a") || a_.WordIs(end - 1, "of") ||
                         a_.WordIs(end - 1, "in") || a_.WordIs(end - 1, "for") || a_.WordIs(end - 1, "from") ||
                         a_.WordIs(end - 1, "on") || a_.WordIs(end - 1, "by") || a_.IsPunct(end - 1, '-') ||
                         a_.IsPunct(end - 1, '\''))) {
    --end;
  }
  if (end == first || (end - first == 1 && (a_.WordIs(first, "it") || a_.WordIs(first, "that") ||
                                             a_.WordIs(first, "this") || a_.WordIs(first, "them")))) {
    return "";
  }
  const uint32_t begin = a_.tokens[first].begin;
  return std::string(a_.text.substr(begin, a_.tokens[end - 1].end - begin));
}

}  // namespace chronicle::events
