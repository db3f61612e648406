// Hand-built records for the report tests: two articles, a claim asserted by
// one speaker and disputed by another, a narrative statement, and a trace.
#ifndef CLAIMGRAPH_TESTS_REPORT_SAMPLE_RECORDS_H_
#define CLAIMGRAPH_TESTS_REPORT_SAMPLE_RECORDS_H_

#include <string>
#include <vector>

#include "graph/claim_graph.h"
#include "model/records.h"
#include "report/report.h"

namespace claimgraph::report::testing {

inline StatementRecord MakeStatement(std::int64_t id, std::int64_t claim_id, std::string speaker,
                                     std::string content, std::string sentence) {
  StatementRecord s;
  s.id = id;
  s.claim_id = claim_id;
  s.article_id = 1;
  s.speaker_id = speaker.empty() ? 0 : 100 + id;
  s.speaker = speaker;
  s.source_text = speaker;
  s.cue = speaker.empty() ? "" : "said";
  s.cue_lemma = speaker.empty() ? "" : "say";
  s.content = std::move(content);
  s.sentence = std::move(sentence);
  s.sentence_span = {120, 120 + s.sentence.size()};
  s.source_span = speaker.empty() ? Span{} : Span{120, 120 + speaker.size()};
  s.kind = speaker.empty() ? StatementKind::kNarrative : StatementKind::kIndirect;
  s.article_title = "Summit talks stall";
  s.article_source = "Bloomberg";
  s.article_url = "https://example.com/summit";
  s.article_published = "2024-03-01T09:30:00Z";
  return s;
}

// Claim 7, asserted by Dmitry Peskov (statement 11), disputed by Yuri Ushakov
// (statement 21, claim 8) through edge 5.
inline DisputedClaim SampleDisputed() {
  DisputedClaim d;
  d.claim.id = 7;
  d.claim.text = "no date has been set for the summit";
  d.claim.statements.push_back(
      MakeStatement(11, 7, "Dmitry Peskov", "no date has been set for the summit",
                    "Dmitry Peskov said no date has been set for the summit."));
  DisputedClaim::Dispute dispute;
  dispute.target = d.claim.statements[0];
  dispute.disputer = MakeStatement(21, 8, "Yuri Ushakov", "the summit will be held in May",
                                   "Yuri Ushakov said the summit will be held in May.");
  dispute.disputer.article_id = 2;
  dispute.disputer.article_title = "Kremlin aide names date";
  dispute.disputer.article_source = "Reuters";
  dispute.disputer.article_published = "2024-03-02";
  dispute.edge.id = 5;
  dispute.edge.from_statement = 21;
  dispute.edge.to_statement = 11;
  dispute.edge.relation = Relation::kDisputes;
  dispute.edge.rule = "contradicting-date";
  dispute.edge.reason = "Ushakov names a date that Peskov says has not been set.";
  dispute.edge.score = 0.85;
  d.disputes.push_back(dispute);
  d.distinct_disputers = 1;
  d.distinct_outlets = 1;
  return d;
}

inline ReportData SampleReport() {
  ReportData data;
  data.articles = 2;
  data.statements = 3;
  data.claims = 3;
  data.edges = 1;
  data.disputed.push_back(SampleDisputed());
  ReportData::SpeakerSection peskov;
  peskov.speaker.id = 111;
  peskov.speaker.name = "Dmitry Peskov";
  peskov.speaker.aliases = {"Peskov", "Kremlin spokesman"};
  peskov.speaker.statement_count = 1;
  peskov.statements.push_back(data.disputed[0].claim.statements[0]);
  data.speakers.push_back(peskov);
  return data;
}

}  // namespace claimgraph::report::testing

#endif  // CLAIMGRAPH_TESTS_REPORT_SAMPLE_RECORDS_H_
