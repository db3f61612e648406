// ComputeKeys: the proposition and claim keys of a statement.
#include <string>
#include <string_view>

#include "link/linker.h"
#include "link/proposition.h"

namespace claimgraph::link {
namespace {

// Fewer content lemmas than this leave nothing worth grouping ("that",
// "it won't back down on those").
constexpr std::size_t kMinKeyLemmas = 2;

}  // namespace

StatementKeys ComputeKeys(std::string_view text, const Statement& statement) {
  ContentAnalysis analysis = AnalyzeContent(text, statement.content);
  StatementKeys keys;
  if (analysis.lemmas.size() < kMinKeyLemmas) return keys;
  for (const Lemma& lemma : analysis.lemmas) {
    if (!keys.proposition.empty()) keys.proposition += ' ';
    keys.proposition += lemma.text;
  }
  bool negative = (statement.polarity == Polarity::kDenied) != analysis.negated;
  keys.claim = (negative ? "- " : "+ ") + keys.proposition;
  return keys;
}

}  // namespace claimgraph::link
