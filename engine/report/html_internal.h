// Internal to report/: HTML escaping and the Graphviz drawing of a
// controversy, used by html.cc. Not part of the stage's interface.
#ifndef CLAIMGRAPH_REPORT_HTML_INTERNAL_H_
#define CLAIMGRAPH_REPORT_HTML_INTERNAL_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "graph/analysis.h"
#include "model/records.h"

namespace claimgraph::report::internal {

// OneLine(text) with & < > " ' as entities: safe in element text and in
// quoted attribute values.
std::string EscapeHtml(std::string_view text);

// `url` if it is an absolute http:// or https:// URL without white space or
// control characters, else "" (the caller then shows no link).
std::string SafeHttpUrl(std::string_view url);

// The DOT source of one controversy's drawing: claims as boxes filled by
// camp, accepted claims with a thick green border, disputes red and dashed,
// supports green, edges that break the camp split thick. Every label is
// escaped for DOT (backslash, quote) and for the SVG it becomes (& < > as
// entities), so no article text can inject markup.
std::string ControversyDot(const graph::Controversy& c,
                           const std::map<std::int64_t, ClaimRecord>& claims,
                           const graph::AcceptanceMap& acceptance);

// Lays out DOT with Graphviz's "dot" engine in-process and renders SVG,
// without the XML prolog, doctype and comments so it can be inlined in HTML.
// One context serves many drawings. Render() returns "" when Graphviz fails
// or its output holds anything script-like (never expected).
class SvgRenderer {
 public:
  SvgRenderer();
  ~SvgRenderer();
  SvgRenderer(const SvgRenderer&) = delete;
  SvgRenderer& operator=(const SvgRenderer&) = delete;
  std::string Render(const std::string& dot);

 private:
  struct Context;
  std::unique_ptr<Context> context_;
};

}  // namespace claimgraph::report::internal

#endif  // CLAIMGRAPH_REPORT_HTML_INTERNAL_H_
