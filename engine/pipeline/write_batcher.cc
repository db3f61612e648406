#include <spdlog/spdlog.h>

#include "pipeline/write_batcher_internal.h"

namespace claimgraph::pipeline::internal {

WriteBatcher::~WriteBatcher() { store_.AbandonWriteBatch(); }

Status WriteBatcher::Open() {
  if (store_.InWriteBatch()) return Status::Ok();
  Status status = store_.BeginWriteBatch();
  if (status.ok()) opened_ = std::chrono::steady_clock::now();
  return status;
}

void WriteBatcher::Stored(const std::string& origin, std::size_t statements, std::size_t edges) {
  if (store_.InWriteBatch()) added_.push_back({origin, statements, edges});
}

void WriteBatcher::MaybeCommit() {
  if (!store_.InWriteBatch()) return;
  const std::chrono::duration<double> open_for = std::chrono::steady_clock::now() - opened_;
  if (added_.size() >= limits_.articles || open_for.count() >= limits_.seconds) Commit();
}

void WriteBatcher::Commit() {
  if (!store_.InWriteBatch()) return;
  Status status = store_.CommitWriteBatch();
  if (!status.ok()) {
    spdlog::error("{} articles not stored: {}", added_.size(), status.ToString());
    for (const Added& a : added_) {
      --summary_.added;
      summary_.statements -= a.statements;
      summary_.edges -= a.edges;
      ++summary_.rejected;
      summary_.errors.push_back({a.origin, "not stored, the commit failed: " + status.ToString()});
    }
  }
  added_.clear();
}

}  // namespace claimgraph::pipeline::internal
