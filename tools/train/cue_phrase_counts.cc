#include "cue_phrase_counts.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "extract/cue_phrases.h"

namespace claimgraph::train {
namespace {

using text::TokenType;
constexpr std::size_t kMaxWords = extract::kMaxPhraseWords;

struct Counts {
  long inside = 0, overlapping = 0, total = 0;
};

bool IsWordToken(const text::Token& t) {
  return t.type == TokenType::kWord || t.type == TokenType::kNumber;
}

// The lower-cased words of tokens [begin, end) joined by spaces.
std::string PhraseAt(const std::vector<text::Token>& tokens, std::size_t begin, std::size_t end) {
  std::string phrase = tokens[begin].lower;
  for (std::size_t k = begin + 1; k < end; ++k) phrase += ' ' + tokens[k].lower;
  return phrase;
}

// A word must be free of the file's separators to be written.
bool Writable(const std::string& phrase) {
  return phrase.find_first_of("\t\n\r") == std::string::npos;
}

}  // namespace

void CuePhraseCounter::Add(std::vector<text::Token> tokens,
                           const std::vector<std::vector<Span>>& cues) {
  Doc doc{std::move(tokens), {}};
  doc.cues_of.resize(doc.tokens.size());
  for (std::size_t c = 0; c < cues.size(); ++c) {
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
      for (const Span& s : cues[c]) {
        if (doc.tokens[i].span.begin < s.end && s.begin < doc.tokens[i].span.end) {
          doc.cues_of[i].push_back(static_cast<int>(c));
          break;
        }
      }
    }
  }
  docs_.push_back(std::move(doc));
}

std::string CuePhraseCounter::Serialize(long min_inside) const {
  // The candidates: word runs of length >= 2 within one cue.
  std::map<std::string, Counts> counts;
  auto in_one_cue = [](const Doc& d, std::size_t begin, std::size_t end) {
    std::vector<int> common = d.cues_of[begin];
    for (std::size_t k = begin + 1; k < end && !common.empty(); ++k) {
      std::vector<int> both;
      std::set_intersection(common.begin(), common.end(), d.cues_of[k].begin(), d.cues_of[k].end(),
                            std::back_inserter(both));
      common.swap(both);
    }
    return !common.empty();
  };
  auto for_each_ngram = [](const Doc& d, auto&& visit) {
    for (std::size_t i = 0; i < d.tokens.size(); ++i) {
      for (std::size_t end = i + 1; end <= std::min(d.tokens.size(), i + kMaxWords); ++end) {
        if (!IsWordToken(d.tokens[end - 1])) break;
        if (end - i >= 2) visit(i, end);
      }
    }
  };
  // Each word run, and a pair of words also as "w *" and "* w".
  auto for_each_form = [](const Doc& d, std::size_t b, std::size_t e, auto&& visit) {
    visit(PhraseAt(d.tokens, b, e));
    if (e - b != 2) return;
    visit(d.tokens[b].lower + " *");
    visit("* " + d.tokens[b + 1].lower);
  };
  for (const Doc& d : docs_) {
    for_each_ngram(d, [&](std::size_t b, std::size_t e) {
      if (in_one_cue(d, b, e)) for_each_form(d, b, e, [&](const std::string& p) { counts[p]; });
    });
  }
  for (const Doc& d : docs_) {
    for_each_ngram(d, [&](std::size_t b, std::size_t e) {
      bool overlaps = false;
      for (std::size_t k = b; k < e; ++k) overlaps = overlaps || !d.cues_of[k].empty();
      const bool inside = in_one_cue(d, b, e);
      for_each_form(d, b, e, [&](const std::string& p) {
        auto it = counts.find(p);
        if (it == counts.end()) return;
        ++it->second.total;
        if (overlaps) ++it->second.overlapping;
        if (inside) ++it->second.inside;
      });
    });
  }
  std::ostringstream out;
  out << "# Multiword cue phrases learned from " << docs_.size()
      << " annotated articles: phrase, occurrences inside a cue, overlapping a cue, in all.\n"
      << extract::kCuePhrasesHeader << '\n';
  for (const auto& [phrase, c] : counts) {
    if (c.inside < min_inside || !Writable(phrase)) continue;
    out << phrase << '\t' << c.inside << '\t' << c.overlapping << '\t' << c.total << '\n';
  }
  return out.str();
}

}  // namespace claimgraph::train
