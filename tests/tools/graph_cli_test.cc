// The graph analysis, report and export commands end to end on the sample
// batch (plus the hostile article for the report).
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tools/cli_runner.h"

namespace claimgraph::testing {
namespace {

const std::string kFixtures = CLAIMGRAPH_FIXTURES_DIR;
const std::string kSample = kFixtures + "/sample";
const std::string kHostile = kFixtures + "/report/hostile.jsonl";

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string Db(const ScratchDir& dir) { return "--db '" + dir.db() + "' "; }

// A scratch database with the sample (and the hostile article) ingested.
void Ingest(const ScratchDir& dir) {
  auto ingest = RunCli(Db(dir) + "-q ingest '" + kSample + "' '" + kHostile + "'");
  REQUIRE(ingest.exit_code == 0);
}

}  // namespace

TEST_CASE("CLI graph: controversies rank groups of claims with camps and acceptance", "[tools]") {
  ScratchDir dir;
  Ingest(dir);
  auto text = RunCli(Db(dir) + "controversies");
  REQUIRE(text.exit_code == 0);
  CHECK(Contains(text.out, "1. Controversy "));
  CHECK(Contains(text.out, "side A: "));
  CHECK(Contains(text.out, "[rejected]"));
  auto json = RunCli(Db(dir) + "controversies --json");
  REQUIRE(json.exit_code == 0);
  auto parsed = nlohmann::json::parse(json.out);
  REQUIRE(parsed.is_array());
  REQUIRE(!parsed.empty());
  CHECK(parsed[0]["rank"] == 1);
  CHECK(parsed[0]["camps"].size() == 2);
  CHECK(parsed[0]["disputes"].get<int>() >= 1);
  auto limited = nlohmann::json::parse(RunCli(Db(dir) + "controversies --json --limit 1").out);
  CHECK(limited.size() == 1);
}

TEST_CASE("CLI graph: speakers says who disputes whom with the claims behind it", "[tools]") {
  ScratchDir dir;
  Ingest(dir);
  auto json = RunCli(Db(dir) + "speakers --json");
  REQUIRE(json.exit_code == 0);
  auto parsed = nlohmann::json::parse(json.out);
  REQUIRE(!parsed.empty());
  CHECK(parsed[0]["relation"] == "disputes");
  CHECK(!parsed[0]["to_claims"].empty());
  auto text = RunCli(Db(dir) + "speakers");
  CHECK(Contains(text.out, " disputes "));
}

TEST_CASE("CLI graph: timeline of a claim and of its controversy; unknown ids fail", "[tools]") {
  ScratchDir dir;
  Ingest(dir);
  auto disputed = nlohmann::json::parse(RunCli(Db(dir) + "disputed --json").out);
  REQUIRE(!disputed.empty());
  const std::string id = std::to_string(disputed[0]["claim"]["id"].get<long>());
  CHECK(disputed[0]["acceptance"].is_string());
  auto text = RunCli(Db(dir) + "timeline " + id);
  REQUIRE(text.exit_code == 0);
  CHECK(Contains(text.out, "first assertion"));
  CHECK(Contains(text.out, "dispute"));
  auto whole = nlohmann::json::parse(RunCli(Db(dir) + "timeline --controversy --json " + id).out);
  auto single = nlohmann::json::parse(RunCli(Db(dir) + "timeline --json " + id).out);
  CHECK(whole.size() >= single.size());
  CHECK(RunCli(Db(dir) + "timeline 999999").exit_code == 1);
  CHECK(RunCli(Db(dir) + "timeline --controversy 999999").exit_code == 1);
  auto show = RunCli(Db(dir) + "show " + id);
  CHECK(Contains(show.out, "Status: "));
}

TEST_CASE("CLI graph: trace prints a tree with the edge rule", "[tools]") {
  ScratchDir dir;
  Ingest(dir);
  auto disputed = nlohmann::json::parse(RunCli(Db(dir) + "disputed --json").out);
  const std::string id = std::to_string(disputed[0]["claim"]["id"].get<long>());
  auto trace = RunCli(Db(dir) + "trace " + id);
  REQUIRE(trace.exit_code == 0);
  CHECK(Contains(trace.out, "└"));
  CHECK(Contains(trace.out, ", score "));
}

TEST_CASE("CLI trace: equals the whole-graph trace, and --max-claims stops it and says so", "[tools]") {
  ScratchDir dir;
  Ingest(dir);
  auto disputed = nlohmann::json::parse(RunCli(Db(dir) + "disputed --json").out);
  REQUIRE(!disputed.empty());
  const std::string id = std::to_string(disputed[0]["claim"]["id"].get<long>());
  auto full = RunCli(Db(dir) + "trace " + id + " --depth 9 --json");
  REQUIRE(full.exit_code == 0);
  auto steps = nlohmann::json::parse(full.out);
  REQUIRE(steps.size() >= 2);
  CHECK(full.err.find("trace stopped") == std::string::npos);
  // The bounded trace is the whole component here: the same steps as a trace
  // that reads every claim (--max-claims far above the graph).
  auto wide = RunCli(Db(dir) + "trace " + id + " --depth 9 --json --max-claims 1000000");
  CHECK(wide.out == full.out);
  auto one = RunCli(Db(dir) + "trace " + id + " --depth 9 --json --max-claims 1");
  REQUIRE(one.exit_code == 0);
  CHECK(nlohmann::json::parse(one.out).size() == 1);
  CHECK(one.err.find("trace stopped at 1 claims") != std::string::npos);
  auto incoming = nlohmann::json::parse(RunCli(Db(dir) + "trace " + id + " --direction in --json").out);
  CHECK(incoming.size() >= 2);  // the top disputed claim has disputers
  CHECK(RunCli(Db(dir) + "trace 999999").exit_code == 1);
}

TEST_CASE("CLI report: lists the top --limit disputed claims and says how many were left out",
          "[tools]") {
  ScratchDir dir;
  Ingest(dir);
  auto ranked = nlohmann::json::parse(RunCli(Db(dir) + "disputed --json --limit 1000").out);
  const long total = static_cast<long>(ranked.size());
  REQUIRE(total >= 2);
  auto top = nlohmann::json::parse(RunCli(Db(dir) + "report --format json --limit 1").out);
  REQUIRE(top["disputed"].size() == 1);
  CHECK(top["disputed"][0]["claim"]["id"] == ranked[0]["claim"]["id"]);
  CHECK(top["summary"]["disputed_claims"] == total);
  CHECK(top["coverage"]["complete"] == false);
  CHECK(top["coverage"]["disputed_total"] == total);
  const std::string left = std::to_string(total - 1) + " left out";
  CHECK(Contains(top["coverage"]["note"].get<std::string>(),
                 "lists 1 of " + std::to_string(total) + " disputed claims"));
  CHECK(Contains(top["coverage"]["note"].get<std::string>(), left));
  CHECK(Contains(RunCli(Db(dir) + "report --format md --limit 1").out, left));
  CHECK(Contains(RunCli(Db(dir) + "report --format html --limit 1").out, left));

  auto all = nlohmann::json::parse(RunCli(Db(dir) + "report --format json --all").out);
  CHECK(all["coverage"]["complete"] == true);
  CHECK(all["disputed"].size() == ranked.size());
  CHECK(all["coverage"]["subgraph_claims"] == all["summary"]["claims"]);
  CHECK(top["coverage"]["subgraph_claims"].get<long>() <=
        all["coverage"]["subgraph_claims"].get<long>());
  // Every claim of a listed controversy is in the bounded report's subgraph.
  auto bounded = nlohmann::json::parse(RunCli(Db(dir) + "report --format json").out);
  CHECK(bounded["disputed"].size() == ranked.size());  // the default limit covers them all
  CHECK_FALSE(Contains(bounded["coverage"]["note"].get<std::string>(), "left out"));
  CHECK(RunCli(Db(dir) + "report --limit 0").exit_code == 2);
}

TEST_CASE("CLI report: html, md and json with --controversy and --since", "[tools]") {
  ScratchDir dir;
  Ingest(dir);
  const std::string html_path = (dir.path() / "report.html").string();
  auto html = RunCli(Db(dir) + "report --format html -o '" + html_path + "'");
  REQUIRE(html.exit_code == 0);
  const std::string page = ReadFile(html_path);
  CHECK(Contains(page, "<svg"));
  CHECK(Contains(page, "class=\"controversy\""));
  CHECK(Contains(page, "Hostile &lt;script&gt;alert(1)&lt;/script&gt; Wire"));
  CHECK_FALSE(Contains(page, "<script"));

  auto json = nlohmann::json::parse(RunCli(Db(dir) + "report --format json").out);
  REQUIRE(!json["controversies"].empty());
  const long first = json["controversies"][0]["id"];
  auto one = nlohmann::json::parse(
      RunCli(Db(dir) + "report --format json --controversy " + std::to_string(first)).out);
  CHECK(one["controversies"].size() == 1);
  CHECK(one["scope"]["controversy"] == first);
  CHECK(RunCli(Db(dir) + "report --controversy 999999").exit_code == 1);
  CHECK(RunCli(Db(dir) + "report --since yesterday").exit_code == 2);
  auto later = nlohmann::json::parse(RunCli(Db(dir) + "report --format json --since 2030-01-01").out);
  CHECK(later["controversies"].empty());
  CHECK(later["disputed"].empty());
  auto md = RunCli(Db(dir) + "report --format md");
  CHECK(Contains(md.out, "## Controversies"));
}

TEST_CASE("CLI export: dot, graphml, aif and jsonl agree on the counts", "[tools]") {
  ScratchDir dir;
  Ingest(dir);
  // JSONL: the reference counts.
  std::istringstream lines(RunCli(Db(dir) + "export --format jsonl").out);
  std::map<std::string, int> jsonl;
  std::string line;
  while (std::getline(lines, line)) ++jsonl[nlohmann::json::parse(line)["type"].get<std::string>()];
  REQUIRE(jsonl["claim"] > 0);
  REQUIRE(jsonl["edge"] > 0);

  auto aif = nlohmann::json::parse(RunCli(Db(dir) + "export --format aif").out);
  std::map<std::string, int> aif_nodes;
  for (const auto& node : aif["nodes"]) ++aif_nodes[node["type"].get<std::string>()];
  const int claim_edges = aif_nodes["RA"] + aif_nodes["CA"];
  CHECK(aif_nodes["I"] == jsonl["claim"]);
  CHECK(claim_edges > 0);
  CHECK(claim_edges <= jsonl["edge"]);
  CHECK(static_cast<int>(aif["edges"].size()) == 2 * claim_edges);

  const std::string graphml_path = (dir.path() / "graph.graphml").string();
  REQUIRE(RunCli(Db(dir) + "export --format graphml -o '" + graphml_path + "'").exit_code == 0);
  boost::property_tree::ptree tree;
  boost::property_tree::read_xml(graphml_path, tree);
  int nodes = 0, edges = 0;
  for (const auto& [tag, child] : tree.get_child("graphml.graph")) {
    nodes += tag == "node";
    edges += tag == "edge";
  }
  CHECK(nodes == jsonl["claim"]);
  CHECK(edges == claim_edges);

  const std::string dot = RunCli(Db(dir) + "export --format dot").out;
  int arrows = 0;
  for (std::size_t p = dot.find("->"); p != std::string::npos; p = dot.find("->", p + 2)) ++arrows;
  CHECK(arrows == claim_edges);
  CHECK(RunCli(Db(dir) + "export --format pdf").exit_code == 2);
}

}  // namespace claimgraph::testing
