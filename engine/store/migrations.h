// Migrations: the schema/NNNN_*.sql files compiled into the binary, and the
// code that brings a database up to date. Internal to store/ (it uses
// SQLiteCpp types); the rest of the engine sees only Store::Open.
//
// A database's version is its PRAGMA user_version: the number of the last
// migration applied (0 for a new, empty file). Migrate() applies, in one
// transaction, every compiled migration whose number is above that version
// and then sets user_version to the highest one, so a failure leaves the
// database exactly as it was. An applied migration is never edited.
#ifndef CLAIMGRAPH_STORE_MIGRATIONS_H_
#define CLAIMGRAPH_STORE_MIGRATIONS_H_

#include <string>
#include <vector>

#include "common/status.h"

namespace SQLite {
class Database;
}  // namespace SQLite

namespace claimgraph::store::internal {

struct MigrationSource {
  int number;        // 1, 2, 3, ... without gaps
  const char* name;  // file name, "0001_initial.sql"
  const char* sql;   // the file's text, run with Database::exec
};

// Defined in the generated migrations_data.cc, in ascending order.
const std::vector<MigrationSource>& CompiledMigrations();

// Highest compiled migration number.
int LatestVersion();

// Brings `db` up to LatestVersion(). Corruption when the database is newer
// than this binary, or when it has tables but no version (not a claimgraph
// database); `path` names the file in messages. Throws SQLite::Exception on
// I/O errors (the caller maps it to a Status).
Status Migrate(SQLite::Database& db, const std::string& path);

}  // namespace claimgraph::store::internal

#endif  // CLAIMGRAPH_STORE_MIGRATIONS_H_
