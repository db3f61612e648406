// Internal to the link stage: the per-article view the within-article rules
// share, one function per rule, and the edge set that de-duplicates them.
#ifndef CLAIMGRAPH_LINK_WITHIN_ARTICLE_INTERNAL_H_
#define CLAIMGRAPH_LINK_WITHIN_ARTICLE_INTERNAL_H_

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "link/proposition.h"
#include "model/edge.h"
#include "model/statement.h"

namespace claimgraph::link::internal {

// One statement with what the rules need precomputed.
struct StatementView {
  std::size_t index = 0;
  const Statement* statement = nullptr;
  std::string speaker;  // canonical speaker, else the source as written; "" if narrative
  std::string content;  // content parts joined by spaces
  ContentAnalysis analysis;
  bool narrative = false;
  // Polarity of the asserted core: denied XOR negated outside conditionals.
  bool negative = false;
  Span extent;  // from the first to the last byte of source, cue and content
};

struct ArticleView {
  std::string_view text;
  std::vector<StatementView> statements;
};

ArticleView MakeArticleView(std::string_view text, const std::vector<Statement>& statements);

// True when a and b have speakers and they differ: compared case-insensitively
// by words, a name whose words all occur in the other ("Biden" in "Joseph R.
// Biden Jr.", "Hillary Clinton" in "Democrat Hillary Clinton") is the same.
bool DifferentSpeakers(const StatementView& a, const StatementView& b);

// The name comparison behind DifferentSpeakers: true when both names are
// non-empty and the words of one all occur in the other.
bool SameSpeakerName(std::string_view a, std::string_view b);

// True when some content part of a intersects some content part of b.
bool ContentsOverlap(const Statement& a, const Statement& b);

// True when a's sentence is b's, overlaps it, or directly precedes it (only
// white space between them).
bool SameOrPreviousSentence(std::string_view text, const StatementView& a, const StatementView& b);

// Edges in insertion order; the first edge for an ordered pair wins.
class EdgeSet {
 public:
  // Adds `edge` unless from == to or the ordered pair already has an edge.
  bool Add(Edge edge);
  bool Connected(std::size_t a, std::size_t b) const;
  std::vector<Edge> Take() { return std::move(edges_); }

 private:
  std::vector<Edge> edges_;
  std::set<std::pair<std::size_t, std::size_t>> pairs_;
};

// The rules, in the order LinkWithinArticle applies them.
void AddAnaphoricRebuttals(const ArticleView& article, EdgeSet* edges);
void AddStandoffs(const ArticleView& article, EdgeSet* edges);
void AddContrasts(const ArticleView& article, EdgeSet* edges);
void AddDenialsOfAssertions(const ArticleView& article, EdgeSet* edges);
void AddRestatements(const ArticleView& article, EdgeSet* edges);

// Removes edges that repeat another edge through a nested attribution: of two
// edges with the same relation and the same target (or source), whose other
// ends are statements of one speaker with overlapping contents ("warned of
// intelligence they said showed X" and "showed X"), the one through the
// longer content goes.
void DropNestedDuplicates(const ArticleView& article, std::vector<Edge>* edges);

// Reason-sentence helpers: the content quoted (shortened at a word boundary
// past `limit` bytes), and a sentence with its first letter upper-cased.
std::string Quote(std::string_view content, std::size_t limit = 120);
std::string Sentence(std::string text);
// "Moscow's", "US officials'".
std::string Possessive(const std::string& name);

}  // namespace claimgraph::link::internal

#endif  // CLAIMGRAPH_LINK_WITHIN_ARTICLE_INTERNAL_H_
