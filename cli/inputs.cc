#include "cli/inputs.h"

#include <string_view>

#include "absl/strings/str_cat.h"
#include "cli/io.h"
#include "cli/json_line.h"
#include "extractor/text/utf8.h"
#include "extractor/timeml/timeml.h"
#include "proto/input.pb.h"

namespace chronicle::cli {
namespace {

enum class Kind { kText, kJsonLines, kTimeml };

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Kind KindOf(const std::string& path, const std::string& bytes) {
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) return Kind::kJsonLines;
  if (EndsWith(path, ".tml") || EndsWith(path, ".xml")) return Kind::kTimeml;
  if (path == "-") {
    const size_t first = bytes.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && bytes[first] == '{') return Kind::kJsonLines;
    if (bytes.find("<TimeML") != std::string::npos || bytes.find("<DCT>") != std::string::npos) return Kind::kTimeml;
  }
  return Kind::kText;
}

std::string Name(const std::string& path) { return path == "-" ? "standard input" : absl::StrCat("'", path, "'"); }

LoadedDocument Document(std::string text, std::string id, std::string published, std::string origin) {
  LoadedDocument d;
  d.text = std::make_unique<std::string>(std::move(text));
  d.input.id = std::move(id);
  d.input.published = std::move(published);
  d.input.text = *d.text;
  d.origin = std::move(origin);
  return d;
}

absl::Status LoadText(const std::string& path, std::string bytes, const InputDefaults& defaults,
                      std::vector<LoadedDocument>* docs) {
  if (defaults.published.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(Name(path), " is a text file: give its date with --published"));
  }
  if (bytes.empty()) return absl::InvalidArgumentError(absl::StrCat(Name(path), " is empty"));
  const TextError error = CheckText(bytes);
  if (!error.ok()) return absl::InvalidArgumentError(absl::StrCat(Name(path), ": ", error.message));
  LoadedDocument d = Document(std::move(bytes), DocumentIdFromPath(path), defaults.published, Name(path));
  d.input.time_zone = defaults.time_zone;
  docs->push_back(std::move(d));
  return absl::OkStatus();
}

absl::Status LoadTimeml(const std::string& path, std::string bytes, std::vector<LoadedDocument>* docs) {
  absl::StatusOr<TimemlDocument> doc = ParseTimeml(std::move(bytes));
  if (!doc.ok()) return absl::InvalidArgumentError(absl::StrCat(Name(path), ": ", doc.status().message()));
  docs->push_back(Document(std::move(doc->plain), DocumentIdFromPath(path), doc->dct, Name(path)));
  return absl::OkStatus();
}

// `line` is valid UTF-8 with no NUL byte (LoadJsonLines checked the file).
absl::Status DocumentFromJsonLine(std::string_view line, const InputDefaults& defaults, const std::string& stem,
                                 int number, LoadedDocument* out) {
  InputDocument in;
  if (const absl::Status status = ParseJsonLine(line, &in); !status.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("not a JSON object of strings: ", status.message()));
  }
  if (in.text().empty()) return absl::InvalidArgumentError("no \"text\"");
  // Unescaped, a valid line gives valid UTF-8 (ParseJsonLine refuses
  // unpaired surrogates), and only a \u escape can give a NUL: without one
  // the text needs no second check.
  if (line.find("\\u") != std::string_view::npos) {
    const TextError error = CheckText(in.text());
    if (!error.ok()) return absl::InvalidArgumentError(absl::StrCat("\"text\": ", error.message));
  }
  const std::string published = in.published().empty() ? defaults.published : in.published();
  if (published.empty()) return absl::InvalidArgumentError("no \"published\" date (and no --published)");
  std::string id = in.id().empty() ? absl::StrCat(stem, "-", number) : in.id();
  *out = Document(std::move(*in.mutable_text()), std::move(id), published, "");
  out->input.title = in.title();
  out->input.source = in.source();
  out->input.time_zone = in.time_zone().empty() ? defaults.time_zone : in.time_zone();
  return absl::OkStatus();
}

absl::Status LoadJsonLines(const std::string& path, const std::string& bytes, const InputDefaults& defaults,
                           std::vector<LoadedDocument>* docs, std::vector<std::string>* skipped) {
  const TextError error = CheckText(bytes);
  if (!error.ok()) return absl::InvalidArgumentError(absl::StrCat(Name(path), ": ", error.message));
  const std::string stem = DocumentIdFromPath(path);
  size_t pos = 0;
  int number = 0;
  int loaded = 0;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string::npos) eol = bytes.size();
    const std::string_view line(bytes.data() + pos, eol - pos);
    pos = eol + 1;
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    LoadedDocument d;
    const absl::Status s = DocumentFromJsonLine(line, defaults, stem, number, &d);
    const std::string where = absl::StrCat(Name(path), " line ", number);
    if (!s.ok()) {
      const std::string message = absl::StrCat(where, ": ", s.message());
      if (!defaults.keep_going) return absl::InvalidArgumentError(message);
      skipped->push_back(message);
      continue;
    }
    d.origin = where;
    docs->push_back(std::move(d));
    ++loaded;
  }
  if (number == 0) return absl::InvalidArgumentError(absl::StrCat(Name(path), " is empty"));
  return absl::OkStatus();
}

}  // namespace

absl::Status LoadInputs(const std::vector<std::string>& paths, const InputDefaults& defaults,
                        std::vector<LoadedDocument>* docs, std::vector<std::string>* skipped) {
  for (const std::string& path : paths) {
    absl::StatusOr<std::string> bytes = ReadInput(path);
    absl::Status s = bytes.status();
    if (bytes.ok()) {
      switch (KindOf(path, *bytes)) {
        case Kind::kJsonLines: s = LoadJsonLines(path, *bytes, defaults, docs, skipped); break;
        case Kind::kTimeml: s = LoadTimeml(path, std::move(*bytes), docs); break;
        case Kind::kText: s = LoadText(path, std::move(*bytes), defaults, docs); break;
      }
    }
    if (s.ok()) continue;
    if (!defaults.keep_going) return s;
    skipped->push_back(std::string(s.message()));
  }
  return absl::OkStatus();
}

}  // namespace chronicle::cli
