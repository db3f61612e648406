// Dump: one canonical line per statement, for tests and debugging.
//
//   speaker="Dmitry Peskov" cue=say kind=indirect polarity=asserted hedged=no
//       content="Macron and Putin had agreed ..." source="Peskov"
// (on one line). Content parts are joined with " | ". Narrative statements
// print speaker="" and cue="". A failing test diffs these lines cleanly.
#ifndef CLAIMGRAPH_EXTRACT_DUMP_H_
#define CLAIMGRAPH_EXTRACT_DUMP_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/statement.h"

namespace claimgraph::extract {

// One line (no trailing newline) describing `s`, quoting from `text`.
std::string DumpStatement(const Statement& s, std::string_view text);

// DumpStatement of each, one per line, each line ending in '\n'.
std::string DumpStatements(const std::vector<Statement>& statements, std::string_view text);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_DUMP_H_
