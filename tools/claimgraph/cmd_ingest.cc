// `claimgraph ingest PATH...` and `claimgraph extract FILE...`.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "extract/extractor.h"
#include "pipeline/ingest.h"
#include "report/extract_output.h"
#include "text/article_reader.h"

namespace claimgraph::cli {
namespace {

// Redraws one progress line on stderr at most every 200 ms.
class ProgressLine {
 public:
  void Update(const pipeline::IngestSummary& s) {
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    std::fprintf(stderr, "\r  %zu articles read (%.1f MB), %zu new, %zu statements, %zu edges",
                 s.read, static_cast<double>(s.bytes) / 1e6, s.added, s.statements, s.edges);
    std::fflush(stderr);
    drawn_ = true;
  }
  void Finish() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  std::chrono::steady_clock::time_point last_{};
  bool drawn_ = false;
};

void PrintSummary(const pipeline::IngestSummary& s, double seconds) {
  std::fprintf(stderr,
               "ingest: %zu articles read, %zu new, %zu already present, %zu rejected; "
               "%zu statements, %zu edges stored (%.2f s)\n",
               s.read, s.added, s.already_present, s.rejected, s.statements, s.edges, seconds);
  for (const auto& error : s.errors) {
    std::fprintf(stderr, "  rejected %s: %s\n", error.origin.c_str(), error.message.c_str());
  }
}

nlohmann::json SummaryJson(const pipeline::IngestSummary& s) {
  nlohmann::json rejected = nlohmann::json::array();
  for (const auto& e : s.errors) rejected.push_back({{"origin", e.origin}, {"reason", e.message}});
  return {{"read", s.read},         {"new", s.added},
          {"already_present", s.already_present},
          {"rejected", rejected},   {"statements", s.statements},
          {"edges", s.edges},       {"bytes", s.bytes}};
}

}  // namespace

Command AddIngestCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    std::vector<std::string> paths;
    bool json = false;
    int threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    pipeline::Ingestor::CommitGroup commit;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand(
      "ingest", "Load articles from files or folders (.jsonl, .json, .txt) into the database");
  sub->add_option("paths", args->paths, "Article files or folders")->required();
  sub->add_flag("--json", args->json, "Also print the summary as JSON on stdout");
  sub->add_option("--threads", args->threads,
                  "Threads extracting articles (default: the number of cores); the database "
                  "is the same whatever the number")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--commit-articles", args->commit.articles,
                  "Commit after this many stored articles (or half a second): larger is "
                  "faster, 1 makes each article visible to readers as soon as it is stored")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  return {sub, [args, &options]() -> int {
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            extract::Extractor extractor;
            pipeline::Ingestor ingestor(store.get(), &extractor, args->threads);
            ingestor.set_commit_group(args->commit);
            std::vector<std::filesystem::path> paths(args->paths.begin(), args->paths.end());
            ProgressLine progress;
            const bool show_progress = StderrIsTerminal();
            auto start = std::chrono::steady_clock::now();
            auto summary = ingestor.Ingest(paths, [&](const pipeline::IngestSummary& s) {
              if (show_progress) progress.Update(s);
            });
            progress.Finish();
            std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
            PrintSummary(summary, elapsed.count());
            if (args->json && !WriteOutput("", SummaryJson(summary).dump(2) + "\n")) {
              return kExitFailed;
            }
            return summary.rejected > 0 ? kExitFailed : kExitOk;
          }};
}

Command AddExtractCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    std::vector<std::string> files;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand(
      "extract", "Print the statements found in article files (no database)");
  sub->add_option("files", args->files, "Article files or folders")->required();
  sub->add_flag("--json", args->json, "One JSON object per statement per line");
  return {sub, [args]() -> int {
            extract::Extractor extractor;
            std::size_t rejected = 0;
            bool write_ok = true;
            auto on_article = [&](Article&& article) {
              auto statements = extractor.Extract(article);
              std::string out =
                  args->json ? report::StatementsJsonLines(article.origin, article, statements)
                             : report::StatementsText(article.origin, article, statements);
              write_ok = WriteOutput("", out) && write_ok;
            };
            auto on_error = [&](text::ReadError&& error) {
              ++rejected;
              spdlog::error("rejected {}: {}", error.origin, error.message);
            };
            for (const auto& file : args->files) text::ReadArticles(file, on_article, on_error);
            return (rejected > 0 || !write_ok) ? kExitFailed : kExitOk;
          }};
}

}  // namespace claimgraph::cli
