// What a bounded report (report --limit, the default) says about what it
// covers and left out, in each format, and how it picks its speakers.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "report/graph_records.h"
#include "report/report.h"
#include "report/sample_records.h"

namespace claimgraph::report {
namespace {

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// HostileReport's graph with SampleReport's disputed claim, as the top 1 of
// 7 disputed claims analysed on a 4-claim subgraph.
ReportData BoundedReport() {
  ReportData data = testing::HostileReport();
  data.disputed = testing::SampleReport().disputed;
  data.speakers = testing::SampleReport().speakers;
  data.coverage.complete = false;
  data.coverage.limit = 1;
  data.coverage.disputed_total = 7;
  data.coverage.subgraph_claims = 4;
  data.coverage.subgraph_edges = 2;
  data.coverage.speakers_total = 3;
  return data;
}

SpeakerRecord Speaker(std::int64_t id, const std::string& name, int statements) {
  SpeakerRecord s;
  s.id = id;
  s.name = name;
  s.statement_count = statements;
  return s;
}

}  // namespace

TEST_CASE("Coverage: a complete report says nothing about what it left out", "[report]") {
  const ReportData data = testing::SampleReport();
  CHECK(CoverageNote(data).empty());
  CHECK_FALSE(Contains(RenderMarkdown(data), "This report lists"));
  CHECK(Contains(RenderMarkdown(data), "- Disputed claims: 1\n"));
  auto j = nlohmann::json::parse(RenderJson(data));
  CHECK(j["coverage"]["complete"] == true);
  CHECK(j["coverage"]["disputed_total"] == 1);
  CHECK(j["coverage"]["limit"].is_null());
  CHECK(j["summary"]["disputed_claims"] == 1);
}

TEST_CASE("Coverage: a bounded report says how many disputed claims it left out, in every format",
          "[report]") {
  const ReportData data = BoundedReport();
  const std::string note = CoverageNote(data);
  CHECK(Contains(note, "lists 1 of 7 disputed claims, most disputed first (6 left out;"));
  CHECK(Contains(note, "--limit N or --all"));
  CHECK(Contains(note, "the 4 claims and 2 edges around them, of 4 claims and 2 edges"));
  CHECK(Contains(note, "Speakers: 1 of the 3"));

  const std::string md = RenderMarkdown(data);
  CHECK(Contains(md, "- Disputed claims: 7\n"));  // the total, not the page
  CHECK(Contains(md, "\n" + note + "\n"));
  CHECK(md.find(note) < md.find("## Disputed claims"));

  auto j = nlohmann::json::parse(RenderJson(data));
  CHECK(j["summary"]["disputed_claims"] == 7);
  CHECK(j["disputed"].size() == 1);
  const auto& c = j["coverage"];
  CHECK(c["complete"] == false);
  CHECK(c["limit"] == 1);
  CHECK(c["disputed_shown"] == 1);
  CHECK(c["disputed_total"] == 7);
  CHECK(c["subgraph_claims"] == 4);
  CHECK(c["subgraph_edges"] == 2);
  CHECK(c["subgraph_truncated"] == false);
  CHECK(c["speakers_shown"] == 1);
  CHECK(c["speakers_total"] == 3);
  CHECK(c["note"] == note);

  CHECK(Contains(RenderHtml(data), "<p class=\"coverage\">This report lists 1 of 7 disputed"));
}

TEST_CASE("Coverage: a capped subgraph is called out, and a scoped report does not ask for --limit",
          "[report]") {
  ReportData data = BoundedReport();
  data.coverage.subgraph_truncated = true;
  CHECK(Contains(CoverageNote(data), "reached its size cap"));
  data.since = "2022-01-01";
  CHECK_FALSE(Contains(CoverageNote(data), "left out;"));
}

TEST_CASE("AddSpeakersOf: speakers of the subgraph, most statements in it first, capped",
          "[report]") {
  GraphSnapshot snapshot = testing::HostileSnapshot();
  // Peskov (speaker 21) says something in claim 4 too: two statements here.
  StatementRecord again = testing::GraphStatement(42, 4, "Dmitry Peskov", "Peskov said more.", 4, "");
  again.speaker_id = 21;
  snapshot.claims[3].statements.push_back(again);
  const std::vector<SpeakerRecord> speakers = {Speaker(41, "Jens Stoltenberg", 9),
                                               Speaker(21, "Dmitry Peskov", 5),
                                               Speaker(81, "Someone", 1),
                                               Speaker(999, "Not in the subgraph", 50)};
  ReportData all;
  AddSpeakersOf(snapshot, speakers, 0, &all);
  REQUIRE(all.speakers.size() == 3);
  CHECK(all.coverage.speakers_total == 3);
  CHECK(all.speakers[0].speaker.name == "Dmitry Peskov");
  REQUIRE(all.speakers[0].statements.size() == 2);
  CHECK(all.speakers[0].statements[0].id == 11);  // article order
  CHECK(all.speakers[1].speaker.name == "Jens Stoltenberg");  // then most statements overall
  CHECK(all.speakers[2].speaker.name == "Someone");

  ReportData capped;
  AddSpeakersOf(snapshot, speakers, 2, &capped);
  CHECK(capped.speakers.size() == 2);
  CHECK(capped.coverage.speakers_total == 3);
}

TEST_CASE("Html: a controversy with too many edges is listed, not drawn (Graphviz is superlinear)",
          "[report]") {
  ReportData data = testing::HostileReport();
  REQUIRE(data.controversies.size() == 1);
  CHECK_FALSE(Contains(RenderHtml(data), "graph not drawn"));
  graph::Controversy& c = data.controversies[0];
  const EdgeRecord first = c.edges.at(0);
  while (c.edges.size() <= 400) {
    c.edges.push_back(first);
    c.edges.back().id = static_cast<std::int64_t>(c.edges.size()) + 100;
  }
  CHECK(Contains(RenderHtml(data), "graph not drawn"));
}

}  // namespace claimgraph::report
