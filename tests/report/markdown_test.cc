// Tests for RenderMarkdown: content of the report and safety of user text.
#include <catch2/catch.hpp>
#include <string>

#include "report/report.h"
#include "report/sample_records.h"

namespace claimgraph::report {
namespace {

using Catch::Matchers::Contains;
using testing::SampleDisputed;
using testing::SampleReport;

std::size_t Find(const std::string& haystack, const std::string& needle) {
  std::size_t at = haystack.find(needle);
  INFO("looking for: " << needle);
  REQUIRE(at != std::string::npos);
  return at;
}

// True if `needle` occurs in `text` without a backslash right before it.
bool HasUnescaped(const std::string& text, const std::string& needle) {
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    if (at == 0 || text[at - 1] != '\\') return true;
  }
  return false;
}

TEST_CASE("Markdown: report shows the disputed claim, who asserted and who disputes it, and why",
          "[report]") {
  std::string md = RenderMarkdown(SampleReport());
  CHECK_THAT(md, Contains("# Claim graph report"));
  CHECK_THAT(md, Contains("- Articles: 2\n"));
  CHECK_THAT(md, Contains("- Disputed claims: 1\n"));
  CHECK_THAT(md, Contains("> **no date has been set for the summit**"));
  CHECK_THAT(md, Contains("- **Dmitry Peskov** — *Summit talks stall*, Bloomberg, 2024-03-01"));
  CHECK_THAT(md, Contains("  > Dmitry Peskov said no date has been set for the summit."));
  CHECK_THAT(md, Contains("- **Yuri Ushakov** — *Kremlin aide names date*, Reuters, 2024-03-02"));
  CHECK_THAT(md, Contains("  > Yuri Ushakov said the summit will be held in May."));
  CHECK_THAT(md, Contains("*Why:* Ushakov names a date that Peskov says has not been set. — "
                          "rule contradicting-date, score 0.85"));
  // Sections in order: summary, disputed (assertion before dispute), speakers.
  std::size_t disputed = Find(md, "## Disputed claims");
  std::size_t asserted = Find(md, "**Asserted by**");
  std::size_t disputer = Find(md, "**Disputed by** (1 speaker, 1 outlet)");
  std::size_t speakers = Find(md, "## Speakers");
  CHECK(Find(md, "## Summary") < disputed);
  CHECK(disputed < asserted);
  CHECK(asserted < disputer);
  CHECK(disputer < speakers);
}

TEST_CASE("Markdown: speakers section lists aliases and what each asserted where", "[report]") {
  ReportData data = SampleReport();
  StatementRecord denied = data.speakers[0].statements[0];
  denied.polarity = Polarity::kDenied;
  denied.content = "Moscow plans a new offensive";
  denied.hedged = true;
  data.speakers[0].statements.push_back(denied);
  std::string md = RenderMarkdown(data);
  std::size_t speakers = Find(md, "## Speakers");
  CHECK(Find(md, "### Dmitry Peskov") > speakers);
  CHECK_THAT(md, Contains("Also written as: Peskov, Kremlin spokesman"));
  CHECK_THAT(md, Contains("- Asserted: “no date has been set for the summit” — "
                          "Summit talks stall, Bloomberg 2024-03-01\n"));
  CHECK_THAT(md, Contains("- Denied: “Moscow plans a new offensive” — "
                          "Summit talks stall, Bloomberg 2024-03-01 (hedged)\n"));
}

TEST_CASE("Markdown: empty data says there are no disputed claims", "[report]") {
  std::string md = RenderMarkdown(ReportData{});
  CHECK_THAT(md, Contains("- Disputed claims: 0"));
  CHECK_THAT(md, Contains("## Disputed claims\n\nNo disputed claims were found."));
  CHECK_THAT(md, Contains("## Speakers\n\nNo attributed statements were found.\n"));
  CHECK(md.back() == '\n');
  CHECK(md.substr(md.size() - 2) != "\n\n");
}

TEST_CASE("Markdown: hostile statement text yields no HTML, link, emphasis or new block",
          "[report]") {
  ReportData data = SampleReport();
  DisputedClaim::Dispute& dispute = data.disputed[0].disputes[0];
  dispute.disputer.sentence =
      "He said <script>alert(1)</script> and **bold** | a | table [x](javascript:alert(1))\n"
      "# not a heading\n\n- not a list <img src=x onerror=alert(1)>";
  dispute.disputer.speaker = "<b>Mallory</b>";
  dispute.edge.reason = "![img](http://evil/x.png) `code` _em_";
  std::string md = RenderMarkdown(data);

  CHECK_THAT(md, !Contains("<script"));
  CHECK_THAT(md, !Contains("<img"));
  CHECK_THAT(md, !Contains("<b>"));
  // No link or image can form: every bracket is escaped.
  CHECK_FALSE(HasUnescaped(md, "]("));
  CHECK_FALSE(HasUnescaped(md, "[x"));
  CHECK_FALSE(HasUnescaped(md, "[img"));
  CHECK_THAT(md, !Contains("**bold**"));
  CHECK_THAT(md, !Contains("\n# not a heading"));
  CHECK_THAT(md, !Contains("\n- not a list"));
  // The text is still all there, escaped, on one quoted line.
  CHECK_THAT(md, Contains("  > He said &lt;script&gt;alert(1)&lt;/script&gt; and \\*\\*bold\\*\\* "
                          "\\| a \\| table \\[x\\](javascript:alert(1)) # not a heading - not a "
                          "list &lt;img src=x onerror=alert(1)&gt;\n"));
  CHECK_THAT(md, Contains("**&lt;b&gt;Mallory&lt;/b&gt;**"));
  CHECK_THAT(md, Contains("!\\[img\\](http://evil/x.png) \\`code\\` \\_em\\_"));
}

TEST_CASE("Markdown: narrative statements are attributed to (narrative)", "[report]") {
  ReportData data = SampleReport();
  data.disputed[0].claim.statements[0].speaker = "";
  CHECK_THAT(RenderMarkdown(data), Contains("- **(narrative)** — *Summit talks stall*"));
}

TEST_CASE("Markdown: output is deterministic", "[report]") {
  CHECK(RenderMarkdown(SampleReport()) == RenderMarkdown(SampleReport()));
}

}  // namespace
}  // namespace claimgraph::report
