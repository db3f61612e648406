// CSV reading and writing (RFC 4180 as FNC-1 uses it): fields separated by
// commas, optionally quoted with '"'; a quoted field may hold commas, line
// breaks and doubled quotes (""); records end at LF or CRLF.
#ifndef CLAIMGRAPH_STANCE_CSV_H_
#define CLAIMGRAPH_STANCE_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace claimgraph::stance {

using CsvRecord = std::vector<std::string>;

// Parses the whole text (a leading UTF-8 byte-order mark is skipped; a
// final line end is optional; empty lines are skipped). InvalidArgument
// naming `origin` and the line on an unterminated quote or a character
// after a closing quote.
Result<std::vector<CsvRecord>> ParseCsv(std::string_view text, const std::string& origin);

// Reads and parses a file; IOError naming the path if it cannot be read.
Result<std::vector<CsvRecord>> ReadCsvFile(const std::string& path);

// One field, quoted when it holds a comma, quote, CR or LF.
std::string CsvField(std::string_view value);

// A record line: fields joined by commas, then "\n".
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace claimgraph::stance

#endif  // CLAIMGRAPH_STANCE_CSV_H_
