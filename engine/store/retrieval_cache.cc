#include "store/retrieval_cache_internal.h"

#include "store/store.h"

namespace claimgraph::store::internal {

void RetrievalCache::Validate(std::int64_t data_version) {
  if (data_version_ && *data_version_ != data_version) {
    max_statement_.reset();
    frequency_.Clear();
    postings_.Clear();
  }
  data_version_ = data_version;
}

void RetrievalCache::Clear() {
  data_version_.reset();
  max_statement_.reset();
  frequency_.Clear();
  postings_.Clear();
  rows_.Clear();
}

void RetrievalCache::Posted(std::int64_t id, const std::vector<std::string>& tokens) {
  if (max_statement_ && id > *max_statement_) max_statement_ = id;
  for (const std::string& token : tokens) {
    if (std::int64_t* frequency = frequency_.Find(token)) ++*frequency;
    std::vector<std::int64_t>* ids = postings_.Find(token);
    if (ids == nullptr) continue;
    ids->push_back(id);
    if (ids->size() > static_cast<std::size_t>(Store::kMaxPostingsPerTerm)) {
      ids->erase(ids->begin());  // statement ids only grow: the first is the oldest
    }
  }
}

}  // namespace claimgraph::store::internal
