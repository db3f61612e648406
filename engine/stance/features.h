// Features of a (claim, body) pair for the stance model: how much of the
// claim the body and its best-matching sentences cover (tf-idf cosines,
// lemma, bigram, capitalised-name and number overlap), and how the sentences
// that carry the claim talk about it (refuting, hedging, confirming cues,
// negation, WordNet antonyms of claim words, the extractor's statements
// asserting or denying it), and which cue words the body's first three
// sentences use (a debunking piece says so up front). Dense, fixed order,
// values roughly in [0, 1].
//
// Per pair the cost is a few binary searches per claim term per sentence;
// everything else was computed once per text by Analyse().
#ifndef CLAIMGRAPH_STANCE_FEATURES_H_
#define CLAIMGRAPH_STANCE_FEATURES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "stance/analysis.h"

namespace claimgraph::stance {

struct PairFeatures {
  std::vector<double> values;         // FeatureCount() values
  std::vector<std::size_t> evidence;  // body sentences that carry the claim, best first (<= 3)
};

// Names of the features in order; the size is the feature count.
const std::vector<std::string>& FeatureNames();
inline std::size_t FeatureCount() { return FeatureNames().size(); }

// Both analyses must have had ApplyIdf() with `idf`; the claim should be
// analysed with antonyms on.
PairFeatures ComputeFeatures(const TextAnalysis& claim, const TextAnalysis& body, const Idf& idf);

}  // namespace claimgraph::stance

#endif  // CLAIMGRAPH_STANCE_FEATURES_H_
