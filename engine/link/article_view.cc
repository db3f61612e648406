// The per-article view shared by the within-article rules.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "link/within_article_internal.h"

namespace claimgraph::link::internal {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Lower-cased words of a name, possessive and periods dropped.
std::set<std::string> Words(std::string_view name) {
  std::set<std::string> out;
  std::string word;
  for (char c : Lower(name) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
      word += c;
    } else if (c == ' ' && !word.empty()) {
      out.insert(word);
      word.clear();
    }
  }
  return out;
}

Span Extent(const Statement& s) {
  Span out{static_cast<std::size_t>(-1), 0};
  auto widen = [&out](const Span& span) {
    if (span.empty()) return;
    out.begin = std::min(out.begin, span.begin);
    out.end = std::max(out.end, span.end);
  };
  widen(s.source);
  widen(s.cue);
  for (const Span& part : s.content) widen(part);
  return out.empty() ? Span{} : out;
}

Span SentenceOf(const StatementView& view) {
  return view.statement->sentence.empty() ? view.extent : view.statement->sentence;
}

bool OnlySpace(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

}  // namespace

ArticleView MakeArticleView(std::string_view text, const std::vector<Statement>& statements) {
  ArticleView article{text, {}};
  article.statements.reserve(statements.size());
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const Statement& s = statements[i];
    StatementView view;
    view.index = i;
    view.statement = &s;
    view.speaker = !s.speaker.empty() ? s.speaker : std::string(s.source.in(text));
    view.narrative = s.kind == StatementKind::kNarrative || view.speaker.empty();
    if (view.narrative) view.speaker.clear();
    view.content = s.ContentText(text);
    view.analysis = AnalyzeContent(text, s.content);
    view.negative = (s.polarity == Polarity::kDenied) != view.analysis.core_negated;
    view.extent = Extent(s);
    article.statements.push_back(std::move(view));
  }
  return article;
}

bool SameSpeakerName(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  std::set<std::string> wa = Words(a), wb = Words(b);
  const std::set<std::string>& shorter = wa.size() <= wb.size() ? wa : wb;
  const std::set<std::string>& longer = wa.size() <= wb.size() ? wb : wa;
  return std::includes(longer.begin(), longer.end(), shorter.begin(), shorter.end());
}

bool DifferentSpeakers(const StatementView& a, const StatementView& b) {
  if (a.speaker.empty() || b.speaker.empty()) return false;
  return !SameSpeakerName(a.speaker, b.speaker);
}

bool ContentsOverlap(const Statement& a, const Statement& b) {
  for (const Span& x : a.content) {
    for (const Span& y : b.content) {
      if (!x.empty() && !y.empty() && x.begin < y.end && y.begin < x.end) return true;
    }
  }
  return false;
}

bool SameOrPreviousSentence(std::string_view text, const StatementView& a, const StatementView& b) {
  Span sa = SentenceOf(a), sb = SentenceOf(b);
  if (sa.empty() || sb.empty()) return false;
  if (sa.begin < sb.end && sb.begin < sa.end) return true;
  if (sa.end > sb.begin || sb.begin > text.size()) return false;
  return OnlySpace(text.substr(sa.end, sb.begin - sa.end));
}

bool EdgeSet::Add(Edge edge) {
  if (edge.from == edge.to || !pairs_.insert({edge.from, edge.to}).second) return false;
  edges_.push_back(std::move(edge));
  return true;
}

bool EdgeSet::Connected(std::size_t a, std::size_t b) const {
  return pairs_.contains({a, b}) || pairs_.contains({b, a});
}

namespace {

// True when statement `outer` repeats `inner` through a nested attribution.
bool Encloses(const StatementView& outer, const StatementView& inner) {
  return outer.index != inner.index && !outer.speaker.empty() && !DifferentSpeakers(outer, inner) &&
         ContentsOverlap(*outer.statement, *inner.statement) &&
         outer.content.size() > inner.content.size();
}

}  // namespace

void DropNestedDuplicates(const ArticleView& article, std::vector<Edge>* edges) {
  const auto& all = article.statements;
  auto redundant = [&](const Edge& e) {
    for (const Edge& other : *edges) {
      if (other.relation != e.relation) continue;
      if (other.to == e.to && Encloses(all[e.from], all[other.from])) return true;
      if (other.from == e.from && Encloses(all[e.to], all[other.to])) return true;
    }
    return false;
  };
  std::vector<Edge> kept;
  for (const Edge& e : *edges) {
    if (!redundant(e)) kept.push_back(e);
  }
  *edges = std::move(kept);
}

std::string Quote(std::string_view content, std::size_t limit) {
  // Trim white space and the quotation marks a content part may carry.
  constexpr std::string_view kMarks[] = {
      "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", " ", "\n"};
  for (bool changed = true; changed && !content.empty();) {
    changed = false;
    for (std::string_view mark : kMarks) {
      if (content.starts_with(mark)) content.remove_prefix(mark.size()), changed = true;
      if (content.ends_with(mark)) content.remove_suffix(mark.size()), changed = true;
    }
  }
  std::string out(content);
  if (out.size() > limit) {
    std::size_t cut = out.rfind(' ', limit);
    out = out.substr(0, cut == std::string::npos ? limit : cut) + " ...";
  }
  return "\"" + out + "\"";
}

std::string Possessive(const std::string& name) {
  return name + (!name.empty() && name.back() == 's' ? "'" : "'s");
}

std::string Sentence(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace claimgraph::link::internal
