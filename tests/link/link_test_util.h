// Test helpers for the link stage: build Statements over real text by
// locating substrings, so tests do not depend on the extractor.
#ifndef CLAIMGRAPH_TESTS_LINK_LINK_TEST_UTIL_H_
#define CLAIMGRAPH_TESTS_LINK_LINK_TEST_UTIL_H_

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "model/edge.h"
#include "model/statement.h"

namespace claimgraph::link::testing {

// What a statement is, described by substrings of the text.
struct Spec {
  std::string label;         // names the statement in edge dumps
  std::string_view anchor;   // unique substring of the text containing the content
  std::string_view content;  // found inside the anchor; the whole anchor if empty
  std::string_view source;   // found in the sentence; "" for a narrative statement
  std::string_view cue;      // found in the sentence; may be ""
  std::string speaker;       // "" for narrative
  std::string cue_lemma;
  Polarity polarity = Polarity::kAsserted;
  StatementKind kind = StatementKind::kIndirect;
};

inline std::string ReadFixture(const std::string& relative) {
  std::ifstream in(std::string(CLAIMGRAPH_FIXTURES_DIR) + "/" + relative, std::ios::binary);
  REQUIRE(in.good());
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline Span Find(std::string_view text, std::string_view needle, std::size_t from = 0) {
  std::size_t at = text.find(needle, from);
  INFO("looking for: " << needle);
  REQUIRE(at != std::string_view::npos);
  return Span{at, at + needle.size()};
}

// The sentence around `inner`: from after the previous ". " (or ".” ", or a
// line break) to the next sentence-final mark, closing quote included.
inline Span SentenceAround(std::string_view text, Span inner) {
  constexpr std::string_view kCloseQuote = "\xE2\x80\x9D";
  std::size_t begin = inner.begin;
  while (begin > 0) {
    char prev = text[begin - 1];
    if (prev == '\n') break;
    if (prev == ' ' && begin >= 2 &&
        std::string_view(".!?").find(text[begin - 2]) != std::string_view::npos)
      break;
    if (prev == ' ' && begin >= 5 && text.substr(begin - 4, 3) == kCloseQuote &&
        text[begin - 5] == '.')
      break;
    --begin;
  }
  std::size_t end = inner.end >= 4 ? std::max(inner.begin, inner.end - 4) : inner.begin;
  for (; end < text.size() && text[end] != '\n'; ++end) {
    if (std::string_view(".!?").find(text[end]) == std::string_view::npos) continue;
    std::size_t after = end + 1;
    if (text.substr(after, 3) == kCloseQuote) after += 3;
    if (after >= text.size() || text[after] == ' ' || text[after] == '\n') return {begin, after};
  }
  return Span{begin, end};
}

inline Statement Build(std::string_view text, const Spec& spec) {
  Statement s;
  Span anchor = Find(text, spec.anchor);
  REQUIRE(text.find(spec.anchor, anchor.begin + 1) == std::string_view::npos);
  Span content = spec.content.empty() ? anchor : Find(text, spec.content, anchor.begin);
  s.content = {content};
  s.sentence = SentenceAround(text, content);
  std::string_view sentence = s.sentence.in(text);
  // The occurrence in the sentence nearest to the content.
  auto within = [&](std::string_view needle) {
    if (needle.empty()) return Span{};
    Find(sentence, needle);
    Span best;
    std::size_t best_distance = std::string_view::npos;
    for (std::size_t at = sentence.find(needle); at != std::string_view::npos;
         at = sentence.find(needle, at + 1)) {
      Span span{at + s.sentence.begin, at + needle.size() + s.sentence.begin};
      std::size_t distance = span.end <= content.begin   ? content.begin - span.end
                             : span.begin >= content.end ? span.begin - content.end
                                                         : 0;
      if (distance < best_distance) best = span, best_distance = distance;
    }
    return best;
  };
  s.source = within(spec.source);
  s.cue = within(spec.cue);
  s.speaker = spec.speaker;
  s.cue_lemma = spec.cue_lemma;
  s.polarity = spec.polarity;
  s.kind = spec.speaker.empty() ? StatementKind::kNarrative : spec.kind;
  return s;
}

inline std::vector<Statement> BuildAll(std::string_view text, const std::vector<Spec>& specs) {
  std::vector<Statement> out;
  for (const Spec& spec : specs) out.push_back(Build(text, spec));
  return out;
}

// "allies -disputes-> pullback [anaphoric-rebuttal]", one line per edge, sorted.
inline std::vector<std::string> Dump(const std::vector<Edge>& edges,
                                     const std::vector<Spec>& specs) {
  std::vector<std::string> out;
  for (const Edge& e : edges) {
    out.push_back(specs.at(e.from).label + " -" + ToString(e.relation) + "-> " +
                  specs.at(e.to).label + " [" + e.rule + "]");
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace claimgraph::link::testing

#endif  // CLAIMGRAPH_TESTS_LINK_LINK_TEST_UTIL_H_
