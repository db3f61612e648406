#include "stance/csv.h"

#include <fstream>
#include <sstream>

namespace claimgraph::stance {

Result<std::vector<CsvRecord>> ParseCsv(std::string_view text, const std::string& origin) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<CsvRecord> records;
  CsvRecord record;
  std::string field;
  bool quoted = false;       // inside a quoted field
  bool was_quoted = false;   // the current field was quoted (closing quote seen)
  bool dirty = false;        // the current record has content
  int line = 1;
  auto error = [&](const std::string& what) {
    return Status::InvalidArgument(origin + ":" + std::to_string(line) + ": " + what);
  };
  auto end_record = [&] {
    record.push_back(std::move(field));
    field.clear();
    if (dirty || record.size() > 1 || !record.front().empty()) records.push_back(std::move(record));
    record.clear();
    was_quoted = dirty = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
        was_quoted = true;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
      was_quoted = false;
      dirty = true;
    } else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      if (c == '\r') ++i;
      end_record();
      ++line;
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = true;
      dirty = true;
    } else if (was_quoted) {
      return error("unexpected character after a closing quote");
    } else {
      field += c;
    }
  }
  if (quoted) return error("unterminated quoted field");
  if (!field.empty() || !record.empty() || was_quoted) end_record();
  return records;
}

Result<std::vector<CsvRecord>> ReadCsvFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return ParseCsv(text.str(), path);
}

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += CsvField(fields[i]);
  }
  return out + "\n";
}

}  // namespace claimgraph::stance
