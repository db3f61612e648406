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

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

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

// The "relation = 'disputes'" term lets SQLite use the partial index
// edges_disputes_to after finding the claim's statements by claim_id.
constexpr char kDisputesOfClaimSql[] =
    "SELECT e.id, e.from_statement, e.to_statement, e.relation, e.rule, e.reason, e.score"
    " FROM statements AS t"
    " JOIN edges AS e ON e.to_statement = t.id AND e.relation = 'disputes'"
    " JOIN statements AS f ON f.id = e.from_statement"
    " WHERE t.claim_id = ?1 AND f.speaker_id IS NOT t.speaker_id"
    " ORDER BY e.id LIMIT ?2";

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

}  // namespace

Result<std::vector<DisputedClaim>> Store::Disputed(int limit, int disputes_per_claim) {
  using DisputedList = std::vector<DisputedClaim>;
  return internal::Guarded(impl_->path, "ranking disputed claims", [&]() -> Result<DisputedList> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<DisputedList> {
      DisputedList out;
      SQLite::Statement ranking(impl_->db, kRankingSql);
      ranking.bind(1, internal::SqlLimit(limit));
      while (ranking.executeStep()) {
        DisputedClaim disputed;
        disputed.claim.id = ranking.getColumn(0).getInt64();
        disputed.distinct_disputers = ranking.getColumn(1).getInt();
        disputed.distinct_outlets = ranking.getColumn(2).getInt();
        disputed.dispute_count = ranking.getColumn(3).getInt();
        out.push_back(std::move(disputed));
      }

      SQLite::Statement disputes(impl_->db, kDisputesOfClaimSql);
      SQLite::Statement by_id(impl_->db, std::string(internal::kStatementSelect) + "WHERE s.id = ?1");
      for (DisputedClaim& disputed : out) {
        std::optional<ClaimRecord> claim = impl_->LoadClaim(disputed.claim.id);
        if (claim) disputed.claim = std::move(*claim);
        internal::Rebind(disputes);
        disputes.bind(1, disputed.claim.id);
        disputes.bind(2, internal::SqlLimit(disputes_per_claim));
        while (disputes.executeStep()) {
          DisputedClaim::Dispute dispute;
          dispute.edge = internal::ReadEdgeRecord(disputes);
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
      return out;
    });
  });
}

}  // namespace claimgraph::store
