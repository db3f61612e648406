// Reading brat standoff attribution annotations (the PolNeAR format).
//
//   T<n>\t<Role> <start> <end>[;<start> <end>...]\t<text>
//   E<n>\tAttribution:T<a> Content:T<c> Cue:T<q> [Source:T<s>]
//
// Offsets in the file are Unicode code points into the article text, end
// exclusive; they are converted here to byte offsets into the UTF-8 text.
#ifndef CLAIMGRAPH_EVAL_BRAT_H_
#define CLAIMGRAPH_EVAL_BRAT_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "model/statement.h"

namespace claimgraph::eval {

// One gold attribution; a role may be discontinuous (several spans) or
// absent (no spans).
struct GoldAttribution {
  std::vector<Span> source, cue, content;  // byte offsets into the article text
};

// Parses `ann` (the .ann file's content) against `text` (the article).
// Fails with Corruption naming `origin` and the line on a malformed line or
// an offset past the end of the text.
Result<std::vector<GoldAttribution>> ParseBrat(std::string_view ann, std::string_view text,
                                               const std::string& origin);

}  // namespace claimgraph::eval

#endif  // CLAIMGRAPH_EVAL_BRAT_H_
