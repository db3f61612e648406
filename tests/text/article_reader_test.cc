#include "text/article_reader.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace claimgraph::text {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = CLAIMGRAPH_FIXTURES_DIR;
const fs::path kGood = kFixtures / "text";
const fs::path kBad = kFixtures / "bad";

struct Batch {
  std::vector<Article> articles;
  std::vector<ReadError> errors;
  ReadStats stats;

  std::vector<std::string> Ids() const {
    std::vector<std::string> ids;
    for (const Article& a : articles) ids.push_back(a.id);
    return ids;
  }
  // The first error whose origin ends with `suffix`, or null.
  const ReadError* ErrorAt(const std::string& suffix) const {
    for (const ReadError& e : errors) {
      if (e.origin.ends_with(suffix)) return &e;
    }
    return nullptr;
  }
};

Batch Read(const fs::path& path) {
  Batch batch;
  batch.stats = ReadArticles(
      path, [&](Article&& a) { batch.articles.push_back(std::move(a)); },
      [&](ReadError&& e) { batch.errors.push_back(std::move(e)); });
  CHECK(batch.stats.articles == batch.articles.size());
  CHECK(batch.stats.rejected == batch.errors.size());
  return batch;
}

// A fresh directory under the system temp folder, removed at scope exit.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("claimgraph-text-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  fs::path Write(const std::string& name, const std::string& content) const {
    const fs::path p = path_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST_CASE("Reader: reads every field of a JSONL batch, naming each line", "[text]") {
  const Batch batch = Read(kGood / "batch.jsonl");
  REQUIRE(batch.errors.empty());
  REQUIRE(batch.Ids() == std::vector<std::string>{"a1", "a2", "a3"});
  const Article& a = batch.articles[0];
  CHECK(a.url == "https://example.com/a1");
  CHECK(a.source == "Bloomberg");
  CHECK(a.title == "Kremlin cautious on summit");
  CHECK(a.published == "2022-02-21");
  CHECK(a.text.starts_with("The Kremlin said there are “no concrete plans”"));
  CHECK(a.body_begin == 0);
  CHECK(a.origin == (kGood / "batch.jsonl").string() + ":1");
  CHECK(batch.articles[2].origin.ends_with("batch.jsonl:3"));
  CHECK(batch.articles[2].published.empty());  // null counts as absent
  CHECK(batch.articles[2].text.find('\n') != std::string::npos);
  CHECK(batch.stats.files == 1);
}

TEST_CASE("Reader: reads a .json object and a .json array with element origins", "[text]") {
  const Batch single = Read(kGood / "single.json");
  REQUIRE(single.Ids() == std::vector<std::string>{"s1"});
  CHECK(single.articles[0].title == "One object");
  CHECK(single.articles[0].origin == (kGood / "single.json").string());

  const Batch array = Read(kGood / "array.json");
  REQUIRE(array.Ids() == std::vector<std::string>{"r1", "r2"});
  CHECK(array.articles[1].origin.ends_with("array.json:[1]"));
  CHECK(array.articles[1].text ==
        "Second article body, with \"escaped\" quotes and a \\u00e9: \xc3\xa9.");
}

TEST_CASE("Reader: a .txt file's first non-empty line is the title and the body follows it",
          "[text]") {
  const Batch batch = Read(kGood / "plain.txt");
  REQUIRE(batch.articles.size() == 1);
  const Article& a = batch.articles[0];
  CHECK(a.title == "Kremlin cautious on prospect of Biden-Putin meet");
  CHECK(a.text.starts_with("\n  Kremlin cautious"));  // the whole file, offsets intact
  CHECK(std::string_view(a.text).substr(a.body_begin).starts_with("\nBloomberg\n"));
  CHECK(a.id.empty());
}

TEST_CASE("Reader: walks folders recursively in path order, skipping other files", "[text]") {
  const Batch batch = Read(kGood);
  CHECK(batch.errors.empty());
  std::vector<std::string> origins;
  for (const Article& a : batch.articles) {
    origins.push_back(fs::path(a.origin).lexically_relative(kGood).string());
  }
  CHECK(origins == std::vector<std::string>{"array.json:[0]", "array.json:[1]", "batch.jsonl:1",
                                            "batch.jsonl:2", "batch.jsonl:3", "nested/deeper.txt",
                                            "plain.txt", "single.json"});
  CHECK(batch.stats.files == 5);  // README.md is not opened
}

TEST_CASE("Reader: rejects each bad file with its name and the place of the problem", "[text]") {
  struct Case {
    const char* file;
    const char* origin_suffix;
    const char* message;
  };
  const std::vector<Case> cases = {
      {"invalid_utf8.txt", "invalid_utf8.txt", "invalid UTF-8 at byte 50"},
      {"empty.txt", "empty.txt", "empty file"},
      {"blank.txt", "blank.txt", "empty file"},
      {"binary.txt", "binary.txt", "binary file (NUL byte at 10)"},
      {"truncated.json", "truncated.json", "malformed JSON: "},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    const Batch batch = Read(kBad / c.file);
    CHECK(batch.articles.empty());
    REQUIRE(batch.errors.size() == 1);
    CHECK(batch.errors[0].origin == (kBad / c.origin_suffix).string());
    CHECK_THAT(batch.errors[0].message, Catch::StartsWith(c.message));
  }
}

TEST_CASE("Reader: rejects bad JSONL lines by line number and keeps the good ones", "[text]") {
  const Batch batch = Read(kBad / "mixed.jsonl");
  CHECK(batch.Ids() == std::vector<std::string>{"m1", "m3", "m8"});
  CHECK(batch.articles[1].origin.ends_with("mixed.jsonl:3"));
  const std::vector<std::pair<std::string, std::string>> want = {
      {"mixed.jsonl:2", "malformed JSON: parse error at line 1, column "},
      {"mixed.jsonl:4", "missing \"text\""},
      {"mixed.jsonl:5", "\"title\" is not a string (got number)"},
      {"mixed.jsonl:6", "\"text\" is not a string (got number)"},
      {"mixed.jsonl:9", "invalid UTF-8 at byte "},
      {"mixed.jsonl:10", "empty \"text\""},
      {"mixed.jsonl:11", "expected an article object, got array"},
  };
  REQUIRE(batch.errors.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO(want[i].first);
    CHECK(batch.errors[i].origin.ends_with(want[i].first));
    CHECK_THAT(batch.errors[i].message, Catch::StartsWith(want[i].second));
  }
}

TEST_CASE("Reader: rejects bad elements of a .json array by index and keeps the rest", "[text]") {
  const Batch batch = Read(kBad / "bad_array.json");
  CHECK(batch.Ids() == std::vector<std::string>{"b0", "b3"});
  REQUIRE(batch.errors.size() == 2);
  CHECK(batch.errors[0].origin.ends_with("bad_array.json:[1]"));
  CHECK(batch.errors[0].message == "missing \"text\"");
  CHECK(batch.errors[1].origin.ends_with("bad_array.json:[2]"));
  CHECK(batch.errors[1].message == "\"url\" is not a string (got array)");
}

TEST_CASE("Reader: skips a byte-order mark and accepts CRLF line ends", "[text]") {
  const Batch txt = Read(kBad / "bom_crlf.txt");
  REQUIRE(txt.articles.size() == 1);
  const Article& a = txt.articles[0];
  CHECK(a.title == "BOM title");
  CHECK(a.text.starts_with("BOM title\r\n"));
  CHECK(std::string_view(a.text).substr(a.body_begin).starts_with("\r\nThe body"));

  const Batch jsonl = Read(kBad / "bom_crlf.jsonl");
  CHECK(jsonl.errors.empty());
  CHECK(jsonl.Ids() == std::vector<std::string>{"c1", "c2"});
  CHECK(jsonl.articles[1].text == "CRLF line two.");
}

TEST_CASE("Reader: a folder of bad files still yields its good articles", "[text]") {
  const Batch batch = Read(kBad);
  CHECK(batch.Ids() == std::vector<std::string>{"b0", "b3", "c1", "c2", "", "m1", "m3", "m8"});
  CHECK(batch.errors.size() == 2 + 1 + 1 + 1 + 1 + 1 + 7);
  CHECK(batch.stats.files == 9);
  CHECK(batch.ErrorAt("truncated.json") != nullptr);
}

TEST_CASE("Reader: a missing path is one error naming it", "[text]") {
  const Batch batch = Read(kBad / "no-such-file.jsonl");
  REQUIRE(batch.errors.size() == 1);
  CHECK(batch.errors[0].origin == (kBad / "no-such-file.jsonl").string());
  CHECK(batch.errors[0].message == "no such file or directory");
}

TEST_CASE("Reader: an unreadable file is an error and the batch continues", "[text]") {
  if (geteuid() == 0) {
    WARN("running as root: permissions are not enforced, case skipped");
    return;
  }
  TempDir dir;
  const fs::path locked = dir.Write("a.txt", "Title\nBody.\n");
  dir.Write("b.txt", "Title\nBody.\n");
  ::chmod(locked.c_str(), 0);
  const Batch batch = Read(dir.path());
  CHECK(batch.articles.size() == 1);
  REQUIRE(batch.errors.size() == 1);
  CHECK(batch.errors[0].origin == locked.string());
  CHECK_THAT(batch.errors[0].message, Catch::StartsWith("cannot open: "));
}

TEST_CASE("Reader: a 50 MB JSONL line is rejected quickly and the next line is read", "[text]") {
  TempDir dir;
  std::string content = "{\"id\": \"huge\", \"text\": \"";
  content.append(50u << 20, 'a');
  content += "\"}\n{\"id\": \"after\", \"text\": \"Still read.\"}\n";
  const fs::path file = dir.Write("huge.jsonl", content);
  content.clear();
  const auto start = std::chrono::steady_clock::now();
  const Batch batch = Read(file);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
  CHECK(batch.Ids() == std::vector<std::string>{"after"});
  REQUIRE(batch.errors.size() == 1);
  CHECK(batch.errors[0].origin == file.string() + ":1");
  CHECK_THAT(batch.errors[0].message, Catch::Contains("bytes"));
}

TEST_CASE("Reader: rejects articles over the size limit", "[text]") {
  TempDir dir;
  const std::string big(kMaxArticleBytes + 1, 'x');
  const fs::path txt = dir.Write("big.txt", "Title\n" + big);
  const Batch from_txt = Read(txt);
  REQUIRE(from_txt.errors.size() == 1);
  CHECK_THAT(from_txt.errors[0].message, Catch::Contains("limit 8388608"));
  const fs::path jsonl = dir.Write("big.jsonl", "{\"text\": \"" + big + "\"}\n");
  const Batch from_jsonl = Read(jsonl);
  REQUIRE(from_jsonl.errors.size() == 1);
  CHECK(from_jsonl.errors[0].origin == jsonl.string() + ":1");
  CHECK_THAT(from_jsonl.errors[0].message, Catch::Contains("limit 8388608"));
}

TEST_CASE("Reader: deeply nested JSON is rejected without parsing", "[text]") {
  TempDir dir;
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  const fs::path jsonl = dir.Write("deep.jsonl", deep + "\n{\"id\": \"ok\", \"text\": \"[[[[\"}\n");
  const Batch lines = Read(jsonl);
  CHECK(lines.Ids() == std::vector<std::string>{"ok"});  // brackets in strings do not count
  REQUIRE(lines.errors.size() == 1);
  CHECK(lines.errors[0].origin == jsonl.string() + ":1");
  CHECK(lines.errors[0].message == "JSON nested deeper than 64 levels");

  const fs::path json = dir.Write("deep.json", "{\"text\": \"x\", \"extra\": " + deep + "}");
  const Batch file = Read(json);
  REQUIRE(file.errors.size() == 1);
  CHECK(file.errors[0].origin == json.string());
}

TEST_CASE("Reader: ParseTxtArticle reports file offsets past a byte-order mark", "[text]") {
  Article article;
  ReadError error;
  CHECK_FALSE(ParseTxtArticle("\xEF\xBB\xBFTitle\nab\xC0", "x.txt", &article, &error));
  CHECK(error.origin == "x.txt");
  CHECK(error.message == "invalid UTF-8 at byte 11");
  REQUIRE(ParseTxtArticle("Only a title", "y.txt", &article, &error));
  CHECK(article.title == "Only a title");
  CHECK(article.body_begin == article.text.size());
  CHECK(article.origin == "y.txt");
}

}  // namespace
}  // namespace claimgraph::text
