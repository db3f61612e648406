#include <sqlite3.h>

#include <string>

#include "store/row_mapping_internal.h"

namespace claimgraph::store::internal {
namespace {

Span ReadSpan(const SQLite::Statement& row, int begin_column) {
  return Span{static_cast<std::size_t>(row.getColumn(begin_column).getInt64()),
              static_cast<std::size_t>(row.getColumn(begin_column + 1).getInt64())};
}

}  // namespace

// Column order is ReadStatementRecord's contract; keep the two in step.
// The article columns come from the covering index articles_head
// (schema/0008_dispute_listing.sql), not from the articles rows, which hold
// the whole text: the planner would otherwise read one such row, a page or
// more, per listed statement.
const char kStatementSelect[] =
    "SELECT s.id, s.article_id, s.claim_id, COALESCE(s.speaker_id, 0), COALESCE(sp.name, ''),"
    " s.source_text, s.cue, s.cue_lemma, s.content, s.sentence,"
    " s.sentence_begin, s.sentence_end, s.source_begin, s.source_end,"
    " s.cue_begin, s.cue_end, s.content_begin, s.content_end,"
    " s.kind, s.polarity, s.hedged,"
    " a.title, a.source, a.url, a.published"
    " FROM statements AS s"
    " JOIN articles AS a INDEXED BY articles_head ON a.id = s.article_id"
    " LEFT JOIN speakers AS sp ON sp.id = s.speaker_id ";

StatementRecord ReadStatementRecord(const SQLite::Statement& row) {
  StatementRecord r;
  r.id = row.getColumn(0).getInt64();
  r.article_id = row.getColumn(1).getInt64();
  r.claim_id = row.getColumn(2).getInt64();
  r.speaker_id = row.getColumn(3).getInt64();
  r.speaker = row.getColumn(4).getString();
  r.source_text = row.getColumn(5).getString();
  r.cue = row.getColumn(6).getString();
  r.cue_lemma = row.getColumn(7).getString();
  r.content = row.getColumn(8).getString();
  r.sentence = row.getColumn(9).getString();
  r.sentence_span = ReadSpan(row, 10);
  r.source_span = ReadSpan(row, 12);
  r.cue_span = ReadSpan(row, 14);
  r.content_span = ReadSpan(row, 16);
  r.kind = ParseKind(row.getColumn(18).getText());
  r.polarity = ParsePolarity(row.getColumn(19).getText());
  r.hedged = row.getColumn(20).getInt() != 0;
  r.article_title = row.getColumn(21).getString();
  r.article_source = row.getColumn(22).getString();
  r.article_url = row.getColumn(23).getString();
  r.article_published = row.getColumn(24).getString();
  return r;
}

std::vector<StatementRecord> ReadStatementRecords(SQLite::Statement& query) {
  std::vector<StatementRecord> out;
  while (query.executeStep()) out.push_back(ReadStatementRecord(query));
  return out;
}

const char kEdgeSelect[] =
    "SELECT e.id, e.from_statement, e.to_statement, e.relation, e.rule, e.reason, e.score"
    " FROM edges AS e ";

EdgeRecord ReadEdgeRecord(const SQLite::Statement& row) {
  EdgeRecord r;
  r.id = row.getColumn(0).getInt64();
  r.from_statement = row.getColumn(1).getInt64();
  r.to_statement = row.getColumn(2).getInt64();
  r.relation = ParseRelation(row.getColumn(3).getText());
  r.rule = row.getColumn(4).getString();
  r.reason = row.getColumn(5).getString();
  r.score = row.getColumn(6).getDouble();
  return r;
}

StatementKind ParseKind(std::string_view name) {
  for (StatementKind kind : {StatementKind::kDirect, StatementKind::kIndirect,
                             StatementKind::kMixed, StatementKind::kNarrative}) {
    if (name == ToString(kind)) return kind;
  }
  return StatementKind::kNarrative;
}

Polarity ParsePolarity(std::string_view name) {
  return name == ToString(Polarity::kDenied) ? Polarity::kDenied : Polarity::kAsserted;
}

Relation ParseRelation(std::string_view name) {
  return name == ToString(Relation::kSupports) ? Relation::kSupports : Relation::kDisputes;
}

std::string LikeContains(std::string_view needle) {
  std::string pattern = "%";
  for (char c : needle) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  pattern += '%';
  return pattern;
}

Status ToStatus(const SQLite::Exception& e, const std::string& path, std::string_view operation) {
  std::string message = "database '" + path + "': " + std::string(operation) + ": " + e.what();
  switch (e.getErrorCode() & 0xff) {
    case SQLITE_NOTADB:
      return Status::Corruption("'" + path + "' is not an SQLite database (" + e.what() + ")");
    case SQLITE_CORRUPT:
      return Status::Corruption(std::move(message));
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
      return Status::InvalidArgument(std::move(message));
    default:
      return Status::IOError(std::move(message));
  }
}

}  // namespace claimgraph::store::internal
