// Tests for the JSON renderers against the shapes in docs/cli-json.md.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/report.h"
#include "report/sample_records.h"

namespace claimgraph::report {
namespace {

using nlohmann::json;
using testing::MakeStatement;
using testing::SampleDisputed;
using testing::SampleReport;

void CheckStatementShape(const json& s) {
  for (const char* key :
       {"id", "claim_id", "speaker", "speaker_id", "source_text", "cue", "cue_lemma", "content",
        "sentence", "kind", "polarity", "hedged", "offsets", "article"}) {
    INFO("statement key " << key);
    CHECK(s.contains(key));
  }
  for (const char* key : {"id", "title", "source", "url", "published"}) {
    INFO("article key " << key);
    CHECK(s["article"].contains(key));
  }
}

TEST_CASE("Json: a statement carries its text, attribution, offsets and article", "[report]") {
  json j = json::parse(DisputedJson({SampleDisputed()}));
  const json& s = j.at(0).at("asserted_by").at(0);
  CheckStatementShape(s);
  CHECK(s["id"] == 11);
  CHECK(s["claim_id"] == 7);
  CHECK(s["speaker"] == "Dmitry Peskov");
  CHECK(s["cue_lemma"] == "say");
  CHECK(s["kind"] == "indirect");
  CHECK(s["polarity"] == "asserted");
  CHECK(s["hedged"] == false);
  CHECK(s["offsets"]["sentence"] == json::array({120, 175}));
  CHECK(s["offsets"]["cue"].is_null());
  CHECK(s["article"]["id"] == 1);
  CHECK(s["article"]["source"] == "Bloomberg");
  CHECK(s["article"]["published"] == "2024-03-01T09:30:00Z");
}

TEST_CASE("Json: disputed lists the claim, its assertions and each dispute with its reason",
          "[report]") {
  json j = json::parse(DisputedJson({SampleDisputed()}));
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 1);
  const json& d = j[0];
  CHECK(d["claim"] == json{{"id", 7}, {"text", "no date has been set for the summit"}});
  REQUIRE(d["disputed_by"].size() == 1);
  const json& by = d["disputed_by"][0];
  CheckStatementShape(by["statement"]);
  CHECK(by["statement"]["speaker"] == "Yuri Ushakov");
  CHECK(by["statement"]["article"]["source"] == "Reuters");
  CHECK(by["target_statement_id"] == 11);
  CHECK(by["edge_id"] == 5);
  CHECK(by["relation"] == "disputes");
  CHECK(by["rule"] == "contradicting-date");
  CHECK(by["reason"] == "Ushakov names a date that Peskov says has not been set.");
  CHECK(by["score"].get<double>() == Approx(0.85));
  CHECK(d["distinct_disputers"] == 1);
  CHECK(d["distinct_outlets"] == 1);

  CHECK(json::parse(DisputedJson({})) == json::array());
}

TEST_CASE("Json: report has summary, disputed and speakers", "[report]") {
  json j = json::parse(RenderJson(SampleReport()));
  CHECK(
      j["summary"] ==
      json{{"articles", 2},
           {"statements", 3},
           {"claims", 3},
           {"edges", 1},
           {"disputed_claims", 1},
           {"controversies", 0}});
  CHECK(j["controversies"] == json::array());
  CHECK(j["disputed"].size() == 1);
  REQUIRE(j["speakers"].size() == 1);
  const json& sp = j["speakers"][0];
  CHECK(sp["name"] == "Dmitry Peskov");
  CHECK(sp["aliases"] == json::array({"Peskov", "Kremlin spokesman"}));
  CHECK(sp["statement_count"] == 1);
  CHECK(sp["statements"][0]["id"] == 11);

  json empty = json::parse(RenderJson(ReportData{}));
  CHECK(empty["disputed"] == json::array());
  CHECK(empty["speakers"] == json::array());
  CHECK(empty["summary"]["disputed_claims"] == 0);
}

TEST_CASE("Json: claims lists each claim with its speakers and statements", "[report]") {
  ClaimRecord narrative;
  narrative.id = 9;
  narrative.text = "talks continue";
  narrative.statements.push_back(MakeStatement(30, 9, "", "talks continue", "Talks continue."));
  json j = json::parse(ClaimsJson({SampleDisputed().claim, narrative}));
  REQUIRE(j.size() == 2);
  CHECK(j[0]["id"] == 7);
  CHECK(j[0]["statement_count"] == 1);
  CHECK(j[0]["speakers"] == json::array({"Dmitry Peskov"}));
  CHECK(j[1]["speakers"] == json::array({""}));
  CHECK(j[1]["statements"][0]["kind"] == "narrative");
  CHECK(j[1]["statements"][0]["offsets"]["source"].is_null());
}

TEST_CASE("Json: show gives the claim, statements, edges with direction and related", "[report]") {
  DisputedClaim d = SampleDisputed();
  EdgeRecord out_edge = d.disputes[0].edge;
  out_edge.id = 6;
  out_edge.from_statement = 11;
  out_edge.to_statement = 40;
  out_edge.relation = Relation::kSupports;
  json j =
      json::parse(ClaimJson(d.claim, {d.disputes[0].edge, out_edge}, {d.disputes[0].disputer}));
  CHECK(j["claim"]["id"] == 7);
  CHECK(j["statements"].size() == 1);
  REQUIRE(j["edges"].size() == 2);
  CHECK(j["edges"][0] == json{{"id", 5},
                              {"from_statement", 21},
                              {"to_statement", 11},
                              {"relation", "disputes"},
                              {"rule", "contradicting-date"},
                              {"reason", d.disputes[0].edge.reason},
                              {"score", 0.85},
                              {"direction", "incoming"}});
  CHECK(j["edges"][1]["direction"] == "outgoing");
  CHECK(j["edges"][1]["relation"] == "supports");
  CHECK(j["related"][0]["id"] == 21);
  CHECK(j["acceptance"].is_null());  // no label given

  const json labelled = json::parse(ClaimJson(d.claim, {}, {}, {{7, graph::Acceptance::kRejected}}));
  CHECK(labelled["acceptance"] == "rejected");
}

TEST_CASE("Json: trace steps carry depth, parent and the edge followed", "[report]") {
  EdgeRecord e;
  e.id = 5;
  e.from_statement = 21;
  e.to_statement = 11;
  e.rule = "contradicting-date";
  e.reason = "why";
  std::vector<graph::TraceStep> steps = {{7, 0, 0, EdgeRecord{}, true}, {8, 7, 1, e, false}};
  ClaimRecord c7 = SampleDisputed().claim, c8;
  c8.id = 8;
  c8.text = "the summit will be held in May";
  json j = json::parse(TraceJson(steps, {c7, c8}));
  REQUIRE(j.size() == 2);
  CHECK(j[0]["claim_id"] == 7);
  CHECK(j[0]["depth"] == 0);
  CHECK(j[0]["parent"].is_null());
  CHECK(j[0]["via"].is_null());
  CHECK(j[1]["text"] == "the summit will be held in May");
  CHECK(j[1]["parent"] == 7);
  CHECK(j[1]["depth"] == 1);
  CHECK(j[1]["via"]["relation"] == "disputes");
  CHECK(j[1]["via"]["rule"] == "contradicting-date");
  CHECK(j[1]["via"]["reason"] == "why");
  CHECK(j[1]["via"]["direction"] == "incoming");
}

TEST_CASE("Json: invalid UTF-8 in stored text is replaced, not thrown on", "[report]") {
  DisputedClaim d = SampleDisputed();
  d.claim.text = "bad \xff byte";
  std::string out;
  REQUIRE_NOTHROW(out = DisputedJson({d}));
  CHECK(json::parse(out)[0]["claim"]["text"] == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("Json: output is deterministic", "[report]") {
  CHECK(RenderJson(SampleReport()) == RenderJson(SampleReport()));
  CHECK(RenderJson(SampleReport()).back() == '\n');
}

}  // namespace
}  // namespace claimgraph::report
