// train_attribution: learns the attribution models from PolNeAR brat files.
//
//   train_attribution --corpus polnear/train --out models/cue_words.tsv
//
// writes models/cue_words.tsv and, next to it, the two linear models of the
// AttributionTagger (engine/extract/attribution_tagger.h):
// attribution_cue.model (is a token inside a cue) and attribution_role.model
// (is a token of a cue's window its SOURCE, CONTENT or O), trained with
// liblinear (L2-regularised L2-loss SVM, dual) on the features of
// engine/extract/attribution_features.h, so that training and extraction
// see the same features. Gold tokens: a token is in a role when it overlaps
// one of the role's spans; the role windows are built around the gold cues.
//
// For every word form it counts how often the word heads an annotated cue
// (the first cue word that is not an auxiliary, adverb, negation or "to":
// "has also said" -> "said") and how often it occurs in the texts. The
// extractor turns frequent, reliable heads into cues (see
// engine/extract/learned_cues.h). The file holds word forms and counts, no
// corpus text. Deterministic: the same corpus gives the same file.
//
// It also writes cue_phrases.tsv next to it: the multiword cue phrases and
// their counts (tools/train/cue_phrase_counts.h, engine/extract/
// cue_phrases.h); with --phrases-only, that file alone (cross-validation
// folds whose tagger models are kept).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "eval/brat.h"
#include "extract/attribution_features.h"
#include "extract/attribution_tagger.h"
#include "extract/body_tokens.h"
#include "extract/cue_phrases.h"
#include "extract/learned_cues.h"
#include "extract/linear_model.h"
#include "extract/word_classes.h"
#include "text/article_reader.h"
#include "text/tokens.h"
#include "cue_phrase_counts.h"
#include "linear_training.h"

namespace {

namespace fs = std::filesystem;
using claimgraph::Span;
using claimgraph::text::Token;
using claimgraph::text::TokenType;

struct WordCounts {
  long cue = 0;
  long total = 0;
};

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Some annotation texts span several lines; a line that does not start an
// annotation ("T12<TAB>", "E3<TAB>") continues the previous one.
std::string JoinContinuationLines(const std::string& ann) {
  std::string out;
  std::istringstream in(ann);
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t tab = line.find('\t');
    const bool starts = tab != std::string::npos && tab > 0 &&
                        std::all_of(line.begin() + 1, line.begin() + static_cast<long>(tab),
                                    [](char c) { return c >= '0' && c <= '9'; });
    if (!starts && !out.empty()) {
      out.back() = ' ';
      out += line;
      out += '\n';
    } else if (starts) {
      out += line;
      out += '\n';
    }
  }
  return out;
}

bool SkippedInCue(const Token& t) {
  using namespace claimgraph::extract;
  if (t.type != TokenType::kWord) return true;
  return IsAuxiliary(t.lower) || IsPreCueAdverb(t.lower) || t.lower.ends_with("ly") ||
         t.lower == "to" || t.lower == "not" || t.lower == "n't" || t.lower == "never";
}

// The first annotator's .ann file for each text (the one the evaluation uses).
std::map<std::string, fs::path> AnnotationFiles(const fs::path& dir) {
  std::vector<fs::path> all;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".ann") all.push_back(entry.path());
  }
  std::sort(all.begin(), all.end());
  std::map<std::string, fs::path> files;
  for (const auto& path : all) {
    const std::string stem = path.stem().string();
    files.emplace(stem.substr(0, stem.rfind('_')), path);
  }
  return files;
}


using claimgraph::eval::GoldAttribution;
using claimgraph::extract::BodyTokens;
using claimgraph::extract::TokenRange;
constexpr std::uint32_t kBuckets = 1u << 20;

bool Overlaps(const Token& t, const std::vector<Span>& spans) {
  for (const Span& s : spans) {
    if (t.span.begin < s.end && s.begin < t.span.end) return true;
  }
  return false;
}

// The body tokens overlapping the first part of a gold cue.
TokenRange CueTokens(const BodyTokens& body, const GoldAttribution& g) {
  TokenRange r{body.tokens.size(), 0};
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    if (!Overlaps(body.tokens[i], {g.cue.front()})) continue;
    r.begin = std::min(r.begin, i);
    r.end = i + 1;
  }
  return r.begin < r.end ? r : TokenRange{};
}

// Adds one article's cue and role instances.
void AddArticle(const BodyTokens& body, const std::vector<GoldAttribution>& gold,
                const claimgraph::extract::LearnedCues& learned, claimgraph::train::Dataset* cues,
                claimgraph::train::Dataset* roles) {
  namespace ex = claimgraph::extract;
  std::vector<char> gold_cue(body.tokens.size(), 0);
  for (const auto& g : gold) {
    for (std::size_t i = 0; i < body.tokens.size(); ++i) {
      if (Overlaps(body.tokens[i], g.cue)) gold_cue[i] = 1;
    }
  }
  const auto cue_features = ex::CueFeatures(body, ex::LexiconMarks(body, &learned));
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    if (body.tokens[i].type != TokenType::kOpenQuote &&
        body.tokens[i].type != TokenType::kCloseQuote) {
      cues->Add(cue_features[i], gold_cue[i]);
    }
  }
  for (const auto& g : gold) {
    if (g.cue.empty()) continue;
    const TokenRange cue = CueTokens(body, g);
    if (cue.empty()) continue;  // a cue in the title
    const TokenRange window = ex::RoleWindow(body, cue);
    const auto features = ex::RoleFeatures(body, cue, gold_cue);
    for (std::size_t k = 0; k < features.size(); ++k) {
      if (features[k].empty()) continue;
      const Token& t = body.tokens[window.begin + k];
      roles->Add(features[k], Overlaps(t, g.source) ? 1 : Overlaps(t, g.content) ? 2 : 0);
    }
  }
}

bool WriteFile(const fs::path& path, const std::string& content) {
  std::ofstream file(path, std::ios::binary);
  file << content;
  if (!file.good()) std::fprintf(stderr, "train_attribution: cannot write %s\n", path.c_str());
  return file.good();
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus, out;
  long min_cue = 2, min_phrase = 2;
  bool phrases_only = false;
  // Weights under 0.01 are dropped: 0.05 also dropped much of what carries
  // rare cue words (4-fold CV on train: attribution recall .647 -> .654,
  // F1 .702 -> .704; as text the models grew from 2.3 + 8.4 to 4.3 + 11.4 MB,
  // in the 16-bit format of extract/linear_model.h they take 0.5 + 1.8 MB).
  double cue_c = 0.1, role_c = 0.1, min_weight = 0.01;
  CLI::App app{"Learn the claimgraph attribution models from PolNeAR brat annotations"};
  app.add_option("--corpus", corpus, "Corpus folder with text/ and attributions/")->required();
  app.add_option("--out", out, "Cue-word file to write; the tagger models go next to it")
      ->required();
  app.add_option("--min-cue", min_cue, "Keep words heading at least this many cues");
  app.add_option("--cue-c", cue_c, "SVM cost of the cue model");
  app.add_option("--role-c", role_c, "SVM cost of the role model");
  app.add_option("--min-weight", min_weight, "Drop weights of smaller magnitude");
  app.add_option("--min-phrase", min_phrase, "Keep phrases seen inside cues this many times");
  app.add_flag("--phrases-only", phrases_only, "Write only cue_phrases.tsv next to --out");
  CLI11_PARSE(app, argc, argv);

  // First pass: the cue words (the tagger's features include them).
  std::map<std::string, WordCounts> counts;
  struct Loaded {
    std::string name;
    claimgraph::Article article;
    std::vector<GoldAttribution> gold;
  };
  std::vector<Loaded> loaded;
  claimgraph::train::CuePhraseCounter phrases;
  for (const auto& [name, ann_path] : AnnotationFiles(fs::path(corpus) / "attributions")) {
    const fs::path text_path = fs::path(corpus) / "text" / (name + ".txt");
    if (!fs::exists(text_path)) continue;
    Loaded item{name, {}, {}};
    claimgraph::text::ReadError error;
    if (!claimgraph::text::ParseTxtArticle(ReadAll(text_path), text_path.string(), &item.article,
                                           &error)) {
      std::fprintf(stderr, "train_attribution: %s: %s\n", error.origin.c_str(),
                   error.message.c_str());
      continue;
    }
    const std::string& text = item.article.text;
    auto gold = claimgraph::eval::ParseBrat(JoinContinuationLines(ReadAll(ann_path)), text,
                                            ann_path.string());
    if (!gold.ok()) {
      std::fprintf(stderr, "train_attribution: %s\n", gold.status().ToString().c_str());
      return 1;
    }
    std::vector<Token> tokens = claimgraph::text::Tokenize(text, Span{0, text.size()});
    for (const Token& t : tokens) {
      if (t.type == TokenType::kWord) ++counts[t.lower].total;
    }
    std::vector<std::vector<Span>> cue_spans;
    for (const auto& attribution : gold.value()) cue_spans.push_back(attribution.cue);
    phrases.Add(std::move(tokens), cue_spans);
    for (const auto& attribution : gold.value()) {
      if (attribution.cue.empty()) continue;
      for (const Token& t : claimgraph::text::Tokenize(text, attribution.cue.front())) {
        if (SkippedInCue(t)) continue;
        ++counts[t.lower].cue;
        break;
      }
    }
    item.gold = std::move(gold).value();
    loaded.push_back(std::move(item));
  }
  const fs::path phrases_path = fs::path(out).parent_path() / claimgraph::extract::kCuePhrasesFile;
  if (!WriteFile(phrases_path, phrases.Serialize(min_phrase))) return 1;
  std::printf("train_attribution: wrote %s\n", phrases_path.c_str());
  if (phrases_only) return 0;
  std::ostringstream words;
  words << "# Cue words learned from " << loaded.size()
        << " annotated articles: word, times it headed a cue, times it occurred.\n"
        << "claimgraph-cue-words 1\n";
  long kept = 0;
  for (const auto& [word, c] : counts) {
    // One cue word shared by several attributions is counted once per
    // attribution, so the count may exceed the occurrences.
    const long cue = std::min(c.cue, c.total);
    if (cue < min_cue) continue;
    words << word << '\t' << cue << '\t' << c.total << '\n';
    ++kept;
  }
  if (!WriteFile(out, words.str())) return 1;
  std::printf("train_attribution: %zu articles, %ld cue words written to %s\n", loaded.size(),
              kept, out.c_str());

  // Second pass: the tagger's instances.
  auto learned = claimgraph::extract::LearnedCues::Parse(words.str(), out);
  if (!learned.ok()) return 1;
  claimgraph::train::Dataset cues(kBuckets), roles(kBuckets);
  for (const Loaded& item : loaded) {
    const claimgraph::Article& a = item.article;
    const BodyTokens body = claimgraph::extract::TokenizeBody(
        a.text, Span{std::min(a.body_begin, a.text.size()), a.text.size()});
    AddArticle(body, item.gold, learned.value(), &cues, &roles);
  }
  std::printf("train_attribution: cue model on %zu tokens (%zu in cues)\n", cues.size(),
              cues.CountOf(1));
  const auto cue_model = claimgraph::train::Train(cues, {"O", "CUE"}, cue_c, min_weight);
  std::printf("train_attribution: role model on %zu tokens (%zu source, %zu content)\n",
              roles.size(), roles.CountOf(1), roles.CountOf(2));
  const auto role_model =
      claimgraph::train::Train(roles, {"O", "SOURCE", "CONTENT"}, role_c, min_weight);
  const fs::path dir = fs::path(out).parent_path();
  namespace ex = claimgraph::extract;
  if (!WriteFile(dir / ex::kCueModelFile, cue_model.Serialize()) ||
      !WriteFile(dir / ex::kRoleModelFile, role_model.Serialize())) {
    return 1;
  }
  std::printf("train_attribution: wrote %s and %s\n", (dir / ex::kCueModelFile).c_str(),
              (dir / ex::kRoleModelFile).c_str());
  return 0;
}
