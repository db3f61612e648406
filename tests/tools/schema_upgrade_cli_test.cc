// Schema versions as a user meets them: a database written by an older
// claimgraph (schema version 1, built here from schema/0001_initial.sql
// alone) is migrated forward on open with its data kept and stays usable; a
// database from a newer claimgraph is refused with a message naming both
// versions, and left untouched.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "tools/cli_runner.h"

namespace claimgraph::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kSchemaDir = CLAIMGRAPH_SCHEMA_DIR;

void Exec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  INFO((error == nullptr ? "" : error));
  sqlite3_free(error);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

std::string Scalar(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
  std::string value;
  if (sqlite3_step(statement) == SQLITE_ROW) {
    value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

// The newest schema version: the number of schema/NNNN_*.sql files.
int LatestSchemaVersion() {
  int count = 0;
  for (const auto& entry : fs::directory_iterator(kSchemaDir)) {
    if (entry.path().extension() == ".sql") ++count;
  }
  return count;
}

// A version-1 database holding one article in which the Kremlin disputes
// Peskov's claim, as the first claimgraph release stored it.
void CreateVersionOne(const std::string& path) {
  Exec(path, ReadFile(kSchemaDir / "0001_initial.sql") + "\nPRAGMA user_version = 1;");
  const std::string text =
      "Summit\nDmitry Peskov said the summit was useful. The Kremlin denied the summit was useful.";
  Exec(path, R"sql(
    INSERT INTO articles (id, external_id, title, source, content_hash, text, body_begin)
      VALUES (1, 'v1-article', 'Summit', 'TASS', 'hash-v1', ')sql" + text + R"sql(', 7);
    INSERT INTO speakers (id, name) VALUES (1, 'Dmitry Peskov'), (2, 'Kremlin');
    INSERT INTO speaker_aliases (speaker_id, alias) VALUES (1, 'Dmitry Peskov'), (2, 'The Kremlin');
    INSERT INTO claims (id, claim_key, proposition_key, text, polarity)
      VALUES (1, '+ summit useful', 'summit useful', 'the summit was useful', 'asserted'),
             (2, '- summit useful', 'summit useful', 'the summit was useful', 'denied');
    INSERT INTO statements (id, article_id, ordinal, claim_id, speaker_id,
        sentence_begin, sentence_end, source_begin, source_end, cue_begin, cue_end,
        content_begin, content_end, sentence, source_text, cue, content, cue_lemma,
        kind, polarity, hedged, proposition_key)
      VALUES (1, 1, 0, 1, 1, 7, 48, 7, 20, 21, 25, 26, 47,
              'Dmitry Peskov said the summit was useful.', 'Dmitry Peskov', 'said',
              'the summit was useful', 'say', 'indirect', 'asserted', 0, 'summit useful'),
             (2, 1, 1, 2, 2, 49, 91, 49, 60, 61, 67, 68, 90,
              'The Kremlin denied the summit was useful.', 'The Kremlin', 'denied',
              'the summit was useful', 'deny', 'indirect', 'denied', 0, 'summit useful');
    UPDATE claims SET first_statement = id;
    INSERT INTO edges (from_statement, to_statement, relation, rule, reason)
      VALUES (2, 1, 'disputes', 'negation', 'denies the same proposition');
  )sql");
}

TEST_CASE("CLI schema: a version-1 database migrates forward on open and keeps its data",
          "[tools]") {
  ScratchDir dir;
  const std::string db = dir.db();
  CreateVersionOne(db);
  REQUIRE(Scalar(db, "PRAGMA user_version") == "1");

  const CliResult show = RunCli("--db '" + db + "' show 1 --json");
  REQUIRE(show.exit_code == 0);
  CHECK(show.out.find("the summit was useful") != std::string::npos);
  CHECK(show.out.find("Dmitry Peskov") != std::string::npos);
  CHECK(show.out.find("disputes") != std::string::npos);
  CHECK(Scalar(db, "PRAGMA user_version") == std::to_string(LatestSchemaVersion()));
  CHECK(Scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'term_postings'") == "1");
  CHECK(Scalar(db, "SELECT text FROM articles WHERE id = 1").ends_with("was useful."));
  CHECK(Scalar(db, "SELECT count(*) FROM edges") == "1");
  // 0004 back-fills the ranking of `disputed` from the existing edges.
  CHECK(Scalar(db, "SELECT claim_id || ':' || outlets || ':' || disputers || ':' || disputes"
                   " FROM claim_dispute_stats") == "1:1:1:1");
  CHECK(Scalar(db, "PRAGMA integrity_check") == "ok");

  // The migrated database takes new articles.
  const CliResult ingest = RunCli("--db '" + db + "' ingest --json '" +
                                  std::string(CLAIMGRAPH_FIXTURES_DIR) +
                                  "/seed/kremlin-summit.txt'");
  REQUIRE(ingest.exit_code == 0);
  CHECK(nlohmann::json::parse(ingest.out)["new"] == 1);
  CHECK(Scalar(db, "SELECT count(*) FROM articles") == "2");
  CHECK(RunCli("--db '" + db + "' disputed --json").exit_code == 0);
}

TEST_CASE("CLI schema: a database from a newer claimgraph is refused, naming both versions",
          "[tools]") {
  ScratchDir dir;
  const std::string db = dir.db();
  REQUIRE(RunCli("--db '" + db + "' ingest '" + std::string(CLAIMGRAPH_FIXTURES_DIR) +
                 "/seed/kremlin-summit.txt'")
              .exit_code == 0);
  const int newer = LatestSchemaVersion() + 1;
  Exec(db, "PRAGMA user_version = " + std::to_string(newer));

  for (const char* command : {"disputed", "ingest " CLAIMGRAPH_FIXTURES_DIR "/sample"}) {
    INFO(command);
    const CliResult result = RunCli("--db '" + db + "' " + command);
    CHECK(result.exit_code == 1);
    CHECK(result.err.find(db) != std::string::npos);
    CHECK(result.err.find("schema version " + std::to_string(newer)) != std::string::npos);
    CHECK(result.err.find("newer than version " + std::to_string(newer - 1)) != std::string::npos);
  }
  CHECK(Scalar(db, "PRAGMA user_version") == std::to_string(newer));
  CHECK(Scalar(db, "SELECT count(*) FROM articles") == "1");
}

}  // namespace
}  // namespace claimgraph::testing
