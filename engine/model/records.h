// Records: the stored graph as the store returns it to queries, the graph
// stage and reports. Ids are the database's row ids (stable across runs).
#ifndef CLAIMGRAPH_MODEL_RECORDS_H_
#define CLAIMGRAPH_MODEL_RECORDS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/edge.h"
#include "model/statement.h"

namespace claimgraph {

struct ArticleRecord {
  std::int64_t id = 0;
  std::string external_id;  // Article::id as given by the batch
  std::string title, source, url, published, origin;
  std::string content_hash;  // hex SHA-256 of the article text
};

struct StatementRecord {
  std::int64_t id = 0;
  std::int64_t article_id = 0;
  std::int64_t claim_id = 0;
  std::int64_t speaker_id = 0;     // 0 for narrative statements
  std::string speaker;             // canonical speaker name; "" for narrative
  std::string source_text;         // the speaker mention as written
  std::string cue;                 // the cue words as written
  std::string cue_lemma;
  std::string content;             // content parts joined by a space
  std::string sentence;            // the sentence that carries it
  Span sentence_span, source_span, cue_span, content_span;  // offsets into the article text
  StatementKind kind = StatementKind::kNarrative;
  Polarity polarity = Polarity::kAsserted;
  bool hedged = false;
  // Denormalised from the article, for display.
  std::string article_title, article_source, article_url, article_published;
};

struct EdgeRecord {
  std::int64_t id = 0;
  std::int64_t from_statement = 0;
  std::int64_t to_statement = 0;
  Relation relation = Relation::kDisputes;
  std::string rule;
  std::string reason;
  double score = 1.0;
};

// A claim groups the statements that assert the same thing.
struct ClaimRecord {
  std::int64_t id = 0;
  std::string text;                    // representative wording (first statement's content)
  std::vector<StatementRecord> statements;
};

// A claim that other speakers dispute, with the evidence on both sides.
struct DisputedClaim {
  ClaimRecord claim;
  struct Dispute {
    StatementRecord disputer;         // the statement that disputes
    StatementRecord target;           // the claim's statement it disputes
    EdgeRecord edge;
  };
  std::vector<Dispute> disputes;      // the first ones, oldest first (maybe not all)
  int dispute_count = 0;              // all of the claim's disputes
  int statement_count = 0;            // all of the claim's statements (claim.statements
                                      // may list only the first ones)
  int distinct_disputers = 0;         // distinct disputing speakers
  int distinct_outlets = 0;           // distinct outlets among disputing articles
};

struct SpeakerRecord {
  std::int64_t id = 0;
  std::string name;
  std::vector<std::string> aliases;
  int statement_count = 0;
};

// Everything the graph stage needs to build the claim graph.
struct GraphSnapshot {
  std::vector<ClaimRecord> claims;  // statements filled in
  std::vector<EdgeRecord> edges;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_MODEL_RECORDS_H_
