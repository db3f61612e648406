// `claimgraph disputed`, `claims`, `show ID` and `trace ID`.
#include <spdlog/spdlog.h>

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "commands.h"
#include "graph/analysis.h"
#include "graph/claim_graph.h"
#include "pipeline/acceptance.h"
#include "report/report.h"

namespace claimgraph::cli {
namespace {

// Logs a failed engine call and maps it to an exit code.
int Fail(const Status& status) {
  spdlog::error("{}", status.ToString());
  return kExitFailed;
}

// What a bounded `show` left out, as the disputed listing says it; "" if
// nothing.
std::string LeftOut(const store::Store::ClaimPage& page) {
  std::string out;
  const auto more = [&](std::int64_t all, std::size_t shown, const char* what) {
    const std::int64_t left = all - static_cast<std::int64_t>(shown);
    if (left <= 0) return;
    out += std::string(out.empty() ? "... and " : " and ") + std::to_string(left) + " more " +
           what + (left == 1 ? "" : "s");
  };
  more(page.statement_count, page.claim.statements.size(), "statement");
  more(page.edge_count, page.edges.size(), "edge");
  return out.empty() ? out : out + " (--statements 0 --edges 0 lists all)\n";
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
            auto store = OpenStore(options, store::Store::Workload::kBounded);
            if (!store) return kExitFailed;
            auto disputed = store->Disputed(args->limit, args->disputes, args->statements);
            if (!disputed.ok()) return Fail(disputed.status());
            const auto& rows = disputed.value();
            std::vector<std::int64_t> shown;
            for (const DisputedClaim& row : rows) shown.push_back(row.claim.id);
            auto acceptance = pipeline::AcceptanceOf(*store, shown);
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
    int statements = 50;
    int edges = 50;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand("show", "Show one claim: its statements and edges");
  sub->add_option("id", args->id, "Claim id")->required();
  sub->add_flag("--json", args->json, "Print JSON");
  sub->add_option("--statements", args->statements,
                  "List at most this many of the claim's statements, in article order (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--edges", args->edges,
                  "List at most this many of its edges, disputes first, then by id (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  return {sub, [args, &options]() -> int {
            auto store = OpenStore(options, store::Store::Workload::kBounded);
            if (!store) return kExitFailed;
            auto page = store->ClaimPageOf(args->id, args->statements, args->edges);
            if (!page.ok()) return Fail(page.status());
            auto acceptance = pipeline::AcceptanceOf(*store, {args->id});
            if (!acceptance.ok()) return Fail(acceptance.status());
            const store::Store::ClaimPage& p = page.value();
            std::string out;
            if (args->json) {
              // The counts of all statements and edges, after the documented keys.
              auto json = nlohmann::ordered_json::parse(
                  report::ClaimJson(p.claim, p.edges, p.related, acceptance.value()));
              json["statement_count"] = p.statement_count;
              json["edge_count"] = p.edge_count;
              out = json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
                    "\n";
            } else {
              out = report::ClaimText(p.claim, p.edges, p.related, acceptance.value()) +
                    LeftOut(p);
            }
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
            // Claim texts and edges only: a trace prints no statements.
            auto snapshot = store->LinkGraphOf(near->claim_ids);
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
