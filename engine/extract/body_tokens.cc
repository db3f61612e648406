#include "extract/body_tokens.h"

#include <string_view>
#include <vector>

#include "text/sentences.h"

namespace claimgraph::extract {
namespace {

bool IsDoubleQuote(std::string_view mark) {
  return mark == "\"" || mark == "''" || mark == "\u2018\u2018" || mark == "\u2019\u2019" ||
         mark == "``" || mark == "\u201C" || mark == "\u201D" || mark == "\u201E" ||
         mark == "\u00AB" || mark == "\u00BB";
}

// Pairs open and close quotes of one family within each paragraph with a
// stack, so nested quotes ("“... ‘x’ ...”") pair correctly.
void PairQuotes(std::string_view text, BodyTokens& body) {
  body.quote_partner.assign(body.tokens.size(), -1);
  std::vector<std::size_t> stacks[2];
  int paragraph = -1;
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    const int para = body.sentences[body.sentence_of[i]].paragraph;
    if (para != paragraph) {
      stacks[0].clear();
      stacks[1].clear();
      paragraph = para;
    }
    const text::Token& t = body.tokens[i];
    if (t.type != text::TokenType::kOpenQuote && t.type != text::TokenType::kCloseQuote) continue;
    auto& stack = stacks[IsDoubleQuote(t.span.in(text)) ? 0 : 1];
    if (t.type == text::TokenType::kOpenQuote) {
      stack.push_back(i);
    } else if (!stack.empty()) {
      const std::size_t open = stack.back();
      stack.pop_back();
      body.quote_partner[open] = static_cast<int>(i);
      body.quote_partner[i] = static_cast<int>(open);
    }
  }
}

void MarkQuoted(std::string_view text, BodyTokens& body) {
  body.in_quote.assign(body.tokens.size(), false);
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    const text::Token& t = body.tokens[i];
    if (t.type != text::TokenType::kOpenQuote || !IsDoubleQuote(t.span.in(text))) continue;
    const int p = body.quote_partner[i];
    const std::size_t end = p > static_cast<int>(i)
                                ? static_cast<std::size_t>(p)
                                : body.sentences[body.sentence_of[i]].tokens.end;
    for (std::size_t k = i + 1; k < end; ++k) body.in_quote[k] = true;
  }
}

bool IsSingleQuoteMark(const text::Token& t, std::string_view text) {
  if (t.type != text::TokenType::kOpenQuote && t.type != text::TokenType::kCloseQuote) return false;
  const std::string_view m = t.span.in(text);
  return m == "'" || m == "\u2018" || m == "\u2019" || m == "`";
}

// Newswire double quotes typed as two single marks ("''Yes,'' he said"):
// two adjacent single quote tokens become one double quote, opening if the
// first one opens.
void MergeDoubledSingles(std::string_view text, std::vector<text::Token>& tokens) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i + 1 < tokens.size() && IsSingleQuoteMark(tokens[i], text) &&
        IsSingleQuoteMark(tokens[i + 1], text) && tokens[i].span.end == tokens[i + 1].span.begin) {
      tokens[i].span.end = tokens[i + 1].span.end;
      tokens[i].lower = "\"";
      tokens[out++] = std::move(tokens[i]);
      ++i;
      continue;
    }
    if (out != i) tokens[out] = std::move(tokens[i]);
    ++out;
  }
  tokens.resize(out);
}

}  // namespace

BodyTokens TokenizeBody(std::string_view text, Span body) {
  BodyTokens out;
  int paragraph = 0;
  std::size_t prev_end = body.begin;
  for (const Span& s : text::SplitSentences(text, body)) {
    if (text.substr(prev_end, s.begin - prev_end).find('\n') != std::string_view::npos) {
      ++paragraph;
    }
    prev_end = s.end;
    SentenceRef ref;
    ref.span = s;
    ref.paragraph = paragraph;
    ref.tokens.begin = out.tokens.size();
    std::vector<text::Token> sentence_tokens = text::Tokenize(text, s);
    MergeDoubledSingles(text, sentence_tokens);
    for (text::Token& t : sentence_tokens) {
      out.tokens.push_back(std::move(t));
      out.sentence_of.push_back(out.sentences.size());
    }
    ref.tokens.end = out.tokens.size();
    out.sentences.push_back(ref);
  }
  PairQuotes(text, out);
  MarkQuoted(text, out);
  return out;
}

}  // namespace claimgraph::extract
