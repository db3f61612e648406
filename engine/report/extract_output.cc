#include "report/extract_output.h"

#include <nlohmann/json.hpp>

namespace claimgraph::report {
namespace {

using nlohmann::json;

json SpanJson(const Article& article, const Span& span) {
  if (span.empty()) return nullptr;
  return json{{"start", span.begin + article.file_offset},
              {"end", span.end + article.file_offset},
              {"text", std::string(span.in(article.text))}};
}

json ContentJson(const Article& article, const std::vector<Span>& parts) {
  if (parts.empty()) return nullptr;
  if (parts.size() == 1) return SpanJson(article, parts.front());
  json list = json::array();
  for (const Span& part : parts) list.push_back(SpanJson(article, part));
  return list;
}

}  // namespace

std::string StatementsJsonLines(const std::string& file, const Article& article,
                                const std::vector<Statement>& statements) {
  std::string out;
  for (const Statement& s : statements) {
    json line = {
        {"file", file},
        {"speaker", s.speaker.empty() ? json(nullptr) : json(s.speaker)},
        {"source", SpanJson(article, s.source)},
        {"cue", SpanJson(article, s.cue)},
        {"content", ContentJson(article, s.content)},
        {"kind", ToString(s.kind)},
        {"polarity", ToString(s.polarity)},
        {"hedged", s.hedged},
        {"cue_lemma", s.cue_lemma.empty() ? json(nullptr) : json(s.cue_lemma)},
        {"sentence", SpanJson(article, s.sentence)},
    };
    // Invalid UTF-8 cannot reach here (the reader rejects it); replace
    // defensively rather than throw.
    out += line.dump(-1, ' ', false, json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

std::string StatementsText(const std::string& file, const Article& article,
                           const std::vector<Statement>& statements) {
  std::string out = file + ": " + std::to_string(statements.size()) + " statements\n";
  for (const Statement& s : statements) {
    out += "  [";
    out += ToString(s.kind);
    out += ", ";
    out += ToString(s.polarity);
    if (s.hedged) out += ", hedged";
    out += "] ";
    out += s.speaker.empty() ? std::string("(narrative)") : s.speaker;
    if (!s.cue.empty()) {
      out += " — ";
      out += s.cue.in(article.text);
    }
    out += ": \"";
    out += s.ContentText(article.text);
    out += "\"\n";
  }
  return out;
}

}  // namespace claimgraph::report
