// Rendering of the `extract` command: the statements of one article.
//
// The JSON-lines form is a stable contract read by evaluation tools: one
// object per statement with "file", "speaker" (canonical, null for
// narrative), "source", "cue" (a span or null), "content" (a span, a list of
// spans when discontinuous, or null), "kind", "polarity", "hedged",
// "cue_lemma" and "sentence" (a span). A span is {"start","end","text"}:
// [start, end) UTF-8 byte offsets into the file's bytes for .txt input, into
// the decoded "text" value for JSON input.
#ifndef CLAIMGRAPH_REPORT_EXTRACT_OUTPUT_H_
#define CLAIMGRAPH_REPORT_EXTRACT_OUTPUT_H_

#include <string>
#include <vector>

#include "model/article.h"
#include "model/statement.h"

namespace claimgraph::report {

// One JSON object per statement, each followed by '\n'.
std::string StatementsJsonLines(const std::string& file, const Article& article,
                                const std::vector<Statement>& statements);

// A readable listing: one block per statement.
std::string StatementsText(const std::string& file, const Article& article,
                           const std::vector<Statement>& statements);

}  // namespace claimgraph::report

#endif  // CLAIMGRAPH_REPORT_EXTRACT_OUTPUT_H_
