#include "cli_common.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>

namespace claimgraph::cli {

void SetUpLogging(const GlobalOptions& options) {
  auto logger = spdlog::stderr_color_mt("claimgraph");
  logger->set_pattern("%^%l%$: %v");
  spdlog::set_default_logger(logger);
  if (options.verbosity > 0) {
    spdlog::set_level(spdlog::level::debug);
  } else if (options.quiet) {
    spdlog::set_level(spdlog::level::warn);
  } else {
    spdlog::set_level(spdlog::level::info);
  }
}

std::unique_ptr<store::Store> OpenStore(const GlobalOptions& options,
                                        store::Store::Workload workload) {
  auto store = store::Store::Open(options.db, workload);
  if (!store.ok()) {
    spdlog::error("cannot open database {}: {}", options.db, store.status().ToString());
    return nullptr;
  }
  return std::move(store).value();
}

bool WriteOutput(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) {
    spdlog::error("cannot write {}", path);
    return false;
  }
  return true;
}

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

}  // namespace claimgraph::cli
