// Test helpers for the store tests: articles and statements built by hand
// (no extractor or linker involved), and temporary database files.
#ifndef CLAIMGRAPH_TESTS_STORE_STORE_TEST_UTIL_H_
#define CLAIMGRAPH_TESTS_STORE_STORE_TEST_UTIL_H_

#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace claimgraph::store::testing {

// A directory under the system temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ =
        std::filesystem::temp_directory_path() /
        ("claimgraph-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline std::unique_ptr<Store> OpenOrFail(const std::string& path) {
  auto store = Store::Open(path);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return std::move(store).value();
}

inline Article MakeArticle(std::string text, std::string source = "Outlet",
                           std::string title = "A title") {
  Article a;
  a.text = std::move(text);
  a.source = std::move(source);
  a.title = std::move(title);
  a.url = "https://example.test/" + a.title;
  a.published = "2024-05-01";
  a.origin = "test:" + a.title;
  a.id = "ext-" + a.title;
  return a;
}

// The span of the first occurrence of `part` in `text` (fails the test if absent).
inline Span Find(std::string_view text, std::string_view part) {
  const std::size_t at = text.find(part);
  REQUIRE(at != std::string_view::npos);
  return Span{at, at + part.size()};
}

// What a statement says, as substrings of the article text. Built with By()
// or Narrative(), then .Key() and .Denied() as needed.
struct Said {
  std::string speaker;  // "" for narrative
  std::string mention;  // substring naming the speaker; "" for none
  std::string content;  // substring
  std::string claim_key;
  std::string proposition_key;
  Polarity polarity = Polarity::kAsserted;

  Said& Key(std::string claim, std::string proposition = "") {
    claim_key = std::move(claim);
    proposition_key = std::move(proposition);
    return *this;
  }
  Said& Denied() {
    polarity = Polarity::kDenied;
    return *this;
  }
};

inline Said By(std::string speaker, std::string mention, std::string content) {
  Said s;
  s.speaker = std::move(speaker);
  s.mention = std::move(mention);
  s.content = std::move(content);
  return s;
}

inline Said Narrative(std::string content) { return By("", "", std::move(content)); }

// The sentence is the whole text; the cue is "said" when present.
inline AnalysedStatement MakeStatement(const Article& article, const Said& said) {
  AnalysedStatement a;
  Statement& s = a.statement;
  s.sentence = Span{0, article.text.size()};
  if (!said.mention.empty()) s.source = Find(article.text, said.mention);
  if (article.text.find(" said") != std::string::npos) {
    s.cue = Find(article.text, "said");
    s.cue_lemma = "say";
  }
  s.content = {Find(article.text, said.content)};
  s.speaker = said.speaker;
  s.kind = said.speaker.empty() ? StatementKind::kNarrative : StatementKind::kIndirect;
  s.polarity = said.polarity;
  a.keys.claim = said.claim_key;
  a.keys.proposition = said.proposition_key;
  return a;
}

inline Counts CountsOf(Store& store) {
  auto counts = store.GetCounts();
  REQUIRE(counts.ok());
  return counts.value();
}

inline bool SameCounts(const Counts& a, const Counts& b) {
  return a.articles == b.articles && a.statements == b.statements && a.claims == b.claims &&
         a.edges == b.edges && a.speakers == b.speakers;
}

// Adds an article (hash = its title) and requires that it was stored.
inline AddOutcome AddOrFail(Store& store, const Article& article,
                            const std::vector<AnalysedStatement>& statements,
                            const std::vector<Edge>& edges = {},
                            const std::vector<link::CrossLink>& cross = {}) {
  auto outcome = store.AddArticle(article, "hash-" + article.title, statements, edges, cross);
  INFO(outcome.status().ToString());
  REQUIRE(outcome.ok());
  REQUIRE(outcome->inserted);
  return outcome.value();
}

inline Edge Disputes(std::size_t from, std::size_t to, std::string rule = "test-rule",
                     std::string reason = "test reason") {
  Edge e;
  e.from = from;
  e.to = to;
  e.relation = Relation::kDisputes;
  e.rule = std::move(rule);
  e.reason = std::move(reason);
  e.score = 0.75;
  return e;
}

inline link::CrossLink CrossDisputes(std::size_t from_index, std::int64_t to_statement) {
  link::CrossLink c;
  c.from_index = from_index;
  c.to_statement = to_statement;
  c.relation = Relation::kDisputes;
  c.rule = "cross-polarity";
  c.reason = "opposite polarity";
  c.score = 0.5;
  return c;
}

// One sentence per line: "<speaker> said <content>." or, narrative,
// "<content>."; each statement goes in the claim of its key.
struct Line {
  std::string speaker;
  std::string content;  // unique within its article
  std::string claim_key;
};

inline AddOutcome AddLines(Store& store, const std::string& title, const std::string& source,
                           const std::vector<Line>& lines, const std::vector<Edge>& edges = {},
                           const std::vector<link::CrossLink>& cross = {}) {
  std::string text;
  for (const Line& line : lines) {
    text +=
        line.speaker.empty() ? line.content + ". " : line.speaker + " said " + line.content + ". ";
  }
  const Article article = MakeArticle(text, source, title);
  std::vector<AnalysedStatement> statements;
  for (const Line& line : lines) {
    statements.push_back(
        MakeStatement(article, By(line.speaker, line.speaker, line.content).Key(line.claim_key)));
  }
  return AddOrFail(store, article, statements, edges, cross);
}

inline std::int64_t ClaimOf(Store& store, std::int64_t statement_id) {
  auto s = store.Statement(statement_id);
  REQUIRE(s.ok());
  return s->claim_id;
}

}  // namespace claimgraph::store::testing

#endif  // CLAIMGRAPH_TESTS_STORE_STORE_TEST_UTIL_H_
