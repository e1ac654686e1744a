#include "extractor/temporal/lexicon.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace chronicle::temporal {
namespace {

// Splits `text` into lines without copying.
std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    lines.push_back(text.substr(pos, eol - pos));
    pos = eol + 1;
  }
  return lines;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t pos = 0;
  while (true) {
    const size_t tab = line.find('\t', pos);
    fields.push_back(Trim(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos)));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return fields;
}

}  // namespace

int32_t Vocabulary::Intern(std::string_view word) {
  const int32_t id = table_.Intern(word);
  const std::string& lower = table_.Word(id);
  if (!lower.empty()) sketch_[SketchBit(lower) >> 6] |= uint64_t{1} << (SketchBit(lower) & 63);
  if (!lower.empty() && lower.size() <= ShortWords::kMaxBytes) short_words_.Add(lower, id);
  if (lower.size() == 1 && static_cast<unsigned char>(lower[0]) < 128) {
    punct_ids_[static_cast<unsigned char>(lower[0])] = id + 1;
  }
  return id;
}

int32_t Vocabulary::Find(std::string_view lower_word) const { return table_.Find(lower_word); }

void Vocabulary::TokenIds(std::string_view text, const std::vector<Token>& tokens, int32_t* ids) const {
  const ShortWords::Finder short_words = short_words_.finder();
  const char* readable_end = text.data() + text.size();
  // `eight_readable`: the eight bytes from the token's start lie inside
  // `text`, so its length alone decides whether short_words answers.
  const auto id_of = [&](const Token& token, bool eight_readable) {
    if (token.kind == TokenKind::kPunct) {
      const unsigned char c = static_cast<unsigned char>(token.punct);
      return c == 0 ? kUnknown : punct_ids_[c] - 1;
    }
    // The token lies inside `text`: no bounds to check, as substr would.
    const std::string_view word(text.data() + token.begin, token.size());
    const bool short_word = eight_readable ? word.size() - 1 < ShortWords::kMaxBytes
                                           : ShortWords::Covers(word, readable_end);
    return short_word ? short_words.Find(word) : LongWordIdOutOfLine(word, readable_end);
  };
  // All tokens but the last few start eight bytes or more before the end:
  // those skip the test of the end, one in the loop every token goes through.
  size_t readable = tokens.size();
  while (readable > 0 && tokens[readable - 1].begin + ShortWords::kMaxBytes > text.size()) --readable;
  for (size_t i = 0; i < readable; ++i) *ids++ = id_of(tokens[i], true);
  for (size_t i = readable; i < tokens.size(); ++i) *ids++ = id_of(tokens[i], false);
}

// Out of line, so that TokenIds's loop keeps its registers for the short
// words, nine tokens in ten.
int32_t Vocabulary::LongWordIdOutOfLine(std::string_view word, const char* readable_end) const {
  return LongWordId(word, readable_end);
}

std::vector<int32_t> Vocabulary::InternPhrase(std::string_view phrase) {
  std::vector<int32_t> ids;
  for (const Token& t : Tokenize(phrase)) {
    ids.push_back(t.kind == TokenKind::kPunct && t.punct != 0 ? Intern(std::string(1, t.punct))
                                                               : Intern(t.text(phrase)));
  }
  return ids;
}

absl::Status Lexicon::AddFile(std::string_view file_name, std::string_view contents) {
  int32_t current_class = -1;
  int line_number = 0;
  for (std::string_view raw : Lines(contents)) {
    ++line_number;
    const std::string_view line = Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    const auto error = [&](std::string_view what) {
      return absl::InvalidArgumentError(absl::StrCat(std::string(file_name), ":", line_number, ": ", std::string(what)));
    };
    if (line.front() == '[') {
      if (line.back() != ']' || line.size() < 3) return error("expected [class]");
      const std::string_view name = line.substr(1, line.size() - 2);
      current_class = ClassId(name);
      if (current_class < 0) {
        class_names_.emplace_back(name);
        current_class = static_cast<int32_t>(class_names_.size()) - 1;
      }
      continue;
    }
    if (current_class < 0) return error("entry before any [class]");
    const std::vector<std::string_view> fields = SplitTabs(raw);
    if (fields.size() < 2 || fields.size() > 3 || fields[0].empty()) return error("expected form<TAB>value");
    LexEntry entry;
    entry.word_class = current_class;
    entry.words = vocabulary_->InternPhrase(fields[0]);
    entry.value = std::string(fields[1]);
    if (fields.size() == 3) {
      if (fields[2] != "cap") return error("unknown flag (only 'cap')");
      entry.needs_capital = true;
    }
    if (entry.words.empty()) return error("empty form");
    const int32_t first = entry.words[0];
    if (static_cast<int32_t>(by_first_word_.size()) <= first) by_first_word_.resize(first + 1);
    by_first_word_[first].push_back(static_cast<int32_t>(entries_.size()));
    entries_.push_back(std::move(entry));
  }
  return absl::OkStatus();
}

int32_t Lexicon::ClassId(std::string_view name) const {
  for (size_t i = 0; i < class_names_.size(); ++i) {
    if (class_names_[i] == name) return static_cast<int32_t>(i);
  }
  return -1;
}

std::string_view Lexicon::Lookup(std::string_view word_class, std::string_view lower_word) const {
  const int32_t cls = ClassId(word_class);
  const int32_t id = vocabulary_->Find(lower_word);
  for (int32_t index : EntriesStartingWith(id)) {
    const LexEntry& e = entries_[index];
    if (e.word_class == cls && e.words.size() == 1) return e.value;
  }
  return {};
}

}  // namespace chronicle::temporal
