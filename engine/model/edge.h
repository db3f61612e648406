// Edge: one statement supports or disputes another.
#ifndef CLAIMGRAPH_MODEL_EDGE_H_
#define CLAIMGRAPH_MODEL_EDGE_H_

#include <cstddef>
#include <string>

namespace claimgraph {

enum class Relation { kSupports, kDisputes };

inline const char* ToString(Relation r) {
  return r == Relation::kDisputes ? "disputes" : "supports";
}

// An edge between two statements of one article, as the link stage draws it:
// `from` supports or disputes `to`. Both are indices into the vector of
// statements that the extractor returned for that article.
struct Edge {
  std::size_t from = 0;
  std::size_t to = 0;
  Relation relation = Relation::kDisputes;
  std::string rule;       // short name of the rule that drew it ("anaphoric-rebuttal")
  std::string reason;     // one sentence a reader understands: why the edge exists
  double score = 1.0;     // confidence in [0, 1]
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_MODEL_EDGE_H_
