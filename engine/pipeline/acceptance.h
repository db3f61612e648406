// Acceptance: each claim's grounded acceptance (graph::GroundedExtension,
// claims as arguments, disputes as attacks), kept in the store so the query
// commands read it instead of recomputing it.
//
// RelabelAcceptance runs at the end of every ingest (Ingestor::IngestFrom),
// even one that stored nothing new, so a run killed before it is repaired
// by the next: it relabels, in one write transaction, exactly the claims
// whose label may have changed (Store::Relabel: the claims that received a
// dispute since the last relabel and every claim they dispute,
// transitively), each exactly, over the dispute graph that decides it.
//
// AcceptanceOf is what every reader uses. It returns the labels the whole
// graph's grounded extension gives: the stored ones while they are current
// (a few indexed lookups), else, when a write is in flight or was killed
// before its relabel, the grounded extension over the backward dispute
// closure of the claims (Store::DisputeGraphAround), as exact but slower.
#ifndef CLAIMGRAPH_PIPELINE_ACCEPTANCE_H_
#define CLAIMGRAPH_PIPELINE_ACCEPTANCE_H_

#include <cstdint>
#include <vector>

#include "common/status.h"
#include "graph/analysis.h"
#include "store/store.h"

namespace claimgraph::pipeline {

// The acceptance of each stored claim of `claim_ids` (unknown ids left out;
// when the stored labels are not current, also of the claims that dispute
// them, transitively).
Result<graph::AcceptanceMap> AcceptanceOf(store::Store& store,
                                          const std::vector<std::int64_t>& claim_ids);

// Brings the stored labels up to date (see above) and logs what it did and
// how long it took.
Result<store::Store::RelabelOutcome> RelabelAcceptance(store::Store& store);

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_ACCEPTANCE_H_
