#include "pipeline/ingest.h"

#include <spdlog/spdlog.h>

#include <utility>

#include "link/linker.h"
#include "text/content_hash.h"

namespace claimgraph::pipeline {

Analysis Analyse(const extract::Extractor& extractor, const Article& article) {
  Analysis analysis;
  std::vector<Statement> statements = extractor.Extract(article);
  analysis.edges = link::LinkWithinArticle(article, statements);
  analysis.statements.reserve(statements.size());
  for (Statement& statement : statements) {
    link::StatementKeys keys = link::ComputeKeys(article.text, statement);
    analysis.statements.push_back({std::move(statement), std::move(keys)});
  }
  return analysis;
}

namespace {

// Cross-article links of every new statement against earlier statements
// sharing its proposition key. The lookup is an index probe per statement,
// so the cost per article does not grow with the corpus.
Result<std::vector<link::CrossLink>> LinkToStored(store::Store& store, const Article& article,
                                                  const Analysis& analysis) {
  std::vector<Statement> statements;
  statements.reserve(analysis.statements.size());
  for (const auto& s : analysis.statements) statements.push_back(s.statement);

  std::vector<link::CrossLink> links;
  for (std::size_t i = 0; i < analysis.statements.size(); ++i) {
    const std::string& key = analysis.statements[i].keys.proposition;
    if (key.empty()) continue;
    auto candidates = store.FindCandidates(key);
    if (!candidates.ok()) return candidates.status();
    if (candidates->empty()) continue;
    auto found = link::LinkAcrossArticles(article.text, statements, i, candidates.value());
    links.insert(links.end(), std::make_move_iterator(found.begin()),
                 std::make_move_iterator(found.end()));
  }
  return links;
}

}  // namespace

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
  auto links = LinkToStored(*store_, article, analysis);
  if (!links.ok()) return links.status();
  return store_->AddArticle(article, hash, analysis.statements, analysis.edges, links.value());
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
