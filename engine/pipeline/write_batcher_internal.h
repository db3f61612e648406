// WriteBatcher: groups the articles an ingest stores into store write
// batches (store::Store::BeginWriteBatch), so that one commit covers many
// articles instead of one each. Internal to pipeline/.
//
// Contract with the ingest loop, which is sequential:
//   * Open() before storing an article: begins a batch if none is open;
//   * Stored() after each article the store reports as inserted;
//   * MaybeCommit() after each article: commits once the batch holds
//     limits.articles articles or has been open limits.seconds, which
//     bounds both the work a crash loses (re-running the input restores it)
//     and how stale a concurrent reader's view can be;
//   * Commit() at the end of the input.
// A batch whose commit fails stored nothing: its articles are taken back out
// of the summary's added figures and reported as errors, naming the article.
#ifndef CLAIMGRAPH_PIPELINE_WRITE_BATCHER_INTERNAL_H_
#define CLAIMGRAPH_PIPELINE_WRITE_BATCHER_INTERNAL_H_

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "common/status.h"
#include "pipeline/ingest.h"
#include "store/store.h"

namespace claimgraph::pipeline::internal {

class WriteBatcher {
 public:
  WriteBatcher(store::Store& store, IngestSummary& summary, Ingestor::CommitGroup limits)
      : store_(store), summary_(summary), limits_(limits) {}
  // Abandons an open batch (only on an exception through the ingest loop).
  ~WriteBatcher();

  // Status of BeginWriteBatch; on failure the caller stores the article on
  // its own, as without batching.
  Status Open();
  void Stored(const std::string& origin, std::size_t statements, std::size_t edges);
  void MaybeCommit();
  void Commit();

 private:
  struct Added {
    std::string origin;
    std::size_t statements = 0, edges = 0;
  };
  store::Store& store_;
  IngestSummary& summary_;
  Ingestor::CommitGroup limits_;
  std::vector<Added> added_;  // articles inserted in the open batch
  std::chrono::steady_clock::time_point opened_;
};

}  // namespace claimgraph::pipeline::internal

#endif  // CLAIMGRAPH_PIPELINE_WRITE_BATCHER_INTERNAL_H_
