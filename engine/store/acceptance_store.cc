// Store::ReadAcceptance and Store::Relabel: the stored acceptance labels of
// schema/0007_claim_acceptance.sql.
//
// Invariant kept with the article writer: a claim whose stored label (or
// its absence, meaning accepted) may differ from its grounded acceptance
// over the whole graph has a row in acceptance_dirty, or some claim that
// reaches it through 'disputes' edges has one. The writer marks the target
// claims of new 'disputes' edges in the article's transaction; Relabel
// clears the marks only in the transaction that stores the labels of every
// claim they reach. So labels are read only while no mark is left.
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "store/acceptance_internal.h"
#include "store/store.h"
#include "store/store_impl_internal.h"

namespace claimgraph::store {
namespace {

// Claims with a statement that one of claim ?1's statements disputes
// (through the edges (from_statement, ...) unique index).
constexpr char kDisputedBySql[] =
    "SELECT DISTINCT t.claim_id FROM statements AS f"
    " JOIN edges AS e ON e.from_statement = f.id AND e.relation = 'disputes'"
    " JOIN statements AS t ON t.id = e.to_statement"
    " WHERE f.claim_id = ?1";

// The stored claims of `seeds` and every claim they dispute, transitively:
// the claims whose attackers include, directly or not, a seed.
std::set<std::int64_t> ForwardDisputeClosure(SQLite::Database& db,
                                             const std::vector<std::int64_t>& seeds) {
  return internal::ClaimClosure(db, seeds, kDisputedBySql);
}

std::vector<std::int64_t> DirtyClaims(SQLite::Database& db) {
  SQLite::Statement query(db, "SELECT claim_id FROM acceptance_dirty");
  std::vector<std::int64_t> ids;
  while (query.executeStep()) ids.push_back(query.getColumn(0).getInt64());
  return ids;
}

}  // namespace

Result<Store::AcceptanceRead> Store::ReadAcceptance(const std::vector<std::int64_t>& claim_ids) {
  return internal::Guarded(
      impl_->path, "reading acceptance labels", [&]() -> Result<AcceptanceRead> {
        return internal::InReadTransaction(impl_->db, [&]() -> Result<AcceptanceRead> {
          SQLite::Database& db = impl_->db;
          AcceptanceRead out;
          SQLite::Statement dirty(db, "SELECT 1 FROM acceptance_dirty LIMIT 1");
          out.current = !dirty.executeStep();
          if (!out.current) {
            out.dispute_graph = internal::ReadDisputeGraph(db, claim_ids, /*disputes_only=*/true);
            return out;
          }
          SQLite::Statement label(db,
                                  "SELECT a.label FROM claims AS c"
                                  " LEFT JOIN claim_acceptance AS a ON a.claim_id = c.id"
                                  " WHERE c.id = ?1");
          for (std::int64_t id : claim_ids) {
            internal::Rebind(label);
            label.bind(1, id);
            if (!label.executeStep()) continue;  // no such claim
            out.labels[id] =
                label.getColumn(0).isNull() ? "accepted" : label.getColumn(0).getString();
          }
          return out;
        });
      });
}

Result<Store::RelabelOutcome> Store::Relabel(const Labeller& label) {
  return internal::Guarded(
      impl_->path, "relabelling claim acceptance", [&]() -> Result<RelabelOutcome> {
        SQLite::Database& db = impl_->db;
        // Held from the read of the marks to their deletion: a concurrent
        // writer's marks and labels can neither be lost nor overwritten.
        internal::WriteScope transaction(db);
        RelabelOutcome out;
        const std::vector<std::int64_t> dirty = DirtyClaims(db);
        out.dirty = static_cast<std::int64_t>(dirty.size());
        if (dirty.empty()) return out;  // the scope ends an empty transaction
        const std::set<std::int64_t> reached = ForwardDisputeClosure(db, dirty);
        const GraphSnapshot graph = internal::ReadDisputeGraph(
            db, std::vector<std::int64_t>(reached.begin(), reached.end()), /*disputes_only=*/true);
        out.graph_claims = static_cast<std::int64_t>(graph.claims.size());
        out.graph_edges = static_cast<std::int64_t>(graph.edges.size());
        const std::unordered_map<std::int64_t, std::string> labels = label(graph);
        SQLite::Statement upsert(db,
                                 "INSERT OR REPLACE INTO claim_acceptance (claim_id, label)"
                                 " VALUES (?1, ?2)");
        for (std::int64_t id : reached) {
          auto found = labels.find(id);
          if (found == labels.end()) {
            return Status::InvalidArgument("relabelling claim acceptance: no label for claim #" +
                                           std::to_string(id));
          }
          internal::Rebind(upsert);
          upsert.bind(1, id);
          upsert.bind(2, found->second);
          upsert.exec();
        }
        // Every mark was read above under the write lock, so this deletes
        // exactly those.
        db.exec("DELETE FROM acceptance_dirty");
        transaction.Commit();
        out.relabelled = static_cast<std::int64_t>(reached.size());
        return out;
      });
}

}  // namespace claimgraph::store
