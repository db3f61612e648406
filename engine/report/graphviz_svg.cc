// Graphviz (libgvc/libcgraph) stays inside this file.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <string>
#include <vector>

#include "report/format_internal.h"
#include "report/html_internal.h"

namespace claimgraph::report::internal {
namespace {

constexpr std::size_t kLineWidth = 30;  // characters per label line
constexpr int kMaxLines = 4;

// Escapes for a DOT double-quoted string whose content Graphviz then writes
// into SVG text: entities for & < > (Graphviz leaves entities alone), a
// backslash before '"' and '\'. Control characters never get here (OneLine).
std::string EscapeDotLabel(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  return out;
}

// Greedy word wrap into at most kMaxLines lines, "..." when cut. Lines are
// escaped separately and joined with DOT's centred line break "\n".
std::string WrappedLabel(const std::string& text) {
  std::vector<std::string> lines{""};
  std::size_t start = 0;
  bool cut = false;
  const std::string line = OneLine(text);
  while (start < line.size()) {
    std::size_t end = line.find(' ', start);
    if (end == std::string::npos) end = line.size();
    std::string word = line.substr(start, end - start);
    start = end + 1;
    if (!lines.back().empty() && lines.back().size() + 1 + word.size() > kLineWidth) {
      if (static_cast<int>(lines.size()) == kMaxLines) {
        cut = true;
        break;
      }
      lines.emplace_back();
    }
    lines.back() += (lines.back().empty() ? "" : " ") + word;
  }
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += (i == 0 ? "" : "\\n") + EscapeDotLabel(lines[i]);
  }
  return cut ? out + " ..." : out;
}

const char* StatusMark(graph::Acceptance a) {
  switch (a) {
    case graph::Acceptance::kAccepted: return "ACCEPTED";
    case graph::Acceptance::kRejected: return "rejected";
    case graph::Acceptance::kUndecided: return "undecided";
  }
  return "undecided";
}

std::string NodeLine(const graph::Controversy& c, std::int64_t id,
                     const std::map<std::int64_t, ClaimRecord>& claims,
                     const graph::AcceptanceMap& acceptance) {
  auto found = claims.find(id);
  auto status = acceptance.find(id);
  graph::Acceptance a =
      status != acceptance.end() ? status->second : graph::Acceptance::kUndecided;
  int side = c.side_of_claim.count(id) != 0 ? c.side_of_claim.at(id) : 0;
  std::string label = "#" + std::to_string(id) + " (" + StatusMark(a) + ")\\n" +
                      WrappedLabel(found != claims.end() ? found->second.text : "");
  std::string attrs = std::string("fillcolor=\"") + (side == 0 ? "#dbeafe" : "#fde7c8") + "\"";
  if (a == graph::Acceptance::kAccepted) attrs += ", color=\"#15803d\", penwidth=3";
  if (a == graph::Acceptance::kRejected) attrs += ", color=\"#6b7280\", fontcolor=\"#4b5563\"";
  return "  c" + std::to_string(id) + " [label=\"" + label + "\", " + attrs + "];\n";
}

// True if any tag (Graphviz escapes '<' in text, so every '<' opens one)
// is a script-capable element or carries an event handler or a javascript:
// URL. Text content is not inspected: escaped article text may mention
// "onerror" harmlessly.
bool LooksScripted(const std::string& svg) {
  for (std::size_t open = svg.find('<'); open != std::string::npos; open = svg.find('<', open + 1)) {
    std::size_t close = svg.find('>', open);
    if (close == std::string::npos) return true;
    std::string tag = svg.substr(open + 1, close - open - 1);
    std::transform(tag.begin(), tag.end(), tag.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    for (const char* element : {"script", "foreignobject", "iframe", "a ", "image", "use"}) {
      if (tag.rfind(element, 0) == 0) return true;
    }
    if (tag.find("javascript:") != std::string::npos) return true;
    for (std::size_t on = tag.find(" on"); on != std::string::npos; on = tag.find(" on", on + 1)) {
      std::size_t name_end = on + 3;
      while (name_end < tag.size() && std::isalpha(static_cast<unsigned char>(tag[name_end]))) ++name_end;
      if (name_end < tag.size() && tag[name_end] == '=') return true;
    }
    open = close;
  }
  return false;
}

// From "<svg" on, comments removed.
std::string Inlineable(const std::string& svg) {
  std::size_t begin = svg.find("<svg");
  if (begin == std::string::npos) return "";
  std::string out;
  std::size_t pos = begin;
  while (pos < svg.size()) {
    std::size_t comment = svg.find("<!--", pos);
    if (comment == std::string::npos) {
      out.append(svg, pos, std::string::npos);
      break;
    }
    out.append(svg, pos, comment - pos);
    std::size_t end = svg.find("-->", comment);
    if (end == std::string::npos) break;
    pos = end + 3;
  }
  return out;
}

}  // namespace

std::string ControversyDot(const graph::Controversy& c,
                           const std::map<std::int64_t, ClaimRecord>& claims,
                           const graph::AcceptanceMap& acceptance) {
  std::string dot = "digraph controversy {\n"
                    "  graph [rankdir=LR, bgcolor=\"transparent\", nodesep=0.3, ranksep=0.6];\n"
                    "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", "
                    "fontsize=10, margin=\"0.12,0.06\"];\n"
                    "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  std::map<std::int64_t, std::int64_t> claim_of_statement;
  for (std::int64_t id : c.claim_ids) {
    dot += NodeLine(c, id, claims, acceptance);
    auto claim = claims.find(id);
    if (claim == claims.end()) continue;
    for (const StatementRecord& s : claim->second.statements) claim_of_statement[s.id] = id;
  }
  for (const EdgeRecord& e : c.edges) {
    auto from_it = claim_of_statement.find(e.from_statement);
    auto to_it = claim_of_statement.find(e.to_statement);
    if (from_it == claim_of_statement.end() || to_it == claim_of_statement.end()) continue;
    const std::int64_t from = from_it->second, to = to_it->second;
    const bool dispute = e.relation == Relation::kDisputes;
    const bool breaks = std::binary_search(c.conflict_edge_ids.begin(), c.conflict_edge_ids.end(),
                                           e.id);
    dot += "  c" + std::to_string(from) + " -> c" + std::to_string(to) + " [label=\"" +
           (dispute ? "disputes" : "supports") + "\", " +
           (dispute ? "color=\"#dc2626\", fontcolor=\"#dc2626\", style=dashed"
                    : "color=\"#16a34a\", fontcolor=\"#16a34a\"") +
           (breaks ? ", penwidth=3, xlabel=\"breaks split\"" : "") + "];\n";
  }
  return dot + "}\n";
}

// Every renderer shares one Graphviz context that lives until the process
// ends. Graphviz 2.43's pango plugin keeps, in a static, a pointer to the
// last font name it measured, and that name belongs to the font table of the
// context that measured it: freeing a context and rendering with a new one
// made the plugin read freed memory (found by AddressSanitizer on the second
// HTML report of a process). Graphviz is not thread-safe, so renders are
// serialised.
struct SvgRenderer::Context {
  GVC_t* gvc = nullptr;
};

namespace {

GVC_t* SharedGraphvizContext() {
  static GVC_t* const gvc = gvContext();
  return gvc;
}

std::mutex& GraphvizMutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace

SvgRenderer::SvgRenderer() : context_(std::make_unique<Context>()) {
  context_->gvc = SharedGraphvizContext();
}

SvgRenderer::~SvgRenderer() = default;

std::string SvgRenderer::Render(const std::string& dot) {
  if (context_->gvc == nullptr) return "";
  const std::lock_guard<std::mutex> lock(GraphvizMutex());
  Agraph_t* g = agmemread(dot.c_str());
  if (g == nullptr) return "";
  std::string svg;
  if (gvLayout(context_->gvc, g, "dot") == 0) {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(context_->gvc, g, "svg", &data, &length) == 0 && data != nullptr) {
      svg.assign(data, length);
    }
    if (data != nullptr) gvFreeRenderData(data);
    gvFreeLayout(context_->gvc, g);
  }
  agclose(g);
  svg = Inlineable(svg);
  return LooksScripted(svg) ? "" : svg;
}

}  // namespace claimgraph::report::internal
