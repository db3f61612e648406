// HTML report: one self-contained page. The markup comes only from this
// file; every article-derived string passes through EscapeHtml() (text and
// attribute values alike) and links only through SafeHttpUrl(). The page
// carries no script and a Content-Security-Policy that forbids any, so a
// missed escape still could not run code.
#include <cctype>
#include <string>
#include <vector>

#include "report/format_internal.h"
#include "report/html_internal.h"
#include "report/report.h"

namespace claimgraph::report {
namespace internal {

std::string EscapeHtml(std::string_view text) {
  const std::string line = OneLine(text);
  std::string out;
  out.reserve(line.size() + line.size() / 8);
  for (char c : line) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string SafeHttpUrl(std::string_view url) {
  std::string lower;
  for (char c : url.substr(0, 8)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.rfind("http://", 0) != 0 && lower.rfind("https://", 0) != 0) return "";
  for (char c : url) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f) return "";
  }
  return std::string(url);
}

}  // namespace internal

namespace {

using internal::EscapeHtml;

// Larger components are listed, not drawn: Graphviz's layout time grows
// faster than the edge count (145 claims with 3,600 edges took 100 s).
constexpr std::size_t kMaxDrawnClaims = 150;
constexpr std::size_t kMaxDrawnEdges = 400;

constexpr const char* kHead = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claim graph report</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em 1.5em;color:#1f2937}
h1{margin-bottom:.2em}h2{border-bottom:2px solid #e5e7eb;padding-bottom:.2em;margin-top:2em}
.summary dl{display:grid;grid-template-columns:max-content auto;gap:.1em 1em}.summary dt{font-weight:600}
.stats{color:#4b5563}.camps{display:flex;gap:1em;flex-wrap:wrap}
.camp{flex:1 1 300px;border-radius:8px;padding:.5em 1em}.camp-0{background:#dbeafe}.camp-1{background:#fde7c8}
.camp h4{margin:.3em 0}.badge{font-size:.75em;border-radius:4px;padding:.1em .4em;margin-left:.4em;vertical-align:middle;color:#fff}
.accepted .badge,.badge.accepted{background:#15803d}.badge.rejected{background:#6b7280}.badge.undecided{background:#b45309}
figure.graph{overflow-x:auto;border:1px solid #e5e7eb;border-radius:8px;padding:.5em;margin:1em 0}
figure.graph svg{max-width:100%;height:auto}figcaption{font-size:.85em;color:#4b5563}
.legend-dispute{color:#dc2626}.legend-support{color:#16a34a}
ol.timeline{padding-left:1.2em}ol.timeline li{margin:.4em 0}.role{font-weight:600;text-transform:uppercase;font-size:.75em;letter-spacing:.04em}
.role-first-dispute,.role-dispute{color:#dc2626}.role-support{color:#16a34a}
article.claim{border-left:4px solid #d1d5db;padding:.2em 1em;margin:1em 0}article.claim.accepted{border-color:#15803d}
blockquote{margin:.3em 0;font-style:italic}.cite{font-size:.9em;color:#4b5563;margin:0 0 .6em}
.conflicts{color:#b91c1c}
</style>
</head>
<body>
)";

std::string Tag(const char* tag, const std::string& escaped_body, const char* cls = nullptr) {
  std::string open = std::string("<") + tag + (cls != nullptr ? std::string(" class=\"") + cls + "\"" : "") + ">";
  return open + escaped_body + "</" + tag + ">";
}

// "— Speaker, <a href>Title</a>, Outlet, 2024-03-01"
std::string Citation(const StatementRecord& s) {
  std::string out = "— " + EscapeHtml(internal::SpeakerName(s));
  std::string title = EscapeHtml(s.article_title.empty() ? "(untitled article)" : s.article_title);
  std::string url = internal::SafeHttpUrl(s.article_url);
  out += ", " + (url.empty() ? "<cite>" + title + "</cite>"
                             : "<a href=\"" + EscapeHtml(url) + "\" rel=\"noopener noreferrer\"><cite>" +
                                   title + "</cite></a>");
  if (!s.article_source.empty()) out += ", " + EscapeHtml(s.article_source);
  std::string date = internal::DatePart(s.article_published);
  if (!date.empty()) out += ", <time>" + EscapeHtml(date) + "</time>";
  if (url.empty() && !s.article_url.empty()) out += " (" + EscapeHtml(s.article_url) + ")";
  return out;
}

std::string Badge(const graph::AcceptanceMap& acceptance, std::int64_t claim_id) {
  auto found = acceptance.find(claim_id);
  graph::Acceptance a = found != acceptance.end() ? found->second : graph::Acceptance::kUndecided;
  return std::string("<span class=\"badge ") + ToString(a) + "\">" + ToString(a) + "</span>";
}

void AppendSummary(const ReportData& data, std::string* out) {
  int counts[3] = {0, 0, 0};
  for (const auto& [id, a] : data.acceptance) ++counts[static_cast<int>(a)];
  *out += "<section class=\"summary\" id=\"summary\"><h2>Summary</h2><dl>";
  auto row = [out](const char* label, std::int64_t n) {
    *out += std::string("<dt>") + label + "</dt><dd>" + std::to_string(n) + "</dd>";
  };
  row("Articles", data.articles);
  row("Statements", data.statements);
  row("Claims", data.claims);
  row("Support and dispute edges", data.edges);
  row("Controversies", static_cast<std::int64_t>(data.controversies.size()));
  row("Claims accepted", counts[0]);
  row("Claims rejected", counts[1]);
  row("Claims undecided", counts[2]);
  *out += "</dl>";
  if (!data.coverage.complete) *out += "<p class=\"coverage\">" + EscapeHtml(CoverageNote(data)) + "</p>";
  if (!data.since.empty()) *out += "<p>Only controversies with statements since " + EscapeHtml(data.since) + ".</p>";
  if (data.controversies.empty()) *out += "<p>No controversies were found.</p>";
  *out += "<ol class=\"toc\">";
  for (const graph::Controversy& c : data.controversies) {
    auto claim = data.claim_records.find(c.id);
    *out += "<li><a href=\"#controversy-" + std::to_string(c.id) + "\">Controversy " + std::to_string(c.id) +
            "</a>: " + EscapeHtml(claim != data.claim_records.end() ? claim->second.text : "") + " (" +
            std::to_string(c.claim_ids.size()) + " claims, " + std::to_string(c.disputes) + " disputes)</li>";
  }
  *out += "</ol></section>\n";
}

void AppendCamps(const ReportData& data, const graph::Controversy& c, std::string* out) {
  *out += "<div class=\"camps\">";
  for (int side = 0; side < 2; ++side) {
    *out += "<div class=\"camp camp-" + std::to_string(side) + "\"><h4>Side " + (side == 0 ? "A" : "B") + "</h4>";
    std::string speakers;
    for (const std::string& name : c.camps[side].speakers) speakers += (speakers.empty() ? "" : ", ") + EscapeHtml(name);
    *out += "<p>" + (speakers.empty() ? std::string("(no speakers)") : speakers) + "</p><ul>";
    for (std::int64_t id : c.camps[side].claim_ids) {
      auto claim = data.claim_records.find(id);
      *out += "<li><a href=\"#claim-" + std::to_string(id) + "\">#" + std::to_string(id) + "</a> " +
              EscapeHtml(claim != data.claim_records.end() ? claim->second.text : "") + Badge(data.acceptance, id) + "</li>";
    }
    *out += "</ul></div>";
  }
  *out += "</div>";
  if (!c.speakers_on_both_sides.empty()) {
    std::string names;
    for (const std::string& name : c.speakers_on_both_sides) names += (names.empty() ? "" : ", ") + EscapeHtml(name);
    *out += "<p>On both sides: " + names + "</p>";
  }
  if (!c.clean_split()) {
    std::string ids;
    for (std::int64_t id : c.conflict_edge_ids) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
    *out += "<p class=\"conflicts\">No clean split into two sides: edge(s) " + ids +
            " contradict it (drawn thick).</p>";
  }
}

void AppendTimeline(const std::vector<graph::TimelineEntry>& timeline, std::string* out) {
  *out += "<h3>Timeline</h3><ol class=\"timeline\">";
  for (const graph::TimelineEntry& entry : timeline) {
    const StatementRecord& s = entry.statement;
    std::string role = ToString(entry.role);
    std::string role_class = role;
    for (char& ch : role_class) ch = ch == ' ' ? '-' : ch;
    std::string date = internal::DatePart(s.article_published);
    *out += "<li><time>" + (date.empty() ? std::string("undated") : EscapeHtml(date)) + "</time> <span class=\"role role-" +
            role_class + "\">" + role + "</span> " + EscapeHtml(internal::SpeakerName(s)) + " on <a href=\"#claim-" +
            std::to_string(s.claim_id) + "\">#" + std::to_string(s.claim_id) + "</a>: <q>" + EscapeHtml(s.sentence) +
            "</q> <span class=\"cite\">" + Citation(s) + "</span></li>";
  }
  *out += "</ol>";
}

void AppendClaim(const ReportData& data, std::int64_t id, std::string* out) {
  auto found = data.claim_records.find(id);
  if (found == data.claim_records.end()) return;
  const ClaimRecord& claim = found->second;
  auto status = data.acceptance.find(id);
  const char* cls = status != data.acceptance.end() ? ToString(status->second) : "undecided";
  *out += "<article class=\"claim " + std::string(cls) + "\" id=\"claim-" + std::to_string(id) + "\"><h4>#" +
          std::to_string(id) + " " + EscapeHtml(claim.text) + Badge(data.acceptance, id) + "</h4><ul class=\"evidence\">";
  for (const StatementRecord& s : claim.statements) {
    *out += "<li>" + std::string(s.polarity == Polarity::kDenied ? "<strong>Denied:</strong>" : "") +
            Tag("blockquote", EscapeHtml(s.sentence)) + "<p class=\"cite\">" + Citation(s) + "</p></li>";
  }
  *out += "</ul></article>";
}

void AppendControversy(const ReportData& data, const graph::Controversy& c, internal::SvgRenderer* svg,
                       std::string* out) {
  *out += "<section class=\"controversy\" id=\"controversy-" + std::to_string(c.id) + "\"><h2>Controversy " +
          std::to_string(c.id) + " <small>(rank " + std::to_string(c.rank) + ")</small></h2>";
  *out += "<p class=\"stats\">" + std::to_string(c.claim_ids.size()) + " claims, " + std::to_string(c.disputes) +
          " disputes, " + std::to_string(c.supports) + " supports; disputed from " +
          std::to_string(c.distinct_outlets) + " outlet(s) by " + std::to_string(c.distinct_disputers) +
          " speaker(s).</p>";
  AppendCamps(data, c, out);
  std::string drawing;
  if (c.claim_ids.size() <= kMaxDrawnClaims && c.edges.size() <= kMaxDrawnEdges) {
    drawing = svg->Render(internal::ControversyDot(c, data.claim_records, data.acceptance));
  }
  *out += "<figure class=\"graph\">" +
          (drawing.empty() ? std::string("<p>(graph not drawn: too large or Graphviz failed)</p>") : drawing) +
          "<figcaption>Blue and orange: the two sides. <span class=\"legend-dispute\">Red dashed: "
          "disputes</span>; <span class=\"legend-support\">green: supports</span>; thick green border: "
          "accepted (grounded extension).</figcaption></figure>";
  auto timeline = data.timelines.find(c.id);
  if (timeline != data.timelines.end()) AppendTimeline(timeline->second, out);
  *out += "<h3>Claims and evidence</h3>";
  for (std::int64_t id : c.claim_ids) AppendClaim(data, id, out);
  *out += "</section>\n";
}

}  // namespace

std::string RenderHtml(const ReportData& data) {
  std::string out = kHead;
  out += "<header><h1>Claim graph report</h1>";
  if (data.only_controversy != 0) out += "<p>Controversy " + std::to_string(data.only_controversy) + " only.</p>";
  out += "</header>\n";
  AppendSummary(data, &out);
  internal::SvgRenderer svg;
  for (const graph::Controversy& c : data.controversies) AppendControversy(data, c, &svg, &out);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace claimgraph::report
