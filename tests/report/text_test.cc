// Tests for the terminal renderers: disputed, claims, show and trace.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "report/report.h"
#include "report/sample_records.h"

namespace claimgraph::report {
namespace {

using Catch::Matchers::Contains;
using testing::MakeStatement;
using testing::SampleDisputed;

TEST_CASE("DisputedText: a numbered claim with assertions, disputes and why", "[report]") {
  const std::string expected =
      "1. #7 \"no date has been set for the summit\"\n"
      "  asserted by Dmitry Peskov (Summit talks stall, Bloomberg 2024-03-01): "
      "\"Dmitry Peskov said no date has been set for the summit.\"\n"
      "  disputed by Yuri Ushakov (Kremlin aide names date, Reuters 2024-03-02): "
      "\"Yuri Ushakov said the summit will be held in May.\"\n"
      "    why: Ushakov names a date that Peskov says has not been set. "
      "[contradicting-date, score 0.85]\n"
      "  1 disputing speaker, 1 outlet\n";
  CHECK(DisputedText({SampleDisputed()}) == expected);
}

TEST_CASE("DisputedText: numbers claims, says (narrative) and flattens newlines", "[report]") {
  DisputedClaim second = SampleDisputed();
  second.claim.id = 9;
  second.claim.statements[0].speaker = "";
  second.claim.statements[0].polarity = Polarity::kDenied;
  second.claim.statements[0].sentence = "Line one\nline two";
  std::string text = DisputedText({SampleDisputed(), second});
  CHECK_THAT(text, Contains("\n\n2. #9 "));
  CHECK_THAT(text, Contains("  denied by (narrative) (Summit talks stall, Bloomberg 2024-03-01): "
                            "\"Line one line two\"\n"));
}

TEST_CASE("DisputedText: says how many of a claim's statements it left out", "[report]") {
  DisputedClaim d = SampleDisputed();
  d.statement_count = 3041;
  CHECK_THAT(DisputedText({d}),
             Contains("  ... and 3040 more statements of this claim (claimgraph show 7)\n"));
  d.statement_count = 1;
  CHECK_THAT(DisputedText({d}), !Contains("more statement"));
}

TEST_CASE("DisputedText: nothing disputed says so", "[report]") {
  CHECK(DisputedText({}) == "No disputed claims.\n");
}

TEST_CASE("ClaimsText: one line per claim with statement count and speakers", "[report]") {
  ClaimRecord two;
  two.id = 12;
  two.text = "the talks\nwill resume";
  two.statements = {MakeStatement(1, 12, "Ann Lee", "x", "x."), MakeStatement(2, 12, "", "x", "x."),
                    MakeStatement(3, 12, "Ann Lee", "x", "x.")};
  CHECK(ClaimsText({SampleDisputed().claim, two}) ==
        "#7 [1 statement] Dmitry Peskov: no date has been set for the summit\n"
        "#12 [3 statements] Ann Lee, (narrative): the talks will resume\n");
  CHECK(ClaimsText({}) == "No claims.\n");
}

TEST_CASE("ClaimText: statements with attribution and edges in both directions", "[report]") {
  DisputedClaim d = SampleDisputed();
  EdgeRecord supports;
  supports.id = 6;
  supports.from_statement = 11;
  supports.to_statement = 40;
  supports.relation = Relation::kSupports;
  supports.rule = "same-content";
  supports.reason = "Both say no date is set.";
  supports.score = 0.5;
  StatementRecord other = MakeStatement(40, 12, "", "no date yet", "No date yet.");
  std::string text =
      ClaimText(d.claim, {d.disputes[0].edge, supports}, {d.disputes[0].disputer, other});
  CHECK_THAT(text, Contains("Claim #7 \"no date has been set for the summit\"\n"));
  CHECK_THAT(text, Contains("Statements (1):\n  s11 Dmitry Peskov (Summit talks stall, "
                            "Bloomberg 2024-03-01)\n      [said; asserted, indirect] "
                            "\"no date has been set for the summit\"\n"));
  CHECK_THAT(text, Contains("Edges (2):\n"));
  CHECK_THAT(text, Contains("  disputed by #8 (s21 -> s11): Ushakov names a date that Peskov "
                            "says has not been set. [contradicting-date, score 0.85]\n"
                            "      Yuri Ushakov (Kremlin aide names date, Reuters 2024-03-02): "
                            "\"Yuri Ushakov said the summit will be held in May.\"\n"));
  CHECK_THAT(text, Contains("  supports #12 (s11 -> s40): Both say no date is set. "
                            "[same-content, score 0.50]\n      (narrative) (Summit"));
  CHECK_THAT(ClaimText(d.claim, {}, {}), Contains("Edges (0):\n  none\n"));
}

// Claims 1..5 as a trace from claim 1: 1 disputes 2, 3 disputes 1 (incoming),
// 2 supports 4, 3 disputes 5.
std::vector<graph::TraceStep> SampleTrace() {
  auto via = [](Relation r) {
    EdgeRecord e;
    e.relation = r;
    return e;
  };
  return {{1, 0, 0, EdgeRecord{}, true},
          {2, 1, 1, via(Relation::kDisputes), true},
          {3, 1, 1, via(Relation::kDisputes), false},
          {4, 2, 2, via(Relation::kSupports), true},
          {5, 3, 2, via(Relation::kDisputes), true}};
}

std::vector<ClaimRecord> TraceClaims() {
  std::vector<ClaimRecord> claims;
  for (std::int64_t id = 1; id <= 5; ++id) {
    ClaimRecord c;
    c.id = id;
    c.text = "claim " + std::to_string(id);
    claims.push_back(c);
  }
  return claims;
}

TEST_CASE("TraceText: an indented tree showing relation and direction", "[report]") {
  CHECK(TraceText(SampleTrace(), TraceClaims()) ==
        "#1 \"claim 1\"\n"
        "├─ disputes ─> #2 \"claim 2\"\n"
        "│  └─ supports ─> #4 \"claim 4\"\n"
        "└─ <─ disputed by ─ #3 \"claim 3\"\n"
        "   └─ disputes ─> #5 \"claim 5\"\n");
}

TEST_CASE("TraceText: each branch names the rule that drew its edge", "[report]") {
  auto steps = SampleTrace();
  steps[1].via.rule = "anaphoric-rebuttal";
  steps[1].via.score = 0.9;
  const std::string text = TraceText(steps, TraceClaims());
  CHECK(text.find("├─ disputes ─> #2 \"claim 2\"  [anaphoric-rebuttal, score 0.90]\n") !=
        std::string::npos);
}

TEST_CASE("TraceText: a lone claim and an empty trace", "[report]") {
  CHECK(TraceText({SampleTrace()[0]}, TraceClaims()) == "#1 \"claim 1\"\n");
  CHECK(TraceText({}, {}) == "No claims to trace.\n");
}

}  // namespace
}  // namespace claimgraph::report
