// `claimgraph report`: the most disputed claims with the controversies
// around them (or one controversy, or with --all the whole graph) as
// Markdown, HTML or JSON.
//
// By default the report is bounded: the top --limit disputed claims, and the
// analysis (controversies, camps, timelines, speakers) runs on the subgraph
// around them (their direct neighbours), read through indexed lookups, while
// each claim's acceptance is the whole graph's (pipeline::AcceptanceOf). Its
// cost follows what it prints, not the database; the output says what was
// left out. --all loads the whole graph as before.
#include <spdlog/spdlog.h>

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "commands.h"
#include "pipeline/acceptance.h"
#include "report/report.h"

namespace claimgraph::cli {
namespace {

struct ReportLimits {
  bool all = false;
  int limit = 50;         // disputed claims listed
  int disputes = 10;      // disputes listed per claim (0: all)
  int speakers = 25;      // speaker sections (0: all)
  int max_claims = 5000;  // neighbourhood cap (before the dispute closure)
};

bool Failed(const Status& status) {
  spdlog::error("{}", status.ToString());
  return false;
}

bool NoControversy(std::int64_t id) {
  spdlog::error("no controversy #{}", id);
  return false;
}

bool AddCounts(store::Store& store, report::ReportData* data) {
  auto counts = store.GetCounts();
  if (!counts.ok()) return Failed(counts.status());
  data->articles = counts->articles;
  data->statements = counts->statements;
  data->claims = counts->claims;
  data->edges = counts->edges;
  return true;
}

// The whole graph, every disputed claim and speaker (report --all).
bool CollectAll(store::Store& store, const report::ReportScope& scope, report::ReportData* data) {
  auto disputed = store.Disputed(0);
  auto speakers = store.Speakers();
  for (const Status& status : {disputed.status(), speakers.status()}) {
    if (!status.ok()) return Failed(status);
  }
  data->disputed = std::move(disputed).value();
  for (auto& speaker : speakers.value()) {
    auto statements = store.StatementsBySpeaker(speaker.id);
    if (!statements.ok()) return Failed(statements.status());
    data->speakers.push_back({std::move(speaker), std::move(statements).value()});
  }
  auto snapshot = store.Snapshot();
  if (!snapshot.ok()) return Failed(snapshot.status());
  if (!report::AddGraphAnalysis(snapshot.value(), scope, data)) {
    return NoControversy(scope.controversy);
  }
  data->coverage.subgraph_claims = static_cast<std::int64_t>(snapshot->claims.size());
  data->coverage.subgraph_edges = static_cast<std::int64_t>(snapshot->edges.size());
  return true;
}

// The claims to analyse: the whole component of --controversy, or the
// listed claims and their direct neighbours.
Result<store::Store::Neighbourhood> ReportClaims(store::Store& store,
                                                 const report::ReportScope& scope,
                                                 const ReportLimits& limits,
                                                 const std::vector<DisputedClaim>& listed) {
  if (scope.controversy != 0) {
    return store.ClaimsNear({scope.controversy}, -1, true, true, limits.max_claims);
  }
  std::vector<std::int64_t> seeds;
  for (const DisputedClaim& d : listed) seeds.push_back(d.claim.id);
  return store.ClaimsNear(seeds, 1, true, true, limits.max_claims);
}

bool CollectBounded(store::Store& store, const report::ReportScope& scope,
                    const ReportLimits& limits, report::ReportData* data) {
  auto total = store.DisputedCount();
  if (!total.ok()) return Failed(total.status());
  std::vector<DisputedClaim> listed;
  if (scope.controversy == 0) {
    auto top = store.Disputed(limits.limit, limits.disputes);
    if (!top.ok()) return Failed(top.status());
    listed = std::move(top).value();
  }
  auto near = ReportClaims(store, scope, limits, listed);
  if (!near.ok()) return Failed(near.status());
  if (near->claim_ids.empty() && scope.controversy != 0) return NoControversy(scope.controversy);
  auto snapshot = store.SnapshotOf(near->claim_ids);
  if (!snapshot.ok()) return Failed(snapshot.status());
  if (scope.controversy != 0) {
    std::vector<std::int64_t> ids;
    for (const ClaimRecord& claim : snapshot->claims) ids.push_back(claim.id);
    auto among = store.DisputedAmong(ids, limits.disputes);
    if (!among.ok()) return Failed(among.status());
    listed = std::move(among).value();
  }
  data->disputed = std::move(listed);
  if (!report::AddGraphAnalysis(snapshot.value(), scope, data)) {
    return NoControversy(scope.controversy);
  }
  // The subgraph holds only part of its claims' attackers: their acceptance
  // comes from the whole graph (stored labels, or computed when stale).
  std::vector<std::int64_t> analysed;
  for (const ClaimRecord& claim : snapshot->claims) analysed.push_back(claim.id);
  auto acceptance = pipeline::AcceptanceOf(store, analysed);
  if (!acceptance.ok()) return Failed(acceptance.status());
  data->acceptance = std::move(acceptance).value();
  if (data->disputed.size() > static_cast<std::size_t>(limits.limit)) {
    data->disputed.resize(static_cast<std::size_t>(limits.limit));
  }
  std::set<std::int64_t> speaker_ids;
  for (const ClaimRecord& claim : snapshot->claims) {
    for (const StatementRecord& s : claim.statements) {
      if (s.speaker_id != 0) speaker_ids.insert(s.speaker_id);
    }
  }
  auto speakers = store.SpeakersById({speaker_ids.begin(), speaker_ids.end()});
  if (!speakers.ok()) return Failed(speakers.status());
  report::AddSpeakersOf(snapshot.value(), speakers.value(), limits.speakers, data);
  data->coverage.complete = false;
  data->coverage.limit = limits.limit;
  data->coverage.disputed_total = total.value();
  data->coverage.subgraph_claims = static_cast<std::int64_t>(snapshot->claims.size());
  data->coverage.subgraph_edges = static_cast<std::int64_t>(snapshot->edges.size());
  data->coverage.subgraph_truncated = near->truncated;
  return true;
}

}  // namespace

Command AddReportCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    std::string format = "md";
    std::string output;
    report::ReportScope scope;
    ReportLimits limits;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand(
      "report", "A readable report: controversies, disputed claims with evidence, speakers");
  sub->add_option("--format", args->format, "md, html or json")
      ->check(CLI::IsMember({"md", "html", "json"}));
  sub->add_option("--controversy", args->scope.controversy,
                  "Only this controversy (its id or any of its claim ids)");
  sub->add_option("--since", args->scope.since,
                  "Only controversies with a statement published on or after YYYY-MM-DD")
      ->check([](const std::string& date) -> std::string {
        bool ok = date.size() == 10 && date[4] == '-' && date[7] == '-';
        for (std::size_t i = 0; ok && i < date.size(); ++i) {
          ok = (i == 4 || i == 7) || (date[i] >= '0' && date[i] <= '9');
        }
        return ok ? "" : "expected a date YYYY-MM-DD";
      });
  sub->add_option("--limit", args->limits.limit,
                  "List the top N disputed claims and analyse the claims around them")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  sub->add_option("--disputes", args->limits.disputes,
                  "List at most this many disputes per claim, oldest first (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--speakers", args->limits.speakers,
                  "List at most this many speakers of those claims (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--max-claims", args->limits.max_claims,
                  "Analyse at most about this many claims around the listed ones")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  sub->add_flag("--all", args->limits.all,
                "The whole graph: every disputed claim, dispute and speaker (memory grows with"
                " the database)");
  sub->add_option("-o,--output", args->output, "Write to this file instead of stdout");
  return {sub, [args, &options]() -> int {
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            report::ReportData data;
            if (!AddCounts(*store, &data)) return kExitFailed;
            bool ok = args->limits.all ? CollectAll(*store, args->scope, &data)
                                       : CollectBounded(*store, args->scope, args->limits, &data);
            if (!ok) return kExitFailed;
            std::string out = args->format == "json"   ? report::RenderJson(data)
                              : args->format == "html" ? report::RenderHtml(data)
                                                       : report::RenderMarkdown(data);
            return WriteOutput(args->output, out) ? kExitOk : kExitFailed;
          }};
}

}  // namespace claimgraph::cli
