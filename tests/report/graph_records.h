// Hand-built snapshot for the report's graph sections: claim 1 (Peskov,
// hostile article) disputed by claim 2 (Stoltenberg) and supported by claim 3
// (narrative), claim 4 unrelated. Every article field of claim 1's article
// carries markup that must come out as text.
#ifndef CLAIMGRAPH_TESTS_REPORT_GRAPH_RECORDS_H_
#define CLAIMGRAPH_TESTS_REPORT_GRAPH_RECORDS_H_

#include <string>

#include "model/records.h"
#include "report/report.h"

namespace claimgraph::report::testing {

inline const std::string kHostile =
    "<script>document.title='PWNED'</script><img src=x onerror=alert(1)>\"><";

inline StatementRecord GraphStatement(std::int64_t id, std::int64_t claim_id,
                                      const std::string& speaker, const std::string& sentence,
                                      std::int64_t article, const std::string& date) {
  StatementRecord s;
  s.id = id;
  s.claim_id = claim_id;
  s.article_id = article;
  s.speaker = speaker;
  s.speaker_id = speaker.empty() ? 0 : article * 10 + id;
  s.content = sentence;
  s.sentence = sentence;
  s.sentence_span = {static_cast<std::size_t>(id) * 10, static_cast<std::size_t>(id) * 10 + 9};
  s.kind = speaker.empty() ? StatementKind::kNarrative : StatementKind::kIndirect;
  s.article_title = "Article " + std::to_string(article);
  s.article_source = "Outlet " + std::to_string(article);
  s.article_url = "https://example.org/" + std::to_string(article);
  s.article_published = date;
  return s;
}

inline GraphSnapshot HostileSnapshot() {
  GraphSnapshot g;
  auto claim = [&g](std::int64_t id, const std::string& text, StatementRecord s) {
    ClaimRecord c;
    c.id = id;
    c.text = text;
    c.statements.push_back(std::move(s));
    g.claims.push_back(std::move(c));
  };
  StatementRecord hostile =
      GraphStatement(11, 1, "Dmitry Peskov", "Peskov said troops are pulling back " + kHostile, 1,
                     "2022-02-15T10:00:00Z");
  hostile.article_title = "Title " + kHostile;
  hostile.article_source = "Source " + kHostile;
  hostile.article_url = "https://example.org/a?q=\"><script>alert(1)</script>";
  claim(1, "troops are pulling back " + kHostile, hostile);
  StatementRecord js = GraphStatement(21, 2, "Jens Stoltenberg",
                                      "Stoltenberg said there is no sign of a pullback.", 2,
                                      "2022-02-16T09:30:00Z");
  js.article_url = "javascript:alert(1)";
  claim(2, "there is no sign of a pullback", js);
  claim(3, "units were returning to their bases",
        GraphStatement(31, 3, "", "Units were returning to their bases.", 3, "2022-02-16"));
  claim(4, "unrelated", GraphStatement(41, 4, "Someone", "Someone said something.", 4, ""));
  auto edge = [&g](std::int64_t id, std::int64_t from, std::int64_t to, Relation r) {
    EdgeRecord e;
    e.id = id;
    e.from_statement = from;
    e.to_statement = to;
    e.relation = r;
    e.rule = "rule-" + std::to_string(id);
    e.reason = "reason " + kHostile;
    e.score = 0.8;
    g.edges.push_back(e);
  };
  edge(1, 21, 11, Relation::kDisputes);
  edge(2, 31, 11, Relation::kSupports);
  return g;
}

// A report over HostileSnapshot(), graph sections filled.
inline ReportData HostileReport() {
  ReportData data;
  data.articles = 4;
  data.statements = 4;
  data.claims = 4;
  data.edges = 2;
  AddGraphAnalysis(HostileSnapshot(), ReportScope{}, &data);
  return data;
}

}  // namespace claimgraph::report::testing

#endif  // CLAIMGRAPH_TESTS_REPORT_GRAPH_RECORDS_H_
