// Reading article batches: .jsonl, .json and .txt files, or folders of them.
//
// Formats:
//   .jsonl  one article object per line; "text" (string) required; "id",
//           "url", "source", "title", "published" (strings) optional.
//   .json   one article object, or an array of them.
//   .txt    the first non-empty line is the title, the rest is the body;
//           Article::text is the whole file, body_begin the body's offset.
// Folders are walked recursively in lexicographic path order; files with
// other extensions are skipped (reported at debug level only), symlinked
// folders are not followed. A file named directly is read whatever its
// extension; an unknown one is read as .txt. Optional fields set to null
// count as absent. JSON nested deeper than 64 levels is rejected unparsed.
//
// Bad input never aborts a batch: each rejected article or file produces one
// ReadError naming the file and the line (JSONL), element index (JSON) or
// byte offset (invalid UTF-8), and reading continues with the next one.
// Rejected: unreadable paths, empty files, binary files (NUL bytes), invalid
// UTF-8, malformed JSON, an empty JSON array, a missing or non-string "text",
// empty text, wrong types for optional fields, and articles larger than
// kMaxArticleBytes.
// A UTF-8 byte-order mark is skipped; CRLF line ends are accepted.
#ifndef CLAIMGRAPH_TEXT_ARTICLE_READER_H_
#define CLAIMGRAPH_TEXT_ARTICLE_READER_H_

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "model/article.h"

namespace claimgraph::text {

inline constexpr std::size_t kMaxArticleBytes = 8u << 20;  // 8 MiB of text per article

struct ReadError {
  std::string origin;   // "path", "path:line" or "path:[index]"
  std::string message;  // what is wrong, e.g. "invalid UTF-8 at byte 1043"
};

struct ReadStats {
  std::size_t files = 0;     // files opened (or attempted)
  std::size_t articles = 0;  // articles handed to on_article
  std::size_t rejected = 0;  // ReadErrors reported
};

// Reads every article under `path` (a file or a folder), calling on_article
// for each good one and on_error for each rejected one, in input order.
ReadStats ReadArticles(const std::filesystem::path& path,
                       const std::function<void(Article&&)>& on_article,
                       const std::function<void(ReadError&&)>& on_error);

// The file formats ReadArticles tells apart by extension.
enum class InputFormat { kTxt, kJsonl, kJson };

// Reads the articles in `content` exactly as ReadArticles reads a file of
// that format whose whole content it is (exposed for tests and fuzzing);
// `origin` stands for the file name in origins and messages.
ReadStats ReadArticlesFromContent(std::string content, InputFormat format,
                                  const std::string& origin,
                                  const std::function<void(Article&&)>& on_article,
                                  const std::function<void(ReadError&&)>& on_error);

// Parses one article from raw .txt content (exposed for tests and fuzzing).
// `origin` is used for messages only.
bool ParseTxtArticle(std::string content, const std::string& origin, Article* out,
                     ReadError* error);

}  // namespace claimgraph::text

#endif  // CLAIMGRAPH_TEXT_ARTICLE_READER_H_
