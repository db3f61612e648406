#include "stance/stance.h"

namespace claimgraph::stance {

const char* ToString(Stance stance) {
  switch (stance) {
    case Stance::kAgree: return "agree";
    case Stance::kDisagree: return "disagree";
    case Stance::kDiscuss: return "discuss";
    case Stance::kUnrelated: return "unrelated";
  }
  return "unrelated";
}

std::optional<Stance> ParseStance(std::string_view name) {
  for (int i = 0; i < kStanceCount; ++i) {
    auto stance = static_cast<Stance>(i);
    if (name == ToString(stance)) return stance;
  }
  return std::nullopt;
}

}  // namespace claimgraph::stance
