// Store: opening the database, and the small lookups of the ingest path.
#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <spdlog/spdlog.h>

#include <string>
#include <utility>

#include "store/migrations.h"
#include "store/row_mapping_internal.h"
#include "store/store_impl_internal.h"

namespace claimgraph::store {
namespace {

constexpr int kBusyTimeoutMs = 5000;

// Connection settings, applied before migrating. Reading user_version first
// makes SQLite read the file header, so a file that is not a database fails
// here with SQLITE_NOTADB rather than half-way through a migration.
void Configure(SQLite::Database& db, const std::string& path, Store::Workload workload) {
  db.execAndGet("PRAGMA user_version");
  const std::string mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
  if (mode != "wal" && mode != "memory") {
    spdlog::warn("store {}: WAL mode unavailable, journal_mode is {}", path, mode);
  }
  db.exec("PRAGMA synchronous = NORMAL");
  // A 64 MiB page cache (the default is 2 MiB): the ingest's index probes
  // (claim keys, term postings and counts, candidates) spread over the whole
  // file, and a miss costs a read system call even when the OS has the page.
  // A bounded query keeps the default (see Store::Workload).
  if (workload == Store::Workload::kWide) db.exec("PRAGMA cache_size = -65536");
  db.exec("PRAGMA temp_store = MEMORY");
  // Checkpoint the WAL every 10,000 pages (about 40 MB) instead of 1,000: an
  // article's commit dirties index pages spread over the file, and the same
  // pages again a few articles later; a checkpoint copies (and fsyncs) each
  // page once however often it was committed since the last one.
  db.exec("PRAGMA wal_autocheckpoint = 10000");
  // foreign_keys is a no-op inside a transaction, so it is set here, once.
  db.exec("PRAGMA foreign_keys = ON");
}

}  // namespace

int SchemaVersion() { return internal::LatestVersion(); }

Store::Impl::Impl(const std::string& db_path, int flags)
    : path(db_path), db(db_path, flags, kBusyTimeoutMs) {}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, Workload workload) {
  try {
    auto impl = std::make_unique<Impl>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    Configure(impl->db, path, workload);
    CG_RETURN_IF_ERROR(internal::Migrate(impl->db, path));
    return std::unique_ptr<Store>(new Store(std::move(impl)));
  } catch (const SQLite::Exception& e) {
    Status status = internal::ToStatus(e, path, "opening");
    if (status.code() == Status::Code::kCorruption) return status;
    return Status::IOError("cannot open database '" + path + "': " + e.what());
  }
}

Status Store::BeginWriteBatch() {
  if (impl_->write_batch) {
    return Status::InvalidArgument("database '" + impl_->path + "': a write batch is already open");
  }
  return internal::Guarded(impl_->path, "beginning a write batch", [&]() -> Status {
    impl_->db.exec("BEGIN IMMEDIATE");
    impl_->write_batch = true;
    return Status::Ok();
  });
}

Status Store::CommitWriteBatch() {
  if (!impl_->write_batch) {
    return Status::InvalidArgument("database '" + impl_->path + "': no write batch is open");
  }
  Status status = internal::Guarded(impl_->path, "committing a write batch", [&]() -> Status {
    impl_->db.exec("COMMIT");
    return Status::Ok();
  });
  if (status.ok()) {
    impl_->write_batch = false;
  } else {
    AbandonWriteBatch();  // a failed COMMIT may leave the transaction open
  }
  return status;
}

void Store::AbandonWriteBatch() {
  if (!impl_->write_batch) return;
  impl_->write_batch = false;
  impl_->retrieval_cache.Clear();  // ids of rolled-back rows are reused
  impl_->recent_postings.reset();
  try {
    if (internal::InTransaction(impl_->db)) impl_->db.exec("ROLLBACK");
  } catch (const SQLite::Exception&) {
    // Nothing more to undo: SQLite ends a transaction it cannot roll back.
  }
}

bool Store::InWriteBatch() const { return impl_->write_batch; }

void Store::set_postings_merge_threshold(std::int64_t postings) {
  impl_->postings_merge_threshold = postings < 1 ? 1 : postings;
}

Result<bool> Store::HasArticle(const std::string& content_hash, std::int64_t* id) {
  return internal::Guarded(impl_->path, "looking up an article", [&]() -> Result<bool> {
    if (!impl_->has_article) {
      impl_->has_article = std::make_unique<SQLite::Statement>(
          impl_->db, "SELECT id FROM articles WHERE content_hash = ?1");
    }
    SQLite::Statement& query = *impl_->has_article;
    internal::Rebind(query);
    query.bind(1, content_hash);
    const bool found = query.executeStep();
    if (found && id != nullptr) *id = query.getColumn(0).getInt64();
    query.reset();
    return found;
  });
}

Result<std::vector<link::Candidate>> Store::FindCandidates(const std::string& proposition_key,
                                                           int limit) {
  using Candidates = std::vector<link::Candidate>;
  if (proposition_key.empty()) return Candidates{};
  return internal::Guarded(impl_->path, "finding candidates", [&]() -> Result<Candidates> {
    if (!impl_->find_candidates) {
      // The "<> ''" term lets SQLite use the partial index on proposition_key;
      // the index carries the rowid, so newest-first needs no sort.
      impl_->find_candidates = std::make_unique<SQLite::Statement>(
          impl_->db,
          "SELECT s.id, s.article_id, COALESCE(sp.name, ''), s.polarity, s.content,"
          " s.claim_id, s.hedged, a.source, a.published, s.normalised"
          " FROM statements AS s LEFT JOIN speakers AS sp ON sp.id = s.speaker_id"
          " JOIN articles AS a ON a.id = s.article_id"
          " WHERE s.proposition_key = ?1 AND s.proposition_key <> ''"
          " ORDER BY s.id DESC LIMIT ?2");
    }
    SQLite::Statement& query = *impl_->find_candidates;
    internal::Rebind(query);
    query.bind(1, proposition_key);
    query.bind(2, internal::SqlLimit(limit));
    Candidates out;
    while (query.executeStep()) {
      link::Candidate c;
      c.statement_id = query.getColumn(0).getInt64();
      c.article_id = query.getColumn(1).getInt64();
      c.speaker = query.getColumn(2).getString();
      c.polarity = internal::ParsePolarity(query.getColumn(3).getText());
      c.content = query.getColumn(4).getString();
      c.claim_id = query.getColumn(5).getInt64();
      c.hedged = query.getColumn(6).getInt() != 0;
      c.outlet = query.getColumn(7).getString();
      c.published = query.getColumn(8).getString();
      c.normalised = query.getColumn(9).getString();
      out.push_back(std::move(c));
    }
    query.reset();
    return out;
  });
}

Result<Counts> Store::GetCounts() {
  return internal::Guarded(impl_->path, "counting rows", [&]() -> Result<Counts> {
    SQLite::Statement query(
        impl_->db,
        "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM statements),"
        " (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM edges),"
        " (SELECT COUNT(*) FROM speakers)");
    query.executeStep();
    Counts c;
    c.articles = query.getColumn(0).getInt64();
    c.statements = query.getColumn(1).getInt64();
    c.claims = query.getColumn(2).getInt64();
    c.edges = query.getColumn(3).getInt64();
    c.speakers = query.getColumn(4).getInt64();
    return c;
  });
}

}  // namespace claimgraph::store
