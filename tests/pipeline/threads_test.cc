// Ingest with several analysis threads, and with different commit groups:
// the database equals that of a single-threaded run of the same batch.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <string>

#include "batch_fixture.h"
#include "pipeline/ingest.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace claimgraph {
namespace {

// Every stored row that ingest derives, as text, in a fixed order
// (ingested_at is left out: it is the wall clock).
std::string Dump(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  std::string out;
  for (const char* sql :
       {"SELECT id, external_id, title, source, url, published, origin, content_hash, text,"
        " body_begin FROM articles ORDER BY id",
        "SELECT * FROM statements ORDER BY id", "SELECT * FROM claims ORDER BY id",
        "SELECT * FROM edges ORDER BY id", "SELECT * FROM speakers ORDER BY id",
        "SELECT * FROM speaker_aliases ORDER BY 1, 2", "SELECT * FROM term_frequency ORDER BY term",
        "SELECT * FROM term_postings ORDER BY term, statement_id",
        "SELECT * FROM recent_postings ORDER BY term, statement_id"}) {
    SQLite::Statement query(db, sql);
    out += std::string(sql) + "\n";
    while (query.executeStep()) {
      for (int c = 0; c < query.getColumnCount(); ++c) {
        out += query.getColumn(c).getString() + "|";
      }
      out += "\n";
    }
  }
  return out;
}

struct Run {
  pipeline::IngestSummary summary;
  std::string dump;
};

Run IngestWithThreads(const std::string& path, int threads,
                      pipeline::Ingestor::CommitGroup group = {}) {
  Run run;
  run.summary = testing::IngestThreadsBatch(path, threads, group);
  run.dump = Dump(path);
  return run;
}

}  // namespace

TEST_CASE("Ingest threads: 2 and 4 threads store the same database as 1", "[pipeline]") {
  store::testing::TempDir dir;
  const Run serial = IngestWithThreads(dir.File("serial.db"), 1);
  REQUIRE(serial.summary.added >= 20);
  REQUIRE(serial.summary.already_present >= 1);  // the duplicate at the end
  REQUIRE(serial.summary.rejected >= 2);         // the mixed batch's bad files
  REQUIRE(serial.summary.edges > 0);
  // The syndicated copies restate their originals across articles, so the
  // order in which articles are related matters to the result.
  REQUIRE(serial.dump.find("restates") != std::string::npos);

  for (int threads : {2, 4}) {
    INFO("threads: " << threads);
    const Run parallel = IngestWithThreads(dir.File("t" + std::to_string(threads) + ".db"), threads);
    CHECK(parallel.summary.added == serial.summary.added);
    CHECK(parallel.summary.already_present == serial.summary.already_present);
    CHECK(parallel.summary.rejected == serial.summary.rejected);
    CHECK(parallel.summary.statements == serial.summary.statements);
    CHECK(parallel.summary.edges == serial.summary.edges);
    REQUIRE(parallel.summary.errors.size() == serial.summary.errors.size());
    for (std::size_t i = 0; i < serial.summary.errors.size(); ++i) {
      CHECK(parallel.summary.errors[i].origin == serial.summary.errors[i].origin);
    }
    CHECK(parallel.dump == serial.dump);
  }
}

TEST_CASE("Ingest threads: re-running a batch with threads stores nothing new", "[pipeline]") {
  store::testing::TempDir dir;
  const std::string path = dir.File("again.db");
  const Run first = IngestWithThreads(path, 2);
  const Run second = IngestWithThreads(path, 2);
  CHECK(second.summary.added == 0);
  CHECK(second.summary.already_present == first.summary.added + first.summary.already_present);
  CHECK(second.dump == first.dump);
}

TEST_CASE("Ingest commit groups: one article, three or all per commit store the same database",
          "[pipeline]") {
  // The batch has bad files and a duplicate among its articles, so groups
  // hold failed articles next to stored ones.
  store::testing::TempDir dir;
  const Run single = IngestWithThreads(dir.File("single.db"), 2, {1, 0});
  REQUIRE(single.summary.added >= 20);
  REQUIRE(single.summary.rejected >= 2);
  for (std::size_t articles : {std::size_t{3}, std::size_t{1000}}) {
    INFO("articles per commit: " << articles);
    const Run grouped =
        IngestWithThreads(dir.File("g" + std::to_string(articles) + ".db"), 2, {articles, 3600});
    CHECK(grouped.summary.added == single.summary.added);
    CHECK(grouped.summary.rejected == single.summary.rejected);
    CHECK(grouped.summary.statements == single.summary.statements);
    CHECK(grouped.dump == single.dump);
  }
}

}  // namespace claimgraph
