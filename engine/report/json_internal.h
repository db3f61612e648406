// Internal to report/: the JSON building blocks shared by json.cc (query
// commands, whole report) and analysis_json.cc (graph analysis, export).
#ifndef CLAIMGRAPH_REPORT_JSON_INTERNAL_H_
#define CLAIMGRAPH_REPORT_JSON_INTERNAL_H_

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "graph/analysis.h"
#include "model/records.h"

namespace claimgraph::report::internal {

using Json = nlohmann::ordered_json;

// Pretty-printed, two-space indent, trailing newline; invalid UTF-8 replaced.
std::string DumpJson(const Json& j);
Json StatementToJson(const StatementRecord& s);  // docs/cli-json.md "Statement"
Json EdgeToJson(const EdgeRecord& e);            // docs/cli-json.md "Edge"

using ClaimLookup = std::function<const ClaimRecord*(std::int64_t)>;

// One controversy: ids, counts, camps, conflicts and its claims (id, text,
// acceptance, side). `timeline` may be null (then no "timeline" key).
Json ControversyToJson(const graph::Controversy& c, const graph::AcceptanceMap& acceptance,
                       const ClaimLookup& claim_of,
                       const std::vector<graph::TimelineEntry>* timeline);
Json TimelineToJson(const std::vector<graph::TimelineEntry>& timeline);

}  // namespace claimgraph::report::internal

#endif  // CLAIMGRAPH_REPORT_JSON_INTERNAL_H_
