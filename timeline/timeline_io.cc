#include "timeline/timeline_io.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "timeline/files.h"
#include "timeline/json_pieces.h"
#include "timeline/json_printer.h"

namespace chronicle {
namespace {

// JSON output goes through protobuf's printer about this many bytes of
// the timeline at a time (see json_pieces.h).
constexpr size_t kJsonPieceBytes = 64 << 10;

// ASCII lower case; other bytes unchanged.
std::string Lower(std::string_view text) { return absl::AsciiStrToLower(absl::string_view(text.data(), text.size())); }

absl::Status NotATimeline(const std::string& name, const std::string& why) {
  return absl::InvalidArgumentError(absl::StrCat(name, " is not a chronicle timeline (", why, ")"));
}

// Keeps the first error of the text-format parser, with its position.
class FirstError : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, google::protobuf::io::ColumnNumber column, const std::string& message) override {
    if (error_.empty()) error_ = absl::StrCat("line ", line + 1, ", column ", column + 1, ": ", message);
  }
  const std::string& error() const { return error_; }

 private:
  std::string error_;
};

bool LooksLikeText(const std::string& bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
  });
}

TimelineFormat SniffFormat(const std::string& bytes) {
  const size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && bytes[first] == '{') return TimelineFormat::kJson;
  return LooksLikeText(bytes) ? TimelineFormat::kTextproto : TimelineFormat::kBinary;
}

absl::StatusOr<Timeline> ParseBinary(const std::string& bytes, const std::string& name) {
  Timeline timeline;
  if (!timeline.ParseFromString(bytes)) return NotATimeline(name, "truncated or corrupt protobuf");
  return timeline;
}

absl::StatusOr<Timeline> ParseJson(const std::string& bytes, const std::string& name) {
  Timeline timeline;
  const auto status = google::protobuf::util::JsonStringToMessage(bytes, &timeline);
  if (!status.ok()) return NotATimeline(name, absl::StrCat("bad JSON: ", std::string(status.message())));
  return timeline;
}

absl::StatusOr<Timeline> ParseTextproto(const std::string& bytes, const std::string& name) {
  Timeline timeline;
  FirstError errors;
  google::protobuf::TextFormat::Parser parser;
  parser.RecordErrorsTo(&errors);
  if (!parser.ParseFromString(bytes, &timeline)) {
    return NotATimeline(name, absl::StrCat("bad textproto at ", errors.error()));
  }
  return timeline;
}

}  // namespace

std::optional<TimelineFormat> ParseTimelineFormat(std::string_view name) {
  const std::string lower = Lower(name);
  if (lower == "binary" || lower == "pb") return TimelineFormat::kBinary;
  if (lower == "json") return TimelineFormat::kJson;
  if (lower == "textproto" || lower == "txtpb" || lower == "pbtxt") return TimelineFormat::kTextproto;
  return std::nullopt;
}

std::optional<TimelineFormat> TimelineFormatFromPath(std::string_view path) {
  const size_t dot = path.find_last_of('.');
  const size_t slash = path.find_last_of('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
  const std::string extension = Lower(path.substr(dot + 1));
  if (extension == "bin") return TimelineFormat::kBinary;
  return ParseTimelineFormat(extension);
}

absl::StatusOr<Timeline> ParseTimeline(const std::string& bytes, const std::string& name,
                                       std::optional<TimelineFormat> format) {
  if (bytes.empty()) return absl::InvalidArgumentError(absl::StrCat(name, " is empty"));
  switch (format.value_or(SniffFormat(bytes))) {
    case TimelineFormat::kBinary:
      return ParseBinary(bytes, name);
    case TimelineFormat::kJson:
      return ParseJson(bytes, name);
    case TimelineFormat::kTextproto:
      return ParseTextproto(bytes, name);
  }
  return NotATimeline(name, "unknown format");
}

absl::StatusOr<Timeline> ReadTimeline(const std::string& path) {
  absl::StatusOr<std::string> bytes = ReadFileOrStdin(path);
  if (!bytes.ok()) return bytes.status();
  const std::string name = path == "-" ? "standard input" : absl::StrCat("'", path, "'");
  return ParseTimeline(*bytes, name, TimelineFormatFromPath(path));
}

std::string SerializeTimeline(const Timeline& timeline, TimelineFormat format) {
  std::string out;
  switch (format) {
    case TimelineFormat::kBinary: {
      // Sized first and written into one flat buffer of that size: through
      // a string stream that grows, the writer copied and checked for the
      // end of its buffer as it went. The same bytes.
      const size_t size = timeline.ByteSizeLong();
      if (size <= static_cast<size_t>(std::numeric_limits<int>::max())) {
        out.resize(size);
        google::protobuf::io::ArrayOutputStream stream(out.data(), static_cast<int>(size));
        google::protobuf::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        timeline.SerializeWithCachedSizes(&coded);
        break;
      }
      google::protobuf::io::StringOutputStream stream(&out);
      google::protobuf::io::CodedOutputStream coded(&stream);
      coded.SetSerializationDeterministic(true);
      timeline.SerializeToCodedStream(&coded);
      break;
    }
    case TimelineFormat::kJson: {
      // Written by reflection, which costs a fraction of protobuf's
      // printer; protobuf prints what that does not write.
      if (AppendIndentedJson(timeline, &out)) break;
      google::protobuf::util::JsonPrintOptions options;
      options.add_whitespace = true;
      options.always_print_primitive_fields = true;
      // The same bytes as MessageToJsonString, a batch of documents or
      // events at a time: printed whole, a large timeline took some twenty
      // times its size in memory.
      AppendJsonInPieces(timeline, options, kJsonPieceBytes, &out);
      break;
    }
    case TimelineFormat::kTextproto:
      google::protobuf::TextFormat::PrintToString(timeline, &out);
      break;
  }
  return out;
}

absl::Status WriteTimeline(const std::string& path, const Timeline& timeline, TimelineFormat format) {
  return WriteFileAtomically(path, SerializeTimeline(timeline, format));
}

}  // namespace chronicle
