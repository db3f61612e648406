// WriteScope and ReadScope (scopes_internal.h). The savepoint name is a
// constant: nesting of one name is well defined in SQLite (RELEASE and
// ROLLBACK TO act on the innermost savepoint of that name).
#include <sqlite3.h>

#include "store/scopes_internal.h"

namespace claimgraph::store::internal {

bool InTransaction(SQLite::Database& db) { return sqlite3_get_autocommit(db.getHandle()) == 0; }

WriteScope::WriteScope(SQLite::Database& db) : db_(db), nested_(InTransaction(db)) {
  db_.exec(nested_ ? "SAVEPOINT claimgraph_write" : "BEGIN IMMEDIATE");
}

WriteScope::~WriteScope() {
  if (done_) return;
  try {
    if (nested_) {
      // ROLLBACK TO keeps the savepoint open; RELEASE then removes it.
      db_.exec("ROLLBACK TO claimgraph_write");
      db_.exec("RELEASE claimgraph_write");
    } else if (InTransaction(db_)) {  // SQLite may already have rolled back on error
      db_.exec("ROLLBACK");
    }
  } catch (const SQLite::Exception&) {
    // A destructor must not throw; the connection reports the next error.
  }
}

void WriteScope::Commit() {
  db_.exec(nested_ ? "RELEASE claimgraph_write" : "COMMIT");
  done_ = true;
}

ReadScope::ReadScope(SQLite::Database& db) : db_(db), owns_(!InTransaction(db)) {
  if (owns_) db_.exec("BEGIN DEFERRED");
}

ReadScope::~ReadScope() {
  if (!owns_) return;
  try {
    if (InTransaction(db_)) db_.exec("COMMIT");  // read-only: COMMIT only ends it
  } catch (const SQLite::Exception&) {
  }
}

}  // namespace claimgraph::store::internal
