// The JSON of one resolved time expression, written straight from the
// annotator's ResolvedExpression: the same bytes as AppendJson (json_writer.h)
// of TemporalAnnotator::ToProto, without building the proto and walking it
// by reflection, which cost `chronicle dates --format json` more than the
// parse itself (about 18,000 instructions per expression).
//
//   std::string line;
//   AppendExpressionJson(annotator, chunk.text, e, chunk.offset, &line);
//   // {"begin":47,"end":61,"text":"midday Tuesday","type":"TIME",...}
//
// The fields follow proto/timeline.proto in declaration order;
// expression_json_test checks the bytes against AppendJson(ToProto(...)), so
// a field added to TimeExpression and not here fails that test.

#ifndef CHRONICLE_CLI_EXPRESSION_JSON_H_
#define CHRONICLE_CLI_EXPRESSION_JSON_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "extractor/temporal/annotator.h"

namespace chronicle::cli {

// Appends the expression as one JSON object to `*out`. `text` is the text
// `e` was found in; `offset` is added to its byte offsets (the position of
// `text` in the whole input).
void AppendExpressionJson(const temporal::TemporalAnnotator& annotator, std::string_view text,
                          const temporal::ResolvedExpression& e, int64_t offset, std::string* out);

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_EXPRESSION_JSON_H_
