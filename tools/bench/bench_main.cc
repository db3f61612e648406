// claimgraph_bench: the scaling benchmark (`make bench`). For each corpus
// size N it writes the first N articles of the seeded bench corpus
// (bench_corpus.h) to JSONL files, ingests that folder into a fresh database
// through pipeline::Ingestor::Ingest with --threads analysis threads (the
// code path of `claimgraph ingest`: parse, extract, link, store), then times
// the query commands by running the claimgraph binary itself (process start
// and database open included, output discarded) --runs times each.
//
// Printed per N: throughput (MB/s and articles/s, wall clock), cost per
// article in wall and CPU time (CPU of all threads; the cores may be shared
// with other work, so CPU is the steadier figure) over the run and over its
// last tenth (the marginal cost at size N), retrieval cost per statement,
// database size, peak RSS of this process (ru_maxrss: the peak so far, and
// the sizes run in increasing order), and the median and p95 latency of
// `disputed --limit 50`, `show ID`, `trace ID` and `report --format json`.
//
//   claimgraph_bench --bodies train_bodies.csv [--sizes 1000,10000]
//                    [--threads 2] [--runs 50] [--seed 42] [--workdir DIR]
//                    [--claimgraph PATH] [--keep] [--query-db DB (queries only)]
//                    [--grow-db DB --add M]
//
// --grow-db measures the marginal cost at the size of an existing bench
// database without rebuilding it: it copies DB (which must hold the first N
// articles of the same seeded corpus) into the work folder, ingests articles
// N .. N+M-1 into the copy, and prints the same row (its "tail" is all M).
// Comparing grown 1k, 10k and 100k databases in one run compares the current
// code's per-article cost at each size on equal terms.
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
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
  std::vector<std::uint64_t> sizes = {1000, 10000};
  std::uint64_t seed = 42;
  int threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  int runs = 50;
  std::string workdir = fs::temp_directory_path().string();
  std::string claimgraph;  // default: next to this binary
  std::string query_db;    // set: only time the queries on this existing database
  std::string grow_db;     // set: ingest `add` more articles into a copy of this database
  std::uint64_t add = 1000;
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
    } else if (arg == "--threads") {
      o->threads = std::stoi(value());
    } else if (arg == "--runs") {
      o->runs = std::stoi(value());
    } else if (arg == "--workdir") {
      o->workdir = value();
    } else if (arg == "--claimgraph") {
      o->claimgraph = value();
    } else if (arg == "--query-db") {
      o->query_db = value();
    } else if (arg == "--grow-db") {
      o->grow_db = value();
    } else if (arg == "--add") {
      o->add = std::stoull(value());
    } else if (arg == "--keep") {
      o->keep = true;
    } else {
      return false;
    }
  }
  return (!o->bodies.empty() || !o->query_db.empty()) && !o->sizes.empty() && o->threads > 0 &&
         o->runs > 0;
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

// The corpus as a folder of JSONL files of kArticlesPerFile articles (the
// reader holds one file in memory at a time), read back in name order.
constexpr std::uint64_t kArticlesPerFile = 1000;

// Articles [first, first + n) of the corpus.
bool WriteCorpus(const CorpusGenerator& corpus, std::uint64_t first, std::uint64_t n,
                 const fs::path& folder) {
  fs::remove_all(folder);
  fs::create_directories(folder);
  std::ofstream out;
  for (std::uint64_t i = first; i < first + n; ++i) {
    if (i == first || i % kArticlesPerFile == 0) {
      char name[32];
      std::snprintf(name, sizeof name, "part-%06llu.jsonl", static_cast<unsigned long long>(i));
      out.close();
      out.open(folder / name, std::ios::binary);
    }
    if (!out) return false;
    const Article a = corpus.Make(i);
    nlohmann::json line = {{"id", a.id},         {"title", a.title},
                           {"source", a.source}, {"published", a.published},
                           {"text", a.text}};
    out << line.dump() << '\n';
  }
  return static_cast<bool>(out);
}

struct Timing {
  double wall = -1, cpu = -1;  // seconds; < 0: the command could not run or failed
};

// One run of the binary with `args`, output discarded: wall time, and the
// child's CPU time (user + system, from wait4), which shared cores inflate
// far less than wall time.
Timing TimeCommand(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const auto started = Clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (pid < 0 || wait4(pid, &status, 0, &usage) != pid) return {};
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return {};
  auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec * 1e-6; };
  return {std::chrono::duration<double>(Clock::now() - started).count(),
          s(usage.ru_utime) + s(usage.ru_stime)};
}

struct Latency {
  double median_ms = -1, p95_ms = -1, cpu_median_ms = -1;
};

Latency TimeQuery(const Options& o, const fs::path& db, const std::vector<std::string>& query) {
  std::vector<std::string> args = {o.claimgraph, "--db", db.string()};
  args.insert(args.end(), query.begin(), query.end());
  std::vector<double> ms, cpu_ms;
  for (int i = 0; i < o.runs; ++i) {
    const Timing t = TimeCommand(args);
    if (t.wall < 0) return {};
    ms.push_back(1000 * t.wall);
    cpu_ms.push_back(1000 * t.cpu);
  }
  auto at = [](std::vector<double>& v, double q) {
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5)];
  };
  return {at(ms, 0.5), at(ms, 0.95), at(cpu_ms, 0.5)};
}

struct Row {
  std::uint64_t n = 0;         // the size N the row is labelled with
  std::uint64_t ingested = 0;  // articles ingested for it (N, or --add when growing)
  double mb = 0, wall = 0, cpu = 0, tail_cpu = 0, retrieval_ms = 0, db_mib = 0, rss_mib = 0;
  std::uint64_t statements = 0, claims = 0, edges = 0, failed = 0;
  Latency disputed, show, trace, report;
};

void PrintTable(const std::vector<Row>& rows, const Options& o) {
  std::printf(
      "\n%7s %6s %8s %8s %8s %9s %8s %8s %8s %9s | %s (wall median/p95 ms of %d runs, [CPU median])\n", "N", "MB/s",
      "art/s", "ms/art", "CPUms/a", "tail CPU", "retr ms", "DB MiB", "RSS MiB", "edges",
      "disputed --limit 50 | show | trace | report --format json", o.runs);
  for (const Row& r : rows) {
    auto l = [](const Latency& x) {
      char b[48];
      std::snprintf(b, sizeof b, "%.0f/%.0f [%.0f]", x.median_ms, x.p95_ms, x.cpu_median_ms);
      return std::string(b);
    };
    const double n = static_cast<double>(r.ingested);
    std::printf("%7llu %6.2f %8.1f %8.2f %8.2f %9.2f %8.3f %8.1f %8.0f %9llu | %s | %s | %s | %s\n",
                static_cast<unsigned long long>(r.n), r.mb / r.wall, n / r.wall,
                1000 * r.wall / n, 1000 * r.cpu / n, r.tail_cpu, r.retrieval_ms, r.db_mib,
                r.rss_mib, static_cast<unsigned long long>(r.edges), l(r.disputed).c_str(),
                l(r.show).c_str(), l(r.trace).c_str(), l(r.report).c_str());
  }
}

// Ingests the `n` articles of the corpus folder `jsonl` into `db` and fills
// the ingest columns of `row` except `n`; the last `tail` articles give the
// tail cost. `top_claim` gets the most disputed claim, for the queries.
bool IngestFolder(const Options& o, const fs::path& db, const fs::path& jsonl, std::uint64_t n,
                  std::uint64_t tail, Row* row, std::string* top_claim) {
  auto store = store::Store::Open(db.string());
  if (!store.ok()) {
    std::cerr << store.status().ToString() << "\n";
    return false;
  }
  extract::Extractor extractor;
  pipeline::Ingestor ingestor(store.value().get(), &extractor, o.threads);
  const std::uint64_t tail_from = n - std::min(n, tail);
  const auto started = Clock::now();
  const double cpu_started = CpuSeconds();
  double tail_cpu_started = cpu_started;
  auto summary = ingestor.Ingest({jsonl}, [&](const pipeline::IngestSummary& s) {
    const std::uint64_t done = s.added + s.already_present + s.rejected;
    if (done == tail_from && tail_from > 0) tail_cpu_started = CpuSeconds();
    if (done % 5000 == 0) std::cerr << "  " << done << "/" << n << " articles\n";
  });
  row->ingested = n;
  row->wall = std::chrono::duration<double>(Clock::now() - started).count();
  row->cpu = CpuSeconds() - cpu_started;
  row->tail_cpu = 1000 * (CpuSeconds() - tail_cpu_started) / static_cast<double>(n - tail_from);
  row->mb = static_cast<double>(summary.bytes) / 1e6;
  row->failed = summary.rejected;
  const pipeline::RetrievalStats& r = ingestor.retrieval_stats();
  row->retrieval_ms = 1000 * r.seconds / static_cast<double>(std::max<std::size_t>(r.statements, 1));
  auto counts = store.value()->GetCounts();
  if (counts.ok()) {
    row->statements = static_cast<std::uint64_t>(counts->statements);
    row->claims = static_cast<std::uint64_t>(counts->claims);
    row->edges = static_cast<std::uint64_t>(counts->edges);
  }
  auto top = store.value()->Disputed(1);
  *top_claim = top.ok() && !top->empty() ? std::to_string(top->front().claim.id) : "1";
  store.value().reset();  // checkpoints the WAL into the file
  row->db_mib = static_cast<double>(FileSize(db) + FileSize(db.string() + "-wal")) / (1024.0 * 1024.0);
  row->rss_mib = PeakRssMiB();
  std::printf("N=%llu: %llu statements, %llu claims, %llu edges, %llu rejected; ingest of %llu "
              "articles %.1f s wall, %.1f s CPU; retrieval %.3f ms/statement CPU, labelling %.3f "
              "ms/statement\n",
              static_cast<unsigned long long>(row->n), static_cast<unsigned long long>(row->statements),
              static_cast<unsigned long long>(row->claims), static_cast<unsigned long long>(row->edges),
              static_cast<unsigned long long>(row->failed), static_cast<unsigned long long>(n),
              row->wall, row->cpu, row->retrieval_ms,
              1000 * r.relate_seconds / static_cast<double>(std::max<std::size_t>(r.statements, 1)));
  std::fflush(stdout);
  return row->failed < n;
}

void TimeQueries(const Options& o, const fs::path& db, const std::string& claim, Row* row) {
  row->disputed = TimeQuery(o, db, {"disputed", "--limit", "50"});
  row->show = TimeQuery(o, db, {"show", claim});
  row->trace = TimeQuery(o, db, {"trace", claim});
  row->report = TimeQuery(o, db, {"report", "--format", "json"});
}

bool RunSize(const CorpusGenerator& corpus, const Options& o, std::uint64_t n, Row* row) {
  const fs::path db = fs::path(o.workdir) / ("claimgraph-bench-" + std::to_string(n) + ".db");
  const fs::path jsonl = fs::path(o.workdir) / ("claimgraph-bench-" + std::to_string(n) + "-corpus");
  if (!WriteCorpus(corpus, 0, n, jsonl)) {
    std::cerr << "cannot write " << jsonl << "\n";
    return false;
  }
  RemoveDatabase(db);
  row->n = n;
  std::string claim;
  const bool ok = IngestFolder(o, db, jsonl, n, n / 10, row, &claim);
  TimeQueries(o, db, claim, row);
  if (!o.keep) {
    RemoveDatabase(db);
    fs::remove_all(jsonl);
  }
  return ok;
}

// --grow-db: the next `o.add` articles into a copy of an existing database of
// the first N articles; the row is labelled N and its tail is all of them.
bool GrowDatabase(const CorpusGenerator& corpus, const Options& o, Row* row) {
  // The copy is opened, never the original: opening migrates a database
  // from an older schema, and the kept database must stay as it is.
  const fs::path db = fs::path(o.workdir) / "claimgraph-bench-grow.db";
  const fs::path jsonl = fs::path(o.workdir) / "claimgraph-bench-grow-corpus";
  if (fs::exists(o.grow_db + "-wal")) {
    std::cerr << o.grow_db << " has a WAL file: open and close it first\n";
    return false;
  }
  std::error_code ec;
  fs::create_directories(o.workdir, ec);
  RemoveDatabase(db);
  if (!ec) fs::copy_file(o.grow_db, db, ec);
  if (ec) {
    std::cerr << "cannot copy " << o.grow_db << " to " << db.string() << ": " << ec.message() << "\n";
    return false;
  }
  std::uint64_t n = 0;
  {
    auto store = store::Store::Open(db.string());
    if (!store.ok()) {
      std::cerr << store.status().ToString() << "\n";
      return false;
    }
    auto counts = store.value()->GetCounts();
    if (!counts.ok()) return false;
    n = static_cast<std::uint64_t>(counts->articles);
  }
  if (!WriteCorpus(corpus, n, o.add, jsonl)) {
    std::cerr << "cannot write " << jsonl << "\n";
    return false;
  }
  row->n = n;
  std::string claim;
  const bool ok = IngestFolder(o, db, jsonl, o.add, o.add, row, &claim);
  TimeQueries(o, db, claim, row);
  if (!o.keep) {
    RemoveDatabase(db);
    fs::remove_all(jsonl);
  }
  return ok;
}

}  // namespace
}  // namespace claimgraph::bench

int main(int argc, char** argv) {
  using namespace claimgraph::bench;
  spdlog::set_level(spdlog::level::warn);
  Options options;
  if (!Parse(argc, argv, &options)) {
    std::cerr << "usage: claimgraph_bench --bodies train_bodies.csv [--sizes 1000,10000]"
                 " [--threads N] [--runs 50] [--seed 42] [--workdir DIR] [--claimgraph PATH]"
                 " [--keep] [--query-db DB] [--grow-db DB --add M]\n";
    return 2;
  }
  if (options.claimgraph.empty()) {
    options.claimgraph = (fs::read_symlink("/proc/self/exe").parent_path() / "claimgraph").string();
  }
  if (!options.query_db.empty()) {
    Row row;
    auto store = claimgraph::store::Store::Open(options.query_db);
    if (!store.ok()) return 1;
    auto counts = store.value()->GetCounts();
    auto top = store.value()->Disputed(1);
    const std::string claim = top.ok() && !top->empty() ? std::to_string(top->front().claim.id) : "1";
    row.n = counts.ok() ? static_cast<std::uint64_t>(counts->articles) : 0;
    store.value().reset();
    TimeQueries(options, options.query_db, claim, &row);
    row.wall = row.mb = 0;
    PrintTable({row}, options);
    return 0;
  }
  auto bodies = ReadFnc1Bodies(options.bodies);
  if (!bodies.ok()) {
    std::cerr << bodies.status().ToString() << "\n";
    return 1;
  }
  std::printf("claimgraph_bench: %zu FNC-1 bodies, seed %llu, %d threads, %s;"
              " queries run %s\n",
              bodies->size(), static_cast<unsigned long long>(options.seed), options.threads,
              options.grow_db.empty() ? "one fresh database per N" : "growing a copy of --grow-db",
              options.claimgraph.c_str());
  CorpusGenerator corpus(&bodies.value(), options.seed);
  std::vector<Row> rows;
  int status = 0;
  if (!options.grow_db.empty()) {
    Row row;
    const bool grown = GrowDatabase(corpus, options, &row);
    PrintTable({row}, options);
    return grown ? 0 : 1;
  }
  for (std::uint64_t n : options.sizes) {
    Row row;
    if (!RunSize(corpus, options, n, &row)) status = 1;
    rows.push_back(row);
  }
  PrintTable(rows, options);
  return status;
}
