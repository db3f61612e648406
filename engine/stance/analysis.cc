#include "stance/analysis.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "link/lemmatizer.h"
#include "link/stop_words.h"
#include "stance/antonyms_internal.h"
#include "stance/lexicon_internal.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace claimgraph::stance {
namespace {

using internal::CueClass;

void SortUnique(std::vector<TermId>* ids) {
  std::sort(ids->begin(), ids->end());
  ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
}

TermCounts ToCounts(const std::map<TermId, int>& counts) {
  return TermCounts(counts.begin(), counts.end());
}

std::uint8_t CueFlag(CueClass cue_class) {
  switch (cue_class) {
    case CueClass::kRefute: return kRefuteCue;
    case CueClass::kHedge: return kHedgeCue;
    case CueClass::kConfirm: return kConfirmCue;
    case CueClass::kNone: return 0;
  }
  return 0;
}

// Content terms of text[span] (for statements), sorted and distinct.
std::vector<TermId> ContentTerms(std::string_view text, Span span) {
  std::vector<TermId> terms;
  for (const text::Token& token : text::Tokenize(text, span)) {
    if (token.type == text::TokenType::kNumber) terms.push_back(HashTerm(token.lower));
    if (token.type != text::TokenType::kWord || link::IsStopWord(token.lower)) continue;
    std::string lemma = link::KeyLemma(token.lower).text;
    if (!link::IsStopWord(lemma) && !link::IsNegator(token.lower)) terms.push_back(HashTerm(lemma));
  }
  SortUnique(&terms);
  return terms;
}

struct Builder {
  TextAnalysis* out;
  bool antonyms;
  std::map<TermId, int> all_terms;
  std::set<std::string> vocabulary;

  void AddSentence(std::string_view text, Span span) {
    SentenceTerms sentence;
    sentence.span = span;
    std::map<TermId, int> counts;
    TermId previous = 0;
    bool first_word = true;
    for (const text::Token& token : text::Tokenize(text, span)) {
      ++out->tokens;
      if (token.type == text::TokenType::kNumber) {
        TermId id = HashTerm(token.lower);
        ++counts[id];
        out->numbers.push_back(id);
        vocabulary.insert(token.lower);
        continue;
      }
      if (token.type != text::TokenType::kWord) continue;
      AddWord(token, first_word, &sentence, &counts, &previous);
      first_word = false;
    }
    for (const auto& [id, n] : counts) all_terms[id] += n;
    sentence.terms = ToCounts(counts);
    out->sentences.push_back(std::move(sentence));
  }

  void AddWord(const text::Token& token, bool first_word, SentenceTerms* sentence,
               std::map<TermId, int>* counts, TermId* previous) {
    const std::string& lower = token.lower;
    std::string base = link::Lemmatize(lower);
    int cue = internal::CueIndex(lower, base);
    if (cue >= 0) {
      sentence->cue_words.set(static_cast<std::size_t>(cue));
      sentence->flags |= CueFlag(internal::CueWords()[cue].cue_class);
    }
    if (link::IsHedge(lower)) sentence->flags |= kHedgeCue;
    if (link::IsNegator(lower) || link::IsNegativeVerb(base)) sentence->flags |= kNegation;
    if (link::IsStopWord(lower) || link::IsNegator(lower)) return;
    std::string lemma = link::KeyLemma(lower).text;
    if (link::IsStopWord(lemma)) return;
    TermId id = HashTerm(lemma);
    ++(*counts)[id];
    if (*previous != 0) out->bigrams.push_back(*previous * 1099511628211ULL ^ id);
    *previous = id;
    if (token.capitalized && !first_word) out->capitalised.push_back(id);
    if (antonyms) AddAntonyms(lower, base);
    vocabulary.insert(std::move(lemma));
  }

  void AddAntonyms(const std::string& lower, const std::string& base) {
    const auto& table = internal::Antonyms::Default();
    for (const std::string* word : {&lower, &base}) {
      if (const auto* found = table.Find(*word)) {
        for (const std::string& antonym : *found) {
          out->antonyms.push_back(HashTerm(link::KeyLemma(antonym).text));
        }
      }
    }
  }
};

}  // namespace

TermId HashTerm(std::string_view term) {
  TermId hash = 14695981039346656037ULL;
  for (unsigned char c : term) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash == 0 ? 1 : hash;  // 0 marks "no previous term" in bigrams
}

Idf::Idf(std::unordered_map<std::string, double> by_term, double unknown)
    : by_term_(std::move(by_term)), unknown_(unknown) {
  by_id_.reserve(by_term_.size());
  for (const auto& [term, weight] : by_term_) by_id_.emplace(HashTerm(term), weight);
}

Idf Idf::FromDocuments(const std::vector<const std::vector<std::string>*>& vocabularies,
                       int min_df) {
  std::unordered_map<std::string, int> df;
  for (const auto* vocabulary : vocabularies) {
    for (const std::string& term : *vocabulary) ++df[term];
  }
  const double documents = static_cast<double>(vocabularies.size());
  std::unordered_map<std::string, double> weights;
  for (const auto& [term, count] : df) {
    if (count >= min_df) weights.emplace(term, std::log((1 + documents) / (1 + count)) + 1);
  }
  return Idf(std::move(weights), std::log((1 + documents) / 1.0) + 1);
}

double Idf::Weight(TermId term) const {
  auto it = by_id_.find(term);
  return it == by_id_.end() ? unknown_ : it->second;
}

TextAnalysis Analyse(std::string_view text, Span range, const AnalysisOptions& options) {
  TextAnalysis analysis;
  Builder builder{&analysis, options.antonyms, {}, {}};
  for (const Span& span : text::SplitSentences(text, range)) builder.AddSentence(text, span);
  analysis.terms = ToCounts(builder.all_terms);
  analysis.vocabulary.assign(builder.vocabulary.begin(), builder.vocabulary.end());
  SortUnique(&analysis.bigrams);
  SortUnique(&analysis.capitalised);
  SortUnique(&analysis.numbers);
  SortUnique(&analysis.antonyms);
  std::string_view trimmed = range.in(text);
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) {
    trimmed.remove_suffix(1);
  }
  analysis.question = !trimmed.empty() && trimmed.back() == '?';
  if (options.extractor != nullptr) {
    Article article;
    article.text = std::string(text);
    article.body_begin = range.begin;
    for (const Statement& statement : options.extractor->Extract(article)) {
      StatementTerms terms;
      for (const Span& part : statement.content) {
        auto more = ContentTerms(text, part);
        terms.terms.insert(terms.terms.end(), more.begin(), more.end());
      }
      SortUnique(&terms.terms);
      terms.denied = statement.polarity == Polarity::kDenied;
      terms.hedged = statement.hedged;
      if (!terms.terms.empty()) analysis.statements.push_back(std::move(terms));
    }
  }
  return analysis;
}

namespace {

double Norm(const Idf& idf, const TermCounts& terms) {
  double sum = 0;
  for (const auto& [id, count] : terms) {
    double w = count * idf.Weight(id);
    sum += w * w;
  }
  return std::sqrt(sum);
}

}  // namespace

void ApplyIdf(const Idf& idf, TextAnalysis* analysis) {
  analysis->norm = Norm(idf, analysis->terms);
  for (SentenceTerms& sentence : analysis->sentences) sentence.norm = Norm(idf, sentence.terms);
}

}  // namespace claimgraph::stance
