// RetrievalCache: what candidate retrieval has read from one connection,
// kept across calls so that an ingest reads each term's frequency and
// posting list from SQLite once, not once per article. Internal to store/.
//
// Contract: every entry equals what the connection would read now.
//   * The connection's own writes keep it equal: AddArticle reports each
//     stored statement and its tokens (Posted) after the article's
//     transaction or savepoint is released, so a failed article changes
//     nothing; a write batch that is rolled back clears the cache (Clear),
//     because SQLite then reuses the rolled-back statement ids.
//   * Other connections' commits are detected through PRAGMA data_version at
//     the start of every retrieval (Validate) and drop the term entries.
//     Candidate rows stay: statement, article and speaker rows are never
//     updated once written.
//   * Posting lists hold the newest Store::kMaxPostingsPerTerm statement ids
//     of a term, oldest first, as the B-tree read gives them; statement ids
//     only grow, so a new posting is appended and the oldest dropped.
//   * Memory is bounded: each kind of entry lives in two generations of a
//     fixed number of entries (Generations below), so entries in use stay
//     and the rest are dropped; a dropped entry is simply read again.
// Profiling the ingest at 10k articles put 13% of all CPU in reading posting
// lists and frequencies that earlier articles had already read, and 13% in
// reading candidate rows (then cached 16,384 at most, cleared when full).
#ifndef CLAIMGRAPH_STORE_RETRIEVAL_CACHE_INTERNAL_H_
#define CLAIMGRAPH_STORE_RETRIEVAL_CACHE_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "link/linker.h"

namespace claimgraph::store::internal {

// A map of at most 2 * `generation` entries that keeps the ones in use: when
// the newer generation is full it becomes the older one and the older one is
// dropped; an entry found in the older generation moves to the newer.
template <typename Key, typename Value>
class Generations {
 public:
  explicit Generations(std::size_t generation) : generation_(generation) {}

  Value* Find(const Key& key) {
    if (auto it = newer_.find(key); it != newer_.end()) return &it->second;
    auto old = older_.find(key);
    if (old == older_.end()) return nullptr;
    Value value = std::move(old->second);
    older_.erase(old);
    return &Put(key, std::move(value));
  }
  Value& Put(const Key& key, Value value) {
    if (newer_.size() >= generation_) {
      older_ = std::move(newer_);
      newer_.clear();
    }
    return newer_.insert_or_assign(key, std::move(value)).first->second;
  }
  void Clear() {
    newer_.clear();
    older_.clear();
  }

 private:
  std::size_t generation_;
  std::unordered_map<Key, Value> newer_, older_;
};

class RetrievalCache {
 public:
  // Per generation (see Generations): posting lists of at most
  // Store::kMaxPostingsPerTerm ids, so at most ~32 MiB each; ~40 bytes per
  // frequency; ~600 bytes per candidate row.
  static constexpr std::size_t kPostingLists = 16384;
  static constexpr std::size_t kFrequencies = 262144;
  static constexpr std::size_t kRows = 32768;

  // Drops the term entries when `data_version` (PRAGMA data_version, read in
  // the retrieval's snapshot) differs from the last one seen.
  void Validate(std::int64_t data_version);
  // Drops everything (a write batch was rolled back).
  void Clear();

  // bm25's N: the highest statement id.
  const std::optional<std::int64_t>& max_statement() const { return max_statement_; }
  void set_max_statement(std::int64_t id) { max_statement_ = id; }

  // A token's document frequency (0: held by no statement); null if not read.
  const std::int64_t* Frequency(const std::string& token) { return frequency_.Find(token); }
  void SetFrequency(const std::string& token, std::int64_t frequency) {
    frequency_.Put(token, frequency);
  }

  // A token's newest statements, oldest first; null if not read.
  const std::vector<std::int64_t>* Postings(const std::string& token) {
    return postings_.Find(token);
  }
  const std::vector<std::int64_t>& SetPostings(const std::string& token,
                                               std::vector<std::int64_t> ids) {
    return postings_.Put(token, std::move(ids));
  }

  // A candidate row by statement id; null if not read.
  const link::Candidate* Row(std::int64_t id) { return rows_.Find(id); }
  const link::Candidate& SetRow(std::int64_t id, link::Candidate row) {
    return rows_.Put(id, std::move(row));
  }

  // The connection stored statement `id` holding `tokens` (unique).
  void Posted(std::int64_t id, const std::vector<std::string>& tokens);

 private:
  std::optional<std::int64_t> data_version_;
  std::optional<std::int64_t> max_statement_;
  Generations<std::string, std::int64_t> frequency_{kFrequencies};
  Generations<std::string, std::vector<std::int64_t>> postings_{kPostingLists};
  Generations<std::int64_t, link::Candidate> rows_{kRows};
};

}  // namespace claimgraph::store::internal

#endif  // CLAIMGRAPH_STORE_RETRIEVAL_CACHE_INTERNAL_H_
