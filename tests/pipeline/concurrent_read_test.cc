// Readers while an ingest writes: `disputed` and `report` (Store::Disputed,
// Store::Snapshot) on their own connections, concurrently with an ingest of
// a batch into the same WAL database file, always succeed and always see a
// whole number of articles: never an article without all its statements,
// never an edge to a statement they do not see.
#include <atomic>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "batch_fixture.h"
#include "extract/extractor.h"
#include "pipeline/ingest.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace claimgraph {
namespace {

using StatementsPerArticle = std::map<std::int64_t, std::size_t>;

struct Observation {
  StatementsPerArticle statements;      // what the snapshot holds, per article
  std::size_t dangling_edges = 0;       // edges with an end outside the snapshot
  std::size_t disputes_unresolved = 0;  // Disputed rows naming a statement it did not load
};

Observation Observe(const GraphSnapshot& snapshot) {
  Observation o;
  std::set<std::int64_t> ids;
  for (const ClaimRecord& claim : snapshot.claims) {
    for (const StatementRecord& s : claim.statements) {
      ids.insert(s.id);
      ++o.statements[s.article_id];
    }
  }
  for (const EdgeRecord& e : snapshot.edges) {
    if (!ids.count(e.from_statement) || !ids.count(e.to_statement)) ++o.dangling_edges;
  }
  return o;
}

}  // namespace

TEST_CASE("Concurrent readers: disputed and report see whole articles while ingest writes",
          "[pipeline]") {
  store::testing::TempDir dir;
  const std::string path = dir.File("shared.db");
  { REQUIRE(store::Store::Open(path).ok()); }  // schema in place before the readers start

  std::atomic<bool> writing{true};
  pipeline::IngestSummary summary;
  std::thread writer([&] {
    auto store = store::Store::Open(path);
    if (store.ok()) {
      extract::Extractor extractor;
      pipeline::Ingestor ingestor(store.value().get(), &extractor, 2);
      // One article per commit, so that the readers see many states.
      ingestor.set_commit_group({1, 0});
      summary = ingestor.IngestFrom(testing::ThreadsBatch());
    }
    writing = false;
  });

  std::vector<Observation> seen;
  std::size_t failed_reads = 0;
  auto reader = store::Store::Open(path);
  REQUIRE(reader.ok());
  do {
    auto snapshot = reader.value()->Snapshot();
    auto disputed = reader.value()->Disputed(0);
    if (!snapshot.ok() || !disputed.ok()) {
      ++failed_reads;
      continue;
    }
    Observation o = Observe(snapshot.value());
    for (const DisputedClaim& row : disputed.value()) {
      for (const auto& d : row.disputes) {
        if (d.disputer.id != d.edge.from_statement || d.target.id != d.edge.to_statement) {
          ++o.disputes_unresolved;
        }
      }
    }
    seen.push_back(std::move(o));
  } while (writing);
  writer.join();

  REQUIRE(summary.added >= 20);
  CHECK(failed_reads == 0);
  // The readers really ran during the ingest: they saw more than one state.
  std::set<std::size_t> sizes;
  for (const Observation& o : seen) sizes.insert(o.statements.size());
  CHECK(sizes.size() >= 2);

  auto final_snapshot = reader.value()->Snapshot();
  REQUIRE(final_snapshot.ok());
  const StatementsPerArticle complete = Observe(final_snapshot.value()).statements;
  std::size_t previous_articles = 0;
  for (const Observation& o : seen) {
    CHECK(o.dangling_edges == 0);
    CHECK(o.disputes_unresolved == 0);
    for (const auto& [article, count] : o.statements) {
      INFO("article " << article);
      CHECK(count == complete.at(article));
    }
    CHECK(o.statements.size() >= previous_articles);  // a reader never goes back in time
    previous_articles = o.statements.size();
  }
}

}  // namespace claimgraph
