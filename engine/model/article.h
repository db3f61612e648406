// Article: one news article as read from a batch, before any analysis.
//
// The vocabulary types in model/ are plain structs shared by every stage;
// they hold no behaviour beyond trivial helpers and depend on nothing.
#ifndef CLAIMGRAPH_MODEL_ARTICLE_H_
#define CLAIMGRAPH_MODEL_ARTICLE_H_

#include <cstddef>
#include <string>

namespace claimgraph {

struct Article {
  std::string id;         // caller-given identifier; may be empty
  std::string url;        // may be empty
  std::string source;     // the outlet ("Bloomberg"); may be empty
  std::string title;      // may be empty
  std::string published;  // ISO 8601 date or date-time as given; may be empty
  // Valid UTF-8. Every offset the engine stores is a byte offset into this
  // string, so evidence can always be quoted exactly. For a .txt file this is
  // the whole file (title line included), for JSON the decoded "text" value.
  std::string text;
  // Byte offset where the body starts in `text` (after the title line of a
  // .txt file; 0 for JSON articles). Extraction looks at [body_begin, size).
  std::size_t body_begin = 0;
  // Byte offset of text[0] in the file it was read from (3 after a UTF-8
  // byte-order mark, else 0), so offsets can be reported in file bytes for
  // .txt input. 0 for JSON articles, whose offsets refer to the decoded text.
  std::size_t file_offset = 0;
  // Where the article came from, for messages: "path" or "path:line".
  std::string origin;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_MODEL_ARTICLE_H_
