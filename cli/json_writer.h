// A fast proto3 JSON writer for the streaming output of `chronicle dates`.
// It writes what protobuf's MessageToJsonString writes with
// always_print_primitive_fields (lowerCamel names, enums by name, 64-bit
// integers as strings, unset message fields left out), on one line, but
// walks the message by reflection directly instead of going through the
// binary form and a type resolver, which made JSON output the slowest part
// of `dates` (about 60 us per expression).
//
//   std::string out;
//   AppendJson(expression, &out);   // {"begin":17,"end":23,"text":"Friday",...}
//
// Well-known types (Timestamp, Struct, wrappers) are not special-cased:
// chronicle's schema has none.

#ifndef CHRONICLE_CLI_JSON_WRITER_H_
#define CHRONICLE_CLI_JSON_WRITER_H_

#include <string>
#include <string_view>

#include "google/protobuf/message.h"

namespace chronicle::cli {

// Appends `message` as one JSON object to `*out`.
void AppendJson(const google::protobuf::Message& message, std::string* out);

// Appends `s` as a JSON string literal, quotes included. Control characters
// are escaped; other UTF-8 is written as is.
void AppendJsonString(std::string_view s, std::string* out);
// The same without the quotes: for writers that put the opening quote in
// the key before it.
void AppendJsonEscaped(std::string_view s, std::string* out);

// The most bytes `n` bytes take escaped: "\u00XX" for each.
constexpr size_t MaxJsonEscaped(size_t n) { return 6 * n; }
// Writes `s` escaped (no quotes) at `p`, which has room for
// MaxJsonEscaped(s.size()) bytes, and returns the end: for writers that
// size their buffer once per object.
char* WriteJsonEscaped(std::string_view s, char* p);

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_JSON_WRITER_H_
