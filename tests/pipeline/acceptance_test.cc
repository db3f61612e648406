// Stored acceptance labels (pipeline/acceptance.h) equal the whole graph's
// grounded extension after an ingest, through a killed run, and after a
// re-run; AcceptanceOf is exact whether or not the labels are current.
#include "pipeline/acceptance.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "batch_fixture.h"
#include "extract/extractor.h"
#include "graph/analysis.h"
#include "graph/claim_graph.h"
#include "pipeline/ingest.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace claimgraph {
namespace {

// The fixture batch's articles, read once, and a source over a slice of them.
std::vector<Article> BatchArticles() {
  std::vector<Article> articles;
  testing::ThreadsBatch()([&](Article&& a) { articles.push_back(std::move(a)); },
                          [](text::ReadError&&) {});
  return articles;
}

pipeline::ArticleSource Slice(const std::vector<Article>& articles, std::size_t begin,
                              std::size_t end) {
  return [&articles, begin, end](const std::function<void(Article &&)>& on_article,
                                 const std::function<void(text::ReadError &&)>&) {
    for (std::size_t i = begin; i < end && i < articles.size(); ++i) {
      on_article(Article(articles[i]));
    }
  };
}

graph::AcceptanceMap WholeGraph(store::Store& store) {
  auto full = store.Snapshot();
  REQUIRE(full.ok());
  return graph::GroundedExtension(graph::ClaimGraph(full.value()));
}

std::vector<std::int64_t> IdsOf(const graph::AcceptanceMap& labels) {
  std::vector<std::int64_t> ids;
  for (const auto& [id, label] : labels) ids.push_back(id);
  return ids;
}

// "claim|label" rows of the stored labels and the number of dirty claims.
std::string StoredLabels(const std::string& path, int* dirty) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  *dirty = db.execAndGet("SELECT COUNT(*) FROM acceptance_dirty").getInt();
  SQLite::Statement rows(db, "SELECT claim_id, label FROM claim_acceptance ORDER BY claim_id");
  std::string out;
  while (rows.executeStep()) {
    out += rows.getColumn(0).getString() + "|" + rows.getColumn(1).getString() + "\n";
  }
  return out;
}

TEST_CASE("Acceptance: labels stored by an ingest equal the whole graph's, and a re-run keeps them",
          "[pipeline]") {
  store::testing::TempDir dir;
  const std::string path = dir.File("labels.db");
  auto opened = store::Store::Open(path);
  REQUIRE(opened.ok());
  store::Store& store = *opened.value();
  extract::Extractor extractor;
  pipeline::Ingestor ingestor(&store, &extractor, 2);
  ingestor.IngestFrom(testing::ThreadsBatch());

  const graph::AcceptanceMap expected = WholeGraph(store);
  int dirty = -1;
  const std::string stored = StoredLabels(path, &dirty);
  CHECK(dirty == 0);
  REQUIRE_FALSE(stored.empty());
  // Not every claim is accepted, or the test would prove little.
  CHECK(stored.find("rejected") != std::string::npos);
  auto labels = pipeline::AcceptanceOf(store, IdsOf(expected));
  REQUIRE(labels.ok());
  CHECK(labels.value() == expected);

  ingestor.IngestFrom(testing::ThreadsBatch());  // everything already stored
  CHECK(StoredLabels(path, &dirty) == stored);
  CHECK(dirty == 0);
}

TEST_CASE(
    "Acceptance: after a run killed before relabelling, readers stay exact and the next"
    " ingest repairs the labels",
    "[pipeline]") {
  store::testing::TempDir dir;
  const std::string path = dir.File("killed.db");
  auto opened = store::Store::Open(path);
  REQUIRE(opened.ok());
  store::Store& store = *opened.value();
  extract::Extractor extractor;
  pipeline::Ingestor ingestor(&store, &extractor, 1);
  const std::vector<Article> articles = BatchArticles();
  REQUIRE(articles.size() >= 8);
  const std::size_t half = articles.size() / 2;
  ingestor.IngestFrom(Slice(articles, 0, half));
  // The second half stored article by article, the relabel never run: what a
  // SIGKILL after the last commit leaves.
  for (std::size_t i = half; i < articles.size(); ++i) {
    REQUIRE(ingestor.IngestArticle(articles[i]).ok());
  }
  int dirty = 0;
  StoredLabels(path, &dirty);
  REQUIRE(dirty > 0);
  const graph::AcceptanceMap expected = WholeGraph(store);
  auto exact = pipeline::AcceptanceOf(store, IdsOf(expected));
  REQUIRE(exact.ok());
  CHECK(exact.value() == expected);

  // The re-run stores nothing new and relabels.
  const pipeline::IngestSummary rerun = ingestor.IngestFrom(Slice(articles, 0, articles.size()));
  CHECK(rerun.added == 0);
  StoredLabels(path, &dirty);
  CHECK(dirty == 0);
  auto read = store.ReadAcceptance(IdsOf(expected));
  REQUIRE(read.ok());
  REQUIRE(read->current);
  auto repaired = pipeline::AcceptanceOf(store, IdsOf(expected));
  REQUIRE(repaired.ok());
  CHECK(repaired.value() == expected);
}

}  // namespace
}  // namespace claimgraph
