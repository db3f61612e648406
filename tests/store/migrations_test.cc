// Migrations and opening: schema versions, reopening, refusing foreign files.
#include "store/migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/store.h"
#include "store_test_util.h"

namespace claimgraph::store {
namespace {

using testing::TempDir;

// A new database at `path` built by the compiled migrations up to `version`,
// as an older binary left it (user_version is set by the caller's SQL).
SQLite::Database DatabaseAtVersion(const std::string& path, int version) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  for (const auto& migration : internal::CompiledMigrations()) {
    if (migration.number <= version) db.exec(migration.sql);
  }
  return db;
}

int UserVersionOf(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return db.execAndGet("PRAGMA user_version").getInt();
}

TEST_CASE("Migrations: compiled migrations are numbered 1..N without gaps", "[store]") {
  const auto& migrations = internal::CompiledMigrations();
  REQUIRE_FALSE(migrations.empty());
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    CHECK(migrations[i].number == static_cast<int>(i + 1));
    const std::string sql = migrations[i].sql;
    CHECK((sql.find("CREATE") != std::string::npos || sql.find("ALTER TABLE") != std::string::npos));
  }
  CHECK(SchemaVersion() == migrations.back().number);
  CHECK(std::string(migrations.front().name) == "0001_initial.sql");
}

TEST_CASE("Migrations: a new file is migrated to SchemaVersion() with every table", "[store]") {
  TempDir dir;
  const std::string path = dir.File("new.db");
  { auto store = testing::OpenOrFail(path); }
  CHECK(UserVersionOf(path) == SchemaVersion());
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  for (const char* table : {"articles", "speakers", "speaker_aliases", "claims", "statements",
                            "edges", "term_frequency", "term_postings", "recent_postings"}) {
    INFO(table);
    CHECK(db.tableExists(table));
  }
}

TEST_CASE("Migrations: a file database is in WAL mode", "[store]") {
  TempDir dir;
  const std::string path = dir.File("wal.db");
  { auto store = testing::OpenOrFail(path); }
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
}

TEST_CASE("Migrations: an in-memory database opens and starts empty", "[store]") {
  auto store = testing::OpenOrFail(":memory:");
  const Counts counts = testing::CountsOf(*store);
  CHECK(counts.articles == 0);
  CHECK(counts.claims == 0);
}

TEST_CASE("Migrations: reopening a database keeps its data and version", "[store]") {
  TempDir dir;
  const std::string path = dir.File("reopen.db");
  const Article article = testing::MakeArticle("Peskov said talks were useful.");
  std::int64_t article_id = 0;
  {
    auto store = testing::OpenOrFail(path);
    article_id =
        testing::AddOrFail(
            *store, article,
            {testing::MakeStatement(
                article,
                testing::By("Dmitry Peskov", "Peskov", "talks were useful").Key("+ talk useful"))})
            .article_id;
  }
  auto store = testing::OpenOrFail(path);
  const Counts counts = testing::CountsOf(*store);
  CHECK(counts.articles == 1);
  CHECK(counts.statements == 1);
  CHECK(counts.speakers == 1);
  std::int64_t found = 0;
  auto has = store->HasArticle("hash-" + article.title, &found);
  REQUIRE(has.ok());
  CHECK(has.value());
  CHECK(found == article_id);
  CHECK(UserVersionOf(path) == SchemaVersion());
}

TEST_CASE("Migrations: a version-5 database keeps its FTS5 retrieval index as term postings",
          "[store]") {
  TempDir dir;
  const std::string path = dir.File("v5.db");
  {
    SQLite::Database db = DatabaseAtVersion(path, 5);
    db.exec(
        "INSERT INTO articles (id, content_hash, text) VALUES (1, 'h1', 'NATO said troops massed.');"
        "INSERT INTO claims (id, text, polarity) VALUES (1, 'troops massed at the border',"
        " 'asserted');"
        "INSERT INTO statements (id, article_id, ordinal, claim_id, sentence_begin, sentence_end,"
        " source_begin, source_end, cue_begin, cue_end, content_begin, content_end, sentence,"
        " content, kind, polarity, hedged) VALUES (7, 1, 0, 1, 0, 24, 0, 4, 5, 9, 10, 23,"
        " 'NATO said troops massed.', 'troops massed at the border', 'indirect', 'asserted', 0);"
        "INSERT INTO statement_terms (rowid, terms) VALUES (7, 'border mass troop');"
        "INSERT INTO term_frequency VALUES ('border', 1), ('mass', 1), ('troop', 1);"
        "PRAGMA user_version = 5;");
  }
  auto store = testing::OpenOrFail(path);
  CHECK(UserVersionOf(path) == SchemaVersion());
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK_FALSE(db.tableExists("statement_terms"));
    SQLite::Statement postings(db, "SELECT term || ':' || statement_id FROM term_postings"
                                   " ORDER BY term");
    std::vector<std::string> rows;
    while (postings.executeStep()) rows.push_back(postings.getColumn(0).getString());
    CHECK(rows == std::vector<std::string>{"border:7", "mass:7", "troop:7"});
    CHECK(db.execAndGet("SELECT normalised FROM statements WHERE id = 7").getString().empty());
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
  }
  // The old statement is still retrieved; it carries no stored normalised
  // form, so relating analyses its content as before.
  auto found = store->RetrieveCandidates({"troop", "border"}, "");
  REQUIRE(found.ok());
  REQUIRE(found->size() == 1);
  CHECK(found->front().statement_id == 7);
  CHECK(found->front().normalised.empty());
}

TEST_CASE("Migrations: a version-6 database marks every disputed claim for relabelling",
          "[store]") {
  TempDir dir;
  const std::string path = dir.File("v6.db");
  {
    SQLite::Database db = DatabaseAtVersion(path, 6);
    // Claim 2 disputes claim 1; claim 3 only supports claim 1.
    db.exec(
        "INSERT INTO articles (id, content_hash, text) VALUES (1, 'h1', 'x');"
        "INSERT INTO claims (id, text, polarity) VALUES (1, 'a', 'asserted'), (2, 'b', 'denied'),"
        " (3, 'c', 'asserted');"
        "INSERT INTO statements (id, article_id, ordinal, claim_id, sentence_begin, sentence_end,"
        " source_begin, source_end, cue_begin, cue_end, content_begin, content_end, sentence,"
        " content, kind, polarity, hedged) VALUES"
        " (1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 'x', 'a', 'narrative', 'asserted', 0),"
        " (2, 1, 1, 2, 0, 1, 0, 0, 0, 0, 0, 1, 'x', 'b', 'narrative', 'denied', 0),"
        " (3, 1, 2, 3, 0, 1, 0, 0, 0, 0, 0, 1, 'x', 'c', 'narrative', 'asserted', 0);"
        "INSERT INTO edges (from_statement, to_statement, relation) VALUES (2, 1, 'disputes'),"
        " (3, 1, 'supports');"
        "PRAGMA user_version = 6;");
  }
  auto store = testing::OpenOrFail(path);
  CHECK(UserVersionOf(path) == SchemaVersion());
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT group_concat(claim_id) FROM acceptance_dirty").getString() == "1");
    CHECK(db.execAndGet("SELECT COUNT(*) FROM claim_acceptance").getInt() == 0);
  }
  auto stale = store->ReadAcceptance({1, 2, 3});
  REQUIRE(stale.ok());
  CHECK_FALSE(stale->current);  // readers compute until the next relabel
  auto relabelled = store->Relabel([](const GraphSnapshot& g) {
    std::unordered_map<std::int64_t, std::string> labels;  // the grounded labels of this graph
    for (const ClaimRecord& c : g.claims) labels[c.id] = c.id == 1 ? "rejected" : "accepted";
    return labels;
  });
  REQUIRE(relabelled.ok());
  CHECK(relabelled->relabelled == 1);
  auto fresh = store->ReadAcceptance({1, 2, 3});
  REQUIRE(fresh.ok());
  REQUIRE(fresh->current);
  CHECK(fresh->labels == std::unordered_map<std::int64_t, std::string>{
                             {1, "rejected"}, {2, "accepted"}, {3, "accepted"}});
}

TEST_CASE("Migrations: a version-7 database lists the disputes it already holds", "[store]") {
  TempDir dir;
  const std::string path = dir.File("v7.db");
  {
    SQLite::Database db = DatabaseAtVersion(path, 7);
    // Statement 1 (Peskov, claim 1) is disputed by Blinken (edge 1), by
    // Peskov himself (edge 2, no dispute), by the narrative (edge 3), and
    // supported by Blinken (edge 4).
    db.exec(
        "INSERT INTO articles (id, source, title, content_hash, text) VALUES"
        " (1, 'Reuters', 'summit', 'h1', 'x'), (2, 'AP', 'denial', 'h2', 'y');"
        "INSERT INTO speakers (id, name) VALUES (1, 'Peskov'), (2, 'Blinken');"
        "INSERT INTO claims (id, text, polarity) VALUES (1, 'a', 'asserted'), (2, 'b', 'denied'),"
        " (3, 'c', 'denied'), (4, 'd', 'denied'), (5, 'e', 'asserted');"
        "INSERT INTO statements (id, article_id, ordinal, claim_id, speaker_id, sentence_begin,"
        " sentence_end, source_begin, source_end, cue_begin, cue_end, content_begin,"
        " content_end, sentence, content, kind, polarity, hedged) VALUES"
        " (1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 1, 'x', 'a', 'indirect', 'asserted', 0),"
        " (2, 2, 0, 2, 2, 0, 1, 0, 0, 0, 0, 0, 1, 'y', 'b', 'indirect', 'denied', 0),"
        " (3, 2, 1, 3, 1, 0, 1, 0, 0, 0, 0, 0, 1, 'y', 'c', 'indirect', 'denied', 0),"
        " (4, 2, 2, 4, NULL, 0, 1, 0, 0, 0, 0, 0, 1, 'y', 'd', 'narrative', 'denied', 0),"
        " (5, 2, 3, 5, 2, 0, 1, 0, 0, 0, 0, 0, 1, 'y', 'e', 'indirect', 'asserted', 0);"
        "INSERT INTO edges (id, from_statement, to_statement, relation) VALUES"
        " (1, 2, 1, 'disputes'), (2, 3, 1, 'disputes'), (3, 4, 1, 'disputes'),"
        " (4, 5, 1, 'supports');"
        "INSERT INTO claim_dispute_stats (claim_id, outlets, disputers, disputes)"
        " VALUES (1, 1, 2, 2);"
        "PRAGMA user_version = 7;");
  }
  auto store = testing::OpenOrFail(path);
  CHECK(UserVersionOf(path) == SchemaVersion());
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT group_concat(claim_id || ':' || edge_id, ' ') FROM"
                        " (SELECT * FROM claim_disputes ORDER BY claim_id, edge_id)")
              .getString() == "1:1 1:3");
  }
  auto top = store->Disputed(1, 0);
  REQUIRE(top.ok());
  REQUIRE(top->size() == 1);
  REQUIRE(top->front().disputes.size() == 2);
  CHECK(top->front().disputes[0].edge.id == 1);
  CHECK(top->front().disputes[0].disputer.speaker == "Blinken");
  CHECK(top->front().disputes[0].disputer.article_source == "AP");
  CHECK(top->front().disputes[0].target.article_title == "summit");
  CHECK(top->front().disputes[1].edge.id == 3);
  CHECK(top->front().disputes[1].disputer.speaker.empty());
}

TEST_CASE("Migrations: a current database opens while another connection holds the write lock",
          "[store]") {
  TempDir dir;
  const std::string path = dir.File("busy.db");
  { auto store = testing::OpenOrFail(path); }
  // An ingest's write batch holds the lock for up to half a second at a
  // time; a query must not wait for it (nor fail when the wait times out).
  SQLite::Database writer(path, SQLite::OPEN_READWRITE);
  writer.exec("BEGIN IMMEDIATE");
  auto store = Store::Open(path, Store::Workload::kBounded);
  REQUIRE(store.ok());
  CHECK(store.value()->Disputed(5).ok());
  writer.exec("ROLLBACK");
}

TEST_CASE("Migrations: a database newer than the binary is refused, naming both versions",
          "[store]") {
  TempDir dir;
  const std::string path = dir.File("newer.db");
  { auto store = testing::OpenOrFail(path); }
  const int newer = SchemaVersion() + 3;
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = " + std::to_string(newer));
  }
  auto store = Store::Open(path);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == Status::Code::kCorruption);
  const std::string& message = store.status().message();
  CHECK_THAT(message, Catch::Contains(path));
  CHECK_THAT(message, Catch::Contains(std::to_string(newer)));
  CHECK_THAT(message, Catch::Contains(std::to_string(SchemaVersion())));
  CHECK(UserVersionOf(path) == newer);  // refused, not touched
}

TEST_CASE("Migrations: a file that is not an SQLite database is refused", "[store]") {
  TempDir dir;
  const std::string path = dir.File("notes.txt");
  {
    std::ofstream out(path);
    out << "This is a plain text file, long enough to have a header where SQLite "
           "expects its magic string, and certainly not a database.\n";
  }
  auto store = Store::Open(path);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == Status::Code::kCorruption);
  CHECK_THAT(store.status().message(), Catch::Contains(path));
  CHECK_THAT(store.status().message(), Catch::Contains("not an SQLite database"));
}

TEST_CASE("Migrations: an SQLite database of another program is refused", "[store]") {
  TempDir dir;
  const std::string path = dir.File("other.db");
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE inventory (item TEXT)");
  }
  auto store = Store::Open(path);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == Status::Code::kCorruption);
  CHECK_THAT(store.status().message(), Catch::Contains("not a claimgraph database"));
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  CHECK_FALSE(db.tableExists("articles"));  // nothing was added to it
}

TEST_CASE("Migrations: a path in a missing directory fails with IOError naming it", "[store]") {
  TempDir dir;
  const std::string path = dir.File("no/such/dir/x.db");
  auto store = Store::Open(path);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == Status::Code::kIOError);
  CHECK_THAT(store.status().message(), Catch::Contains(path));
}

}  // namespace
}  // namespace claimgraph::store
