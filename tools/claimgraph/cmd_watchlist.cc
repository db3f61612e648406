// `claimgraph track FILE` and `claimgraph tracked [--json]`: the watchlist.
#include <spdlog/spdlog.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "commands.h"
#include "pipeline/watchlist.h"

namespace claimgraph::cli {
namespace {

std::string SummariesText(const std::vector<store::TrackedSummary>& rows) {
  if (rows.empty()) return "No tracked claims. Add some with `claimgraph track FILE`.\n";
  std::string out;
  for (const store::TrackedSummary& row : rows) {
    out += "#" + std::to_string(row.claim.id);
    if (!row.claim.external_id.empty()) out += " [" + row.claim.external_id + "]";
    out += " " + row.claim.text + "\n";
    out += "  supporting: " + std::to_string(row.supporting_articles) + " articles, " +
           std::to_string(row.supporting_outlets) + " outlets; disputing: " +
           std::to_string(row.disputing_articles) + " articles, " +
           std::to_string(row.disputing_outlets) + " outlets; discussing: " +
           std::to_string(row.discussing_articles) + " articles\n";
    if (!row.first_seen.empty()) {
      out += "  first seen " + row.first_seen + ", last seen " + row.last_seen + "\n";
    }
  }
  return out;
}

std::string SummariesJson(const std::vector<store::TrackedSummary>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const store::TrackedSummary& row : rows) {
    out.push_back({{"id", row.claim.id},
                   {"external_id", row.claim.external_id},
                   {"text", row.claim.text},
                   {"supporting_articles", row.supporting_articles},
                   {"disputing_articles", row.disputing_articles},
                   {"discussing_articles", row.discussing_articles},
                   {"supporting_outlets", row.supporting_outlets},
                   {"disputing_outlets", row.disputing_outlets},
                   {"first_seen", row.first_seen},
                   {"last_seen", row.last_seen}});
  }
  return out.dump(2) + "\n";
}

}  // namespace

Command AddTrackCommand(CLI::App& app, const GlobalOptions& options) {
  auto file = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand(
      "track", "Follow claims: FILE has one claim per line, or JSONL with \"text\" and \"id\"");
  sub->add_option("file", *file, "Claims file")->required();
  return {sub, [file, &options]() -> int {
            auto claims = pipeline::ReadTrackedClaims(*file);
            if (!claims.ok()) {
              spdlog::error("{}", claims.status().ToString());
              return kExitFailed;
            }
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            auto added = store->AddTrackedClaims(claims.value());
            if (!added.ok()) {
              spdlog::error("{}", added.status().ToString());
              return kExitFailed;
            }
            spdlog::info("tracking {} new claims ({} already tracked)", added.value(),
                         claims->size() - static_cast<std::size_t>(added.value()));
            return kExitOk;
          }};
}

Command AddTrackedCommand(CLI::App& app, const GlobalOptions& options) {
  auto json = std::make_shared<bool>(false);
  CLI::App* sub = app.add_subcommand(
      "tracked", "Tracked claims with supporting and disputing articles and outlets");
  sub->add_flag("--json", *json, "Print JSON");
  return {sub, [json, &options]() -> int {
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            auto rows = store->TrackedSummaries();
            if (!rows.ok()) {
              spdlog::error("{}", rows.status().ToString());
              return kExitFailed;
            }
            return WriteOutput("", *json ? SummariesJson(rows.value())
                                         : SummariesText(rows.value()))
                       ? kExitOk
                       : kExitFailed;
          }};
}

}  // namespace claimgraph::cli
