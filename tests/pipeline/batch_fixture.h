// A batch for the threading tests, built from the repository's fixtures: the
// cross-article, sample and mixed batches (with their rejected inputs), then
// each good article again under another outlet and date with a closing line
// added (so it is new, and restates what the first copy said), and one exact
// duplicate. Read in a fixed order, so every run sees the same sequence.
#ifndef CLAIMGRAPH_TESTS_PIPELINE_BATCH_FIXTURE_H_
#define CLAIMGRAPH_TESTS_PIPELINE_BATCH_FIXTURE_H_

#include <string>
#include <vector>

#include "model/article.h"
#include "pipeline/ingest.h"
#include "text/article_reader.h"

namespace claimgraph::testing {

inline pipeline::ArticleSource ThreadsBatch() {
  return [](const std::function<void(Article&&)>& on_article,
            const std::function<void(text::ReadError&&)>& on_error) {
    const std::string fixtures = CLAIMGRAPH_FIXTURES_DIR;
    std::vector<Article> good;
    auto keep = [&](Article&& a) {
      good.push_back(a);
      on_article(std::move(a));
    };
    for (const char* path : {"/cross-article/harlow-dunmore.jsonl", "/sample",
                             "/pipeline/mixed-batch", "/seed/kremlin-summit.txt"}) {
      text::ReadArticles(fixtures + path, keep, on_error);
    }
    for (std::size_t i = 0; i < good.size(); ++i) {
      Article copy = good[i];
      copy.origin += " (syndicated)";
      copy.source = "Syndicate " + std::to_string(i % 3);
      copy.published = "2024-06-" + std::to_string(10 + i % 9);
      copy.text += "\n\nThis article was first published elsewhere.";
      on_article(std::move(copy));
    }
    if (!good.empty()) on_article(Article(good.front()));  // an exact duplicate
  };
}

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_PIPELINE_BATCH_FIXTURE_H_
