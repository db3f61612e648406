#include "pipeline/watchlist.h"

#include <spdlog/spdlog.h>

#include <fstream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "stance/classifier.h"
#include "stance/model.h"

namespace claimgraph::pipeline {
namespace {

// The process-wide classifier: loaded once, on first use. A failed load is
// not cached, so a model installed later is picked up.
Result<const stance::StanceClassifier*> Classifier() {
  static std::mutex mutex;
  static std::unique_ptr<stance::StanceClassifier> classifier;
  std::lock_guard<std::mutex> lock(mutex);
  if (!classifier) {
    auto loaded = stance::StanceClassifier::Load(stance::DefaultModelPath());
    if (!loaded.ok()) return loaded.status();
    classifier = std::move(loaded).value();
  }
  return static_cast<const stance::StanceClassifier*>(classifier.get());
}

Result<store::TrackedClaim> ParseJsonLine(const std::string& line, const std::string& where) {
  nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded() || !object.is_object()) {
    return Status::InvalidArgument(where + ": not a JSON object");
  }
  auto text = object.find("text");
  if (text == object.end() || !text->is_string() || text->get<std::string>().empty()) {
    return Status::InvalidArgument(where + ": missing or empty \"text\"");
  }
  store::TrackedClaim claim;
  claim.text = text->get<std::string>();
  if (auto id = object.find("id"); id != object.end()) {
    if (id->is_string()) {
      claim.external_id = id->get<std::string>();
    } else if (id->is_number_integer()) {
      claim.external_id = std::to_string(id->get<long long>());
    } else if (!id->is_null()) {
      return Status::InvalidArgument(where + ": \"id\" must be a string or an integer");
    }
  }
  return claim;
}

std::string Trim(const std::string& s) {
  const char* space = " \t\r\n";
  auto begin = s.find_first_not_of(space);
  if (begin == std::string::npos) return "";
  return s.substr(begin, s.find_last_not_of(space) - begin + 1);
}

}  // namespace

Result<std::vector<store::TrackedClaim>> ReadTrackedClaims(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read '" + path.string() + "'");
  std::vector<store::TrackedClaim> claims;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    std::string text = Trim(line);
    if (text.empty()) continue;
    if (text.front() == '{') {
      auto claim = ParseJsonLine(text, path.string() + ":" + std::to_string(number));
      if (!claim.ok()) return claim.status();
      claims.push_back(std::move(claim).value());
    } else {
      claims.push_back({0, "", text});
    }
  }
  return claims;
}

Result<int> LinkToWatchlist(store::Store& store, const Article& article, std::int64_t article_id) {
  auto tracked = store.TrackedClaims();
  if (!tracked.ok()) return tracked.status();
  if (tracked->empty()) return 0;
  auto classifier = Classifier();
  if (!classifier.ok()) return classifier.status();
  const stance::StanceClassifier& judge = *classifier.value();
  const stance::TextAnalysis body =
      judge.AnalyseBody(article.text, Span{article.body_begin, article.text.size()});
  std::vector<store::TrackedLink> links;
  for (const store::TrackedClaim& claim : tracked.value()) {
    stance::Judgement judgement = judge.Classify(judge.AnalyseClaim(claim.text), body);
    if (!stance::IsRelated(judgement.stance)) continue;
    store::TrackedLink link;
    link.tracked_id = claim.id;
    link.article_id = article_id;
    link.stance = stance::ToString(judgement.stance);
    link.confidence = judgement.confidence;
    link.evidence = judgement.evidence;
    for (const Span& span : judgement.evidence) {
      link.sentences.emplace_back(span.in(article.text));
    }
    links.push_back(std::move(link));
  }
  CG_RETURN_IF_ERROR(store.AddTrackedLinks(links));
  return static_cast<int>(links.size());
}

Result<store::AddOutcome> WithWatchlist(store::Store& store, const Article& article,
                                        Result<store::AddOutcome> added) {
  if (!added.ok() || !added->inserted) return added;
  auto linked = LinkToWatchlist(store, article, added->article_id);
  if (!linked.ok()) {
    return Status(linked.status().code() == Status::Code::kNotFound
                      ? Status::NotFound("article stored, but not linked to the watchlist: " +
                                         linked.status().message())
                      : Status::Corruption("article stored, but not linked to the watchlist: " +
                                           linked.status().message()));
  }
  if (linked.value() > 0) spdlog::debug("{}: {} tracked-claim links", article.origin, linked.value());
  return added;
}

}  // namespace claimgraph::pipeline
