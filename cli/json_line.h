// Reads one JSON-lines record of `chronicle extract` ({"id", "published",
// "title", "source", "time_zone", "text"}) into an InputDocument, without
// protobuf's JSON parser, which goes through a type resolver and a binary
// round trip and was a tenth of the whole `extract` time on news streams.
//
//   InputDocument doc;
//   absl::Status s = ParseJsonLine(R"({"id": "a1", "text": "..."})", &doc);
//
// Reads what protobuf's parser reads for this message with unknown fields
// ignored: field names as in the .proto or in lowerCamelCase ("time_zone",
// "timeZone"), null for an absent string, any JSON value under an unknown
// name, and protobuf's leniencies (trailing commas, raw control characters
// in strings); but escapes are JSON's only, where protobuf also takes C's
// ("\v", "\x41"). Errors are one line with the byte offset in the line.

#ifndef CHRONICLE_CLI_JSON_LINE_H_
#define CHRONICLE_CLI_JSON_LINE_H_

#include <string_view>

#include "absl/status/status.h"
#include "proto/input.pb.h"

namespace chronicle::cli {

absl::Status ParseJsonLine(std::string_view line, InputDocument* out);

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_JSON_LINE_H_
