// Store's read queries: claims, statements, edges, speakers, snapshot.
// Every query is parameterised; user text only ever reaches SQL as a bound
// value (LIKE patterns are escaped by LikeContains).
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>

#include "store/row_mapping_internal.h"
#include "store/store.h"
#include "store/store_impl_internal.h"

namespace claimgraph::store {

using internal::Guarded;

std::vector<StatementRecord> Store::Impl::StatementsOfClaim(std::int64_t claim_id) {
  SQLite::Statement query(db, std::string(internal::kStatementSelect) +
                                  "WHERE s.claim_id = ?1 ORDER BY s.article_id, s.ordinal");
  query.bind(1, claim_id);
  return internal::ReadStatementRecords(query);
}

std::optional<ClaimRecord> Store::Impl::LoadClaim(std::int64_t claim_id) {
  SQLite::Statement query(db, "SELECT id, text FROM claims WHERE id = ?1");
  query.bind(1, claim_id);
  if (!query.executeStep()) return std::nullopt;
  ClaimRecord claim;
  claim.id = query.getColumn(0).getInt64();
  claim.text = query.getColumn(1).getString();
  claim.statements = StatementsOfClaim(claim.id);
  return claim;
}

std::optional<ClaimRecord> Store::Impl::LoadClaimHead(std::int64_t claim_id, int max_statements,
                                                      int* statement_count) {
  if (max_statements <= 0) {
    std::optional<ClaimRecord> claim = LoadClaim(claim_id);
    if (claim) *statement_count = static_cast<int>(claim->statements.size());
    return claim;
  }
  if (!claim_head) {
    claim_head = std::make_unique<SQLite::Statement>(
        db,
        "SELECT id, text, (SELECT COUNT(*) FROM statements WHERE claim_id = ?1)"
        " FROM claims WHERE id = ?1");
    claim_head_statements =
        std::make_unique<SQLite::Statement>(db, std::string(internal::kStatementSelect) +
                                                    "WHERE s.claim_id = ?1 ORDER BY s.id LIMIT ?2");
  }
  SQLite::Statement& query = *claim_head;
  internal::Rebind(query);
  query.bind(1, claim_id);
  if (!query.executeStep()) return std::nullopt;
  ClaimRecord claim;
  claim.id = query.getColumn(0).getInt64();
  claim.text = query.getColumn(1).getString();
  *statement_count = query.getColumn(2).getInt();
  query.reset();
  // Article order is id order: an article's statements are inserted in
  // ordinal order, after every statement of the articles stored before it
  // (ids are never reused, rows never deleted). Ordering by id lets the
  // statements_claim index (claim_id, rowid) yield the first rows directly,
  // instead of reading and sorting every statement of a claim restated
  // thousands of times.
  SQLite::Statement& head = *claim_head_statements;
  internal::Rebind(head);
  head.bind(1, claim_id);
  head.bind(2, max_statements);
  claim.statements = internal::ReadStatementRecords(head);
  return claim;
}

std::optional<StatementRecord> Store::Impl::LoadStatement(std::int64_t statement_id) {
  SQLite::Statement query(db, std::string(internal::kStatementSelect) + "WHERE s.id = ?1");
  query.bind(1, statement_id);
  if (!query.executeStep()) return std::nullopt;
  return internal::ReadStatementRecord(query);
}

Result<ClaimRecord> Store::Claim(std::int64_t claim_id) {
  return Guarded(impl_->path, "reading a claim", [&]() -> Result<ClaimRecord> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<ClaimRecord> {
      std::optional<ClaimRecord> claim = impl_->LoadClaim(claim_id);
      if (!claim) return Status::NotFound("no claim with id " + std::to_string(claim_id));
      return std::move(*claim);
    });
  });
}

Result<StatementRecord> Store::Statement(std::int64_t statement_id) {
  return Guarded(impl_->path, "reading a statement", [&]() -> Result<StatementRecord> {
    std::optional<StatementRecord> statement = impl_->LoadStatement(statement_id);
    if (!statement) {
      return Status::NotFound("no statement with id " + std::to_string(statement_id));
    }
    return std::move(*statement);
  });
}

Result<std::vector<ClaimRecord>> Store::Claims(const ClaimFilter& filter) {
  using ClaimList = std::vector<ClaimRecord>;
  return Guarded(impl_->path, "listing claims", [&]() -> Result<ClaimList> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<ClaimList> {
      // An empty filter field is bound as '' and switches its clause off.
      // LIKE compares ASCII letters case-insensitively.
      SQLite::Statement query(
          impl_->db,
          "SELECT c.id, c.text FROM claims AS c"
          " WHERE (?1 = '' OR EXISTS ("
          "   SELECT 1 FROM statements AS s JOIN speakers AS sp ON sp.id = s.speaker_id"
          "   WHERE s.claim_id = c.id AND (sp.name LIKE ?2 ESCAPE '\\' OR EXISTS ("
          "     SELECT 1 FROM speaker_aliases AS al"
          "     WHERE al.speaker_id = sp.id AND al.alias LIKE ?2 ESCAPE '\\'))))"
          " AND (?3 = '' OR EXISTS ("
          "   SELECT 1 FROM statements AS s"
          "   WHERE s.claim_id = c.id AND s.content LIKE ?4 ESCAPE '\\'))"
          " ORDER BY c.id LIMIT ?5");
      query.bind(1, filter.speaker);
      query.bind(2, internal::LikeContains(filter.speaker));
      query.bind(3, filter.search);
      query.bind(4, internal::LikeContains(filter.search));
      query.bind(5, internal::SqlLimit(filter.limit));
      ClaimList out;
      while (query.executeStep()) {
        ClaimRecord claim;
        claim.id = query.getColumn(0).getInt64();
        claim.text = query.getColumn(1).getString();
        out.push_back(std::move(claim));
      }
      for (ClaimRecord& claim : out) claim.statements = impl_->StatementsOfClaim(claim.id);
      return out;
    });
  });
}

Result<std::vector<EdgeRecord>> Store::EdgesOfClaim(std::int64_t claim_id) {
  using Edges = std::vector<EdgeRecord>;
  return Guarded(impl_->path, "reading the edges of a claim", [&]() -> Result<Edges> {
    // Two indexed lookups (edges by from- and by to-statement); UNION drops
    // an edge whose both ends belong to the claim from appearing twice.
    SQLite::Statement query(
        impl_->db,
        "SELECT id, from_statement, to_statement, relation, rule, reason, score FROM ("
        " SELECT e.* FROM statements AS s JOIN edges AS e ON e.from_statement = s.id"
        "  WHERE s.claim_id = ?1"
        " UNION"
        " SELECT e.* FROM statements AS s JOIN edges AS e ON e.to_statement = s.id"
        "  WHERE s.claim_id = ?1)"
        " ORDER BY id");
    query.bind(1, claim_id);
    Edges out;
    while (query.executeStep()) out.push_back(internal::ReadEdgeRecord(query));
    return out;
  });
}

Result<std::vector<SpeakerRecord>> Store::Speakers() {
  using SpeakerList = std::vector<SpeakerRecord>;
  return Guarded(impl_->path, "listing speakers", [&]() -> Result<SpeakerList> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<SpeakerList> {
      SQLite::Statement query(
          impl_->db,
          "SELECT sp.id, sp.name, (SELECT COUNT(*) FROM statements AS s WHERE s.speaker_id = sp.id)"
          " AS n FROM speakers AS sp ORDER BY n DESC, sp.name, sp.id");
      SpeakerList out;
      std::map<std::int64_t, std::size_t> index_of;
      while (query.executeStep()) {
        SpeakerRecord speaker;
        speaker.id = query.getColumn(0).getInt64();
        speaker.name = query.getColumn(1).getString();
        speaker.statement_count = query.getColumn(2).getInt();
        index_of[speaker.id] = out.size();
        out.push_back(std::move(speaker));
      }
      SQLite::Statement aliases(impl_->db,
                                "SELECT speaker_id, alias FROM speaker_aliases"
                                " ORDER BY speaker_id, alias");
      while (aliases.executeStep()) {
        auto it = index_of.find(aliases.getColumn(0).getInt64());
        if (it != index_of.end()) out[it->second].aliases.push_back(aliases.getColumn(1).getString());
      }
      return out;
    });
  });
}

Result<std::vector<SpeakerRecord>> Store::SpeakersById(const std::vector<std::int64_t>& speaker_ids) {
  using SpeakerList = std::vector<SpeakerRecord>;
  return Guarded(impl_->path, "reading speakers", [&]() -> Result<SpeakerList> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<SpeakerList> {
      // Each a lookup by primary key, a count over statements_speaker and a
      // range of the (speaker_id, alias) unique index.
      SQLite::Statement speaker(
          impl_->db,
          "SELECT sp.name, (SELECT COUNT(*) FROM statements AS s WHERE s.speaker_id = sp.id)"
          " FROM speakers AS sp WHERE sp.id = ?1");
      SQLite::Statement aliases(
          impl_->db, "SELECT alias FROM speaker_aliases WHERE speaker_id = ?1 ORDER BY alias");
      SpeakerList out;
      for (std::int64_t id : std::set<std::int64_t>(speaker_ids.begin(), speaker_ids.end())) {
        internal::Rebind(speaker);
        speaker.bind(1, id);
        if (!speaker.executeStep()) continue;
        SpeakerRecord record;
        record.id = id;
        record.name = speaker.getColumn(0).getString();
        record.statement_count = speaker.getColumn(1).getInt();
        internal::Rebind(aliases);
        aliases.bind(1, id);
        while (aliases.executeStep()) record.aliases.push_back(aliases.getColumn(0).getString());
        out.push_back(std::move(record));
      }
      // The order of Speakers().
      std::sort(out.begin(), out.end(), [](const SpeakerRecord& a, const SpeakerRecord& b) {
        if (a.statement_count != b.statement_count) return a.statement_count > b.statement_count;
        if (a.name != b.name) return a.name < b.name;
        return a.id < b.id;
      });
      return out;
    });
  });
}

Result<std::vector<StatementRecord>> Store::StatementsBySpeaker(std::int64_t speaker_id) {
  using StatementList = std::vector<StatementRecord>;
  return Guarded(impl_->path, "reading a speaker's statements", [&]() -> Result<StatementList> {
    SQLite::Statement query(impl_->db, std::string(internal::kStatementSelect) +
                                           "WHERE s.speaker_id = ?1"
                                           " ORDER BY s.article_id, s.ordinal");
    query.bind(1, speaker_id);
    return internal::ReadStatementRecords(query);
  });
}

Result<GraphSnapshot> Store::Snapshot() {
  return Guarded(impl_->path, "reading the claim graph", [&]() -> Result<GraphSnapshot> {
    return internal::InReadTransaction(impl_->db, [&]() -> Result<GraphSnapshot> {
      GraphSnapshot snapshot;
      std::map<std::int64_t, std::size_t> index_of;
      SQLite::Statement claims(impl_->db, "SELECT id, text FROM claims ORDER BY id");
      while (claims.executeStep()) {
        ClaimRecord claim;
        claim.id = claims.getColumn(0).getInt64();
        claim.text = claims.getColumn(1).getString();
        index_of[claim.id] = snapshot.claims.size();
        snapshot.claims.push_back(std::move(claim));
      }
      // One pass over all statements instead of one query per claim.
      SQLite::Statement statements(
          impl_->db, std::string(internal::kStatementSelect) + "ORDER BY s.article_id, s.ordinal");
      while (statements.executeStep()) {
        StatementRecord record = internal::ReadStatementRecord(statements);
        auto it = index_of.find(record.claim_id);
        if (it != index_of.end()) snapshot.claims[it->second].statements.push_back(std::move(record));
      }
      SQLite::Statement edges(impl_->db, std::string(internal::kEdgeSelect) + "ORDER BY e.id");
      while (edges.executeStep()) snapshot.edges.push_back(internal::ReadEdgeRecord(edges));
      return snapshot;
    });
  });
}

}  // namespace claimgraph::store
