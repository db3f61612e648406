// Stance: how an article body stands to a claim (a headline or a tracked
// claim), in the four FNC-1 classes. The classifier is in classifier.h.
#ifndef CLAIMGRAPH_STANCE_STANCE_H_
#define CLAIMGRAPH_STANCE_STANCE_H_

#include <optional>
#include <string_view>

namespace claimgraph::stance {

// The order is fixed: it indexes confusion matrices and model rows.
enum class Stance { kAgree = 0, kDisagree = 1, kDiscuss = 2, kUnrelated = 3 };
inline constexpr int kStanceCount = 4;

// "agree", "disagree", "discuss", "unrelated".
const char* ToString(Stance stance);

// The inverse of ToString (exact, lower case); nullopt for anything else.
std::optional<Stance> ParseStance(std::string_view name);

inline bool IsRelated(Stance stance) { return stance != Stance::kUnrelated; }

}  // namespace claimgraph::stance

#endif  // CLAIMGRAPH_STANCE_STANCE_H_
