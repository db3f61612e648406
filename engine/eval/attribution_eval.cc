#include "eval/attribution_eval.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <vector>

#include "eval/brat.h"
#include "text/article_reader.h"
#include "text/tokens.h"

namespace claimgraph::eval {
namespace {

namespace fs = std::filesystem;
using TokenSet = std::set<std::size_t>;  // indices into the article's word tokens

// The word tokens of an article and the lookup from spans to token sets.
class WordTokens {
 public:
  explicit WordTokens(const std::string& text) {
    for (const auto& token : text::Tokenize(text, Span{0, text.size()})) {
      if (token.type == text::TokenType::kWord || token.type == text::TokenType::kNumber) {
        words_.push_back(token);
      }
    }
  }

  // Tokens overlapping any of the spans.
  TokenSet Of(const std::vector<Span>& spans) const {
    TokenSet out;
    for (const Span& span : spans) {
      auto it = std::lower_bound(words_.begin(), words_.end(), span.begin,
                                 [](const text::Token& t, std::size_t b) { return t.span.end <= b; });
      for (; it != words_.end() && it->span.begin < span.end; ++it) {
        out.insert(static_cast<std::size_t>(it - words_.begin()));
      }
    }
    return out;
  }

  std::string Lower(std::size_t index) const { return words_[index].lower; }

 private:
  std::vector<text::Token> words_;
};

// One attribution as token sets per role.
struct TokenAttribution {
  std::array<TokenSet, 3> roles;
  std::string speaker;  // predicted only
  std::string summary;  // for the error report
};

std::size_t Overlap(const TokenSet& a, const TokenSet& b) {
  std::size_t n = 0;
  for (std::size_t x : a) n += b.count(x);
  return n;
}

void ScoreSets(const std::set<TokenSet>& gold, const std::set<TokenSet>& predicted, Counts* c) {
  double tp = 0;
  for (const auto& p : predicted) tp += gold.count(p);
  c->tp += tp;
  c->fp += predicted.size() - tp;
  c->fn += gold.size() - tp;
}

std::string Quote(const std::string& text, const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) out += (out.empty() ? "" : " … ") + std::string(s.in(text));
  return out.empty() ? "-" : out;
}

// Scores one article into `scores`; appends misses and spurious ones to errors.
void ScoreArticle(const std::string& name, const std::string& text,
                  const std::vector<GoldAttribution>& gold_spans,
                  const std::vector<Statement>& statements, AttributionScores* scores,
                  std::string* errors) {
  WordTokens words(text);
  std::vector<TokenAttribution> gold, predicted;
  for (const auto& g : gold_spans) {
    gold.push_back({{words.Of(g.source), words.Of(g.cue), words.Of(g.content)}, "",
                    "source: " + Quote(text, g.source) + " | cue: " + Quote(text, g.cue) +
                        " | content: " + Quote(text, g.content)});
  }
  for (const auto& s : statements) {
    if (s.kind == StatementKind::kNarrative) continue;
    predicted.push_back({{words.Of({s.source}), words.Of({s.cue}), words.Of(s.content)}, s.speaker,
                         "speaker: " + s.speaker + " | cue: " + Quote(text, {s.cue}) +
                             " | content: " + Quote(text, s.content)});
  }
  scores->gold_attributions += gold.size();
  scores->predicted_attributions += predicted.size();

  for (int role = 0; role < 3; ++role) {
    std::set<TokenSet> g, p;
    TokenSet gt, pt;
    for (const auto& a : gold) {
      if (!a.roles[role].empty()) g.insert(a.roles[role]);
      gt.insert(a.roles[role].begin(), a.roles[role].end());
    }
    for (const auto& a : predicted) {
      if (!a.roles[role].empty()) p.insert(a.roles[role]);
      pt.insert(a.roles[role].begin(), a.roles[role].end());
    }
    ScoreSets(g, p, &scores->exact[role]);
    double tp = Overlap(gt, pt);
    scores->token[role].tp += tp;
    scores->token[role].fp += pt.size() - tp;
    scores->token[role].fn += gt.size() - tp;
  }

  // Attribution matching: all pairs sharing content and cue tokens, greedily
  // by content overlap, one-to-one.
  struct Pair { std::size_t overlap, g, p; };
  std::vector<Pair> pairs;
  for (std::size_t gi = 0; gi < gold.size(); ++gi) {
    for (std::size_t pi = 0; pi < predicted.size(); ++pi) {
      std::size_t content = Overlap(gold[gi].roles[kContent], predicted[pi].roles[kContent]);
      if (content > 0 && Overlap(gold[gi].roles[kCue], predicted[pi].roles[kCue]) > 0) {
        pairs.push_back({content, gi, pi});
      }
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const Pair& a, const Pair& b) { return a.overlap > b.overlap; });
  std::vector<bool> gold_used(gold.size()), pred_used(predicted.size());
  for (const auto& pair : pairs) {
    if (gold_used[pair.g] || pred_used[pair.p]) continue;
    gold_used[pair.g] = pred_used[pair.p] = true;
    scores->attribution.tp += 1;
    const TokenSet& source = gold[pair.g].roles[kSource];
    if (!source.empty()) {
      ++scores->speaker_checked;
      std::string speaker = predicted[pair.p].speaker;
      std::transform(speaker.begin(), speaker.end(), speaker.begin(), ::tolower);
      if (speaker.find(words.Lower(*source.rbegin())) != std::string::npos) {
        ++scores->speaker_head_found;
      }
    }
  }
  for (std::size_t i = 0; i < gold.size(); ++i) {
    if (gold_used[i]) continue;
    scores->attribution.fn += 1;
    if (errors) *errors += name + "\tMISSED\t" + gold[i].summary + "\n";
  }
  for (std::size_t i = 0; i < predicted.size(); ++i) {
    if (pred_used[i]) continue;
    scores->attribution.fp += 1;
    if (errors) *errors += name + "\tSPURIOUS\t" + predicted[i].summary + "\n";
  }
}

// The first annotator's .ann file for each text, by name order.
std::map<std::string, fs::path> AnnotationFiles(const fs::path& dir) {
  std::map<std::string, fs::path> files;
  std::vector<fs::path> all;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".ann") all.push_back(entry.path());
  }
  std::sort(all.begin(), all.end());
  for (const auto& path : all) {
    std::string stem = path.stem().string();
    std::string name = stem.substr(0, stem.rfind('_'));
    files.emplace(name, path);  // keeps the first
  }
  return files;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

Result<AttributionScores> EvaluateAttribution(const fs::path& dir,
                                              const extract::Extractor& extractor,
                                              std::string* errors) {
  const fs::path text_dir = dir / "text", ann_dir = dir / "attributions";
  if (!fs::is_directory(text_dir) || !fs::is_directory(ann_dir)) {
    return Status::InvalidArgument(dir.string() + ": expected text/ and attributions/ folders");
  }
  const auto annotations = AnnotationFiles(ann_dir);
  std::vector<fs::path> texts;
  for (const auto& entry : fs::directory_iterator(text_dir)) {
    if (entry.path().extension() == ".txt") texts.push_back(entry.path());
  }
  std::sort(texts.begin(), texts.end());

  AttributionScores scores;
  Status failure;
  for (const auto& path : texts) {
    auto ann = annotations.find(path.stem().string());
    if (ann == annotations.end()) continue;  // unannotated text: nothing to score
    text::ReadArticles(
        path,
        [&](Article&& article) {
          if (!failure.ok()) return;
          auto gold = ParseBrat(ReadAll(ann->second), article.text, ann->second.string());
          if (!gold.ok()) {
            failure = gold.status();
            return;
          }
          auto start = std::chrono::steady_clock::now();
          auto statements = extractor.Extract(article);
          scores.extract_seconds +=
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
          ScoreArticle(path.stem().string(), article.text, gold.value(), statements, &scores,
                       errors);
          ++scores.articles;
        },
        [&](text::ReadError&& error) {
          if (failure.ok()) failure = Status::Corruption(error.origin + ": " + error.message);
        });
    if (!failure.ok()) return failure;
  }
  return scores;
}

std::string AttributionScores::ToText() const {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(3);
  out << "articles " << articles << ", gold attributions " << gold_attributions
      << ", predicted " << predicted_attributions << "\n";
  out << "role      exact P  exact R  exact F1  token P  token R  token F1\n";
  for (int r = 0; r < 3; ++r) {
    out << kRoleNames[r] << std::string(10 - std::string(kRoleNames[r]).size(), ' ')
        << exact[r].Precision() << "    " << exact[r].Recall() << "    " << exact[r].F1()
        << "     " << token[r].Precision() << "    " << token[r].Recall() << "    "
        << token[r].F1() << "\n";
  }
  out << "attribution P " << attribution.Precision() << "  R " << attribution.Recall() << "  F1 "
      << attribution.F1() << "\n";
  out << "speaker contains gold source head: " << speaker_head_found << "/" << speaker_checked
      << "\n";
  out.precision(1);
  out << "extraction speed: "
      << (extract_seconds > 0 ? static_cast<double>(articles) / extract_seconds : 0.0)
      << " articles/s\n";
  return out.str();
}

std::string AttributionScores::ToJson() const {
  auto prf = [](const Counts& c) {
    return nlohmann::json{{"precision", c.Precision()}, {"recall", c.Recall()}, {"f1", c.F1()},
                          {"tp", c.tp}, {"fp", c.fp}, {"fn", c.fn}};
  };
  nlohmann::json j;
  for (int r = 0; r < 3; ++r) {
    j["exact"][kRoleNames[r]] = prf(exact[r]);
    j["token"][kRoleNames[r]] = prf(token[r]);
  }
  j["attribution"] = prf(attribution);
  j["articles"] = articles;
  j["gold_attributions"] = gold_attributions;
  j["predicted_attributions"] = predicted_attributions;
  j["speaker_head"] = {{"found", speaker_head_found}, {"checked", speaker_checked}};
  j["articles_per_second"] = extract_seconds > 0 ? articles / extract_seconds : 0.0;
  return j.dump();
}

}  // namespace claimgraph::eval
