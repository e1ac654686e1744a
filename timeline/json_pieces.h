// Writes a message as protobuf's JSON printer does, byte for byte, without
// ever holding the printer's view of the whole message at once.
//
//   std::string out;
//   AppendJsonInPieces(timeline, options, /*split_bytes=*/64 << 10, &out);
//   // out == MessageToJsonString(timeline, options) (+ its final newline)
//
// Why: MessageToJsonString with always_print_primitive_fields builds a tree
// node for every field of the whole message before it writes a byte, some
// twenty times the size of the JSON: a 10 MB timeline peaked at 213 MB. Here
// a message larger than `split_bytes` is printed without its repeated message
// fields (protobuf prints them as "name": [] in their place), and their
// elements are printed in batches of about `split_bytes` (an element larger
// than that the same way as the message) and spliced in with the indentation
// they would have had. Raw newlines in protobuf's JSON only
// ever separate lines (strings escape theirs), so indenting is exact.
//
// Only for options with add_whitespace and always_print_primitive_fields
// (the "name": [] marks need both); other options print the whole message at
// once.

#ifndef CHRONICLE_TIMELINE_JSON_PIECES_H_
#define CHRONICLE_TIMELINE_JSON_PIECES_H_

#include <cstddef>
#include <string>

#include "google/protobuf/message.h"
#include "google/protobuf/util/json_util.h"

namespace chronicle {

// Appends the JSON of `message` to `*out`, as MessageToJsonString would
// write it with `options`.
void AppendJsonInPieces(const google::protobuf::Message& message,
                        const google::protobuf::util::JsonPrintOptions& options, size_t split_bytes,
                        std::string* out);

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_JSON_PIECES_H_
