// Transaction scopes that compose with Store write batches (Store::
// BeginWriteBatch). Internal to store/.
//
// SQLite has one transaction per connection and refuses a nested BEGIN, so a
// unit of work that is atomic on its own (one article, one set of tracked-claim
// links) must become a savepoint when it runs inside a write batch:
//   * WriteScope: all or nothing. Outside a transaction it is its own
//     IMMEDIATE transaction (the write lock is taken up front, so a check
//     followed by an insert sees one database); inside one, a savepoint that
//     Commit() releases into the enclosing transaction and the destructor
//     rolls back alone, leaving the earlier work of the batch intact.
//   * ReadScope: one snapshot for several SELECTs. Outside a transaction it
//     opens a DEFERRED one; inside one (a write batch) the connection already
//     reads a single state, its own uncommitted writes included.
// Neither is copyable; both end their transaction or savepoint on every path.
#ifndef CLAIMGRAPH_STORE_SCOPES_INTERNAL_H_
#define CLAIMGRAPH_STORE_SCOPES_INTERNAL_H_

#include <SQLiteCpp/SQLiteCpp.h>

namespace claimgraph::store::internal {

// True while `db` has a transaction open (BEGIN or SAVEPOINT).
bool InTransaction(SQLite::Database& db);

class WriteScope {
 public:
  explicit WriteScope(SQLite::Database& db);
  ~WriteScope();
  WriteScope(const WriteScope&) = delete;
  WriteScope& operator=(const WriteScope&) = delete;

  // Makes the work permanent (outside a batch) or part of the batch (inside).
  void Commit();

 private:
  SQLite::Database& db_;
  bool nested_;
  bool done_ = false;
};

class ReadScope {
 public:
  explicit ReadScope(SQLite::Database& db);
  ~ReadScope();
  ReadScope(const ReadScope&) = delete;
  ReadScope& operator=(const ReadScope&) = delete;

 private:
  SQLite::Database& db_;
  bool owns_;
};

}  // namespace claimgraph::store::internal

#endif  // CLAIMGRAPH_STORE_SCOPES_INTERNAL_H_
