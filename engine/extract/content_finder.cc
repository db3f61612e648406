#include "extract/content_finder.h"

#include <string_view>

#include "extract/source_finder.h"
#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

bool IsTrimmablePunct(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "." || w == "!" || w == "?" || w == "—" ||
         w == "–" || w == "-" || w == "--";
}

bool IsAdjunctPreposition(std::string_view w) {
  return w == "in" || w == "on" || w == "at" || w == "during" || w == "via" || w == "through" ||
         w == "to" || w == "with" || w == "after" || w == "before" || w == "from" || w == "over";
}

bool IsAdjunctWord(const BodyTokens& body, std::size_t i) {
  const text::Token& t = body.tokens[i];
  if (t.type == TokenType::kNumber) return true;
  if (t.type != TokenType::kWord) return false;
  const std::string& w = t.lower;
  return IsSourceWord(t) || IsDeterminer(w) || w == "'s" || w == "of" ||
         (!IsNpStopWord(w) && !IsAuxiliary(w) && !w.ends_with("ly"));
}

// Whether token i can open a content or end the adjunct chain.
bool IsContentOpener(const BodyTokens& body, std::size_t i, std::size_t limit) {
  if (i >= limit) return true;
  const std::string& w = body.tokens[i].lower;
  return w == "," || w == "that" || w == ":" || body.IsOpenQuote(i) ||
         OnlyTrailingPunct(body, i, limit);
}

// Drops punctuation at both ends; a closing quote stays when its opening
// mark is inside the range.
TokenRange Trim(const BodyTokens& body, TokenRange r) {
  while (!r.empty() && IsTrimmablePunct(body.tokens[r.begin].lower)) ++r.begin;
  while (!r.empty()) {
    const std::size_t last = r.end - 1;
    if (body.IsCloseQuote(last)) {
      const int p = body.quote_partner[last];
      if (p >= 0 && static_cast<std::size_t>(p) >= r.begin) break;
      --r.end;
    } else if (IsTrimmablePunct(body.tokens[last].lower) ||
               body.tokens[last].type == TokenType::kOpenQuote) {
      --r.end;
    } else {
      break;
    }
  }
  return r;
}

std::optional<ContentPart> Part(const BodyTokens& body, TokenRange r, bool direct) {
  r = Trim(body, r);
  if (r.empty()) return std::nullopt;
  // A range that is one whole quotation is direct speech.
  if (!direct && body.IsOpenQuote(r.begin) &&
      body.quote_partner[r.begin] == static_cast<int>(r.end - 1)) {
    return Part(body, {r.begin + 1, r.end - 1}, true);
  }
  return ContentPart{r, direct};
}

}  // namespace

bool OnlyTrailingPunct(const BodyTokens& body, std::size_t k, std::size_t limit) {
  for (std::size_t i = k; i < limit; ++i) {
    const text::Token& t = body.tokens[i];
    if (t.type == TokenType::kCloseQuote) continue;
    if (t.type == TokenType::kPunct &&
        (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == ")")) {
      continue;
    }
    return false;
  }
  return true;
}

std::size_t SkipAdjuncts(const BodyTokens& body, std::size_t k, std::size_t limit) {
  std::size_t j = k;
  while (j < limit) {
    const text::Token& t = body.tokens[j];
    if (t.type == TokenType::kWord && IsTimeWord(t.lower)) {
      ++j;
      continue;
    }
    if (t.type != TokenType::kWord || !IsAdjunctPreposition(t.lower)) break;
    std::size_t m = j + 1;
    while (m < limit && m < j + 8 && IsAdjunctWord(body, m)) ++m;
    if (m == j + 1) break;
    const bool chain_continues = m < limit && (IsAdjunctPreposition(body.tokens[m].lower) ||
                                               IsTimeWord(body.tokens[m].lower));
    if (!chain_continues && !IsContentOpener(body, m, limit)) break;
    j = m;
  }
  if (j == k) return k;
  return IsContentOpener(body, j, limit) ? j : k;
}

std::optional<ContentPart> QuotationAt(const BodyTokens& body, std::size_t open) {
  if (!body.IsOpenQuote(open)) return std::nullopt;
  const int p = body.quote_partner[open];
  if (p <= static_cast<int>(open)) return std::nullopt;
  return Part(body, {open + 1, static_cast<std::size_t>(p)}, true);
}

std::optional<ContentPart> ContentAfter(const BodyTokens& body, std::size_t k, std::size_t limit) {
  if (k < limit && (body.Is(k, ":") || body.Is(k, ",")) && body.IsOpenQuote(k + 1)) ++k;
  // The complementiser "that" stays: PolNeAR's contents include it (2,755
  // of 22,525 train contents open with it, 31 follow it).
  if (k < limit && (body.Is(k, "of") || body.Is(k, "about"))) ++k;
  if (k >= limit) return std::nullopt;
  if (body.IsOpenQuote(k)) {
    const int p = body.quote_partner[k];
    if (p > static_cast<int>(k)) {
      const std::size_t close = static_cast<std::size_t>(p);
      if (body.sentence_of[close] != body.sentence_of[k] ||
          OnlyTrailingPunct(body, close + 1, limit)) {
        return Part(body, {k + 1, close}, true);
      }
    }
  }
  std::size_t e = k;
  for (std::size_t t = k; t < limit; ++t) {
    if (body.IsOpenQuote(t) && body.quote_partner[t] > static_cast<int>(t)) {
      const std::size_t close = static_cast<std::size_t>(body.quote_partner[t]);
      if (close >= limit) break;
      t = close;
      e = t + 1;
      continue;
    }
    const std::string& w = body.tokens[t].lower;
    if (w == ";") break;
    if (w == "," && t + 1 < limit && body.tokens[t + 1].type == TokenType::kWord) {
      const text::Token& n = body.tokens[t + 1];
      if (IsContentBreaker(n.lower) || n.lower == "according") break;
      if (!n.capitalized && n.lower.size() > 4 && n.lower.ends_with("ing") &&
          n.lower != "including") {
        break;
      }
    }
    e = t + 1;
  }
  return Part(body, {k, e}, false);
}

std::optional<ContentPart> ContentBefore(const BodyTokens& body, std::size_t floor,
                                         std::size_t end) {
  // "“Q?” Clinton said." split after the quotation: the attribution starts
  // its own sentence and the quotation ends the previous one.
  if (end == floor && floor > 0 && body.IsCloseQuote(floor - 1) &&
      body.sentences[body.sentence_of[floor - 1]].paragraph ==
          body.sentences[body.sentence_of[floor]].paragraph) {
    const int p = body.quote_partner[floor - 1];
    if (p >= 0) return QuotationAt(body, static_cast<std::size_t>(p));
  }
  if (end <= floor) return std::nullopt;
  std::size_t e = end;
  bool separated = false;
  const std::string& last = body.tokens[e - 1].lower;
  if (last == "," || last == "—" || last == "–" || last == "--" || last == ":") {
    separated = true;
    --e;
  }
  if (e > 0 && body.IsCloseQuote(e - 1)) {
    const int p = body.quote_partner[e - 1];
    if (p >= 0) {
      const std::size_t open = static_cast<std::size_t>(p);
      if (open <= floor) return Part(body, {open + 1, e - 1}, true);
      return Part(body, {floor, e}, false);
    }
    separated = true;
  }
  if (!separated || e <= floor) return std::nullopt;
  return Part(body, {floor, e}, false);
}

void AttachLinkingPreposition(const BodyTokens& body, TokenRange* cue, TokenRange* first) {
  const std::size_t k = cue->end;
  if (first->begin != k && first->begin != k + 1) return;
  if (k >= body.tokens.size() || body.tokens[k].type != TokenType::kWord) return;
  const std::string& w = body.tokens[k].lower;
  if (w != "for" && w != "about" && w != "against" && w != "of" && w != "on" && w != "over") {
    return;
  }
  if (first->begin == k) {
    if (first->size() < 2) return;  // the preposition alone is no content
    ++first->begin;
  }
  ++cue->end;
}

}  // namespace claimgraph::extract
