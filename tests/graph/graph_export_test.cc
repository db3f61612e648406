// Tests for graph/graph_export.h: DOT and GraphML read back and counted.
#include "graph/graph_export.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>
#include <map>
#include <sstream>
#include <string>

#include "graph/graph_test_util.h"

namespace claimgraph::graph {
namespace {

using testing::Snapshot;

// Claims 1..3 (claim 2's text hostile to XML and DOT), 1 disputes 2, 3
// supports 2, plus an edge inside claim 3 that is not a claim-level edge.
GraphSnapshot Sample() {
  Snapshot s;
  s.Claim(1, "A").Claim(2, "B").Claim(3, "C");
  s.Disputes(7, 1, 2).Supports(8, 3, 2).Edge(9, 30, 31);
  GraphSnapshot g = s.get();
  g.claims[1].text = "troops \"pull back\" <script>&amp; \\ back";
  return g;
}

}  // namespace

TEST_CASE("Export: GraphML parses as XML with one node per claim and claim-level edge",
          "[graph]") {
  GraphSnapshot snapshot = Sample();
  ClaimGraph g(snapshot);
  std::ostringstream out;
  WriteGraphml(g, GroundedExtension(g), out);
  boost::property_tree::ptree tree;
  std::istringstream in(out.str());
  REQUIRE_NOTHROW(boost::property_tree::read_xml(in, tree));
  const auto& graph = tree.get_child("graphml.graph");
  std::map<std::string, std::string> key_of;  // key id -> attr name
  for (const auto& [tag, key] : tree.get_child("graphml")) {
    if (tag == "key") {
      // "attr.name" holds a dot, so this path uses '/' as its separator.
      key_of[key.get<std::string>("<xmlattr>.id")] =
          key.get<std::string>(boost::property_tree::ptree::path_type("<xmlattr>/attr.name", '/'));
    }
  }
  int nodes = 0, edges = 0, disputes = 0;
  std::string text_of_2, acceptance_of_2;
  for (const auto& [tag, child] : graph) {
    if (tag == "node") {
      ++nodes;
      std::map<std::string, std::string> data;
      for (const auto& [dtag, d] : child) {
        if (dtag == "data") data[key_of[d.get<std::string>("<xmlattr>.key")]] = d.data();
      }
      if (data["claim_id"] == "2") {
        text_of_2 = data["text"];
        acceptance_of_2 = data["acceptance"];
      }
    }
    if (tag == "edge") {
      ++edges;
      for (const auto& [dtag, d] : child) {
        if (dtag == "data" && key_of[d.get<std::string>("<xmlattr>.key")] == "relation" &&
            d.data() == "disputes") {
          ++disputes;
        }
      }
    }
  }
  CHECK(nodes == 3);
  CHECK(edges == 2);
  CHECK(disputes == 1);
  CHECK(text_of_2 == "troops \"pull back\" <script>&amp; \\ back");
  CHECK(acceptance_of_2 == "rejected");
}

TEST_CASE("Export: DOT names claims c<id>, escapes labels and styles disputes", "[graph]") {
  GraphSnapshot snapshot = Sample();
  ClaimGraph g(snapshot);
  std::ostringstream out;
  WriteDot(g, GroundedExtension(g), out);
  const std::string dot = out.str();
  CHECK(dot.rfind("digraph", 0) == 0);
  CHECK(dot.find("c1->c2") != std::string::npos);
  CHECK(dot.find("c3->c2") != std::string::npos);
  CHECK(dot.find("\\\"pull back\\\"") != std::string::npos);  // quotes escaped
  CHECK(dot.find("style=dashed") != std::string::npos);
  std::size_t arrows = 0;
  for (std::size_t p = dot.find("->"); p != std::string::npos; p = dot.find("->", p + 2)) ++arrows;
  CHECK(arrows == 2);
}

}  // namespace claimgraph::graph
