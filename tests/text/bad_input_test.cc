// The reader on hostile and degenerate input: what article_reader_test.cc
// does not already cover (zero-byte files of every format, exact offsets of
// bad bytes, many tiny files, unlistable folders, nesting at the limit), and
// ReadArticlesFromContent agreeing with ReadArticles.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/article_reader.h"

namespace claimgraph::text {
namespace {

namespace fs = std::filesystem;

const fs::path kBad = fs::path(CLAIMGRAPH_FIXTURES_DIR) / "bad";

struct Batch {
  std::vector<Article> articles;
  std::vector<ReadError> errors;
  ReadStats stats;
};

Batch Read(const fs::path& path) {
  Batch batch;
  batch.stats = ReadArticles(
      path, [&](Article&& a) { batch.articles.push_back(std::move(a)); },
      [&](ReadError&& e) { batch.errors.push_back(std::move(e)); });
  return batch;
}

Batch ReadContent(const std::string& content, InputFormat format, const std::string& origin) {
  Batch batch;
  batch.stats = ReadArticlesFromContent(
      content, format, origin, [&](Article&& a) { batch.articles.push_back(std::move(a)); },
      [&](ReadError&& e) { batch.errors.push_back(std::move(e)); });
  return batch;
}

// A fresh folder under the system temp folder, removed (made writable
// first) at scope exit.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "claimgraph-bad-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path_, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      ::chmod(it->path().c_str(), 0700);
    }
    fs::remove_all(path_, ec);
  }
  fs::path Write(const std::string& name, const std::string& content) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST_CASE("Bad input: a zero-byte file of every format is one 'empty file' error naming it",
          "[text]") {
  TempDir dir;
  for (const char* name : {"zero.txt", "zero.jsonl", "zero.json", "zero.md"}) {
    INFO(name);
    const fs::path file = dir.Write(name, "");
    REQUIRE(fs::file_size(file) == 0);
    const Batch batch = Read(file);
    CHECK(batch.articles.empty());
    REQUIRE(batch.errors.size() == 1);
    CHECK(batch.errors[0].origin == file.string());
    CHECK(batch.errors[0].message == "empty file");
  }
}

TEST_CASE("Bad input: invalid UTF-8 mid-sentence is reported at the file offset of the bad byte",
          "[text]") {
  TempDir dir;
  struct Case {
    const char* name;
    std::string content;
    std::string origin_suffix;
  };
  const std::string bad = "\xE2\x82";  // a truncated euro sign, then a space
  const std::vector<Case> cases = {
      {"mid.txt", "Title\nThe minister said the cost was 5 " + bad + " per head.\n", ""},
      {"bom.txt", "\xEF\xBB\xBFTitle\nShe said it cost 5 " + bad + " each.\n", ""},
      {"mid.jsonl",
       "{\"text\": \"Fine.\"}\r\n{\"text\": \"He said it was " + bad + " cheap.\"}\n", ":2"},
      {"mid.json", "[{\"text\": \"Fine.\"}, {\"text\": \"Not " + bad + " fine.\"}]", ""},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const fs::path file = dir.Write(c.name, c.content);
    const Batch batch = Read(file);
    REQUIRE(batch.errors.size() == 1);
    CHECK(batch.errors[0].origin == file.string() + c.origin_suffix);
    const std::size_t offset = c.content.find(bad);
    CHECK(batch.errors[0].message == "invalid UTF-8 at byte " + std::to_string(offset));
  }
}

TEST_CASE("Bad input: NUL bytes reject the file or the article, naming where", "[text]") {
  const std::string raw = std::string("{\"text\": \"a") + '\0' + "b\"}\n";
  const Batch binary = ReadContent(raw, InputFormat::kJsonl, "n.jsonl");
  REQUIRE(binary.errors.size() == 1);
  CHECK(binary.errors[0].origin == "n.jsonl");
  CHECK(binary.errors[0].message == "binary file (NUL byte at 11)");

  // An escaped NUL decodes into the text; the line alone is rejected.
  const Batch escaped = ReadContent(
      "{\"id\": \"a\", \"text\": \"x\\u0000y\"}\n{\"id\": \"b\", \"text\": \"ok\"}\n",
      InputFormat::kJsonl, "e.jsonl");
  REQUIRE(escaped.articles.size() == 1);
  CHECK(escaped.articles[0].id == "b");
  REQUIRE(escaped.errors.size() == 1);
  CHECK(escaped.errors[0].origin == "e.jsonl:1");
  CHECK(escaped.errors[0].message == "\"text\" contains a NUL character at byte 1");
}

TEST_CASE("Bad input: CRLF line ends in .json and .txt load with the same text as LF", "[text]") {
  const Batch json = ReadContent("[\r\n  {\"id\": \"x\", \"text\": \"Line one.\"}\r\n]\r\n",
                                 InputFormat::kJson, "c.json");
  REQUIRE(json.errors.empty());
  REQUIRE(json.articles.size() == 1);
  CHECK(json.articles[0].text == "Line one.");

  const Batch txt = ReadContent("\xEF\xBB\xBF\r\nTitle\r\nBody one.\r\n", InputFormat::kTxt, "c.txt");
  REQUIRE(txt.articles.size() == 1);
  CHECK(txt.articles[0].title == "Title");  // no \r
  CHECK(txt.articles[0].file_offset == 3);  // offsets map back to file bytes past the BOM
  CHECK(std::string_view(txt.articles[0].text).substr(txt.articles[0].body_begin) ==
        "Body one.\r\n");
}

TEST_CASE("Bad input: JSON values of the wrong type, and an empty array, are rejected by name", "[text]") {
  struct Case {
    const char* line;
    const char* message;
  };
  const std::vector<Case> cases = {
      {R"({"text": null})", "\"text\" is not a string (got null)"},
      {R"({"text": {"body": "x"}})", "\"text\" is not a string (got object)"},
      {R"({"text": ["x"]})", "\"text\" is not a string (got array)"},
      {R"({"text": true})", "\"text\" is not a string (got boolean)"},
      {R"({"text": "x", "id": 7})", "\"id\" is not a string (got number)"},
      {R"({"text": "x", "published": 2024.5})", "\"published\" is not a string (got number)"},
      {R"({"text": "x", "source": false})", "\"source\" is not a string (got boolean)"},
      {R"("just a string")", "expected an article object, got string"},
      {R"(12)", "expected an article object, got number"},
      {R"(null)", "expected an article object, got null"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    const Batch batch = ReadContent(std::string(c.line) + "\n", InputFormat::kJsonl, "w.jsonl");
    CHECK(batch.articles.empty());
    REQUIRE(batch.errors.size() == 1);
    CHECK(batch.errors[0].origin == "w.jsonl:1");
    CHECK(batch.errors[0].message == c.message);
  }
  const Batch empty = ReadContent(" [ ] ", InputFormat::kJson, "e.json");
  CHECK(empty.articles.empty());
  REQUIRE(empty.errors.size() == 1);
  CHECK(empty.errors[0].origin == "e.json");
  CHECK(empty.errors[0].message == "empty JSON array: no articles");
  const Batch nulls = ReadContent(R"({"text": "x", "id": null, "url": null})", InputFormat::kJson,
                                  "n.json");
  CHECK(nulls.errors.empty());
  CHECK(nulls.articles.size() == 1);
}

TEST_CASE("Bad input: JSON nested exactly to the limit parses, one level more is refused",
          "[text]") {
  const auto nested = [](int depth) {
    // depth brackets in all: the article object and depth-1 arrays in "extra".
    return "{\"text\": \"x\", \"extra\": " + std::string(depth - 1, '[') +
           std::string(depth - 1, ']') + "}";
  };
  CHECK(ReadContent(nested(64), InputFormat::kJson, "ok.json").articles.size() == 1);
  const Batch deep = ReadContent(nested(65), InputFormat::kJson, "deep.json");
  CHECK(deep.articles.empty());
  REQUIRE(deep.errors.size() == 1);
  CHECK(deep.errors[0].message == "JSON nested deeper than 64 levels");
}

TEST_CASE("Bad input: a folder of 10,000 tiny files is read whole, in path order", "[text]") {
  TempDir dir;
  constexpr int kFiles = 10000;
  for (int i = 0; i < kFiles; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "d%02d/a%05d.txt", i % 10, i);
    dir.Write(name, "T" + std::to_string(i) + "\nB.\n");
  }
  const auto start = std::chrono::steady_clock::now();
  const Batch batch = Read(dir.path());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(60));
  CHECK(batch.errors.empty());
  CHECK(batch.stats.files == kFiles);
  REQUIRE(batch.articles.size() == kFiles);
  CHECK(batch.articles.front().title == "T0");  // d00/a00000.txt
  CHECK(batch.articles[1].title == "T10");      // d00/a00010.txt
  CHECK(batch.articles.back().title == "T9999");
}

TEST_CASE("Bad input: a folder that cannot be listed is an error naming it; the rest loads",
          "[text]") {
  TempDir dir;
  dir.Write("locked/a.txt", "Title\nBody.\n");
  dir.Write("open/b.txt", "Title\nBody.\n");
  const fs::path locked = dir.path() / "locked";
  ::chmod(locked.c_str(), 0);
  if (::access(locked.c_str(), R_OK | X_OK) == 0) {
    WARN("the locked folder is still readable (running as root?): case skipped");
    return;
  }
  const Batch batch = Read(dir.path());
  CHECK(batch.articles.size() == 1);
  REQUIRE(batch.errors.size() == 1);
  CHECK(batch.errors[0].origin == locked.string());
  CHECK_THAT(batch.errors[0].message, Catch::StartsWith("cannot list directory: "));
}

TEST_CASE("Bad input: ReadArticlesFromContent reads a file's content as ReadArticles does",
          "[text]") {
  const std::vector<std::pair<const char*, InputFormat>> files = {
      {"mixed.jsonl", InputFormat::kJsonl}, {"bom_crlf.jsonl", InputFormat::kJsonl},
      {"bad_array.json", InputFormat::kJson}, {"truncated.json", InputFormat::kJson},
      {"bom_crlf.txt", InputFormat::kTxt},   {"invalid_utf8.txt", InputFormat::kTxt},
      {"binary.txt", InputFormat::kTxt},     {"empty.txt", InputFormat::kTxt}};
  for (const auto& [name, format] : files) {
    INFO(name);
    const fs::path path = kBad / name;
    const Batch from_file = Read(path);
    const Batch from_content = ReadContent(Slurp(path), format, path.string());
    REQUIRE(from_content.articles.size() == from_file.articles.size());
    REQUIRE(from_content.errors.size() == from_file.errors.size());
    for (std::size_t i = 0; i < from_file.articles.size(); ++i) {
      CHECK(from_content.articles[i].text == from_file.articles[i].text);
      CHECK(from_content.articles[i].origin == from_file.articles[i].origin);
      CHECK(from_content.articles[i].body_begin == from_file.articles[i].body_begin);
    }
    for (std::size_t i = 0; i < from_file.errors.size(); ++i) {
      CHECK(from_content.errors[i].origin == from_file.errors[i].origin);
      CHECK(from_content.errors[i].message == from_file.errors[i].message);
    }
  }
}

}  // namespace
}  // namespace claimgraph::text
