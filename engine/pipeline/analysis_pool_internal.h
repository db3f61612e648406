// AnalysisPool: runs pipeline::Analyse on worker threads and hands the
// results back in the order the articles were submitted. Internal to
// pipeline/ (ingest.cc).
//
// Contract: Submit() and TakeNext() are called from one thread (the
// ingest's sequential stage). An article must stay alive and unchanged until
// TakeNext() has returned its analysis. Analyse depends only on its article
// and the immutable Extractor, so the results equal those of a serial run.
// An exception thrown by Analyse comes back as an error Result for that
// article; the pool goes on. The destructor stops and joins the workers
// (articles still queued are dropped).
#ifndef CLAIMGRAPH_PIPELINE_ANALYSIS_POOL_INTERNAL_H_
#define CLAIMGRAPH_PIPELINE_ANALYSIS_POOL_INTERNAL_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <stop_token>
#include <thread>
#include <utility>
#include <vector>

#include "common/status.h"
#include "extract/extractor.h"
#include "model/article.h"
#include "pipeline/ingest.h"

namespace claimgraph::pipeline::internal {

class AnalysisPool {
 public:
  AnalysisPool(const extract::Extractor& extractor, int threads);
  AnalysisPool(const AnalysisPool&) = delete;
  AnalysisPool& operator=(const AnalysisPool&) = delete;

  void Submit(const Article* article);

  // The analysis of the oldest submitted article not yet taken (waits for
  // it). Must not be called with nothing outstanding.
  Result<Analysis> TakeNext();

 private:
  void Work(std::stop_token stop);

  const extract::Extractor& extractor_;
  std::mutex mutex_;
  std::condition_variable_any queued_;  // a task was queued (or stop requested)
  std::condition_variable finished_;    // a result was stored
  std::deque<std::pair<std::uint64_t, const Article*>> tasks_;
  std::map<std::uint64_t, Result<Analysis>> results_;
  std::uint64_t submitted_ = 0;
  std::uint64_t taken_ = 0;
  std::vector<std::jthread> workers_;  // last: stopped and joined before the rest is destroyed
};

}  // namespace claimgraph::pipeline::internal

#endif  // CLAIMGRAPH_PIPELINE_ANALYSIS_POOL_INTERNAL_H_
