#include "eval/brat.h"

#include <catch2/catch.hpp>

#include <string>

namespace claimgraph::eval {
namespace {

// "café" has a two-byte é, so code point and byte offsets differ after it.
const std::string kText = "Le café “said” here. Mayor said no.";

}  // namespace

TEST_CASE("Brat: code-point offsets become byte offsets", "[eval]") {
  // "Mayor" starts at code point 21 and byte 26 (é is 2 bytes, “ ” are 3).
  const std::string ann =
      "T1\tSource 21 26\tMayor\nT2\tCue 27 31\tsaid\nT3\tContent 32 34\tno\n"
      "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
  auto gold = ParseBrat(ann, kText, "x.ann");
  REQUIRE(gold.ok());
  REQUIRE(gold->size() == 1);
  CHECK(gold->front().source.front().in(kText) == "Mayor");
  CHECK(gold->front().cue.front().in(kText) == "said");
  CHECK(gold->front().content.front().in(kText) == "no");
}

TEST_CASE("Brat: discontinuous spans and missing sources", "[eval]") {
  const std::string ann =
      "T1\tContent 0 2;8 12\tLe said\nT2\tCue 27 31\tsaid\n"
      "E1\tAttribution:T2 Content:T1 Cue:T2\n";
  auto gold = ParseBrat(ann, kText, "x.ann");
  REQUIRE(gold.ok());
  REQUIRE(gold->front().content.size() == 2);
  CHECK(gold->front().source.empty());
}

// Regression: PolNeAR train has .ann files whose quoted span text runs over
// several lines; the continuation lines are part of the text field.
TEST_CASE("Brat: span text continued on the next line is not an annotation", "[eval]") {
  const std::string ann =
      "T1\tSource 21 26\tMayor\nT2\tContent 0 19\tLe café\ncontinued text\n"
      "T3\tCue 27 31\tsaid\nE1\tAttribution:T3 Content:T2 Cue:T3 Source:T1\n";
  auto gold = ParseBrat(ann, kText, "x.ann");
  REQUIRE(gold.ok());
  REQUIRE(gold->size() == 1);
  CHECK(gold->front().source.front().in(kText) == "Mayor");
}

TEST_CASE("Brat: malformed lines and offsets past the text are errors naming the line", "[eval]") {
  auto bad = ParseBrat("T1\tSource 5 900\tx\n", kText, "x.ann");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("x.ann:1") != std::string::npos);
  auto unknown = ParseBrat("E1\tAttribution:T9 Cue:T9\n", kText, "y.ann");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message().find("y.ann:1") != std::string::npos);
}

}  // namespace claimgraph::eval
