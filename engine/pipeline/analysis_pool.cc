#include <exception>
#include <string>

#include "pipeline/analysis_pool_internal.h"

namespace claimgraph::pipeline::internal {

AnalysisPool::AnalysisPool(const extract::Extractor& extractor, int threads)
    : extractor_(extractor) {
  workers_.reserve(static_cast<std::size_t>(threads));
  for (int i = 0; i < threads; ++i) {
    workers_.emplace_back([this](std::stop_token stop) { Work(stop); });
  }
}

void AnalysisPool::Submit(const Article* article) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    tasks_.emplace_back(submitted_++, article);
  }
  queued_.notify_one();
}

Result<Analysis> AnalysisPool::TakeNext() {
  std::unique_lock<std::mutex> lock(mutex_);
  const std::uint64_t wanted = taken_++;
  finished_.wait(lock, [&] { return results_.count(wanted) > 0; });
  auto it = results_.find(wanted);
  Result<Analysis> result = std::move(it->second);
  results_.erase(it);
  return result;
}

void AnalysisPool::Work(std::stop_token stop) {
  while (true) {
    std::uint64_t sequence = 0;
    const Article* article = nullptr;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      if (!queued_.wait(lock, stop, [&] { return !tasks_.empty(); })) return;  // stopped
      sequence = tasks_.front().first;
      article = tasks_.front().second;
      tasks_.pop_front();
    }
    // Outside the lock: this is the parallel part.
    Result<Analysis> result = Status::InvalidArgument("not analysed");
    try {
      result = Analyse(extractor_, *article);
    } catch (const std::exception& e) {
      result = Status::InvalidArgument(std::string("analysing the article failed: ") + e.what());
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      results_.emplace(sequence, std::move(result));
    }
    finished_.notify_all();
  }
}

}  // namespace claimgraph::pipeline::internal
