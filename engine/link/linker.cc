// LinkWithinArticle: applies the within-article rules in order of
// specificity; the first rule to link an ordered pair names the edge. The
// contrast rule runs before denial-versus-assertion because a connective
// tells which statement answers which (the later one rebuts the earlier).
#include "link/linker.h"

#include <vector>

#include "link/within_article_internal.h"

namespace claimgraph::link {

std::vector<Edge> LinkWithinArticle(const Article& article,
                                    const std::vector<Statement>& statements) {
  internal::ArticleView view = internal::MakeArticleView(article.text, statements);
  internal::EdgeSet edges;
  internal::AddAnaphoricRebuttals(view, &edges);
  internal::AddStandoffs(view, &edges);
  internal::AddContrasts(view, &edges);
  internal::AddDenialsOfAssertions(view, &edges);
  internal::AddRestatements(view, &edges);
  std::vector<Edge> out = edges.Take();
  internal::DropNestedDuplicates(view, &out);
  return out;
}

}  // namespace claimgraph::link
