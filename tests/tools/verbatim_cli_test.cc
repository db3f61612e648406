// Inputs are data, never code: article text, metadata and file names made
// of SQL and shell metacharacters go through `claimgraph ingest` and
// `extract` and come back byte for byte, and nothing they spell is run.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tools/cli_runner.h"

namespace claimgraph::testing {
namespace {

namespace fs = std::filesystem;

// Every row of a one-shot query, each column as text.
std::vector<std::vector<std::string>> Query(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
  std::vector<std::vector<std::string>> rows;
  while (sqlite3_step(statement) == SQLITE_ROW) {
    std::vector<std::string>& row = rows.emplace_back();
    for (int i = 0; i < sqlite3_column_count(statement); ++i) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
      row.emplace_back(text == nullptr ? "" : std::string(text, sqlite3_column_bytes(statement, i)));
    }
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return rows;
}

TEST_CASE("CLI verbatim: SQL and shell metacharacters in an article are stored byte for byte",
          "[tools]") {
  ScratchDir dir;
  const std::string canary = (dir.path() / "pwned").string();
  const std::string text =
      "\"The plan '; DROP TABLE articles; -- is final,\" Dmitry Peskov said. "
      "\"It will cost $(touch " + canary + ") and `touch " + canary + "` rubles,\" Peskov said. "
      "The minister said the share was 50%s of 100%n, a \\\"back\\slash\\\" \\n 'quote'. "
      "Robert'); DROP TABLE statements;-- denied that the talks failed.";
  const nlohmann::json article = {{"id", "x'; DELETE FROM claims; --"},
                                  {"title", "$(touch " + canary + ") `id` \"t\""},
                                  {"source", "Bob's \"Outlet\" \\ %d"},
                                  {"url", "http://e.com/?q=1' OR '1'='1"},
                                  {"published", "2024-01-01'); --"},
                                  {"text", text}};
  const fs::path batch = dir.path() / "batch.jsonl";
  std::ofstream(batch, std::ios::binary) << article.dump() << "\n";

  const CliResult ingest = RunCli("--db '" + dir.db() + "' ingest --json '" + batch.string() + "'");
  REQUIRE(ingest.exit_code == 0);
  REQUIRE(nlohmann::json::parse(ingest.out)["new"] == 1);

  const auto rows =
      Query(dir.db(), "SELECT external_id, title, source, url, published, text FROM articles");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] == std::vector<std::string>{article["id"], article["title"], article["source"],
                                            article["url"], article["published"], text});
  // Every statement's content is a verbatim piece of the text, and the
  // metacharacters reached the statements too.
  const auto contents = Query(dir.db(), "SELECT content FROM statements");
  REQUIRE(contents.size() >= 2);
  std::string all;
  for (const auto& row : contents) {
    CHECK(text.find(row[0]) != std::string::npos);
    all += row[0] + "\n";
  }
  CHECK(all.find("'; DROP TABLE articles; --") != std::string::npos);
  CHECK(all.find("$(touch " + canary + ")") != std::string::npos);
  CHECK(all.find("50%s of 100%n, a \\\"back\\slash\\\"") != std::string::npos);
  for (const char* table : {"articles", "statements", "claims", "speakers"}) {
    INFO(table);
    CHECK(Query(dir.db(), std::string("SELECT count(*) FROM ") + table)[0][0] != "0");
  }
  const auto json = RunCli("--db '" + dir.db() + "' claims --json --search 'DROP TABLE'");
  REQUIRE(json.exit_code == 0);
  CHECK(json.out.find("DROP TABLE articles; --") != std::string::npos);
  CHECK_FALSE(fs::exists(canary));
}

TEST_CASE("CLI verbatim: a file name with shell metacharacters is read, named and never run",
          "[tools]") {
  ScratchDir dir;
  // A file name holds no '/', so the canary is relative: it would appear in
  // the working folder of the test or of the tool. Single quotes cannot
  // appear either: the test itself quotes with them.
  const std::string canary = "pwned-" + dir.path().filename().string();
  const fs::path file =
      dir.path() / ("a $(touch " + canary + ") `touch " + canary + "`; \"b\" %s.txt");
  std::ofstream(file, std::ios::binary) << "Title\nDmitry Peskov said the talks were useful.\n";
  const CliResult result = RunCli("extract --json '" + file.string() + "'");
  REQUIRE(result.exit_code == 0);
  std::istringstream lines(result.out);
  std::string line;
  REQUIRE(std::getline(lines, line));
  CHECK(nlohmann::json::parse(line)["file"] == file.string());
  CHECK_FALSE(fs::exists(fs::current_path() / canary));
  CHECK_FALSE(fs::exists(dir.path() / canary));
}

}  // namespace
}  // namespace claimgraph::testing
