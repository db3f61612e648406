#include "store/migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <spdlog/spdlog.h>

#include <string>

namespace claimgraph::store::internal {
namespace {

int UserVersion(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

bool HasAnyTable(SQLite::Database& db) {
  SQLite::Statement query(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1");
  return query.executeStep();
}

}  // namespace

int LatestVersion() {
  const auto& migrations = CompiledMigrations();
  return migrations.empty() ? 0 : migrations.back().number;
}

Status Migrate(SQLite::Database& db, const std::string& path) {
  // A database at the latest version (user_version only ever grows) needs
  // no write lock: a query opened while an ingest holds the lock would
  // otherwise wait for the ingest's next commit.
  if (LatestVersion() > 0 && UserVersion(db) == LatestVersion()) return Status::Ok();
  // IMMEDIATE takes the write lock before reading the version, so two
  // processes opening a new file cannot both apply the same migration.
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  const int current = UserVersion(db);
  const int latest = LatestVersion();
  if (current > latest) {
    return Status::Corruption("database '" + path + "' has schema version " +
                              std::to_string(current) + ", newer than version " +
                              std::to_string(latest) +
                              " that this claimgraph binary supports; use a newer claimgraph");
  }
  if (current == 0 && HasAnyTable(db)) {
    return Status::Corruption("database '" + path +
                              "' is an SQLite database but not a claimgraph database "
                              "(it has tables but no schema version)");
  }
  if (current == latest) return Status::Ok();
  for (const MigrationSource& migration : CompiledMigrations()) {
    if (migration.number <= current) continue;
    try {
      db.exec(migration.sql);
    } catch (const SQLite::Exception& e) {
      return Status::Corruption("database '" + path + "': applying migration " + migration.name +
                                " failed: " + e.what());
    }
    spdlog::debug("store {}: applied migration {}", path, migration.name);
  }
  // PRAGMA takes no bound parameters; `latest` is a compiled-in integer.
  db.exec("PRAGMA user_version = " + std::to_string(latest));
  transaction.commit();
  return Status::Ok();
}

}  // namespace claimgraph::store::internal
