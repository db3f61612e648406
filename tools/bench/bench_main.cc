// claimgraph_bench: the scaling benchmark of ingest with cross-article
// linking. For each corpus size N it ingests the first N articles of the
// seeded bench corpus (bench_corpus.h) into a fresh database and prints the
// cost per article and per retrieval, over the whole run and over its last
// tenth (the marginal cost at size N, which is what must stay flat), in CPU
// time (the cores may be shared; wall time is printed too), with the
// database size and the process's peak RSS so far.
//
//   claimgraph_bench --bodies train_bodies.csv [--sizes 1000,10000,50000]
//                    [--seed 42] [--workdir DIR] [--keep]
#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "pipeline/ingest.h"
#include "store/store.h"
#include "bench_corpus.h"

namespace claimgraph::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Options {
  std::string bodies;
  std::vector<std::uint64_t> sizes = {1000, 10000, 50000};
  std::uint64_t seed = 42;
  std::string workdir = fs::temp_directory_path().string();
  bool keep = false;
};

bool Parse(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (arg == "--bodies") {
      o->bodies = value();
    } else if (arg == "--sizes") {
      o->sizes.clear();
      std::stringstream list(value());
      for (std::string n; std::getline(list, n, ',');) o->sizes.push_back(std::stoull(n));
    } else if (arg == "--seed") {
      o->seed = std::stoull(value());
    } else if (arg == "--workdir") {
      o->workdir = value();
    } else if (arg == "--keep") {
      o->keep = true;
    } else {
      return false;
    }
  }
  return !o->bodies.empty() && !o->sizes.empty();
}

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec * 1e-6; };
  return s(usage.ru_utime) + s(usage.ru_stime);
}

double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

std::uintmax_t FileSize(const fs::path& p) {
  std::error_code ec;
  const auto size = fs::file_size(p, ec);
  return ec ? 0 : size;
}

void RemoveDatabase(const fs::path& db) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
}

// The totals at one point of a run, to take differences.
struct Mark {
  double seconds = 0;
  double cpu = 0;
  pipeline::RetrievalStats retrieval;
};

int RunSize(const CorpusGenerator& corpus, const Options& options, std::uint64_t n) {
  const fs::path db = fs::path(options.workdir) / ("claimgraph-bench-" + std::to_string(n) + ".db");
  RemoveDatabase(db);
  auto store = store::Store::Open(db.string());
  if (!store.ok()) {
    std::cerr << store.status().ToString() << "\n";
    return 1;
  }
  extract::Extractor extractor;
  pipeline::Ingestor ingestor(store.value().get(), &extractor);
  const std::uint64_t tail_from = n - n / 10;
  Mark tail;
  std::uint64_t failed = 0;
  const auto started = Clock::now();
  const double cpu_started = CpuSeconds();
  for (std::uint64_t i = 0; i < n; ++i) {
    if (i == tail_from) {
      tail = {std::chrono::duration<double>(Clock::now() - started).count(),
              CpuSeconds() - cpu_started, ingestor.retrieval_stats()};
    }
    if (!ingestor.IngestArticle(corpus.Make(i)).ok()) ++failed;
    if ((i + 1) % 5000 == 0) std::cerr << "  " << (i + 1) << "/" << n << " articles\n";
  }
  const double total = std::chrono::duration<double>(Clock::now() - started).count();
  const double cpu = CpuSeconds() - cpu_started;
  const pipeline::RetrievalStats& r = ingestor.retrieval_stats();
  auto counts = store.value()->GetCounts();
  store.value().reset();  // checkpoints the WAL into the file
  const double tail_articles = static_cast<double>(n - tail_from);
  const double tail_queries = static_cast<double>(r.statements - tail.retrieval.statements);
  std::printf(
      "N=%-6llu ingest %7.2f ms/article wall, %6.2f CPU (last 10%%: %6.2f CPU) | retrieval %6.3f ms/statement "
      "CPU (last 10%%: %6.3f, %.1f candidates) | labelling %6.3f ms/statement | %llu statements, "
      "%llu claims, %llu edges | db %.1f MiB | peak RSS %.0f MiB | %llu failed\n",
      static_cast<unsigned long long>(n), 1000 * total / static_cast<double>(n),
      1000 * cpu / static_cast<double>(n), 1000 * (cpu - tail.cpu) / tail_articles,
      1000 * r.seconds / static_cast<double>(std::max<std::size_t>(r.statements, 1)),
      1000 * (r.seconds - tail.retrieval.seconds) / std::max(tail_queries, 1.0),
      static_cast<double>(r.candidates) / static_cast<double>(std::max<std::size_t>(r.statements, 1)),
      1000 * r.relate_seconds / static_cast<double>(std::max<std::size_t>(r.statements, 1)),
      static_cast<unsigned long long>(counts.ok() ? counts->statements : 0),
      static_cast<unsigned long long>(counts.ok() ? counts->claims : 0),
      static_cast<unsigned long long>(counts.ok() ? counts->edges : 0),
      static_cast<double>(FileSize(db) + FileSize(db.string() + "-wal")) / (1024.0 * 1024.0),
      PeakRssMiB(), static_cast<unsigned long long>(failed));
  std::fflush(stdout);
  if (!options.keep) RemoveDatabase(db);
  return failed == n ? 1 : 0;
}

}  // namespace
}  // namespace claimgraph::bench

int main(int argc, char** argv) {
  using namespace claimgraph::bench;
  spdlog::set_level(spdlog::level::warn);
  Options options;
  if (!Parse(argc, argv, &options)) {
    std::cerr << "usage: claimgraph_bench --bodies train_bodies.csv [--sizes 1000,10000,50000]"
                 " [--seed 42] [--workdir DIR] [--keep]\n";
    return 2;
  }
  auto bodies = ReadFnc1Bodies(options.bodies);
  if (!bodies.ok()) {
    std::cerr << bodies.status().ToString() << "\n";
    return 1;
  }
  std::printf("claimgraph_bench: %zu FNC-1 bodies, seed %llu, one fresh database per N\n",
              bodies->size(), static_cast<unsigned long long>(options.seed));
  CorpusGenerator corpus(&bodies.value(), options.seed);
  int status = 0;
  for (std::uint64_t n : options.sizes) status |= RunSize(corpus, options, n);
  return status;
}
