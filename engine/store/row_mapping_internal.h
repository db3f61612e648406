// Row mapping: how stored rows become the model's records, and the small
// conversions every store file shares (enum names, LIKE patterns, exception
// to Status). Internal to store/: it exposes SQLiteCpp types.
#ifndef CLAIMGRAPH_STORE_ROW_MAPPING_INTERNAL_H_
#define CLAIMGRAPH_STORE_ROW_MAPPING_INTERNAL_H_

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "model/edge.h"
#include "model/records.h"
#include "model/statement.h"

namespace claimgraph::store::internal {

// "SELECT <statement columns> FROM statements AS s JOIN articles AS a ...
// LEFT JOIN speakers AS sp ...": append a WHERE and ORDER BY. Rows read with
// ReadStatementRecord.
extern const char kStatementSelect[];
StatementRecord ReadStatementRecord(const SQLite::Statement& row);

// Steps `query` to the end, reading every row with ReadStatementRecord.
std::vector<StatementRecord> ReadStatementRecords(SQLite::Statement& query);

// "SELECT <edge columns> FROM edges AS e": rows read with ReadEdgeRecord.
extern const char kEdgeSelect[];
EdgeRecord ReadEdgeRecord(const SQLite::Statement& row);

// Stored names of the enums are the model's ToString() names; unknown
// names (impossible under the schema's CHECK constraints) map to defaults.
StatementKind ParseKind(std::string_view name);
Polarity ParsePolarity(std::string_view name);
Relation ParseRelation(std::string_view name);

// A LIKE pattern matching any text that contains `needle`, with '%', '_'
// and the escape character '\' escaped; use with ESCAPE '\'.
std::string LikeContains(std::string_view needle);

// SQLite's LIMIT for a caller's limit: <= 0 means no limit (-1).
inline int SqlLimit(int limit) { return limit > 0 ? limit : -1; }

// Maps a SQLiteCpp exception to a Status naming the database and operation:
// not-a-database and corruption -> Corruption, constraint violations ->
// InvalidArgument, everything else (I/O, locks, full disk) -> IOError.
Status ToStatus(const SQLite::Exception& e, const std::string& path, std::string_view operation);

}  // namespace claimgraph::store::internal

#endif  // CLAIMGRAPH_STORE_ROW_MAPPING_INTERNAL_H_
