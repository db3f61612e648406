// FNC-1 (Fake News Challenge stage 1) data and scoring.
//
// Stances file: header "Headline,Body ID,Stance" (Stance optional, as in
// unlabelled test files); bodies file: header "Body ID,articleBody". Folds
// for cross-validation group pairs by topic: the connected components of the
// graph whose nodes are headlines and bodies and whose edges are the related
// pairs (agree, disagree, discuss); a pair belongs to its body's component,
// so no body, and no headline's related bodies, straddle two folds.
// The score follows ../shared/data/README.md: 0.25 for an unrelated pair
// predicted unrelated; 0.25 for a related pair predicted as any related
// class and 0.75 more when the class is exact; the relative score is the
// total over the best possible total, in percent.
#ifndef CLAIMGRAPH_STANCE_FNC1_H_
#define CLAIMGRAPH_STANCE_FNC1_H_

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "stance/stance.h"

namespace claimgraph::stance {

struct Fnc1Pair {
  std::string headline;
  std::string body_id;
  std::optional<Stance> gold;  // absent in unlabelled files
};

struct Fnc1Data {
  std::vector<Fnc1Pair> pairs;                 // input order
  std::map<std::string, std::string> bodies;  // Body ID -> article body
};

// Reads both files. InvalidArgument naming the file and line for a wrong
// header, a short record, an unknown stance label, or a pair whose body is
// missing from the bodies file; IOError for an unreadable file.
Result<Fnc1Data> LoadFnc1(const std::string& stances_path, const std::string& bodies_path);

// Fold of each pair, in [0, k): components (see above) are dealt largest
// first to the fold with the fewest pairs so far, ties to the lowest fold,
// so the split is deterministic. Pairs without a gold label count as
// unrelated. k must be >= 2.
std::vector<int> TopicFolds(const std::vector<Fnc1Pair>& pairs, int k);

struct Fnc1Scores {
  std::array<std::array<long, kStanceCount>, kStanceCount> confusion{};  // [gold][predicted]
  double score = 0, max_score = 0;
  double relative = 0;                       // 100 * score / max_score
  std::array<double, kStanceCount> f1{};     // per class
  double macro_f1 = 0;                       // mean of the four

  std::string ToText() const;  // the figures and the confusion matrix, human-readable
};

// Scores predictions against gold labels (same length, gold all present).
Fnc1Scores ScoreFnc1(const std::vector<Stance>& gold, const std::vector<Stance>& predicted);

// Predictions CSV: "Headline,Body ID,Stance" then one line per pair, in input order.
std::string Fnc1PredictionsCsv(const std::vector<Fnc1Pair>& pairs,
                               const std::vector<Stance>& predicted);

}  // namespace claimgraph::stance

#endif  // CLAIMGRAPH_STANCE_FNC1_H_
