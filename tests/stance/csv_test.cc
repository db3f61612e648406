// CSV parsing and quoting as FNC-1 files need them.
#include <catch2/catch.hpp>

#include <string>

#include "stance/csv.h"

namespace claimgraph::stance {

TEST_CASE("CSV: quoted fields keep commas, line breaks and doubled quotes", "[stance]") {
  auto records = ParseCsv(
      "Body ID,articleBody\n"
      "7,\"First line, with a comma\nSecond \"\"quoted\"\" line\"\r\n"
      "8,plain\n",
      "bodies.csv");
  REQUIRE(records.ok());
  REQUIRE(records->size() == 3);
  CHECK(records.value()[1][0] == "7");
  CHECK(records.value()[1][1] == "First line, with a comma\nSecond \"quoted\" line");
  CHECK(records.value()[2] == CsvRecord{"8", "plain"});
}

TEST_CASE("CSV: byte-order mark, empty fields and a missing final line end", "[stance]") {
  auto records = ParseCsv("\xEF\xBB\xBF" "a,b,c\n,\"\",x", "f.csv");
  REQUIRE(records.ok());
  REQUIRE(records->size() == 2);
  CHECK(records.value()[0] == CsvRecord{"a", "b", "c"});
  CHECK(records.value()[1] == CsvRecord{"", "", "x"});
}

TEST_CASE("CSV: an unterminated quote is an error naming file and line", "[stance]") {
  auto records = ParseCsv("a,b\n1,\"open\nstill open", "stances.csv");
  REQUIRE_FALSE(records.ok());
  CHECK(records.status().message().find("stances.csv:") != std::string::npos);
  CHECK(records.status().message().find("unterminated") != std::string::npos);
  auto stray = ParseCsv("a,\"b\"x\n", "s.csv");
  CHECK_FALSE(stray.ok());
}

TEST_CASE("CSV: written fields are quoted only when needed and read back", "[stance]") {
  CHECK(CsvField("plain") == "plain");
  CHECK(CsvField("a, b") == "\"a, b\"");
  CHECK(CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  const std::string line = CsvLine({"He said, \"no\"\nthen left", "12", "agree"});
  auto back = ParseCsv(line, "line");
  REQUIRE(back.ok());
  REQUIRE(back->size() == 1);
  CHECK(back.value()[0] == CsvRecord{"He said, \"no\"\nthen left", "12", "agree"});
}

}  // namespace claimgraph::stance
