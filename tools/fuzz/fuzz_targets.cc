#include "fuzz_targets.h"

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "model/article.h"
#include "model/statement.h"
#include "text/article_reader.h"
#include "text/utf8.h"

namespace claimgraph::fuzz {

namespace {

constexpr const char* kOrigin = "fuzz-input";

// What the rest of the engine assumes of every article the reader hands on.
std::string CheckArticle(const Article& article) {
  if (!text::IsValidUtf8(article.text)) return "article text is not valid UTF-8";
  if (article.text.find('\0') != std::string::npos) return "article text holds a NUL byte";
  if (article.text.find_first_not_of(" \t\r\n\v\f") == std::string::npos) {
    return "article text is blank";
  }
  if (article.text.size() > text::kMaxArticleBytes) return "article text over the size limit";
  if (article.body_begin > article.text.size()) return "body_begin past the end of the text";
  if (!article.origin.starts_with(kOrigin)) return "article origin does not name the input";
  for (const std::string* field : {&article.id, &article.url, &article.source, &article.title,
                                   &article.published}) {
    if (!text::IsValidUtf8(*field)) return "an optional field is not valid UTF-8";
  }
  return "";
}

std::string Read(std::string_view input, text::InputFormat format) {
  std::string failure;
  std::size_t articles = 0;
  std::size_t errors = 0;
  const text::ReadStats stats = text::ReadArticlesFromContent(
      std::string(input), format, kOrigin,
      [&](Article&& article) {
        ++articles;
        if (failure.empty()) failure = CheckArticle(article);
      },
      [&](text::ReadError&& error) {
        ++errors;
        if (!failure.empty()) return;
        if (!error.origin.starts_with(kOrigin)) failure = "error origin does not name the input";
        if (error.message.empty()) failure = "error without a message";
      });
  if (!failure.empty()) return failure;
  if (stats.articles != articles || stats.rejected != errors) return "stats disagree with callbacks";
  if (articles + errors == 0) {
    return "input neither loaded nor rejected";
  }
  return "";
}

// A statement's spans lie inside the body and cut the text at character
// boundaries, so quoting them never splits a UTF-8 sequence.
std::string CheckSpan(const Span& span, const Article& article, const char* what) {
  if (span.empty()) return "";
  if (span.begin < article.body_begin || span.end > article.text.size()) {
    return std::string(what) + " span outside the article body";
  }
  if (!text::IsValidUtf8(span.in(article.text))) {
    return std::string(what) + " span splits a UTF-8 character";
  }
  return "";
}

std::string CheckStatement(const Statement& statement, const Article& article) {
  std::string failure = CheckSpan(statement.sentence, article, "sentence");
  if (failure.empty()) failure = CheckSpan(statement.source, article, "source");
  if (failure.empty()) failure = CheckSpan(statement.cue, article, "cue");
  for (const Span& part : statement.content) {
    if (failure.empty()) failure = CheckSpan(part, article, "content");
  }
  if (failure.empty() && !text::IsValidUtf8(statement.speaker)) {
    failure = "speaker is not valid UTF-8";
  }
  return failure;
}

}  // namespace

std::string ReadJsonl(std::string_view input) { return Read(input, text::InputFormat::kJsonl); }
std::string ReadJson(std::string_view input) { return Read(input, text::InputFormat::kJson); }
std::string ReadTxt(std::string_view input) { return Read(input, text::InputFormat::kTxt); }

std::string Extract(std::string_view input) {
  static const extract::Extractor extractor;
  Article article;
  if (!text::ParseTxtArticle(std::string(input), kOrigin, &article, nullptr)) return "";
  const std::vector<Statement> statements = extractor.Extract(article);
  std::size_t previous_start = 0;
  for (const Statement& statement : statements) {
    std::string failure = CheckStatement(statement, article);
    if (!failure.empty()) return failure;
    const std::size_t start =
        statement.content.empty() ? statement.sentence.begin : statement.content.front().begin;
    if (start < previous_start) return "statements out of text order";
    previous_start = start;
  }
  return "";
}

const std::vector<NamedTarget>& AllTargets() {
  static const std::vector<NamedTarget> kTargets = {
      {"jsonl", &ReadJsonl}, {"json", &ReadJson}, {"txt", &ReadTxt}, {"extract", &Extract}};
  return kTargets;
}

}  // namespace claimgraph::fuzz
