#include "extract/dump.h"

namespace claimgraph::extract {

std::string DumpStatement(const Statement& s, std::string_view text) {
  std::string content;
  for (const Span& part : s.content) {
    if (!content.empty()) content += " | ";
    content += part.in(text);
  }
  std::string out;
  out += "speaker=\"" + s.speaker + "\"";
  out += " cue=" + (s.cue_lemma.empty() ? std::string("\"\"") : s.cue_lemma);
  out += std::string(" kind=") + ToString(s.kind);
  out += std::string(" polarity=") + ToString(s.polarity);
  out += std::string(" hedged=") + (s.hedged ? "yes" : "no");
  out += " content=\"" + content + "\"";
  out += " source=\"" + std::string(s.source.in(text)) + "\"";
  return out;
}

std::string DumpStatements(const std::vector<Statement>& statements, std::string_view text) {
  std::string out;
  for (const Statement& s : statements) {
    out += DumpStatement(s, text);
    out += '\n';
  }
  return out;
}

}  // namespace claimgraph::extract
