// Helpers shared by the extract tests: building articles from fixture files
// or inline bodies, finding a statement by speaker and content, and the
// tokens of a phrase.
#ifndef CLAIMGRAPH_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
#define CLAIMGRAPH_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "extract/body_tokens.h"
#include "extract/cue_senses.h"
#include "model/article.h"
#include "model/statement.h"

namespace claimgraph::extract::testing {

// A .txt article as the reader builds it: the first line is the title, the
// body starts after it.
inline Article ArticleFromText(std::string text, std::string origin = "inline") {
  Article a;
  a.text = std::move(text);
  const std::size_t nl = a.text.find('\n');
  a.title = a.text.substr(0, nl);
  a.body_begin = nl == std::string::npos ? a.text.size() : nl + 1;
  a.origin = std::move(origin);
  return a;
}

// An article whose body is `body`, under a fixed title line.
inline Article ArticleWithBody(std::string_view body) {
  return ArticleFromText("Test title\n\n" + std::string(body));
}

// Reads fixtures/<relative> (e.g. "extract/quotes.txt").
inline Article LoadFixture(std::string_view relative) {
  const std::string path = std::string(CLAIMGRAPH_FIXTURES_DIR) + "/" + std::string(relative);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open fixture " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ArticleFromText(ss.str(), path);
}

// The first statement by `speaker` whose content contains `fragment`, or
// nullptr.
inline const Statement* FindStatement(const std::vector<Statement>& statements,
                                      std::string_view text, std::string_view speaker,
                                      std::string_view fragment) {
  for (const Statement& s : statements) {
    if (s.speaker == speaker && s.ContentText(text).find(fragment) != std::string::npos) {
      return &s;
    }
  }
  return nullptr;
}

// True if some statement's content or sentence contains `fragment`.
inline bool AnyStatementMentions(const std::vector<Statement>& statements, std::string_view text,
                                 std::string_view fragment) {
  for (const Statement& s : statements) {
    if (s.ContentText(text).find(fragment) != std::string::npos) return true;
    if (s.sentence.in(text).find(fragment) != std::string_view::npos) return true;
  }
  return false;
}

// The tokens of the first occurrence of `words` in `text` (the text `body`
// was made from); throws if `words` does not occur.
inline TokenRange TokensOf(const BodyTokens& body, std::string_view text, std::string_view words) {
  const std::size_t at = text.find(words);
  if (at == std::string_view::npos) throw std::runtime_error("no '" + std::string(words) + "'");
  return TokensIn(body, Span{at, at + words.size()});
}

}  // namespace claimgraph::extract::testing

#endif  // CLAIMGRAPH_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
