// A batch for the threading tests, built from the repository's fixtures: the
// cross-article, sample and mixed batches (with their rejected inputs), then
// each good article again under another outlet and date with a closing line
// added (so it is new, and restates what the first copy said), and one exact
// duplicate. Read in a fixed order, so every run sees the same sequence.
#ifndef CLAIMGRAPH_TESTS_PIPELINE_BATCH_FIXTURE_H_
#define CLAIMGRAPH_TESTS_PIPELINE_BATCH_FIXTURE_H_

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/extractor.h"
#include "model/article.h"
#include "pipeline/ingest.h"
#include "store/store.h"
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

// Ingests ThreadsBatch() on `threads` threads into the database at `path`
// (created if needed) and closes it, so the caller can read the file.
inline pipeline::IngestSummary IngestThreadsBatch(const std::string& path, int threads = 2,
                                                  pipeline::Ingestor::CommitGroup group = {}) {
  auto store = store::Store::Open(path);
  REQUIRE(store.ok());
  extract::Extractor extractor;
  pipeline::Ingestor ingestor(store.value().get(), &extractor, threads);
  ingestor.set_commit_group(group);
  return ingestor.IngestFrom(ThreadsBatch());
}

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_PIPELINE_BATCH_FIXTURE_H_
