// Extractor over the small fixture articles in fixtures/extract/: each row
// names a statement that must be found (speaker, content fragment, and the
// kind, polarity and hedge where they matter) or a text that must yield none.
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "extract/dump.h"
#include "extract/extract_test_util.h"
#include "extract/extractor.h"

namespace claimgraph::extract {
namespace {

constexpr const char* kCueAfter = "extract/cue_after.txt";
constexpr const char* kQuotes = "extract/quotes.txt";
constexpr const char* kResolution = "extract/resolution.txt";
constexpr const char* kDenialHedge = "extract/denial_hedge.txt";
constexpr const char* kBoilerplate = "extract/boilerplate.txt";
constexpr const char* kCoordination = "extract/coordination.txt";

struct Expected {
  const char* fixture;
  const char* speaker;
  const char* fragment;
  std::optional<StatementKind> kind = std::nullopt;
  std::optional<Polarity> polarity = std::nullopt;
  std::optional<bool> hedged = std::nullopt;
  std::optional<std::size_t> parts = std::nullopt;  // number of content parts
};

const std::vector<Expected>& ExpectedStatements() {
  using K = StatementKind;
  using P = Polarity;
  static const std::vector<Expected> kRows = {
      {kCueAfter, "union", "The dockworkers will stay off the job", K::kIndirect},
      {kCueAfter, "Maria Lopez", "We are not going back without a deal", K::kDirect},
      {kCueAfter, "port authority", "Shipping volumes fell by a third", K::kIndirect},
      {kCueAfter, "company filings", "the operator lost $40 million"},
      {kCueAfter, "officials", "Talks are expected to resume on Monday"},
      {kQuotes, "Alan Brooks", "We had no choice. The deficit was growing", K::kDirect,
       std::nullopt, std::nullopt, 2},
      {kQuotes, "Alan Brooks", "The libraries will stay open", K::kDirect, std::nullopt,
       std::nullopt, 2},
      {kQuotes, "Ruth Avery", "This budget abandons the people", K::kDirect},
      {kQuotes, "", "The council will vote on the plan next week", K::kNarrative},
      {kResolution, "Northwind Airlines", "a software fault grounded 200 flights"},
      {kResolution, "Helen Marsh", "the regulator would review the outage"},
      {kResolution, "Helen Marsh", "passengers were entitled to compensation"},
      {kResolution, "Helen Marsh", "the airline had been warned"},
      {kResolution, "Paul Okafor", "the fault had been fixed"},
      {kResolution, "Paul Okafor", "he expected a full schedule by Sunday"},
      {kDenialHedge, "finance ministry", "it had agreed a secret loan", K::kIndirect, P::kDenied,
       false},
      {kDenialHedge, "Opposition leaders", "the ministry's explanation", std::nullopt, P::kDenied},
      {kDenialHedge, "Ana Ruiz", "a rate rise in the spring", std::nullopt, P::kAsserted, true},
      {kDenialHedge, "person familiar with the talks", "could be worth as much as $2 billion",
       std::nullopt, P::kAsserted, true},
      {kDenialHedge, "ministry", "the claim", std::nullopt, P::kDenied},
      {kBoilerplate, "", "A winter storm cut power", K::kNarrative},
      {kBoilerplate, "utility", "Crews were working to restore electricity"},
      {kCoordination, "company", "it dumped waste into the river", std::nullopt, P::kDenied},
      {kCoordination, "company", "its filters meet federal standards", std::nullopt, P::kAsserted},
      {kCoordination, "inspectors", "that", std::nullopt, P::kDenied},
      {kCoordination, "state officials", "would expire next year"},
      {kCoordination, "Scientists", "showed that mercury levels had doubled"},
      {kCoordination, "company", "it will appeal"},
  };
  return kRows;
}

TEST_CASE("Extractor: finds the expected statements in the fixture articles", "[extract]") {
  for (const Expected& e : ExpectedStatements()) {
    const Article article = testing::LoadFixture(e.fixture);
    const std::vector<Statement> statements = Extractor().Extract(article);
    INFO(e.fixture << ": speaker=" << e.speaker << " fragment=" << e.fragment << "\n"
                   << DumpStatements(statements, article.text));
    const Statement* s = testing::FindStatement(statements, article.text, e.speaker, e.fragment);
    REQUIRE(s != nullptr);
    if (e.kind) CHECK(ToString(s->kind) == std::string(ToString(*e.kind)));
    if (e.polarity) CHECK(ToString(s->polarity) == std::string(ToString(*e.polarity)));
    if (e.hedged) CHECK(s->hedged == *e.hedged);
    if (e.parts) CHECK(s->content.size() == *e.parts);
  }
}

TEST_CASE("Extractor: fixture boilerplate and refusals yield no statement", "[extract]") {
  struct Row {
    const char* fixture;
    const char* text;
  };
  const std::vector<Row> rows = {
      {kBoilerplate, "By Jane Doe"},           {kBoilerplate, "Reuters"},
      {kBoilerplate, "Read the rest here"},    {kBoilerplate, "Click here to subscribe"},
      {kBoilerplate, "Share this article"},    {kBoilerplate, "Leave a Reply"},
      {kBoilerplate, "Send this to a friend"}, {kDenialHedge, "declined to comment"},
      {kQuotes, "Mayor defends budget cuts"},
  };
  for (const Row& r : rows) {
    const Article article = testing::LoadFixture(r.fixture);
    const std::vector<Statement> statements = Extractor().Extract(article);
    INFO(r.fixture << ": " << r.text << "\n" << DumpStatements(statements, article.text));
    CHECK_FALSE(testing::AnyStatementMentions(statements, article.text, r.text));
  }
}

}  // namespace
}  // namespace claimgraph::extract
