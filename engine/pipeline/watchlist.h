// Watchlist: claims a user follows. Reading a watchlist file, and linking a
// newly stored article to every tracked claim it takes a stance on.
//
// Relevance comes from the stance classifier's unrelated filter, run for the
// article against each tracked claim: tracked claims are few, so this is
// article x tracked claims, never article x corpus. The body is analysed
// once per article. The stance model (stance::DefaultModelPath()) is loaded
// once per process, on the first article ingested while claims are tracked,
// so ingesting without a watchlist never needs it.
#ifndef CLAIMGRAPH_PIPELINE_WATCHLIST_H_
#define CLAIMGRAPH_PIPELINE_WATCHLIST_H_

#include <cstdint>
#include <filesystem>
#include <vector>

#include "common/status.h"
#include "model/article.h"
#include "store/store.h"

namespace claimgraph::pipeline {

// Reads tracked claims: one claim per non-empty line, or JSONL objects with
// "text" (string, required) and optional "id" (string or number). A line
// starting with '{' is JSON. InvalidArgument naming file and line for a bad
// JSON line or a missing text; IOError if the file cannot be read.
Result<std::vector<store::TrackedClaim>> ReadTrackedClaims(const std::filesystem::path& path);

// Judges the stored article (id `article_id`) against every tracked claim
// and stores a link for each related one (agree, disagree, discuss) with the
// sentences that carry it. Returns the number of links stored. Fails (naming
// the model path) when claims are tracked and the stance model is missing or
// corrupt.
Result<int> LinkToWatchlist(store::Store& store, const Article& article, std::int64_t article_id);

// For the ingest path: after AddArticle, links a newly inserted article to
// the watchlist and passes `added` through; a failed link turns into a
// failed Result whose message says the article itself was stored.
Result<store::AddOutcome> WithWatchlist(store::Store& store, const Article& article,
                                        Result<store::AddOutcome> added);

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_WATCHLIST_H_
