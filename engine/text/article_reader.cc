#include "text/article_reader.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "text/json_article_internal.h"
#include "text/utf8.h"

namespace claimgraph::text {

namespace {

namespace fs = std::filesystem;

// A file is read whole; beyond this it is rejected rather than risk memory.
constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;
// A JSONL line longer than this cannot hold an acceptable article even with
// every character escaped as \uXXXX, so it is rejected without parsing.
constexpr std::size_t kMaxLineBytes = 6 * kMaxArticleBytes + (1u << 20);
constexpr std::string_view kBom = "\xEF\xBB\xBF";

enum class Format { kTxt, kJsonl, kJson, kOther };

Format FormatOf(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".txt") return Format::kTxt;
  if (ext == ".jsonl") return Format::kJsonl;
  if (ext == ".json") return Format::kJson;
  return Format::kOther;
}

// Counts what it reports, so ReadStats always matches the callbacks.
class Reader {
 public:
  Reader(const std::function<void(Article&&)>& on_article,
         const std::function<void(ReadError&&)>& on_error)
      : on_article_(on_article), on_error_(on_error) {}

  void Article(claimgraph::Article&& article) {
    ++stats_.articles;
    on_article_(std::move(article));
  }
  void Error(std::string origin, std::string message) {
    ++stats_.rejected;
    on_error_(ReadError{std::move(origin), std::move(message)});
  }

  void Walk(const fs::path& root);
  void File(const fs::path& path, Format format);
  // Reads the articles of one file's content; `name` names the file.
  void Content(std::string content, const std::string& name, InputFormat format);
  ReadStats stats() const { return stats_; }

 private:
  bool Slurp(const fs::path& path, std::string* content);
  void Jsonl(std::string_view content, const std::string& name, std::size_t base);

  const std::function<void(claimgraph::Article&&)>& on_article_;
  const std::function<void(ReadError&&)>& on_error_;
  ReadStats stats_;
};

// Reads the whole file into *content, or reports why it cannot.
bool Reader::Slurp(const fs::path& path, std::string* content) {
  ++stats_.files;
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                             &std::fclose);
  if (!file) {
    Error(path.string(), std::string("cannot open: ") + std::strerror(errno));
    return false;
  }
  char buffer[1 << 16];
  while (true) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
    content->append(buffer, n);
    if (content->size() > kMaxFileBytes) {
      Error(path.string(), "file is larger than " + std::to_string(kMaxFileBytes) + " bytes");
      return false;
    }
    if (n < sizeof buffer) break;
  }
  if (std::ferror(file.get())) {
    Error(path.string(), std::string("cannot read: ") + std::strerror(errno));
    return false;
  }
  return true;
}

// Content checks shared by every format; offsets are file offsets.
bool CheckContent(std::string_view content, std::string* message) {
  const std::size_t nul = content.find('\0');
  if (nul != std::string_view::npos) {
    *message = "binary file (NUL byte at " + std::to_string(nul) + ")";
    return false;
  }
  const std::size_t bom = content.starts_with(kBom) ? kBom.size() : 0;
  if (content.find_first_not_of(" \t\r\n\v\f", bom) == std::string_view::npos) {
    *message = "empty file";
    return false;
  }
  return true;
}

void Reader::File(const fs::path& path, Format format) {
  std::string content;
  if (!Slurp(path, &content)) return;
  Content(std::move(content), path.string(),
          format == Format::kJsonl  ? InputFormat::kJsonl
          : format == Format::kJson ? InputFormat::kJson
                                    : InputFormat::kTxt);
}

void Reader::Content(std::string content, const std::string& name, InputFormat format) {
  if (format == InputFormat::kTxt) {
    claimgraph::Article article;
    ReadError error;
    if (ParseTxtArticle(std::move(content), name, &article, &error)) {
      Article(std::move(article));
    } else {
      Error(std::move(error.origin), std::move(error.message));
    }
    return;
  }
  std::string message;
  if (!CheckContent(content, &message)) {
    Error(name, std::move(message));
    return;
  }
  const std::size_t bom = std::string_view(content).starts_with(kBom) ? kBom.size() : 0;
  const std::string_view body = std::string_view(content).substr(bom);
  if (format == InputFormat::kJsonl) {
    Jsonl(body, name, bom);
    return;
  }
  std::size_t bad = 0;
  if (!IsValidUtf8(body, &bad)) {
    Error(name, "invalid UTF-8 at byte " + std::to_string(bad + bom));
    return;
  }
  internal::ParseJsonArticles(
      body, name, /*allow_array=*/true, [this](claimgraph::Article&& a) { Article(std::move(a)); },
      [this](const std::string& origin, std::string msg) { Error(origin, std::move(msg)); });
}

// One article per line; blank lines are skipped. `base` is the file offset
// of content[0] (after a byte-order mark) so messages give file offsets.
void Reader::Jsonl(std::string_view content, const std::string& name, std::size_t base) {
  std::size_t line_number = 0;
  for (std::size_t begin = 0; begin < content.size();) {
    std::size_t end = content.find('\n', begin);
    if (end == std::string_view::npos) end = content.size();
    ++line_number;
    std::string_view line = content.substr(begin, end - begin);
    const std::size_t line_offset = base + begin;
    begin = end + 1;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.find_first_not_of(" \t\r\v\f") == std::string_view::npos) continue;
    const std::string origin = name + ":" + std::to_string(line_number);
    std::size_t bad = 0;
    if (line.size() > kMaxLineBytes) {
      Error(origin, "line is " + std::to_string(line.size()) + " bytes, too large for an article");
    } else if (!IsValidUtf8(line, &bad)) {
      Error(origin, "invalid UTF-8 at byte " + std::to_string(line_offset + bad));
    } else {
      internal::ParseJsonArticles(
          line, origin, /*allow_array=*/false,
          [this](claimgraph::Article&& a) { Article(std::move(a)); },
          [this](const std::string& where, std::string msg) { Error(where, std::move(msg)); });
    }
  }
}

// Collects the readable article files under `dir`, reporting directories
// that cannot be listed. Symlinked directories are not followed (no loops).
void CollectFiles(const fs::path& dir, std::vector<fs::path>* files, Reader* reader) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    reader->Error(dir.string(), "cannot list directory: " + ec.message());
    return;
  }
  std::vector<fs::path> subdirs;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec)) {
      subdirs.push_back(entry.path());
    } else if (FormatOf(entry.path()) == Format::kOther) {
      spdlog::debug("skipping {}: not a .txt, .jsonl or .json file", entry.path().string());
    } else if (entry.is_regular_file(type_ec)) {
      files->push_back(entry.path());
    } else {
      spdlog::debug("skipping {}: not a regular file", entry.path().string());
    }
  }
  if (ec) reader->Error(dir.string(), "cannot list directory: " + ec.message());
  for (const fs::path& sub : subdirs) CollectFiles(sub, files, reader);
}

void Reader::Walk(const fs::path& root) {
  std::vector<fs::path> files;
  CollectFiles(root, &files, this);
  std::sort(files.begin(), files.end(),
            [](const fs::path& a, const fs::path& b) { return a.string() < b.string(); });
  for (const fs::path& file : files) File(file, FormatOf(file));
}

// First non-empty line of text[begin, ...), trimmed, and the offset after
// its line end.
std::pair<std::string, std::size_t> TitleLine(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\v\f";
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    const std::size_t first = line.find_first_not_of(kSpace);
    if (first != std::string_view::npos) {
      line = line.substr(first, line.find_last_not_of(kSpace) - first + 1);
      return {std::string(line), next};
    }
    begin = next;
  }
  return {std::string(), text.size()};
}

}  // namespace

bool ParseTxtArticle(std::string content, const std::string& origin, claimgraph::Article* out,
                     ReadError* error) {
  const auto fail = [&](std::string message) {
    if (error != nullptr) *error = ReadError{origin, std::move(message)};
    return false;
  };
  std::string message;
  if (!CheckContent(content, &message)) return fail(std::move(message));
  const std::size_t bom = std::string_view(content).starts_with(kBom) ? kBom.size() : 0;
  std::size_t bad = 0;
  if (!IsValidUtf8(std::string_view(content).substr(bom), &bad)) {
    return fail("invalid UTF-8 at byte " + std::to_string(bad + bom));
  }
  if (content.size() - bom > kMaxArticleBytes) {
    return fail("article is " + std::to_string(content.size() - bom) + " bytes (limit " +
                std::to_string(kMaxArticleBytes) + ")");
  }
  content.erase(0, bom);
  *out = claimgraph::Article();
  auto [title, body_begin] = TitleLine(content);
  out->title = std::move(title);
  out->body_begin = body_begin;
  out->file_offset = bom;
  out->text = std::move(content);
  out->origin = origin;
  return true;
}

ReadStats ReadArticlesFromContent(std::string content, InputFormat format,
                                  const std::string& origin,
                                  const std::function<void(Article&&)>& on_article,
                                  const std::function<void(ReadError&&)>& on_error) {
  Reader reader(on_article, on_error);
  reader.Content(std::move(content), origin, format);
  return reader.stats();
}

ReadStats ReadArticles(const std::filesystem::path& path,
                       const std::function<void(Article&&)>& on_article,
                       const std::function<void(ReadError&&)>& on_error) {
  Reader reader(on_article, on_error);
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    reader.Error(path.string(), "no such file or directory");
  } else if (fs::is_directory(status)) {
    reader.Walk(path);
  } else {
    // A file named explicitly is read whatever its extension; an unknown
    // one is treated as plain text.
    reader.File(path, FormatOf(path));
  }
  return reader.stats();
}

}  // namespace claimgraph::text
