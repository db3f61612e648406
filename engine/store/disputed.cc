// Store::Disputed: claims that another speaker disputes, ranked by how
// widely they are disputed.
//
// A dispute is a 'disputes' edge into one of the claim's statements whose
// from-statement has a different speaker (a narrative statement, speaker
// NULL, differs from any named speaker; two narrative statements do not).
// Ranking, all over the claim's disputes:
//   distinct_outlets   = distinct non-empty article sources of the disputing
//                        statements, or, when every such source is empty,
//                        distinct disputing articles;
//   distinct_disputers = distinct disputing speakers, the outlets' own
//                        (narrative) voice counting as one;
//   then the number of disputes, then claim id for a stable order.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/row_mapping_internal.h"
#include "store/store.h"
#include "store/store_impl_internal.h"

namespace claimgraph::store {
namespace {

// The ranking figures are kept by the article writer in claim_dispute_stats
// (schema/0004_dispute_ranking.sql); the top `limit` claims are the first
// entries of its index claim_dispute_stats_rank, so the cost follows `limit`,
// not the number of edges.
constexpr char kRankingSql[] =
    "SELECT claim_id, disputers, outlets, disputes FROM claim_dispute_stats"
    " ORDER BY outlets DESC, disputers DESC, disputes DESC, claim_id"
    " LIMIT ?1";

// Claim ?1's first ?2 disputes (-1: all), oldest first: the first entries of
// claim_disputes' key (schema/0008_dispute_listing.sql), which holds exactly
// the claim's disputes, so the cost follows the page asked for, not how often
// the claim was restated or disputed.
constexpr char kFirstDisputesSql[] =
    "SELECT e.id, e.from_statement, e.to_statement, e.relation, e.rule, e.reason, e.score"
    " FROM claim_disputes AS d JOIN edges AS e ON e.id = d.edge_id"
    " WHERE d.claim_id = ?1 ORDER BY d.edge_id LIMIT ?2";

// The first `limit` (<= 0: all) disputes of `claim_id` by edge id, read with
// `query`, kFirstDisputesSql prepared.
std::vector<EdgeRecord> FirstDisputes(SQLite::Statement& query, std::int64_t claim_id, int limit) {
  internal::Rebind(query);
  query.bind(1, claim_id);
  query.bind(2, internal::SqlLimit(limit));
  std::vector<EdgeRecord> out;
  while (query.executeStep()) out.push_back(internal::ReadEdgeRecord(query));
  return out;
}

StatementRecord StatementById(SQLite::Statement& by_id, std::int64_t id) {
  internal::Rebind(by_id);
  by_id.bind(1, id);
  if (!by_id.executeStep()) {
    // Foreign keys make this impossible in a consistent database.
    throw SQLite::Exception("edge refers to missing statement " + std::to_string(id),
                            SQLITE_CORRUPT);
  }
  StatementRecord record = internal::ReadStatementRecord(by_id);
  by_id.reset();
  return record;
}

// The ranking figures of one claim; no row when nobody disputes it.
constexpr char kRankOfClaimSql[] =
    "SELECT claim_id, disputers, outlets, disputes FROM claim_dispute_stats WHERE claim_id = ?1";

DisputedClaim ReadRankingRow(const SQLite::Statement& row) {
  DisputedClaim disputed;
  disputed.claim.id = row.getColumn(0).getInt64();
  disputed.distinct_disputers = row.getColumn(1).getInt();
  disputed.distinct_outlets = row.getColumn(2).getInt();
  disputed.dispute_count = row.getColumn(3).getInt();
  return disputed;
}

// The order of claim_dispute_stats_rank.
bool RanksBefore(const DisputedClaim& a, const DisputedClaim& b) {
  if (a.distinct_outlets != b.distinct_outlets) return a.distinct_outlets > b.distinct_outlets;
  if (a.distinct_disputers != b.distinct_disputers) {
    return a.distinct_disputers > b.distinct_disputers;
  }
  if (a.dispute_count != b.dispute_count) return a.dispute_count > b.dispute_count;
  return a.claim.id < b.claim.id;
}

}  // namespace

// Fills each ranked claim's record with its first `statements_per_claim`
// statements and its first `disputes_per_claim` disputes (<= 0: all), with
// both statements of each dispute. A claim restated thousands of times
// costs no more than one restated ten times.
void Store::Impl::FillDisputes(std::vector<DisputedClaim>* ranked, int disputes_per_claim,
                               int statements_per_claim) {
  SQLite::Statement by_id(db, std::string(internal::kStatementSelect) + "WHERE s.id = ?1");
  SQLite::Statement first_disputes(db, kFirstDisputesSql);
  for (DisputedClaim& disputed : *ranked) {
    std::optional<ClaimRecord> claim =
        LoadClaimHead(disputed.claim.id, statements_per_claim, &disputed.statement_count);
    if (claim) disputed.claim = std::move(*claim);
    for (EdgeRecord& edge : FirstDisputes(first_disputes, disputed.claim.id, disputes_per_claim)) {
      DisputedClaim::Dispute dispute;
      dispute.edge = std::move(edge);
      disputed.disputes.push_back(std::move(dispute));
    }
    for (DisputedClaim::Dispute& dispute : disputed.disputes) {
      dispute.disputer = StatementById(by_id, dispute.edge.from_statement);
      // The target is one of the claim's own statements, loaded above.
      const StatementRecord* own = nullptr;
      for (const StatementRecord& s : disputed.claim.statements) {
        if (s.id == dispute.edge.to_statement) own = &s;
      }
      dispute.target = own ? *own : StatementById(by_id, dispute.edge.to_statement);
    }
  }
}

Result<std::vector<DisputedClaim>> Store::Disputed(int limit, int disputes_per_claim,
                                                  int statements_per_claim) {
  using DisputedList = std::vector<DisputedClaim>;
  return internal::Guarded(impl_->path, "ranking disputed claims", [&]() -> Result<DisputedList> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<DisputedList> {
      DisputedList out;
      SQLite::Statement ranking(impl_->db, kRankingSql);
      ranking.bind(1, internal::SqlLimit(limit));
      while (ranking.executeStep()) out.push_back(ReadRankingRow(ranking));
      impl_->FillDisputes(&out, disputes_per_claim, statements_per_claim);
      return out;
    });
  });
}

Result<std::vector<DisputedClaim>> Store::DisputedAmong(const std::vector<std::int64_t>& claim_ids,
                                                        int disputes_per_claim) {
  using DisputedList = std::vector<DisputedClaim>;
  return internal::Guarded(impl_->path, "ranking disputed claims", [&]() -> Result<DisputedList> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<DisputedList> {
      DisputedList out;
      SQLite::Statement rank(impl_->db, kRankOfClaimSql);
      for (std::int64_t id : std::set<std::int64_t>(claim_ids.begin(), claim_ids.end())) {
        internal::Rebind(rank);
        rank.bind(1, id);
        if (rank.executeStep()) out.push_back(ReadRankingRow(rank));
      }
      std::sort(out.begin(), out.end(), RanksBefore);
      impl_->FillDisputes(&out, disputes_per_claim, 0);
      return out;
    });
  });
}

Result<std::int64_t> Store::DisputedCount() {
  return internal::Guarded(impl_->path, "counting disputed claims", [&]() -> Result<std::int64_t> {
    SQLite::Statement count(impl_->db, "SELECT COUNT(*) FROM claim_dispute_stats");
    count.executeStep();
    return count.getColumn(0).getInt64();
  });
}

}  // namespace claimgraph::store
