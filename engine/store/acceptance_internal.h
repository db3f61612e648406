// Reads shared by Store::DisputeGraphAround (snapshot_around.cc) and the
// stored-acceptance functions (acceptance_store.cc). Internal to store/.
//
// Both run inside a transaction the caller holds, and throw
// SQLite::Exception on failure (the caller's Guarded turns it into a Status).
#ifndef CLAIMGRAPH_STORE_ACCEPTANCE_INTERNAL_H_
#define CLAIMGRAPH_STORE_ACCEPTANCE_INTERNAL_H_

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <set>
#include <vector>

#include "model/records.h"

namespace claimgraph::store::internal {

// The stored claims of `seeds` and every claim reached from them by
// repeating `step_sql`, a query binding one claim id to ?1 and selecting
// the claim ids one step away (its attackers, or the claims it disputes).
std::set<std::int64_t> ClaimClosure(SQLite::Database& db, const std::vector<std::int64_t>& seeds,
                                    const char* step_sql);

// Store::DisputeGraphAround's result, read on `db` without opening a
// transaction: the stored claims of `claim_ids`, their attackers
// transitively, and the edges between them, each claim carrying only the
// statements at an end of one of those edges (id and claim_id set). With
// `disputes_only` the 'supports' edges are left out: the grounded labels are
// the same, and a claim restated thousands of times brings thousands of
// supports.
GraphSnapshot ReadDisputeGraph(SQLite::Database& db, const std::vector<std::int64_t>& claim_ids,
                               bool disputes_only);

}  // namespace claimgraph::store::internal

#endif  // CLAIMGRAPH_STORE_ACCEPTANCE_INTERNAL_H_
