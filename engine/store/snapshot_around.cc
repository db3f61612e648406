// Store::SnapshotAround, SnapshotOf and ClaimsNear: bounded parts of the
// claim graph (the backward dispute closure of some claims, a given set of
// claims, the neighbourhood of some claims), read breadth-first through
// indexed lookups (statements_claim, edges_disputes_to, edges_to_statement,
// the edges (from_statement, ...) unique index), never a scan of the claims,
// statements or edges.
//
// Invariant of the result: every 'disputes' edge into a statement of a
// claim in the closure comes from a claim in the closure, so each claim's
// attackers in the snapshot are its attackers in the whole graph.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/acceptance_internal.h"
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

// kEdgesIntoClaimSql restricted to 'disputes' edges (edges_disputes_to):
// all that acceptance needs, without the support edges of a claim restated
// thousands of times.
constexpr char kDisputesIntoClaimSql[] =
    "SELECT e.id, e.from_statement, e.to_statement, e.relation, e.rule, e.reason, e.score,"
    " f.claim_id FROM statements AS t"
    " JOIN edges AS e ON e.to_statement = t.id AND e.relation = 'disputes'"
    " JOIN statements AS f ON f.id = e.from_statement"
    " WHERE t.claim_id = ?1";

}  // namespace

namespace internal {

std::set<std::int64_t> ClaimClosure(SQLite::Database& db, const std::vector<std::int64_t>& seeds,
                                    const char* step_sql) {
  SQLite::Statement exists(db, "SELECT 1 FROM claims WHERE id = ?1");
  SQLite::Statement step(db, step_sql);
  std::set<std::int64_t> closure;
  std::deque<std::int64_t> frontier;
  for (std::int64_t id : seeds) {
    internal::Rebind(exists);
    exists.bind(1, id);
    if (exists.executeStep() && closure.insert(id).second) frontier.push_back(id);
  }
  while (!frontier.empty()) {
    const std::int64_t claim = frontier.front();
    frontier.pop_front();
    internal::Rebind(step);
    step.bind(1, claim);
    while (step.executeStep()) {
      const std::int64_t next = step.getColumn(0).getInt64();
      if (closure.insert(next).second) frontier.push_back(next);
    }
  }
  return closure;
}

}  // namespace internal

namespace {

// The closure: the given claims that exist, and their attackers,
// transitively.
std::set<std::int64_t> DisputeClosure(SQLite::Database& db,
                                      const std::vector<std::int64_t>& claim_ids) {
  return internal::ClaimClosure(db, claim_ids, kAttackersSql);
}

// Every claim reached from `claim` by one claim-level edge in the
// direction of `sql` (kOutNeighboursSql or kInNeighboursSql), ascending.
constexpr char kOutNeighboursSql[] =
    "SELECT DISTINCT t.claim_id FROM statements AS f"
    " JOIN edges AS e ON e.from_statement = f.id"
    " JOIN statements AS t ON t.id = e.to_statement"
    " WHERE f.claim_id = ?1 AND t.claim_id <> ?1 ORDER BY 1";
constexpr char kInNeighboursSql[] =
    "SELECT DISTINCT f.claim_id FROM statements AS t"
    " JOIN edges AS e ON e.to_statement = t.id"
    " JOIN statements AS f ON f.id = e.from_statement"
    " WHERE t.claim_id = ?1 AND f.claim_id <> ?1 ORDER BY 1";

// The neighbours of `claim` over the chosen directions, ascending, once each.
std::vector<std::int64_t> NeighboursOf(SQLite::Statement* out, SQLite::Statement* in,
                                       std::int64_t claim) {
  std::set<std::int64_t> found;
  for (SQLite::Statement* query : {out, in}) {
    if (query == nullptr) continue;
    internal::Rebind(*query);
    query->bind(1, claim);
    while (query->executeStep()) found.insert(query->getColumn(0).getInt64());
  }
  return {found.begin(), found.end()};
}

// Reads the claims of `ids` (each a stored claim) with their statements and
// the edges between them. Invariant: an edge is kept iff both of its
// statements belong to claims of `ids`; it is read once, from the claim of
// its to-statement. Without `all_statements` a claim carries only the
// statements at an end of a kept edge, with id and claim_id set.
GraphSnapshot LoadSnapshot(SQLite::Database& db, const std::set<std::int64_t>& ids,
                           bool all_statements = true) {
  GraphSnapshot snapshot;
  // Prepared once for the whole set (LoadClaim would prepare per claim).
  SQLite::Statement claim_text(db, "SELECT text FROM claims WHERE id = ?1");
  SQLite::Statement statements(db, std::string(internal::kStatementSelect) +
                                       "WHERE s.claim_id = ?1 ORDER BY s.article_id, s.ordinal");
  SQLite::Statement edges(db, kEdgesIntoClaimSql);
  std::map<std::int64_t, std::set<std::int64_t>> ends;  // statements at kept edges' ends, by claim
  for (std::int64_t id : ids) {  // ascending
    ClaimRecord claim;
    claim.id = id;
    internal::Rebind(claim_text);
    claim_text.bind(1, id);
    if (claim_text.executeStep()) claim.text = claim_text.getColumn(0).getString();
    if (all_statements) {
      internal::Rebind(statements);
      statements.bind(1, id);
      claim.statements = internal::ReadStatementRecords(statements);
    }
    snapshot.claims.push_back(std::move(claim));
    internal::Rebind(edges);
    edges.bind(1, id);
    while (edges.executeStep()) {
      const std::int64_t from_claim = edges.getColumn(7).getInt64();
      if (ids.count(from_claim) == 0) continue;  // from outside the set
      EdgeRecord edge = internal::ReadEdgeRecord(edges);
      if (!all_statements) {
        ends[from_claim].insert(edge.from_statement);
        ends[id].insert(edge.to_statement);
      }
      snapshot.edges.push_back(std::move(edge));
    }
  }
  if (!all_statements) {
    for (ClaimRecord& claim : snapshot.claims) {
      for (std::int64_t statement : ends[claim.id]) {
        StatementRecord stub;
        stub.id = statement;
        stub.claim_id = claim.id;
        claim.statements.push_back(std::move(stub));
      }
    }
  }
  std::sort(snapshot.edges.begin(), snapshot.edges.end(),
            [](const EdgeRecord& a, const EdgeRecord& b) { return a.id < b.id; });
  return snapshot;
}

// The stored claims among `claim_ids`, in the given order, once each.
std::vector<std::int64_t> StoredClaims(SQLite::Database& db,
                                       const std::vector<std::int64_t>& claim_ids) {
  SQLite::Statement exists(db, "SELECT 1 FROM claims WHERE id = ?1");
  std::set<std::int64_t> seen;
  std::vector<std::int64_t> out;
  for (std::int64_t id : claim_ids) {
    internal::Rebind(exists);
    exists.bind(1, id);
    if (exists.executeStep() && seen.insert(id).second) out.push_back(id);
  }
  return out;
}

}  // namespace

namespace internal {

GraphSnapshot ReadDisputeGraph(SQLite::Database& db, const std::vector<std::int64_t>& claim_ids,
                               bool disputes_only) {
  const std::set<std::int64_t> closure = DisputeClosure(db, claim_ids);
  // Statement ids at the ends of kept edges, by claim: all the graph stage
  // needs to turn statement edges into claim edges.
  std::map<std::int64_t, std::set<std::int64_t>> ends;
  GraphSnapshot snapshot;
  SQLite::Statement edges(db, disputes_only ? kDisputesIntoClaimSql : kEdgesIntoClaimSql);
  for (std::int64_t id : closure) {
    ends[id];
    Rebind(edges);
    edges.bind(1, id);
    while (edges.executeStep()) {
      const std::int64_t from_claim = edges.getColumn(7).getInt64();
      if (closure.count(from_claim) == 0) continue;  // a support from outside
      EdgeRecord edge = ReadEdgeRecord(edges);
      ends[from_claim].insert(edge.from_statement);
      ends[id].insert(edge.to_statement);
      snapshot.edges.push_back(std::move(edge));
    }
  }
  for (const auto& [id, statements] : ends) {  // ascending
    ClaimRecord claim;
    claim.id = id;
    for (std::int64_t statement : statements) {
      StatementRecord stub;
      stub.id = statement;
      stub.claim_id = id;
      claim.statements.push_back(std::move(stub));
    }
    snapshot.claims.push_back(std::move(claim));
  }
  std::sort(snapshot.edges.begin(), snapshot.edges.end(),
            [](const EdgeRecord& a, const EdgeRecord& b) { return a.id < b.id; });
  return snapshot;
}

}  // namespace internal

Result<GraphSnapshot> Store::SnapshotAround(const std::vector<std::int64_t>& claim_ids) {
  return internal::Guarded(
      impl_->path, "reading the disputes around claims", [&]() -> Result<GraphSnapshot> {
        return internal::InReadTransaction(impl_->db, [&]() -> Result<GraphSnapshot> {
          return LoadSnapshot(impl_->db, DisputeClosure(impl_->db, claim_ids));
        });
      });
}

Result<GraphSnapshot> Store::DisputeGraphAround(const std::vector<std::int64_t>& claim_ids) {
  return internal::Guarded(
      impl_->path, "reading the disputes around claims", [&]() -> Result<GraphSnapshot> {
        return internal::InReadTransaction(impl_->db, [&]() -> Result<GraphSnapshot> {
          return internal::ReadDisputeGraph(impl_->db, claim_ids, /*disputes_only=*/false);
        });
      });
}

Result<GraphSnapshot> Store::SnapshotOf(const std::vector<std::int64_t>& claim_ids) {
  return internal::Guarded(impl_->path, "reading claims", [&]() -> Result<GraphSnapshot> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<GraphSnapshot> {
      std::vector<std::int64_t> stored = StoredClaims(impl_->db, claim_ids);
      return LoadSnapshot(impl_->db, std::set<std::int64_t>(stored.begin(), stored.end()));
    });
  });
}

Result<GraphSnapshot> Store::LinkGraphOf(const std::vector<std::int64_t>& claim_ids) {
  return internal::Guarded(impl_->path, "reading claims", [&]() -> Result<GraphSnapshot> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<GraphSnapshot> {
      std::vector<std::int64_t> stored = StoredClaims(impl_->db, claim_ids);
      return LoadSnapshot(impl_->db, std::set<std::int64_t>(stored.begin(), stored.end()),
                          /*all_statements=*/false);
    });
  });
}

Result<Store::Neighbourhood> Store::ClaimsNear(const std::vector<std::int64_t>& claim_ids,
                                               int max_depth, bool follow_out, bool follow_in,
                                               int max_claims) {
  return internal::Guarded(
      impl_->path, "reading the claims around claims", [&]() -> Result<Neighbourhood> {
        return internal::InReadTransaction(impl_->db, [&]() -> Result<Neighbourhood> {
          Neighbourhood out;
          const auto full = [&] {
            return max_claims > 0 && out.claim_ids.size() >= static_cast<std::size_t>(max_claims);
          };
          std::set<std::int64_t> seen;
          for (std::int64_t id : StoredClaims(impl_->db, claim_ids)) {
            if (full()) {
              out.truncated = true;
              return out;
            }
            seen.insert(id);
            out.claim_ids.push_back(id);
          }
          std::optional<SQLite::Statement> out_query, in_query;
          if (follow_out) out_query.emplace(impl_->db, kOutNeighboursSql);
          if (follow_in) in_query.emplace(impl_->db, kInNeighboursSql);
          // out.claim_ids doubles as the BFS queue: [level_begin, level_end) is
          // the current depth.
          std::size_t level_begin = 0;
          for (int depth = 0; max_depth < 0 || depth < max_depth; ++depth) {
            const std::size_t level_end = out.claim_ids.size();
            if (level_begin == level_end) break;
            for (std::size_t i = level_begin; i < level_end; ++i) {
              for (std::int64_t next :
                   NeighboursOf(out_query ? &*out_query : nullptr,
                                in_query ? &*in_query : nullptr, out.claim_ids[i])) {
                if (seen.count(next) != 0) continue;
                if (full()) {
                  out.truncated = true;
                  return out;
                }
                seen.insert(next);
                out.claim_ids.push_back(next);
              }
            }
            level_begin = level_end;
          }
          return out;
        });
      });
}

}  // namespace claimgraph::store
