#include "extractor/temporal/tense.h"

namespace chronicle::temporal {
namespace {

// Words in -ed that are not past forms. The lists are string_views, so
// comparing a word with them needs no strlen per entry.
bool IsFalsePast(std::string_view w) {
  static constexpr std::string_view kWords[] = {"need",   "indeed", "speed",  "seed",   "feed",   "breed",  "bleed",
                                                "proceed", "exceed", "succeed", "embed", "shed",  "hundred", "kindred",
                                                "sacred", "naked",  "wicked", "beloved", "united", "red",   "bed",
                                                "wed",    "deed",   "weed",   "greed",  "creed",  "steed",  "reed",
                                                "freed",  "limited", "unlimited", "related", "based", "used"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// A lower-case word of five letters or more ending in -ed: what
// IsRegularPast checks first, cheap enough to ask of every word inline.
inline bool MayBeRegularPast(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord || t.has(kCapitalized) || t.size() < 5) return false;
  return (text[t.end - 1] | 0x20) == 'd' && (text[t.end - 2] | 0x20) == 'e';
}

bool IsRegularPast(std::string_view text, const Token& t) {
  // Most words do not end in -ed: say so before lower-casing a copy.
  if (!MayBeRegularPast(text, t)) return false;
  char buffer[32];
  const std::string_view w = LowerAscii(t.text(text), buffer, sizeof buffer);
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed") return false;
  return !IsFalsePast(w);
}

// Whether tokens "had been" come just before token `i`.
bool AfterHadBeen(std::string_view text, const std::vector<Token>& tokens, int32_t i, int32_t sentence_first) {
  if (i - 2 < sentence_first) return false;
  char buffer[8];
  if (LowerAscii(tokens[i - 1].text(text), buffer, sizeof buffer) != "been") return false;
  return LowerAscii(tokens[i - 2].text(text), buffer, sizeof buffer) == "had";
}

// Whether a form of "be" stands right before token `i`.
bool AfterBe(std::string_view text, const std::vector<Token>& tokens, int32_t i) {
  if (i <= 0) return false;
  char buffer[16];
  const std::string_view before = LowerAscii(tokens[i - 1].text(text), buffer, sizeof buffer);
  static constexpr std::string_view kBe[] = {"is", "are", "am", "be", "been", "being", "was", "were", "s"};
  for (std::string_view be : kBe) {
    if (before == be) return true;
  }
  return false;
}

// Whether the token is a determiner: a word in -ed after one is an
// adjective ("the revised plan"), not a verb.
bool IsDeterminer(std::string_view text, const Token& t) {
  char buffer[8];
  const std::string_view w = LowerAscii(t.text(text), buffer, sizeof buffer);
  static constexpr std::string_view kDeterminers[] = {"the", "a",   "an",   "its",  "their", "his",   "her",
                                                      "our", "any", "no",   "this", "these", "those"};
  for (std::string_view d : kDeterminers) {
    if (w == d) return true;
  }
  return false;
}

// Whether the word in -ed at `i` describes a noun after a determiner,
// perhaps through an adverb: "a still unspecified date", "the proposed
// merger".
bool IsAttributive(std::string_view text, const std::vector<Token>& tokens, int32_t i) {
  if (i >= 1 && IsDeterminer(text, tokens[i - 1])) return true;
  if (i < 2 || !IsDeterminer(text, tokens[i - 2])) return false;
  const std::string_view adverb = tokens[i - 1].text(text);
  return adverb == "still" || (adverb.size() > 4 && adverb.substr(adverb.size() - 2) == "ly");
}

}  // namespace

TenseDetector::TenseDetector(const Grammar* grammar) : grammar_(grammar) {
  future_ = grammar->lexicon().ClassId("future");
  past_ = grammar->lexicon().ClassId("past");
  present_ = grammar->lexicon().ClassId("present");
  no_tense_ = grammar->lexicon().ClassId("no_tense");
  const Lexicon& lexicon = grammar->lexicon();
  starts_marker_.assign(grammar->vocabulary().size(), false);
  for (int32_t i = 0; i < lexicon.entry_count(); ++i) {
    const LexEntry& e = lexicon.entry(i);
    if (e.word_class == future_ || e.word_class == past_ || e.word_class == present_ || e.word_class == no_tense_) {
      starts_marker_[e.words[0]] = true;
    }
  }
}

Tense TenseDetector::MarkerAt(std::string_view text, const std::vector<Token>& tokens,
                              const std::vector<int32_t>& word_ids, int32_t i, int32_t end, int32_t* length) const {
  *length = 1;
  const Lexicon& lexicon = grammar_->lexicon();
  Tense best = Tense::kUnknown;
  size_t best_length = 0;
  const int32_t id = word_ids[i];
  const bool may_start = id >= 0 && id < static_cast<int32_t>(starts_marker_.size()) && starts_marker_[id];
  if (may_start) {
    for (int32_t index : lexicon.EntriesStartingWith(id)) {
      const LexEntry& e = lexicon.entry(index);
      if (e.word_class != future_ && e.word_class != past_ && e.word_class != present_ && e.word_class != no_tense_) {
        continue;
      }
      if (i + static_cast<int32_t>(e.words.size()) > end || e.words.size() <= best_length) continue;
      bool same = true;
      for (size_t k = 1; k < e.words.size() && same; ++k) same = word_ids[i + k] == e.words[k];
      if (!same) continue;
      best_length = e.words.size();
      best = e.word_class == future_ ? Tense::kFuture
             : e.word_class == past_ ? Tense::kPast
             : e.word_class == present_ ? Tense::kPresent
                                        : Tense::kUnknown;
    }
  }
  if (best_length > 0 && best == Tense::kUnknown) {
    *length = static_cast<int32_t>(best_length);  // a phrase without tense
    return best;
  }
  // "will be held", "is seen": an irregular participle after a form of
  // "be" is not the clause's tense either.
  if (best == Tense::kPast && best_length == 1 && AfterBe(text, tokens, i)) return Tense::kUnknown;
  if (best != Tense::kUnknown) {
    *length = static_cast<int32_t>(best_length);
    // "has met", "have said": the present perfect tells of the past.
    if (best == Tense::kPresent && i + 1 < end) {
      char buffer[16];
      const std::string_view w = LowerAscii(tokens[i].text(text), buffer, sizeof buffer);
      if ((w == "has" || w == "have") && IsRegularPast(text, tokens[i + 1])) return Tense::kPast;
    }
    return best;
  }
  if (!MayBeRegularPast(text, tokens[i]) || !IsRegularPast(text, tokens[i])) return Tense::kUnknown;
  if (IsAttributive(text, tokens, i)) return Tense::kUnknown;
  // "a dinner, followed by talks on Thursday", "the summit, hosted by
  // Finland": a passive participle without "be" takes the tense of the
  // clause it hangs on.
  if (i + 1 < static_cast<int32_t>(tokens.size())) {
    char buffer[8];
    if (LowerAscii(tokens[i + 1].text(text), buffer, sizeof buffer) == "by") return Tense::kUnknown;
  }
  // "is expected", "were hurt": a participle after a form of "be" is not the
  // clause's tense; that form (or a phrase starting with it) is.
  return AfterBe(text, tokens, i) ? Tense::kUnknown : Tense::kPast;
}

inline bool TenseDetector::MayMark(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<int32_t>& word_ids, int32_t i) const {
  const int32_t id = word_ids[i];
  if (id >= 0 && id < static_cast<int32_t>(starts_marker_.size()) && starts_marker_[id]) return true;
  return MayBeRegularPast(text, tokens[i]);
}

// Whether the word at `i` ends a two-word phrase that tells no tense ("as
// planned").
bool TenseDetector::InPhraseWithoutTense(std::string_view text, const std::vector<Token>& tokens,
                                         const std::vector<int32_t>& word_ids, int32_t i, int32_t end) const {
  if (i == 0 || !MayMark(text, tokens, word_ids, i - 1)) return false;
  int32_t length;
  return MarkerAt(text, tokens, word_ids, i - 1, end, &length) == Tense::kUnknown && length == 2;
}

Tense TenseDetector::Detect(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<int32_t>& word_ids, int32_t sentence_first, int32_t sentence_end,
                            int32_t expr_first, int32_t expr_end) const {
  Tense left = Tense::kUnknown;
  int32_t left_distance = 1 << 30;
  for (int32_t i = expr_first - 1; i >= sentence_first; --i) {
    if (!MayMark(text, tokens, word_ids, i)) continue;
    int32_t length;
    const Tense t = MarkerAt(text, tokens, word_ids, i, expr_first, &length);
    // Read from the right, a phrase without tense shows its last word
    // first: "went ahead as planned on Thursday".
    if (t != Tense::kUnknown && InPhraseWithoutTense(text, tokens, word_ids, i, expr_first)) continue;
    if (t != Tense::kUnknown) {
      left = t;
      left_distance = expr_first - i;
      // "had been due to expire Friday", "had been scheduled for Monday":
      // a plan told in the past perfect was overtaken; its time has passed.
      if (t == Tense::kFuture && AfterHadBeen(text, tokens, i, sentence_first)) left = Tense::kPast;
      break;
    }
  }
  Tense right = Tense::kUnknown;
  int32_t right_distance = 1 << 30;
  for (int32_t i = expr_end; i < sentence_end; ++i) {
    if (!MayMark(text, tokens, word_ids, i)) continue;
    int32_t length;
    const Tense t = MarkerAt(text, tokens, word_ids, i, sentence_end, &length);
    if (t != Tense::kUnknown) {
      right = t;
      right_distance = i - expr_end + 1;
      break;
    }
  }
  // The clause before the expression usually holds its verb ("will meet on
  // Friday", "said Wednesday"); a marker after it counts only when there is
  // none before ("On Friday, Trump announced"), since what follows is often
  // an attribution ("..., officials said").
  (void)left_distance;
  (void)right_distance;
  return left != Tense::kUnknown ? left : right;
}

}  // namespace chronicle::temporal
