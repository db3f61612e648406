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
// At the end of every run, even one that stored nothing, the stored
// acceptance labels are brought up to date (pipeline/acceptance.h).
//
// Threads: with threads > 1, Analyse (extraction, within-article links, keys)
// runs on a pool of worker threads, a few articles ahead of the calling
// thread, which takes the analyses back in input order and alone retrieves,
// relates and writes them. Article k is therefore related against exactly the
// articles before it, whatever the number of threads, and the database is the
// same as after a single-threaded run.
#ifndef CLAIMGRAPH_PIPELINE_INGEST_H_
#define CLAIMGRAPH_PIPELINE_INGEST_H_

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "common/status.h"
#include "extract/extractor.h"
#include "link/relation.h"
#include "model/article.h"
#include "model/edge.h"
#include "model/statement.h"
#include "store/store.h"
#include "text/article_reader.h"

namespace claimgraph::pipeline {

// What the engine finds in one article, before storage.
struct Analysis {
  std::vector<store::AnalysedStatement> statements;  // extractor order, with claim keys
  // statements[i]'s content normalised in its article, as relating compares it.
  std::vector<link::NormalisedContent> normalised;
  std::vector<Edge> edges;                           // within-article edges
};

// Extracts statements, computes their keys, retrieval terms and normalised
// contents (in the article, and the stored form), and links them within the
// article: all the per-article analysis, so that it runs on the pool and
// the sequential stage analyses no text.
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

// Hands every article (or read error) of a batch, in input order, to the
// two callbacks; text::ReadArticles over a list of paths is one.
using ArticleSource = std::function<void(const std::function<void(Article&&)>& on_article,
                                         const std::function<void(text::ReadError&&)>& on_error)>;

class Ingestor {
 public:
  // Neither pointer is owned; both must outlive the Ingestor. `threads` is
  // the number of threads analysing articles in Ingest (1: all on the
  // calling thread; values below 1 count as 1).
  Ingestor(store::Store* store, const extract::Extractor* extractor, int threads = 1);

  // Ingests every article under each path (files or folders), in order.
  // on_progress, if set, is called after each article with the running totals.
  IngestSummary Ingest(const std::vector<std::filesystem::path>& paths,
                       const std::function<void(const IngestSummary&)>& on_progress = {});

  // The same for articles from any source (files field left 0).
  IngestSummary IngestFrom(const ArticleSource& source,
                           const std::function<void(const IngestSummary&)>& on_progress = {});

  // Analyses and stores one article (skipped if already stored).
  Result<store::AddOutcome> IngestArticle(const Article& article);

  const RetrievalStats& retrieval_stats() const { return retrieval_stats_; }

  // Ingest and IngestFrom commit the articles they store in groups (one
  // transaction per group, see store::Store::BeginWriteBatch): a group ends
  // after `articles` stored articles or once it has been open `seconds`,
  // whichever comes first, and at the end of the input. Other connections
  // see an article when its group commits; a crash loses the open group
  // only. {1, 0} commits every article on its own.
  struct CommitGroup {
    std::size_t articles = 64;
    double seconds = 0.5;
  };
  void set_commit_group(CommitGroup group) { commit_group_ = group; }

 private:
  // Retrieval, relating and the write of an analysed article: the part that
  // must run in input order.
  Result<store::AddOutcome> StoreAnalysed(const Article& article, const std::string& hash,
                                          Analysis& analysis);
  Result<std::vector<link::CrossLink>> LinkToStored(const Article& article, Analysis& analysis);

  store::Store* store_;
  const extract::Extractor* extractor_;
  int threads_;
  CommitGroup commit_group_;

  RetrievalStats retrieval_stats_;
};

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_INGEST_H_
