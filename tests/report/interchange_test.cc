// Tests for ExportAif and ExportJsonl: read back, node and edge rules, counts.
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "report/graph_records.h"
#include "report/report.h"

namespace claimgraph::report {

TEST_CASE("Aif: claims are I-nodes, a dispute a CA-node and a support an RA-node between them",
          "[report]") {
  GraphSnapshot snapshot = testing::HostileSnapshot();
  auto aif = nlohmann::json::parse(ExportAif(snapshot));
  std::map<std::string, std::string> type_of;
  std::map<std::string, int> count;
  for (const auto& node : aif["nodes"]) {
    REQUIRE(node["nodeID"].is_string());
    REQUIRE(node["text"].is_string());
    type_of[node["nodeID"]] = node["type"];
    ++count[node["type"].get<std::string>()];
  }
  CHECK(count["I"] == 4);
  CHECK(count["CA"] == 1);
  CHECK(count["RA"] == 1);
  CHECK(aif["edges"].size() == 4);
  // Every edge joins an I-node and a scheme node; each scheme node has one
  // premise in and one conclusion out.
  std::map<std::string, int> in, out;
  for (const auto& edge : aif["edges"]) {
    REQUIRE(edge["edgeID"].is_string());
    std::string from = edge["fromID"], to = edge["toID"];
    REQUIRE(type_of.count(from) == 1);
    REQUIRE(type_of.count(to) == 1);
    CHECK((type_of[from] == "I") != (type_of[to] == "I"));
    ++out[from];
    ++in[to];
  }
  CHECK(in["CA1"] == 1);
  CHECK(out["CA1"] == 1);
  // Stoltenberg's claim 2 disputes Peskov's claim 1.
  bool premise = false, conclusion = false;
  for (const auto& edge : aif["edges"]) {
    premise |= edge["fromID"] == "I2" && edge["toID"] == "CA1";
    conclusion |= edge["fromID"] == "CA1" && edge["toID"] == "I1";
  }
  CHECK(premise);
  CHECK(conclusion);
}

TEST_CASE("Jsonl: one claim, statement or edge object a line, with acceptance", "[report]") {
  GraphSnapshot snapshot = testing::HostileSnapshot();
  graph::ClaimGraph g(snapshot);
  std::istringstream lines(ExportJsonl(snapshot, graph::GroundedExtension(g)));
  std::map<std::string, int> count;
  std::string line;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    ++count[j["type"].get<std::string>()];
    if (j["type"] == "claim" && j["id"] == 1) CHECK(j["acceptance"] == "rejected");
    if (j["type"] == "statement") CHECK(j["article"].is_object());
  }
  CHECK(count["claim"] == 4);
  CHECK(count["statement"] == 4);
  CHECK(count["edge"] == 2);
}

TEST_CASE("Analysis text: controversies, speaker links and a timeline read as lines",
          "[report]") {
  GraphSnapshot snapshot = testing::HostileSnapshot();
  graph::ClaimGraph g(snapshot);
  graph::Analysis analysis = graph::Analyze(g);
  std::string text = ControversiesText(analysis.controversies, analysis.acceptance, snapshot.claims);
  CHECK(text.find("1. Controversy 1: 3 claims, 1 disputes, 1 supports") != std::string::npos);
  CHECK(text.find("#2 [accepted] \"there is no sign of a pullback\"") != std::string::npos);
  CHECK(text.find("#1 [rejected]") != std::string::npos);
  std::string links = SpeakerLinksText(graph::SpeakerLinks(g));
  CHECK(links.find("Jens Stoltenberg disputes Dmitry Peskov: 1 time (claims #2 -> #1)") !=
        std::string::npos);
  std::string timeline = TimelineText(graph::Timeline(g, {1}));
  CHECK(timeline.find("2022-02-15  first assertion: Dmitry Peskov") == 0);
  CHECK(timeline.find("2022-02-16  first dispute: Jens Stoltenberg") != std::string::npos);
  CHECK(ControversiesText({}, {}, {}) == "No controversies.\n");
}

}  // namespace claimgraph::report
