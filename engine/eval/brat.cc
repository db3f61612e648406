#include "eval/brat.h"

#include <charconv>
#include <map>
#include <sstream>

namespace claimgraph::eval {
namespace {

// Byte offset of every code point boundary: offsets[i] is where code point i
// starts; offsets.back() == text.size().
std::vector<std::size_t> CodePointOffsets(std::string_view text) {
  std::vector<std::size_t> offsets;
  offsets.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(text.size());
  return offsets;
}

struct TextBound {
  std::string role;
  std::vector<Span> spans;
};

bool ParseNumber(std::string_view s, std::size_t* out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// "Role 12 20;25 30" -> role and byte spans.
bool ParseTextBound(std::string_view field, const std::vector<std::size_t>& offsets,
                    TextBound* out) {
  std::size_t space = field.find(' ');
  if (space == std::string_view::npos) return false;
  out->role = std::string(field.substr(0, space));
  std::string_view rest = field.substr(space + 1);
  while (!rest.empty()) {
    std::size_t semi = rest.find(';');
    std::string_view pair = rest.substr(0, semi);
    std::size_t sp = pair.find(' ');
    std::size_t begin = 0, end = 0;
    if (sp == std::string_view::npos || !ParseNumber(pair.substr(0, sp), &begin) ||
        !ParseNumber(pair.substr(sp + 1), &end) || end < begin || end >= offsets.size()) {
      return false;
    }
    out->spans.push_back(Span{offsets[begin], offsets[end]});
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
  }
  return !out->spans.empty();
}

}  // namespace

Result<std::vector<GoldAttribution>> ParseBrat(std::string_view ann, std::string_view text,
                                               const std::string& origin) {
  const std::vector<std::size_t> offsets = CodePointOffsets(text);
  std::map<std::string, TextBound> bounds;
  std::vector<std::pair<std::size_t, std::string>> events;  // line number, role list
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos < ann.size()) {
    std::size_t nl = ann.find('\n', pos);
    std::string_view line = ann.substr(pos, nl == std::string_view::npos ? ann.npos : nl - pos);
    pos = nl == std::string_view::npos ? ann.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    std::size_t tab1 = line.find('\t');
    if (tab1 == std::string_view::npos) {
      // The quoted text of a text-bound annotation may contain line breaks
      // (it does in several PolNeAR files); such a line continues the text
      // field of the line before and carries no annotation.
      continue;
    }
    std::string id(line.substr(0, tab1));
    std::string_view rest = line.substr(tab1 + 1);
    if (id[0] == 'T') {
      TextBound bound;
      if (!ParseTextBound(rest.substr(0, rest.find('\t')), offsets, &bound)) {
        return Status::Corruption(origin + ":" + std::to_string(line_no) +
                                  ": malformed text-bound annotation");
      }
      bounds[id] = std::move(bound);
    } else if (id[0] == 'E') {
      events.emplace_back(line_no, std::string(rest));
    }
  }

  std::vector<GoldAttribution> gold;
  for (const auto& [event_line, roles] : events) {
    GoldAttribution attribution;
    std::istringstream fields(roles);
    std::string field;
    while (fields >> field) {
      std::size_t colon = field.find(':');
      if (colon == std::string::npos) continue;
      std::string role = field.substr(0, colon);
      auto it = bounds.find(field.substr(colon + 1));
      if (it == bounds.end()) {
        return Status::Corruption(origin + ":" + std::to_string(event_line) +
                                  ": unknown annotation " + field.substr(colon + 1));
      }
      if (role == "Source") attribution.source = it->second.spans;
      if (role == "Cue") attribution.cue = it->second.spans;
      if (role == "Content") attribution.content = it->second.spans;
    }
    gold.push_back(std::move(attribution));
  }
  return gold;
}

}  // namespace claimgraph::eval
