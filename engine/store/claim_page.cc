// Store::ClaimPage: one claim as `show` prints it, bounded, so the cost
// follows the page and not how often the claim was restated (a claim can
// hold thousands of statements and tens of thousands of edges).
//
// The edges are chosen from their ids alone, read through covering indexes
// (the edges (from_statement, to_statement, relation) unique index,
// edges_to_statement and edges_disputes_to); only the listed edges and the
// statements at their ends are read in full.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "store/row_mapping_internal.h"
#include "store/store.h"
#include "store/store_impl_internal.h"

namespace claimgraph::store {
namespace {

// Ids of the edges touching one of claim ?1's statements, disputes apart.
struct EdgeIds {
  std::set<std::int64_t> disputes, supports;
};

EdgeIds EdgeIdsOfClaim(SQLite::Database& db, std::int64_t claim_id) {
  SQLite::Statement out(db,
                        "SELECT e.id, e.relation = 'disputes' FROM statements AS s"
                        " JOIN edges AS e ON e.from_statement = s.id WHERE s.claim_id = ?1");
  SQLite::Statement in(db,
                       "SELECT e.id FROM statements AS s"
                       " JOIN edges AS e ON e.to_statement = s.id WHERE s.claim_id = ?1");
  SQLite::Statement in_disputes(
      db,
      "SELECT e.id FROM statements AS s JOIN edges AS e"
      " ON e.to_statement = s.id AND e.relation = 'disputes' WHERE s.claim_id = ?1");
  EdgeIds ids;
  out.bind(1, claim_id);
  while (out.executeStep()) {
    (out.getColumn(1).getInt() != 0 ? ids.disputes : ids.supports)
        .insert(out.getColumn(0).getInt64());
  }
  in_disputes.bind(1, claim_id);
  while (in_disputes.executeStep()) ids.disputes.insert(in_disputes.getColumn(0).getInt64());
  in.bind(1, claim_id);
  while (in.executeStep()) {
    const std::int64_t id = in.getColumn(0).getInt64();
    if (ids.disputes.count(id) == 0) ids.supports.insert(id);
  }
  return ids;
}

// Disputes first, then supports, each by id; at most `max_edges` (<= 0: all).
std::vector<std::int64_t> ChooseEdges(const EdgeIds& ids, int max_edges) {
  std::vector<std::int64_t> chosen;
  for (const std::set<std::int64_t>* group : {&ids.disputes, &ids.supports}) {
    for (std::int64_t id : *group) {
      if (max_edges > 0 && chosen.size() >= static_cast<std::size_t>(max_edges)) return chosen;
      chosen.push_back(id);
    }
  }
  return chosen;
}

}  // namespace

Result<Store::ClaimPage> Store::ClaimPageOf(std::int64_t claim_id, int max_statements,
                                            int max_edges) {
  return internal::Guarded(impl_->path, "reading a claim", [&]() -> Result<ClaimPage> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<ClaimPage> {
      SQLite::Database& db = impl_->db;
      ClaimPage page;
      int statement_count = 0;
      std::optional<ClaimRecord> claim =
          impl_->LoadClaimHead(claim_id, max_statements, &statement_count);
      if (!claim) return Status::NotFound("no claim #" + std::to_string(claim_id));
      page.claim = std::move(*claim);
      page.statement_count = statement_count;
      const EdgeIds ids = EdgeIdsOfClaim(db, claim_id);
      page.edge_count = static_cast<std::int64_t>(ids.disputes.size() + ids.supports.size());
      SQLite::Statement edge(db,
                             "SELECT id, from_statement, to_statement, relation, rule, reason,"
                             " score FROM edges WHERE id = ?1");
      for (std::int64_t id : ChooseEdges(ids, max_edges)) {
        internal::Rebind(edge);
        edge.bind(1, id);
        if (edge.executeStep()) page.edges.push_back(internal::ReadEdgeRecord(edge));
      }
      // The statements at the ends of the listed edges that are not read
      // yet: the claim's own go with its statements, the others to related.
      std::set<std::int64_t> have;
      for (const StatementRecord& s : page.claim.statements) have.insert(s.id);
      std::set<std::int64_t> ends;
      for (const EdgeRecord& e : page.edges) {
        for (std::int64_t id : {e.from_statement, e.to_statement}) {
          if (have.count(id) == 0) ends.insert(id);
        }
      }
      bool added_own = false;
      for (std::int64_t id : ends) {  // ascending: related comes out by id
        std::optional<StatementRecord> s = impl_->LoadStatement(id);
        if (!s) continue;
        if (s->claim_id == claim_id) {
          page.claim.statements.push_back(std::move(*s));
          added_own = true;
        } else {
          page.related.push_back(std::move(*s));
        }
      }
      if (added_own) {
        // Article order: statement ids grow with the ordinal within an article.
        std::sort(page.claim.statements.begin(), page.claim.statements.end(),
                  [](const StatementRecord& a, const StatementRecord& b) {
                    return a.article_id != b.article_id ? a.article_id < b.article_id : a.id < b.id;
                  });
      }
      return page;
    });
  });
}

}  // namespace claimgraph::store
