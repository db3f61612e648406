#include "pipeline/ingest.h"

#include <spdlog/spdlog.h>

#include <time.h>

#include <map>
#include <string>
#include <utility>

#include "link/linker.h"
#include "pipeline/watchlist.h"
#include "text/content_hash.h"

namespace claimgraph::pipeline {

Analysis Analyse(const extract::Extractor& extractor, const Article& article) {
  Analysis analysis;
  std::vector<Statement> statements = extractor.Extract(article);
  analysis.edges = link::LinkWithinArticle(article, statements);
  analysis.statements.reserve(statements.size());
  for (Statement& statement : statements) {
    link::StatementKeys keys = link::ComputeKeys(article.text, statement);
    std::string retrieval = link::RetrievalText(article.text, statement);
    analysis.statements.push_back({std::move(statement), std::move(keys), std::move(retrieval)});
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
  std::vector<Statement> statements;
  statements.reserve(analysis.statements.size());
  for (const auto& s : analysis.statements) statements.push_back(s.statement);

  std::vector<link::CrossLink> links;
  for (std::size_t i = 0; i < analysis.statements.size(); ++i) {
    store::AnalysedStatement& analysed = analysis.statements[i];
    if (analysed.retrieval_text.empty() && analysed.keys.proposition.empty()) continue;
    const double started = CpuNow();
    // The outlets' own voice is matched on the exact proposition only: it is
    // half of all statements, and its full-text matches are mostly other
    // outlets' narrative, which is never linked.
    const bool narrative = analysed.statement.kind == StatementKind::kNarrative;
    auto candidates = store_->RetrieveCandidates(
        narrative ? std::vector<std::string>{} : Words(analysed.retrieval_text),
        analysed.keys.proposition);
    retrieval_stats_.seconds += CpuNow() - started;
    if (!candidates.ok()) return candidates.status();
    ++retrieval_stats_.statements;
    retrieval_stats_.candidates += candidates->size();
    if (candidates->empty()) continue;
    const double relating = CpuNow();
    auto found = link::RelateAcrossArticles(article.text, statements, i, candidates.value());
    retrieval_stats_.relate_seconds += CpuNow() - relating;
    analysed.join_claim = found.join_claim;
    links.insert(links.end(), std::make_move_iterator(found.links.begin()),
                 std::make_move_iterator(found.links.end()));
  }
  SpreadJoins(analysis);
  return links;
}

Ingestor::Ingestor(store::Store* store, const extract::Extractor* extractor)
    : store_(store), extractor_(extractor) {}

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
  auto links = LinkToStored(article, analysis);
  if (!links.ok()) return links.status();
  return WithWatchlist(*store_, article, store_->AddArticle(article, hash, analysis.statements,
                                                           analysis.edges, links.value()));
}

IngestSummary Ingestor::Ingest(const std::vector<std::filesystem::path>& paths,
                               const std::function<void(const IngestSummary&)>& on_progress) {
  IngestSummary summary;
  auto on_error = [&](text::ReadError&& error) {
    spdlog::debug("rejected {}: {}", error.origin, error.message);
    ++summary.rejected;
    summary.errors.push_back(std::move(error));
  };
  auto on_article = [&](Article&& article) {
    ++summary.read;
    summary.bytes += article.text.size();
    auto outcome = IngestArticle(article);
    if (!outcome.ok()) {
      on_error({article.origin, outcome.status().ToString()});
    } else if (outcome->inserted) {
      ++summary.added;
      summary.statements += outcome->statement_ids.size();
      summary.edges += static_cast<std::size_t>(outcome->edges);
      spdlog::debug("stored {} ({} statements)", article.origin, outcome->statement_ids.size());
    } else {
      ++summary.already_present;
      spdlog::debug("already stored: {}", article.origin);
    }
    if (on_progress) on_progress(summary);
  };
  for (const auto& path : paths) {
    text::ReadStats stats = text::ReadArticles(path, on_article, on_error);
    summary.files += stats.files;
  }
  return summary;
}

}  // namespace claimgraph::pipeline
