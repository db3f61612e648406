// Internal to engine/text: turning JSON article objects into Articles, for
// the .jsonl and .json readers in article_reader.cc.
#ifndef CLAIMGRAPH_TEXT_JSON_ARTICLE_INTERNAL_H_
#define CLAIMGRAPH_TEXT_JSON_ARTICLE_INTERNAL_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "model/article.h"

namespace claimgraph::text::internal {

// Deepest bracket nesting accepted. nlohmann's parser recurses once per
// level, so deeper input could exhaust the stack; it is rejected unparsed.
inline constexpr int kMaxJsonDepth = 64;

// True if `json` nests arrays/objects deeper than `limit`, counting only
// brackets outside string literals. Linear, never recursive.
bool NestsDeeperThan(std::string_view json, int limit);

// Parses `json` (one JSONL line, or a whole .json file) and calls
// on_article(origin, object-as-Article) for each article it holds: the value
// itself for a line (`allow_array` false), or each element of a top-level
// array for a file. `origin` names the value ("a.jsonl:3"); elements of an
// array get "origin:[i]". Each problem calls on_error(origin, message) and
// the remaining elements are still read.
void ParseJsonArticles(std::string_view json, const std::string& origin, bool allow_array,
                       const std::function<void(Article&&)>& on_article,
                       const std::function<void(const std::string&, std::string)>& on_error);

}  // namespace claimgraph::text::internal

#endif  // CLAIMGRAPH_TEXT_JSON_ARTICLE_INTERNAL_H_
