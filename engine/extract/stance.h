// Stance: whether a statement asserts or denies its content, and whether it
// is hedged. Internal to extract.
//
// Denied: a deny-type cue ("deny", "reject", "dispute", "refute", "dismiss",
// "rule out") that is not negated. A negated deny-type cue ("didn't rule
// out") asserts, but weakly, so it is hedged. Hedged: a hedging cue
// ("suggest", "believe", "claim"), a hedge word in the chain before the cue
// ("reportedly said") or in the content ("may", "might", "could",
// "premature", "unclear", "possibility"), or "not clear".
#ifndef CLAIMGRAPH_EXTRACT_STANCE_H_
#define CLAIMGRAPH_EXTRACT_STANCE_H_

#include <vector>

#include "extract/attribution_rules.h"
#include "extract/body_tokens.h"
#include "model/statement.h"

namespace claimgraph::extract {

struct Stance {
  Polarity polarity = Polarity::kAsserted;
  bool hedged = false;
};

// True if the tokens in `range` contain hedging language.
bool HasHedge(const BodyTokens& body, TokenRange range);

// The stance of an attribution, from its cue, chain and content.
Stance JudgeStance(const BodyTokens& body, const Attribution& a);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_STANCE_H_
