#include <cctype>
#include <cstdio>
#include <cstring>

#include "report/format_internal.h"

namespace claimgraph::report::internal {
namespace {

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Escaped everywhere: each can open or close inline structure.
constexpr std::string_view kAlwaysEscaped = "\\`*_[]|~";

// True if `text` starts like a block marker: '#', '-', '+', '=' or an ordered
// list item ("12." or "12)").
bool StartsBlock(std::string_view text) {
  if (text.empty()) return false;
  if (text[0] == '#' || text[0] == '-' || text[0] == '+' || text[0] == '=') return true;
  std::size_t i = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  return i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')');
}

}  // namespace

std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (c < 0x20 || c == 0x7f) continue;
    // U+0080..U+009F encode as C2 80..C2 9F.
    if (c == 0xc2 && i + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9f) {
        ++i;
        continue;
      }
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::string EscapeMarkdown(std::string_view text) {
  const std::string line = OneLine(text);
  std::string out;
  out.reserve(line.size() + line.size() / 8);
  std::size_t start = 0;
  if (StartsBlock(line)) {
    // Escape the marker character itself ('#', '-', ...) or the '.'/')' of
    // "12." so the line cannot open a heading or list.
    std::size_t marker = 0;
    while (marker < line.size() && std::isdigit(static_cast<unsigned char>(line[marker]))) {
      ++marker;
    }
    out.append(line, 0, marker);
    out += '\\';
    out += line[marker];
    start = marker + 1;
  }
  for (std::size_t i = start; i < line.size(); ++i) {
    char c = line[i];
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      default:
        if (kAlwaysEscaped.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
  }
  return out;
}

std::string DatePart(std::string_view published) {
  std::string line = OneLine(published);
  // "YYYY-MM-DDT..." or "YYYY-MM-DD hh:mm...": keep the date.
  if (line.size() > 10 && line[4] == '-' && line[7] == '-' &&
      (line[10] == 'T' || line[10] == ' ')) {
    line.resize(10);
  }
  return line;
}

std::string FormatScore(double score) {
  // snprintf honours LC_NUMERIC; the engine never changes it from "C", but a
  // comma decimal separator is normalised anyway so output stays stable.
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", score);
  for (char* p = buf; *p != '\0'; ++p) {
    if (*p == ',') *p = '.';
  }
  return buf;
}

std::string SpeakerName(const StatementRecord& s) {
  std::string name = OneLine(s.speaker);
  return name.empty() ? "(narrative)" : name;
}

std::string ArticleLabel(const StatementRecord& s) {
  std::string title = OneLine(s.article_title);
  std::string outlet = OneLine(s.article_source);
  std::string date = DatePart(s.article_published);
  std::string where = outlet;
  if (!date.empty()) where += (where.empty() ? "" : " ") + date;
  if (title.empty()) return where;
  return where.empty() ? title : title + ", " + where;
}

const char* PassiveVerb(Relation relation) {
  return relation == Relation::kDisputes ? "disputed by" : "supported by";
}

}  // namespace claimgraph::report::internal
