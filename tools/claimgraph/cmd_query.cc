// `claimgraph disputed`, `claims`, `show ID` and `trace ID`.
#include <spdlog/spdlog.h>

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "commands.h"
#include "graph/analysis.h"
#include "graph/claim_graph.h"
#include "report/report.h"

namespace claimgraph::cli {
namespace {

// Logs a failed engine call and maps it to an exit code.
int Fail(const Status& status) {
  spdlog::error("{}", status.ToString());
  return kExitFailed;
}

// The acceptance of `claim_ids` (and of the claims that dispute them): the
// grounded extension over their backward dispute closure, which labels them
// as the whole graph would, at a cost that does not grow with the database.
Result<graph::AcceptanceMap> AcceptanceOf(store::Store& store,
                                          const std::vector<std::int64_t>& claim_ids) {
  auto snapshot = store.DisputeGraphAround(claim_ids);
  if (!snapshot.ok()) return snapshot.status();
  return graph::GroundedExtension(graph::ClaimGraph(snapshot.value()));
}

}  // namespace

Command AddDisputedCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    bool json = false;
    int limit = 20;
    int disputes = 10;
    int statements = 10;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand("disputed", "Claims that other speakers dispute, most disputed first");
  sub->add_flag("--json", args->json, "Print JSON");
  sub->add_option("--limit", args->limit, "At most this many claims")->check(CLI::PositiveNumber);
  sub->add_option("--disputes", args->disputes,
                  "List at most this many disputes per claim, oldest first (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--statements", args->statements,
                  "List at most this many of each claim's own statements, in article order "
                  "(0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  return {sub, [args, &options]() -> int {
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            auto disputed = store->Disputed(args->limit, args->disputes, args->statements);
            if (!disputed.ok()) return Fail(disputed.status());
            const auto& rows = disputed.value();
            std::vector<std::int64_t> shown;
            for (const DisputedClaim& row : rows) shown.push_back(row.claim.id);
            auto acceptance = AcceptanceOf(*store, shown);
            if (!acceptance.ok()) return Fail(acceptance.status());
            bool ok = WriteOutput("", args->json ? report::DisputedJson(rows, acceptance.value())
                                                 : report::DisputedText(rows, acceptance.value()));
            return ok ? kExitOk : kExitFailed;
          }};
}

Command AddClaimsCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    bool json = false;
    store::ClaimFilter filter;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand("claims", "List claims, optionally by speaker or text");
  sub->add_flag("--json", args->json, "Print JSON");
  sub->add_option("--speaker", args->filter.speaker, "Speaker name or alias (substring)");
  sub->add_option("--search", args->filter.search, "Text the claim contains (case-insensitive)");
  sub->add_option("--limit", args->filter.limit, "At most this many claims")
      ->check(CLI::PositiveNumber);
  return {sub, [args, &options]() -> int {
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            auto claims = store->Claims(args->filter);
            if (!claims.ok()) return Fail(claims.status());
            const auto& rows = claims.value();
            bool ok = WriteOutput("", args->json ? report::ClaimsJson(rows) : report::ClaimsText(rows));
            return ok ? kExitOk : kExitFailed;
          }};
}

Command AddShowCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    bool json = false;
    std::int64_t id = 0;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand("show", "Show one claim: its statements and edges");
  sub->add_option("id", args->id, "Claim id")->required();
  sub->add_flag("--json", args->json, "Print JSON");
  return {sub, [args, &options]() -> int {
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            auto claim = store->Claim(args->id);
            if (!claim.ok()) return Fail(claim.status());
            auto edges = store->EdgesOfClaim(args->id);
            if (!edges.ok()) return Fail(edges.status());
            // The statements at the far end of each edge, once each.
            std::set<std::int64_t> own, wanted;
            for (const auto& s : claim->statements) own.insert(s.id);
            for (const auto& e : edges.value()) {
              if (!own.count(e.from_statement)) wanted.insert(e.from_statement);
              if (!own.count(e.to_statement)) wanted.insert(e.to_statement);
            }
            std::vector<StatementRecord> related;
            for (std::int64_t id : wanted) {
              auto statement = store->Statement(id);
              if (!statement.ok()) return Fail(statement.status());
              related.push_back(std::move(statement).value());
            }
            auto acceptance = AcceptanceOf(*store, {args->id});
            if (!acceptance.ok()) return Fail(acceptance.status());
            std::string out =
                args->json
                    ? report::ClaimJson(claim.value(), edges.value(), related, acceptance.value())
                    : report::ClaimText(claim.value(), edges.value(), related, acceptance.value());
            return WriteOutput("", out) ? kExitOk : kExitFailed;
          }};
}

Command AddTraceCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    bool json = false;
    std::int64_t id = 0;
    int depth = 3;
    std::string direction = "both";
    int max_claims = 2000;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub =
      app.add_subcommand("trace", "Follow support and dispute chains from a claim (breadth-first)");
  sub->add_option("id", args->id, "Claim id")->required();
  sub->add_option("--depth", args->depth, "How many edges away to go")->check(CLI::NonNegativeNumber);
  sub->add_option("--direction", args->direction, "Edges to follow: out, in or both")
      ->check(CLI::IsMember({"out", "in", "both"}));
  sub->add_option("--max-claims", args->max_claims, "Stop the trace after this many claims")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  sub->add_flag("--json", args->json, "Print JSON");
  return {sub, [args, &options]() -> int {
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            const bool follow_out = args->direction != "in";
            const bool follow_in = args->direction != "out";
            // Only the claims the trace can reach: at most --depth edges away
            // in the followed direction, so the cost follows the trace, not
            // the database.
            auto near = store->ClaimsNear({args->id}, args->depth, follow_out, follow_in,
                                         args->max_claims);
            if (!near.ok()) return Fail(near.status());
            if (near->truncated) {
              spdlog::warn("trace stopped at {} claims (--max-claims); claims further out are"
                           " left out", near->claim_ids.size());
            }
            auto snapshot = store->SnapshotOf(near->claim_ids);
            if (!snapshot.ok()) return Fail(snapshot.status());
            graph::ClaimGraph claim_graph(snapshot.value());
            if (!claim_graph.HasClaim(args->id)) {
              return Fail(Status::NotFound("no claim #" + std::to_string(args->id)));
            }
            graph::Direction direction = !follow_in    ? graph::Direction::kOutgoing
                                         : !follow_out ? graph::Direction::kIncoming
                                                       : graph::Direction::kBoth;
            auto steps = claim_graph.Trace(args->id, args->depth, direction);
            const auto& claims = snapshot->claims;
            std::string out = args->json ? report::TraceJson(steps, claims)
                                         : report::TraceText(steps, claims);
            return WriteOutput("", out) ? kExitOk : kExitFailed;
          }};
}

}  // namespace claimgraph::cli
