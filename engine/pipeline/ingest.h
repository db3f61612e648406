// Ingest: the engine's main job, text -> extract -> link -> store, for a
// batch of article files.
//
// For each article read: skip it if its content hash is already stored;
// otherwise extract its statements, draw the within-article edges, compute
// claim keys and retrieval terms, retrieve earlier statements that may share
// a proposition through the store's indexes (proposition key and full-text
// retrieval, never a scan), label each pair (restatement: join its claim and
// support it; contradiction: dispute it), and store it all in one
// transaction. A rejected input (unreadable, malformed, invalid UTF-8) or a
// failed write is reported in the summary and the batch goes on; re-running
// the same batch stores nothing new.
#ifndef CLAIMGRAPH_PIPELINE_INGEST_H_
#define CLAIMGRAPH_PIPELINE_INGEST_H_

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "common/status.h"
#include "extract/extractor.h"
#include "model/article.h"
#include "model/edge.h"
#include "model/statement.h"
#include "store/store.h"
#include "text/article_reader.h"

namespace claimgraph::pipeline {

// What the engine finds in one article, before storage.
struct Analysis {
  std::vector<store::AnalysedStatement> statements;  // extractor order, with claim keys
  std::vector<Edge> edges;                           // within-article edges
};

// Extracts statements, computes their keys and links them within the article.
Analysis Analyse(const extract::Extractor& extractor, const Article& article);

struct IngestSummary {
  std::size_t files = 0;
  std::size_t read = 0;             // articles read successfully
  std::size_t added = 0;            // articles newly stored
  std::size_t already_present = 0;  // articles whose content hash was stored before
  std::size_t rejected = 0;         // inputs rejected (see errors)
  std::size_t statements = 0;       // statements stored
  std::size_t edges = 0;            // edges stored (within and across articles)
  std::size_t bytes = 0;            // article text bytes read
  std::vector<text::ReadError> errors;
};

// Time and volume of candidate retrieval, for benchmarks.
struct RetrievalStats {
  std::size_t statements = 0;  // statements that queried the indexes
  std::size_t candidates = 0;  // candidates returned
  double seconds = 0;          // CPU time inside the store's retrieval
  double relate_seconds = 0;   // CPU time labelling the pairs
};

class Ingestor {
 public:
  // Neither pointer is owned; both must outlive the Ingestor.
  Ingestor(store::Store* store, const extract::Extractor* extractor);

  // Ingests every article under each path (files or folders), in order.
  // on_progress, if set, is called after each article with the running totals.
  IngestSummary Ingest(const std::vector<std::filesystem::path>& paths,
                       const std::function<void(const IngestSummary&)>& on_progress = {});

  // Analyses and stores one article (skipped if already stored).
  Result<store::AddOutcome> IngestArticle(const Article& article);

  const RetrievalStats& retrieval_stats() const { return retrieval_stats_; }

 private:
  store::Store* store_;
  const extract::Extractor* extractor_;
  Result<std::vector<link::CrossLink>> LinkToStored(const Article& article, Analysis& analysis);

  RetrievalStats retrieval_stats_;
};

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_INGEST_H_
