#include "extract/stance.h"

#include "extract/word_classes.h"

namespace claimgraph::extract {

bool HasHedge(const BodyTokens& body, TokenRange range) {
  for (std::size_t i = range.begin; i < range.end && i < body.tokens.size(); ++i) {
    const std::string& w = body.tokens[i].lower;
    // "May" capitalised is the month, not the modal.
    if (IsHedgeWord(w) && !(w == "may" && body.tokens[i].capitalized)) return true;
    if ((w == "not" || w == "n't" || w == "no") && i + 1 < range.end &&
        (body.tokens[i + 1].lower == "clear" || body.tokens[i + 1].lower == "known" ||
         body.tokens[i + 1].lower == "sure" || body.tokens[i + 1].lower == "certain")) {
      return true;
    }
  }
  return false;
}

Stance JudgeStance(const BodyTokens& body, const Attribution& a) {
  Stance s;
  const bool deny = a.sense != nullptr && a.sense->type == CueType::kDeny;
  if (deny && !a.negated) s.polarity = Polarity::kDenied;
  s.hedged =
      (deny && a.negated) || (a.sense != nullptr && a.sense->hedged) || HasHedge(body, a.chain);
  for (const ContentPart& part : a.content) {
    s.hedged = s.hedged || HasHedge(body, part.range);
  }
  return s;
}

}  // namespace claimgraph::extract
