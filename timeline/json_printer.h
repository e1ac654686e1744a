// Protobuf's indented JSON of a timeline message, written by walking the
// message by reflection: the bytes MessageToJsonString writes with
// add_whitespace and always_print_primitive_fields, without going through
// the binary form, a type resolver and a tree of every field's node, which
// took protobuf more instructions than extracting the timeline did.
//
//   std::string out;
//   if (!AppendIndentedJson(timeline, &out)) { /* print it with protobuf */ }
//   // {
//   //  "documents": [
//   //   {
//   //    "id": "doc-1", ...
//
// It writes only what timeline.proto holds (singular and repeated 32-bit
// integers, floats, bools, enums, strings and messages, with implicit
// presence), and strings that are valid UTF-8. Anything else (maps,
// oneofs, 64-bit integers, doubles, bytes, a float that is not finite, an
// invalid string) makes it return false, with `*out` as it was, so that the
// caller prints the message with protobuf instead.

#ifndef CHRONICLE_TIMELINE_JSON_PRINTER_H_
#define CHRONICLE_TIMELINE_JSON_PRINTER_H_

#include <string>

#include "google/protobuf/message.h"

namespace chronicle {

// Appends the JSON of `message`, final newline included. False when the
// message holds something it does not write (see above).
bool AppendIndentedJson(const google::protobuf::Message& message, std::string* out);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_JSON_PRINTER_H_
