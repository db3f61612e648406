#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "text/article_reader.h"
#include "text/json_article_internal.h"

namespace claimgraph::text::internal {

namespace {

using nlohmann::json;

// nlohmann's what() starts with "[json.exception.parse_error.101] ".
std::string CleanMessage(const char* what) {
  std::string message = what;
  if (!message.empty() && message.front() == '[') {
    const std::size_t close = message.find("] ");
    if (close != std::string::npos) message.erase(0, close + 2);
  }
  return message;
}

// Copies the optional string field `key` into *out. Absent and null are
// fine; any other type is an error message.
bool OptionalString(const json& object, const char* key, std::string* out, std::string* error) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return true;
  if (!it->is_string()) {
    *error = std::string("\"") + key + "\" is not a string (got " + it->type_name() + ")";
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

// Fills *article from one JSON value, or returns false with *error set.
bool ToArticle(const json& value, Article* article, std::string* error) {
  if (!value.is_object()) {
    *error = std::string("expected an article object, got ") + value.type_name();
    return false;
  }
  const auto text = value.find("text");
  if (text == value.end()) {
    *error = "missing \"text\"";
    return false;
  }
  if (!text->is_string()) {
    *error = std::string("\"text\" is not a string (got ") + text->type_name() + ")";
    return false;
  }
  const std::string& body = text->get_ref<const std::string&>();
  if (body.find_first_not_of(" \t\r\n\v\f") == std::string::npos) {
    *error = "empty \"text\"";
    return false;
  }
  if (body.size() > kMaxArticleBytes) {
    *error = "article text is " + std::to_string(body.size()) + " bytes (limit " +
             std::to_string(kMaxArticleBytes) + ")";
    return false;
  }
  if (body.find('\0') != std::string::npos) {
    *error = "\"text\" contains a NUL character at byte " + std::to_string(body.find('\0'));
    return false;
  }
  static const std::pair<const char*, std::string Article::*> kOptional[] = {
      {"id", &Article::id},
      {"url", &Article::url},
      {"source", &Article::source},
      {"title", &Article::title},
      {"published", &Article::published}};
  for (const auto& [key, member] : kOptional) {
    if (!OptionalString(value, key, &(article->*member), error)) return false;
  }
  article->text = body;
  article->body_begin = 0;
  return true;
}

}  // namespace

bool NestsDeeperThan(std::string_view json_text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json_text.size(); ++i) {
    const char c = json_text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character cannot end the string
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

void ParseJsonArticles(std::string_view json_text, const std::string& origin, bool allow_array,
                       const std::function<void(Article&&)>& on_article,
                       const std::function<void(const std::string&, std::string)>& on_error) {
  if (NestsDeeperThan(json_text, kMaxJsonDepth)) {
    on_error(origin, "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    return;
  }
  json value;
  try {
    value = json::parse(json_text.begin(), json_text.end());
  } catch (const json::exception& e) {
    on_error(origin, "malformed JSON: " + CleanMessage(e.what()));
    return;
  }
  const auto emit = [&](const json& element, const std::string& where) {
    Article article;
    std::string error;
    if (!ToArticle(element, &article, &error)) {
      on_error(where, std::move(error));
      return;
    }
    article.origin = where;
    on_article(std::move(article));
  };
  if (allow_array && value.is_array()) {
    // An empty array would otherwise load nothing and report nothing.
    if (value.empty()) on_error(origin, "empty JSON array: no articles");
    for (std::size_t i = 0; i < value.size(); ++i) {
      emit(value[i], origin + ":[" + std::to_string(i) + "]");
    }
    return;
  }
  emit(value, origin);
}

}  // namespace claimgraph::text::internal
