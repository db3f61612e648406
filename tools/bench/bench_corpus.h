// Bench corpus: a deterministic stream of news articles built from FNC-1
// bodies, for the scaling benchmark.
//
// Article i depends only on (seed, i), so the corpus of N articles is a
// prefix of every larger one. Each article is one of the 1,683 real bodies
// with its outlet and date chosen, its numbers redrawn and the names before
// "said"/"says"/"told" replaced; about a third of the articles also open with
// a planted lead statement on one of kStories stories, worded as the
// original claim, a restatement in other words, or a contradiction, so that
// the corpus has cross-article restatements and disputes to find.
#ifndef CLAIMGRAPH_TOOLS_BENCH_BENCH_CORPUS_H_
#define CLAIMGRAPH_TOOLS_BENCH_BENCH_CORPUS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "common/status.h"
#include "model/article.h"

namespace claimgraph::bench {

// The articleBody column of an FNC-1 bodies CSV (RFC 4180 quoting).
Result<std::vector<std::string>> ReadFnc1Bodies(const std::string& path);

class CorpusGenerator {
 public:
  static constexpr int kStories = 400;

  // `bodies` must be non-empty and outlive the generator.
  CorpusGenerator(const std::vector<std::string>* bodies, std::uint64_t seed);

  Article Make(std::uint64_t index) const;

 private:
  const std::vector<std::string>* bodies_;
  std::uint64_t seed_;
};

}  // namespace claimgraph::bench

#endif  // CLAIMGRAPH_TOOLS_BENCH_BENCH_CORPUS_H_
