// Tests for RenderHtml: structure, the inline SVG and escaping of hostile
// article text. The output is scanned as a browser tokenizer would see it:
// every '<' starts a tag, so a tag that this file does not expect means
// article text escaped into markup.
#include <catch2/catch.hpp>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "report/graph_records.h"
#include "report/report.h"

namespace claimgraph::report {
namespace {

struct Tag {
  std::string name;  // lower case, "/x" for a closing tag, "!doctype" etc.
  std::string attributes;
};

// Tags in document order, skipping comments.
std::vector<Tag> Tags(const std::string& html) {
  std::vector<Tag> tags;
  for (std::size_t p = html.find('<'); p != std::string::npos; p = html.find('<', p + 1)) {
    std::size_t end = html.find('>', p);
    REQUIRE(end != std::string::npos);
    std::string inside = html.substr(p + 1, end - p - 1);
    std::size_t name_end = 0;
    while (name_end < inside.size() && !std::isspace(static_cast<unsigned char>(inside[name_end])) &&
           inside[name_end] != '/' ) {
      ++name_end;
    }
    if (name_end == 0 && !inside.empty() && inside[0] == '/') {
      name_end = 1;
      while (name_end < inside.size() && std::isalnum(static_cast<unsigned char>(inside[name_end]))) ++name_end;
    }
    Tag tag{inside.substr(0, name_end), inside.substr(name_end)};
    for (char& c : tag.name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    tags.push_back(tag);
    p = end;
  }
  return tags;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("Html: hostile article text, titles, outlets and URLs render as text, never markup",
          "[report]") {
  const std::string html = RenderHtml(testing::HostileReport());
  const std::set<std::string> expected = {
      "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
      "h4", "section", "dl", "dt", "dd", "ol", "ul", "li", "a", "p", "div", "span", "small",
      "figure", "figcaption", "svg", "g", "polygon", "path", "text", "ellipse", "polyline",
      "time", "q", "blockquote", "cite", "article", "strong"};
  int svg_count = 0;
  for (const Tag& tag : Tags(html)) {
    std::string name = tag.name[0] == '/' ? tag.name.substr(1) : tag.name;
    INFO("tag <" << tag.name << tag.attributes << ">");
    CHECK(expected.count(name) == 1);
    CHECK(name != "script");
    CHECK(name != "img");
    std::string attrs = tag.attributes;
    for (char& c : attrs) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK_FALSE(Contains(attrs, " onerror"));
    CHECK_FALSE(Contains(attrs, "javascript:"));
    if (name == "svg" && tag.name[0] != '/') ++svg_count;
  }
  CHECK(svg_count == 1);
  // The payload is there, as text.
  CHECK(Contains(html, "&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;"));
  CHECK(Contains(html, "Title &lt;script&gt;"));
  CHECK(Contains(html, "Source &lt;script&gt;"));
  // The http URL is linked with its quote escaped; the javascript: URL is not.
  CHECK(Contains(html, "href=\"https://example.org/a?q=&quot;&gt;&lt;script&gt;"));
  CHECK_FALSE(Contains(html, "href=\"javascript:"));
  CHECK_FALSE(Contains(html, "<?xml"));
  CHECK_FALSE(Contains(html, "<!DOCTYPE svg"));
}

TEST_CASE("Html: a controversy with camps, acceptance, drawing, timeline and evidence",
          "[report]") {
  const std::string html = RenderHtml(testing::HostileReport());
  CHECK(Contains(html, "id=\"controversy-1\""));
  CHECK(Contains(html, "class=\"camp camp-0\""));
  CHECK(Contains(html, "Dmitry Peskov"));
  CHECK(Contains(html, "Jens Stoltenberg"));
  CHECK(Contains(html, "<span class=\"badge rejected\">rejected</span>"));  // claim 1
  CHECK(Contains(html, "<span class=\"badge accepted\">accepted</span>"));  // claim 2
  CHECK(Contains(html, "<svg"));
  CHECK(Contains(html, "stroke=\"#dc2626\""));  // the dispute, drawn red
  CHECK(Contains(html, "stroke-dasharray"));     // and dashed
  CHECK(Contains(html, "stroke=\"#16a34a\""));   // the support, green
  CHECK(Contains(html, "first dispute"));
  CHECK(Contains(html, "<blockquote>Stoltenberg said there is no sign of a pullback.</blockquote>"));
  CHECK(Contains(html, "<time>2022-02-16</time>"));
  CHECK_FALSE(Contains(html, "id=\"claim-4\""));  // not in any controversy
  CHECK(Contains(html, "Content-Security-Policy"));
}

TEST_CASE("Html: no controversies says so and draws nothing", "[report]") {
  ReportData data;
  AddGraphAnalysis(GraphSnapshot{}, ReportScope{}, &data);
  const std::string html = RenderHtml(data);
  CHECK(Contains(html, "No controversies were found."));
  CHECK_FALSE(Contains(html, "<svg"));
}

TEST_CASE("Report scope: --controversy by member claim, unknown id, and --since", "[report]") {
  ReportData one;
  REQUIRE(AddGraphAnalysis(testing::HostileSnapshot(), ReportScope{3, ""}, &one));
  REQUIRE(one.controversies.size() == 1);
  CHECK(one.only_controversy == 1);
  ReportData none;
  CHECK_FALSE(AddGraphAnalysis(testing::HostileSnapshot(), ReportScope{4, ""}, &none));
  ReportData later;
  REQUIRE(AddGraphAnalysis(testing::HostileSnapshot(), ReportScope{0, "2022-02-17"}, &later));
  CHECK(later.controversies.empty());
  ReportData same_day;
  REQUIRE(AddGraphAnalysis(testing::HostileSnapshot(), ReportScope{0, "2022-02-16"}, &same_day));
  CHECK(same_day.controversies.size() == 1);
}

}  // namespace claimgraph::report
