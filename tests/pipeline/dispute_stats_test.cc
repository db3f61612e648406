// claim_dispute_stats and claim_disputes, the ranking and the disputes that
// `disputed` lists, kept by the article writer, cannot drift from their
// definition: after ingesting the fixture batches (cross-article denials,
// syndicated restatements, a duplicate) they equal the queries over every
// disputes edge, and Disputed ranks by them.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <string>

#include "batch_fixture.h"
#include "pipeline/ingest.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace claimgraph {
namespace {

// "claim|outlets|disputers|disputes" per claim, by claim id.
std::string Rows(SQLite::Database& db, const char* sql) {
  SQLite::Statement query(db, sql);
  std::string out;
  while (query.executeStep()) {
    for (int c = 0; c < 4; ++c) out += query.getColumn(c).getString() + (c < 3 ? "|" : "\n");
  }
  return out;
}

TEST_CASE("Dispute stats: after ingesting the fixture batches the table equals the GROUP BY",
          "[pipeline]") {
  store::testing::TempDir dir;
  const std::string path = dir.File("stats.db");
  testing::IngestThreadsBatch(path);
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  const std::string stored = Rows(
      db, "SELECT claim_id, outlets, disputers, disputes FROM claim_dispute_stats ORDER BY 1");
  const std::string defined = Rows(
      db,
      "SELECT t.claim_id,"
      " CASE WHEN COUNT(DISTINCT NULLIF(a.source, '')) > 0"
      "  THEN COUNT(DISTINCT NULLIF(a.source, '')) ELSE COUNT(DISTINCT f.article_id) END,"
      " COUNT(DISTINCT COALESCE(f.speaker_id, 0)), COUNT(*)"
      " FROM edges AS e JOIN statements AS t ON t.id = e.to_statement"
      " JOIN statements AS f ON f.id = e.from_statement JOIN articles AS a ON a.id = f.article_id"
      " WHERE e.relation = 'disputes' AND f.speaker_id IS NOT t.speaker_id"
      " GROUP BY t.claim_id ORDER BY 1");
  REQUIRE_FALSE(defined.empty());
  CHECK(stored == defined);
  // Some claim is disputed from more than one outlet (the cross-article denials).
  CHECK(db.execAndGet("SELECT MAX(outlets) FROM claim_dispute_stats").getInt() >= 2);
}

TEST_CASE("Dispute stats: after ingesting the fixture batches claim_disputes holds every dispute",
          "[pipeline]") {
  store::testing::TempDir dir;
  const std::string path = dir.File("listed.db");
  testing::IngestThreadsBatch(path);
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  // "claim|edge|count of the claim's disputes|claim_dispute_stats.disputes".
  const std::string stored =
      Rows(db,
           "SELECT d.claim_id, d.edge_id,"
           " (SELECT COUNT(*) FROM claim_disputes AS c WHERE c.claim_id = d.claim_id), s.disputes"
           " FROM claim_disputes AS d JOIN claim_dispute_stats AS s ON s.claim_id = d.claim_id"
           " ORDER BY 1, 2");
  const std::string defined =
      Rows(db,
           "SELECT t.claim_id, e.id, COUNT(*) OVER (PARTITION BY t.claim_id),"
           " COUNT(*) OVER (PARTITION BY t.claim_id)"
           " FROM edges AS e JOIN statements AS t ON t.id = e.to_statement"
           " JOIN statements AS f ON f.id = e.from_statement"
           " WHERE e.relation = 'disputes' AND f.speaker_id IS NOT t.speaker_id ORDER BY 1, 2");
  REQUIRE_FALSE(defined.empty());
  CHECK(stored == defined);
}

}  // namespace
}  // namespace claimgraph
