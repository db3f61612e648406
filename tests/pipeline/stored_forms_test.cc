// What ingest stores for relating later articles (schema 0005, 0006) equals
// what analysing the stored rows gives: each statement's normalised form is
// that of its stored content, and its term postings are the tokens it counts
// in term_frequency. So relating through the stored forms, instead of
// analysing candidates again, labels every pair as before.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <string>

#include "batch_fixture.h"
#include "link/relation.h"
#include "pipeline/ingest.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace claimgraph {
namespace {

TEST_CASE("Stored forms: each statement's normalised form is that of its stored content",
          "[pipeline]") {
  store::testing::TempDir dir;
  const std::string path = dir.File("forms.db");
  testing::IngestThreadsBatch(path);
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement rows(db, "SELECT id, content, polarity, hedged, normalised, content_parts"
                             " FROM statements ORDER BY id");
  int statements = 0, multi_part = 0;
  while (rows.executeStep()) {
    ++statements;
    const std::string content = rows.getColumn(1).getString();
    const Polarity polarity =
        rows.getColumn(2).getString() == "denied" ? Polarity::kDenied : Polarity::kAsserted;
    const bool hedged = rows.getColumn(3).getInt() != 0;
    if (rows.getColumn(5).getString().find(' ') != std::string::npos) ++multi_part;
    INFO("statement " << rows.getColumn(0).getInt64() << ": " << content);
    CHECK(rows.getColumn(4).getString() ==
          link::EncodeNormalised(
              link::Normalise(content, {Span{0, content.size()}}, polarity, hedged)));
  }
  CHECK(statements > 50);
  CHECK(multi_part > 0);  // interrupted quotes are stored in their own form too
  // Every counted token has exactly its postings, and nothing else is posted
  // (a posting is in term_postings or, not yet merged, in recent_postings).
  const std::string postings =
      "(SELECT term, statement_id FROM term_postings"
      " UNION ALL SELECT term, statement_id FROM recent_postings)";
  CHECK(db.execAndGet("SELECT COUNT(*) FROM (SELECT term, COUNT(*) FROM " + postings +
                      " GROUP BY term EXCEPT SELECT term, statements FROM term_frequency)")
            .getInt() == 0);
  CHECK(db.execAndGet("SELECT COALESCE(SUM(statements), 0) FROM term_frequency").getInt64() ==
        db.execAndGet("SELECT COUNT(*) FROM " + postings).getInt64());
}

}  // namespace
}  // namespace claimgraph
