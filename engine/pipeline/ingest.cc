#include "pipeline/ingest.h"

#include <spdlog/spdlog.h>

#include <time.h>

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "link/linker.h"
#include "pipeline/acceptance.h"
#include "pipeline/analysis_pool_internal.h"
#include "pipeline/watchlist.h"
#include "pipeline/write_batcher_internal.h"
#include "text/content_hash.h"

namespace claimgraph::pipeline {

Analysis Analyse(const extract::Extractor& extractor, const Article& article) {
  Analysis analysis;
  std::vector<Statement> statements = extractor.Extract(article);
  analysis.edges = link::LinkWithinArticle(article, statements);
  analysis.statements.reserve(statements.size());
  analysis.normalised.reserve(statements.size());
  for (Statement& statement : statements) {
    link::NormalisedContent mine =
        link::Normalise(article.text, statement.content, statement.polarity, statement.hedged);
    store::AnalysedStatement& s = analysis.statements.emplace_back();
    s.keys = link::ComputeKeys(article.text, statement);
    s.retrieval_text = link::RetrievalTextOf(mine);
    s.normalised = link::EncodeNormalised(link::NormaliseForStorage(article.text, statement, mine));
    s.statement = std::move(statement);
    analysis.normalised.push_back(std::move(mine));
  }
  return analysis;
}

namespace {

// CPU time of this thread: on shared cores, wall time measures the
// neighbours as much as the work.
double CpuNow() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find(' ', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) words.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return words;
}

// Statements of one article with the same claim key assert the same thing:
// when one of them restates an earlier claim, all of them join it.
void SpreadJoins(Analysis& analysis) {
  std::map<std::string, std::int64_t> join_of_key;
  for (const auto& s : analysis.statements) {
    if (s.join_claim != 0 && !s.keys.claim.empty()) join_of_key.emplace(s.keys.claim, s.join_claim);
  }
  for (auto& s : analysis.statements) {
    auto it = join_of_key.find(s.keys.claim);
    if (s.join_claim == 0 && it != join_of_key.end()) s.join_claim = it->second;
  }
}

}  // namespace

// Cross-article links of every new statement against the earlier statements
// the store retrieves for it (same proposition key, or best full-text matches
// of its rarest terms). Each retrieval is a few index probes, so the cost per
// article stays nearly flat as the corpus grows.
Result<std::vector<link::CrossLink>> Ingestor::LinkToStored(const Article& article,
                                                            Analysis& analysis) {
  // Retrieval of all the article's statements first, in one read
  // transaction: none of them is stored yet, so relating one never changes
  // what another retrieves.
  std::vector<store::Store::CandidateQuery> queries(analysis.statements.size());
  for (std::size_t i = 0; i < analysis.statements.size(); ++i) {
    const store::AnalysedStatement& analysed = analysis.statements[i];
    if (analysed.retrieval_text.empty() && analysed.keys.proposition.empty()) continue;
    // The outlets' own voice is matched on the exact proposition only: it is
    // half of all statements, and its full-text matches are mostly other
    // outlets' narrative, which is never linked.
    const bool narrative = analysed.statement.kind == StatementKind::kNarrative;
    if (!narrative) queries[i].terms = Words(analysed.retrieval_text);
    queries[i].proposition_key = analysed.keys.proposition;
    ++retrieval_stats_.statements;
  }
  const double started = CpuNow();
  auto retrieved = store_->RetrieveCandidatesForAll(queries);
  retrieval_stats_.seconds += CpuNow() - started;
  if (!retrieved.ok()) return retrieved.status();

  std::vector<link::CrossLink> links;
  for (std::size_t i = 0; i < analysis.statements.size(); ++i) {
    const std::vector<link::Candidate>& candidates = retrieved.value()[i];
    retrieval_stats_.candidates += candidates.size();
    if (candidates.empty()) continue;
    const double relating = CpuNow();
    auto found = link::RelateNormalised(article.text, analysis.statements[i].statement, i,
                                        analysis.normalised[i], candidates);
    retrieval_stats_.relate_seconds += CpuNow() - relating;
    analysis.statements[i].join_claim = found.join_claim;
    links.insert(links.end(), std::make_move_iterator(found.links.begin()),
                 std::make_move_iterator(found.links.end()));
  }
  SpreadJoins(analysis);
  return links;
}

Ingestor::Ingestor(store::Store* store, const extract::Extractor* extractor, int threads)
    : store_(store), extractor_(extractor), threads_(threads < 1 ? 1 : threads) {}

Result<store::AddOutcome> Ingestor::StoreAnalysed(const Article& article, const std::string& hash,
                                                  Analysis& analysis) {
  auto links = LinkToStored(article, analysis);
  if (!links.ok()) return links.status();
  return WithWatchlist(*store_, article, store_->AddArticle(article, hash, analysis.statements,
                                                           analysis.edges, links.value()));
}

Result<store::AddOutcome> Ingestor::IngestArticle(const Article& article) {
  const std::string hash = text::ContentHash(article.text);
  std::int64_t existing_id = 0;
  auto present = store_->HasArticle(hash, &existing_id);
  if (!present.ok()) return present.status();
  if (present.value()) {
    store::AddOutcome outcome;
    outcome.article_id = existing_id;
    return outcome;
  }
  Analysis analysis = Analyse(*extractor_, article);
  return StoreAnalysed(article, hash, analysis);
}

namespace {

// An article read but not yet stored, in input order.
struct Pending {
  Article article;
  std::string hash;
  std::int64_t stored_id = 0;  // non-zero: already stored before it was read, not analysed
  std::optional<text::ReadError> read_error;  // set: an input rejected by the reader, no article
};

}  // namespace

IngestSummary Ingestor::IngestFrom(const ArticleSource& source,
                                   const std::function<void(const IngestSummary&)>& on_progress) {
  IngestSummary summary;
  auto on_error = [&](text::ReadError&& error) {
    spdlog::debug("rejected {}: {}", error.origin, error.message);
    ++summary.rejected;
    summary.errors.push_back(std::move(error));
  };
  // Declared before `pending` and `pool`: an early exit abandons the open
  // batch only after the workers are joined.
  internal::WriteBatcher batcher(*store_, summary, commit_group_);
  auto count = [&](const Pending& p, const Result<store::AddOutcome>& outcome) {
    if (!outcome.ok()) {
      on_error({p.article.origin, outcome.status().ToString()});
    } else if (outcome->inserted) {
      ++summary.added;
      summary.statements += outcome->statement_ids.size();
      summary.edges += static_cast<std::size_t>(outcome->edges);
      batcher.Stored(p.article.origin, outcome->statement_ids.size(),
                     static_cast<std::size_t>(outcome->edges));
      spdlog::debug("stored {} ({} statements)", p.article.origin, outcome->statement_ids.size());
    } else {
      ++summary.already_present;
      spdlog::debug("already stored: {}", p.article.origin);
    }
    if (on_progress) on_progress(summary);
  };

  // The analysis pool runs ahead of the sequential stage by at most `window`
  // articles, which bounds the memory held in flight.
  // `pending` outlives `pool`: on an early exit the workers are joined before
  // the articles they may still be reading are destroyed.
  std::deque<Pending> pending;  // deque: elements keep their address while the pool reads them
  std::unique_ptr<internal::AnalysisPool> pool;
  if (threads_ > 1) pool = std::make_unique<internal::AnalysisPool>(*extractor_, threads_);
  const std::size_t window = 4 * static_cast<std::size_t>(threads_);

  // The sequential stage, oldest article first. An article already stored
  // when it was read skips analysis; one stored since (a duplicate within the
  // batch) is caught by the second hash check, as in a serial run.
  auto store_oldest = [&]() {
    Pending& p = pending.front();
    if (p.read_error) {  // reported in input order, as in a serial run
      on_error(std::move(*p.read_error));
      pending.pop_front();
      return;
    }
    Result<store::AddOutcome> outcome = store::AddOutcome{};
    std::optional<Result<Analysis>> analysis;
    if (pool && p.stored_id == 0) analysis = pool->TakeNext();  // every submitted one is taken
    std::int64_t existing_id = p.stored_id;
    auto present = p.stored_id != 0 ? Result<bool>(true) : store_->HasArticle(p.hash, &existing_id);
    if (!present.ok()) {
      outcome = present.status();
    } else if (present.value()) {
      outcome->article_id = existing_id;
    } else {
      if (!analysis) analysis = Analyse(*extractor_, p.article);
      if (Status opened = batcher.Open(); !opened.ok()) {
        spdlog::warn("storing without a write batch: {}", opened.ToString());
      }
      outcome = analysis->ok() ? StoreAnalysed(p.article, p.hash, analysis->value())
                               : Result<store::AddOutcome>(analysis->status());
    }
    count(p, outcome);
    batcher.MaybeCommit();
    pending.pop_front();
  };

  auto on_article = [&](Article&& article) {
    ++summary.read;
    summary.bytes += article.text.size();
    Pending& p = pending.emplace_back();
    p.article = std::move(article);
    p.hash = text::ContentHash(p.article.text);
    auto present = store_->HasArticle(p.hash, &p.stored_id);
    if (!present.ok() || !present.value()) p.stored_id = 0;
    if (pool && p.stored_id == 0) pool->Submit(&p.article);
    while (pending.size() > (pool ? window : 0)) store_oldest();
  };
  auto on_read_error = [&](text::ReadError&& error) {
    if (pending.empty()) return on_error(std::move(error));
    pending.emplace_back().read_error = std::move(error);
  };
  source(on_article, on_read_error);
  while (!pending.empty()) store_oldest();
  batcher.Commit();
  // After the last commit, and also when nothing new was stored: a run killed
  // before this point left its claims marked dirty, and this repairs them.
  if (auto relabelled = RelabelAcceptance(*store_); !relabelled.ok()) {
    spdlog::warn("acceptance labels not updated (queries compute them until the next ingest): {}",
                 relabelled.status().ToString());
  }
  return summary;
}

IngestSummary Ingestor::Ingest(const std::vector<std::filesystem::path>& paths,
                               const std::function<void(const IngestSummary&)>& on_progress) {
  std::size_t files = 0;
  auto source = [&](const std::function<void(Article&&)>& on_article,
                    const std::function<void(text::ReadError&&)>& on_error) {
    for (const auto& path : paths) files += text::ReadArticles(path, on_article, on_error).files;
  };
  IngestSummary summary = IngestFrom(source, on_progress);
  summary.files = files;
  return summary;
}

}  // namespace claimgraph::pipeline
