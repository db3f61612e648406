// Store::SnapshotAround: the backward dispute closure of some claims, read
// breadth-first through indexed lookups (statements_claim, edges_disputes_to,
// edges_to_statement), never a scan of the claims, statements or edges.
//
// Invariant of the result: every 'disputes' edge into a statement of a
// claim in the closure comes from a claim in the closure, so each claim's
// attackers in the snapshot are its attackers in the whole graph.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/row_mapping_internal.h"
#include "store/store.h"
#include "store/store_impl_internal.h"

namespace claimgraph::store {
namespace {

// Claims with a statement that disputes one of claim ?1's statements.
constexpr char kAttackersSql[] =
    "SELECT DISTINCT f.claim_id FROM statements AS t"
    " JOIN edges AS e ON e.to_statement = t.id AND e.relation = 'disputes'"
    " JOIN statements AS f ON f.id = e.from_statement"
    " WHERE t.claim_id = ?1";

// Every edge into one of claim ?1's statements, with the from-statement's
// claim (column 7); columns 0-6 as ReadEdgeRecord reads them.
constexpr char kEdgesIntoClaimSql[] =
    "SELECT e.id, e.from_statement, e.to_statement, e.relation, e.rule, e.reason, e.score,"
    " f.claim_id FROM statements AS t"
    " JOIN edges AS e ON e.to_statement = t.id"
    " JOIN statements AS f ON f.id = e.from_statement"
    " WHERE t.claim_id = ?1";

// The closure: the given claims that exist, and their attackers,
// transitively.
std::set<std::int64_t> DisputeClosure(SQLite::Database& db,
                                      const std::vector<std::int64_t>& claim_ids) {
  SQLite::Statement exists(db, "SELECT 1 FROM claims WHERE id = ?1");
  SQLite::Statement attackers(db, kAttackersSql);
  std::set<std::int64_t> closure;
  std::deque<std::int64_t> frontier;
  for (std::int64_t id : claim_ids) {
    internal::Rebind(exists);
    exists.bind(1, id);
    if (exists.executeStep() && closure.insert(id).second) frontier.push_back(id);
  }
  while (!frontier.empty()) {
    const std::int64_t claim = frontier.front();
    frontier.pop_front();
    internal::Rebind(attackers);
    attackers.bind(1, claim);
    while (attackers.executeStep()) {
      const std::int64_t attacker = attackers.getColumn(0).getInt64();
      if (closure.insert(attacker).second) frontier.push_back(attacker);
    }
  }
  return closure;
}

}  // namespace

Result<GraphSnapshot> Store::SnapshotAround(const std::vector<std::int64_t>& claim_ids) {
  return internal::Guarded(
      impl_->path, "reading the disputes around claims", [&]() -> Result<GraphSnapshot> {
        return internal::InReadTransaction(impl_->db, [&]() -> Result<GraphSnapshot> {
          GraphSnapshot snapshot;
          const std::set<std::int64_t> closure = DisputeClosure(impl_->db, claim_ids);
          // Prepared once for the whole closure (LoadClaim would prepare per claim).
          SQLite::Statement claim_text(impl_->db, "SELECT text FROM claims WHERE id = ?1");
          SQLite::Statement statements(
              impl_->db, std::string(internal::kStatementSelect) +
                             "WHERE s.claim_id = ?1 ORDER BY s.article_id, s.ordinal");
          SQLite::Statement edges(impl_->db, kEdgesIntoClaimSql);
          for (std::int64_t id : closure) {  // ascending; every id is a stored claim
            ClaimRecord claim;
            claim.id = id;
            internal::Rebind(claim_text);
            claim_text.bind(1, id);
            if (claim_text.executeStep()) claim.text = claim_text.getColumn(0).getString();
            internal::Rebind(statements);
            statements.bind(1, id);
            claim.statements = internal::ReadStatementRecords(statements);
            snapshot.claims.push_back(std::move(claim));
            internal::Rebind(edges);
            edges.bind(1, id);
            while (edges.executeStep()) {
              if (closure.count(edges.getColumn(7).getInt64()) == 0) continue;  // a support from outside
              snapshot.edges.push_back(internal::ReadEdgeRecord(edges));
            }
          }
          std::sort(snapshot.edges.begin(), snapshot.edges.end(),
                    [](const EdgeRecord& a, const EdgeRecord& b) { return a.id < b.id; });
          return snapshot;
        });
      });
}

}  // namespace claimgraph::store
