// Store::Impl: the open database behind a Store, shared by the store's .cc
// files (store.cc opens it, article_writer.cc writes, queries.cc and
// disputed.cc read). Internal to store/.
//
// One Impl owns one connection; like SQLite::Database it is not meant to be
// shared between threads without outside locking.
#ifndef CLAIMGRAPH_STORE_STORE_IMPL_INTERNAL_H_
#define CLAIMGRAPH_STORE_STORE_IMPL_INTERNAL_H_

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "model/records.h"
#include "store/retrieval_cache_internal.h"
#include "store/row_mapping_internal.h"
#include "store/scopes_internal.h"
#include "store/store.h"

namespace claimgraph::store {
namespace internal {

// The prepared statements of AddArticle, compiled once per connection on the
// first write and reused for every article (the hot write path). Each use
// starts with Rebind(), which also clears a failed step's error state.
struct WriteStatements {
  explicit WriteStatements(SQLite::Database& db);  // defined in article_writer.cc

  SQLite::Statement find_article;
  SQLite::Statement insert_article;
  SQLite::Statement find_speaker;
  SQLite::Statement insert_speaker;
  SQLite::Statement insert_alias;
  SQLite::Statement find_claim;
  SQLite::Statement insert_claim;
  SQLite::Statement set_claim_first;
  SQLite::Statement insert_statement;
  SQLite::Statement insert_edge;
  SQLite::Statement claim_of_statement;
  SQLite::Statement refresh_dispute_stats;  // one claim's row of claim_dispute_stats
  SQLite::Statement record_dispute;  // one disputes edge's row of claim_disputes
  SQLite::Statement insert_posting;  // one (token, statement) of recent_postings
  SQLite::Statement count_recent_postings;
  SQLite::Statement merge_postings;  // all of recent_postings into term_postings
  SQLite::Statement clear_recent_postings;
  SQLite::Statement count_term;
  SQLite::Statement mark_acceptance_dirty;  // one claim into acceptance_dirty
};

// The FTS5 unicode61 tokens of retrieval terms (split on ASCII characters
// that are not letters or digits, lower-cased), unique and sorted; defined in
// retrieval.cc. The writer counts and the reader looks up the same tokens.
std::vector<std::string> RetrievalTokens(const std::vector<std::string>& terms);

// The prepared statements of RetrieveCandidates (retrieval.cc).
struct RetrievalStatements {
  explicit RetrievalStatements(SQLite::Database& db);  // defined in retrieval.cc

  SQLite::Statement term_frequency;  // statements holding one term
  SQLite::Statement postings;        // newest statements holding one term (term_postings)
  SQLite::Statement recent_postings;  // the same in recent_postings
  SQLite::Statement indexed;         // highest statement id (bm25's N)
  SQLite::Statement by_key;          // newest statement ids with one proposition key
  SQLite::Statement by_id;           // one candidate row
  SQLite::Statement data_version;    // changes when another connection commits
};

inline void Rebind(SQLite::Statement& statement) {
  statement.tryReset();  // ignore the previous step's error: it was already reported
  statement.clearBindings();
}

// Runs `body` (returning Result<T>) inside one read scope, so every SELECT
// it issues sees the same snapshot of the database even while another
// connection commits articles (WAL readers never wait for the writer).
template <typename Body>
auto InReadTransaction(SQLite::Database& db, Body&& body) -> decltype(body()) {
  ReadScope read(db);
  return body();
}

// Runs `body` (returning Status or Result<T>) and turns any exception into a
// Status naming the database and the operation: SQLite types and exceptions
// never cross the store's boundary.
template <typename Body>
auto Guarded(const std::string& path, std::string_view operation, Body&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const SQLite::Exception& e) {
    return ToStatus(e, path, operation);
  } catch (const std::exception& e) {
    return Status::IOError("database '" + path + "': " + std::string(operation) + ": " + e.what());
  }
}

}  // namespace internal

struct Store::Impl {
  Impl(const std::string& db_path, int flags);

  // Statements of one claim in article order. Throws SQLite::Exception.
  std::vector<StatementRecord> StatementsOfClaim(std::int64_t claim_id);
  // One claim with its statements; nullopt if there is no such claim.
  std::optional<ClaimRecord> LoadClaim(std::int64_t claim_id);
  // One claim with its first `max_statements` statements in article order
  // (<= 0: all) and the number of all of them; nullopt if there is no such
  // claim.
  std::optional<ClaimRecord> LoadClaimHead(std::int64_t claim_id, int max_statements,
                                           int* statement_count);
  // One statement; nullopt if there is no such statement.
  std::optional<StatementRecord> LoadStatement(std::int64_t statement_id);
  // Fills the claims and disputes of ranked DisputedClaims (disputed.cc).
  void FillDisputes(std::vector<DisputedClaim>* ranked, int disputes_per_claim,
                    int statements_per_claim);

  std::string path;
  SQLite::Database db;
  std::unique_ptr<internal::WriteStatements> writes;   // created by the first AddArticle
  std::unique_ptr<SQLite::Statement> has_article;      // created by the first HasArticle
  std::unique_ptr<SQLite::Statement> find_candidates;  // created by the first FindCandidates
  std::unique_ptr<internal::RetrievalStatements> retrieval;  // by the first RetrieveCandidates
  internal::RetrievalCache retrieval_cache;  // kept equal to the database by AddArticle
  // Rows in recent_postings as this connection last knew them (unknown until
  // the first write, and after a rolled-back batch); only decides when
  // AddArticle merges, so another writer's rows make it late, never wrong.
  std::optional<std::int64_t> recent_postings;
  std::int64_t postings_merge_threshold = Store::kPostingsMergeThreshold;
  // Created by the first LoadClaimHead with a bound: `disputed` calls it once
  // per listed claim, and preparing the statement join costs as much as
  // running it.
  std::unique_ptr<SQLite::Statement> claim_head, claim_head_statements;
  bool write_batch = false;  // between BeginWriteBatch and its commit or abandonment
};

}  // namespace claimgraph::store

#endif  // CLAIMGRAPH_STORE_STORE_IMPL_INTERNAL_H_
