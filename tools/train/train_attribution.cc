// train_attribution: learns models/cue_words.tsv from PolNeAR brat files.
//
//   train_attribution --corpus polnear/train --out models/cue_words.tsv
//
// For every word form it counts how often the word heads an annotated cue
// (the first cue word that is not an auxiliary, adverb, negation or "to":
// "has also said" -> "said") and how often it occurs in the texts. The
// extractor turns frequent, reliable heads into cues (see
// engine/extract/learned_cues.h). The file holds word forms and counts, no
// corpus text. Deterministic: the same corpus gives the same file.
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
#include "extract/word_classes.h"
#include "text/tokens.h"

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

}  // namespace

int main(int argc, char** argv) {
  std::string corpus, out;
  long min_cue = 2;
  CLI::App app{"Learn the claimgraph cue-word model from PolNeAR brat annotations"};
  app.add_option("--corpus", corpus, "Corpus folder with text/ and attributions/")->required();
  app.add_option("--out", out, "Model file to write")->required();
  app.add_option("--min-cue", min_cue, "Keep words heading at least this many cues");
  CLI11_PARSE(app, argc, argv);

  std::map<std::string, WordCounts> counts;
  long articles = 0;
  for (const auto& [name, ann_path] : AnnotationFiles(fs::path(corpus) / "attributions")) {
    const fs::path text_path = fs::path(corpus) / "text" / (name + ".txt");
    if (!fs::exists(text_path)) continue;
    const std::string text = ReadAll(text_path);
    auto gold = claimgraph::eval::ParseBrat(JoinContinuationLines(ReadAll(ann_path)), text,
                                            ann_path.string());
    if (!gold.ok()) {
      std::fprintf(stderr, "train_attribution: %s\n", gold.status().ToString().c_str());
      return 1;
    }
    ++articles;
    for (const Token& t : claimgraph::text::Tokenize(text, Span{0, text.size()})) {
      if (t.type == TokenType::kWord) ++counts[t.lower].total;
    }
    for (const auto& attribution : gold.value()) {
      if (attribution.cue.empty()) continue;
      for (const Token& t : claimgraph::text::Tokenize(text, attribution.cue.front())) {
        if (SkippedInCue(t)) continue;
        ++counts[t.lower].cue;
        break;
      }
    }
  }
  std::ofstream file(out, std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "train_attribution: cannot write %s\n", out.c_str());
    return 1;
  }
  file << "# Cue words learned from " << articles
       << " annotated articles: word, times it headed a cue, times it occurred.\n"
       << "claimgraph-cue-words 1\n";
  long kept = 0;
  for (const auto& [word, c] : counts) {
    // One cue word shared by several attributions is counted once per
    // attribution, so the count may exceed the occurrences.
    const long cue = std::min(c.cue, c.total);
    if (cue < min_cue) continue;
    file << word << '\t' << cue << '\t' << c.total << '\n';
    ++kept;
  }
  std::printf("train_attribution: %ld articles, %ld cue words written to %s\n", articles, kept,
              out.c_str());
  return file.good() ? 0 : 1;
}
