#include "extract/cue_phrases.h"

#include <algorithm>
#include <charconv>
#include <string>

#include "extract/model_files.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

bool ParseCount(std::string_view field, long* out) {
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), *out);
  return ec == std::errc() && end == field.data() + field.size() && *out >= 0;
}

// Splits at single spaces; false on an empty word (double or edge space).
bool SplitWords(std::string_view phrase, std::vector<std::string>* words) {
  std::size_t at = 0;
  while (true) {
    const std::size_t space = phrase.find(' ', at);
    const std::string_view word = phrase.substr(at, space - at);
    if (word.empty()) return false;
    words->emplace_back(word);
    if (space == std::string_view::npos) return true;
    at = space + 1;
  }
}

// Splits "a\tb\tc\td" into its four fields.
bool SplitFields(std::string_view line, std::string_view fields[4]) {
  for (int f = 0; f < 3; ++f) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return false;
    fields[f] = line.substr(0, tab);
    line.remove_prefix(tab + 1);
  }
  fields[3] = line;
  return line.find('\t') == std::string_view::npos;
}

bool IsWordToken(const text::Token& t) {
  return t.type == TokenType::kWord || t.type == TokenType::kNumber;
}

bool Overlaps(TokenRange a, TokenRange b) { return a.begin < b.end && b.begin < a.end; }

// The tokens lying within a byte span.
TokenRange TokensOf(const BodyTokens& body, Span span) {
  if (span.end <= span.begin) return {};
  const auto& t = body.tokens;
  auto starts_before = [](const text::Token& a, std::size_t at) { return a.span.begin < at; };
  const auto first = std::lower_bound(t.begin(), t.end(), span.begin, starts_before);
  const auto last = std::lower_bound(first, t.end(), span.end, starts_before);
  return TokenRange{static_cast<std::size_t>(first - t.begin()),
                    static_cast<std::size_t>(last - t.begin())};
}

}  // namespace

Result<CuePhrases> CuePhrases::Parse(std::string_view content, const std::string& origin) {
  CuePhrases out;
  bool header = false;
  ModelLines lines(content);
  std::string_view line;
  while (lines.Next(&line)) {
    const std::string where = origin + ":" + std::to_string(lines.line_no());
    if (!header) {
      if (line != kCuePhrasesHeader) {
        return Status::Corruption(where + ": expected header '" + std::string(kCuePhrasesHeader) +
                                  "'");
      }
      header = true;
      continue;
    }
    std::string_view fields[4];
    CuePhrase phrase;
    if (!SplitFields(line, fields) || !SplitWords(fields[0], &phrase.words) ||
        !ParseCount(fields[1], &phrase.inside) || !ParseCount(fields[2], &phrase.overlapping) ||
        !ParseCount(fields[3], &phrase.total) || phrase.inside > phrase.overlapping ||
        phrase.overlapping > phrase.total) {
      return Status::Corruption(where +
                                ": expected phrase<TAB>inside<TAB>overlapping<TAB>occurrences");
    }
    if (phrase.words.size() < 2 || phrase.words.size() > kMaxPhraseWords) {
      return Status::Corruption(where + ": a phrase has 2 to " + std::to_string(kMaxPhraseWords) +
                                " words");
    }
    const auto wild = std::count(phrase.words.begin(), phrase.words.end(), kAnyWord);
    if (wild > 1 || (wild == 1 && phrase.words.size() != 2)) {
      return Status::Corruption(where + ": only a phrase of two words may hold one '*'");
    }
    if (phrase.words.front() == kAnyWord) {
      out.by_second_[phrase.words.back()].push_back(out.phrases_.size());
    } else {
      out.by_first_[phrase.words.front()].push_back(out.phrases_.size());
    }
    out.phrases_.push_back(std::move(phrase));
  }
  if (!header) return Status::Corruption(origin + ": empty cue phrase file");
  return out;
}

Result<CuePhrases> CuePhrases::Load(const std::filesystem::path& path) {
  Result<std::string> content = ReadModelFile(path, "cue phrase file");
  if (!content.ok()) return content.status();
  return Parse(content.value(), path.string());
}

std::vector<PhraseMatch> CuePhrases::Find(const BodyTokens& body, long min_inside) const {
  std::vector<PhraseMatch> matches;
  if (phrases_.empty()) return matches;
  const std::vector<text::Token>& tokens = body.tokens;
  auto add_at = [&](std::size_t i, const std::vector<std::size_t>& candidates) {
    for (const std::size_t p : candidates) {
      const CuePhrase& phrase = phrases_[p];
      if (phrase.inside < min_inside || i + phrase.words.size() > tokens.size()) continue;
      const std::size_t end = i + phrase.words.size();
      bool ok = body.sentence_of[end - 1] == body.sentence_of[i];
      for (std::size_t k = 0; ok && k < phrase.words.size(); ++k) {
        ok = IsWordToken(tokens[i + k]) &&
             (phrase.words[k] == kAnyWord || tokens[i + k].lower == phrase.words[k]);
      }
      if (ok) matches.push_back({TokenRange{i, end}, &phrase});
    }
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!IsWordToken(tokens[i])) continue;
    if (i + 1 < tokens.size()) {
      const auto second = by_second_.find(tokens[i + 1].lower);
      if (second != by_second_.end()) add_at(i, second->second);
    }
    const auto first = by_first_.find(tokens[i].lower);
    if (first != by_first_.end()) add_at(i, first->second);
  }
  return matches;
}

void ExtendCueMarks(const std::vector<PhraseMatch>& matches, double min_precision,
                    std::vector<char>* marks) {
  // Each pass marks at least one more token or stops, so this ends.
  for (bool changed = true; changed;) {
    changed = false;
    for (const PhraseMatch& m : matches) {
      if (m.phrase->ExtendPrecision() < min_precision) continue;
      bool touches = false, full = true;
      for (std::size_t k = m.range.begin; k < m.range.end; ++k) {
        touches = touches || (*marks)[k];
        full = full && (*marks)[k];
      }
      if (!touches || full) continue;
      for (std::size_t k = m.range.begin; k < m.range.end; ++k) (*marks)[k] = 1;
      changed = true;
    }
  }
}

TokenRange ExtendCue(const std::vector<PhraseMatch>& matches, TokenRange cue, double min_precision,
                     const std::vector<char>& blocked) {
  for (bool changed = true; changed;) {
    changed = false;
    for (const PhraseMatch& m : matches) {
      if (!Overlaps(m.range, cue) || m.phrase->ExtendPrecision() < min_precision ||
          (m.range.begin >= cue.begin && m.range.end <= cue.end)) {
        continue;
      }
      bool free = true;
      for (std::size_t k = m.range.begin; free && k < m.range.end; ++k) {
        free = (k >= cue.begin && k < cue.end) || !blocked[k];
      }
      if (!free) continue;
      cue = TokenRange{std::min(cue.begin, m.range.begin), std::max(cue.end, m.range.end)};
      changed = true;
    }
  }
  return cue;
}

void ExtendStatementCues(const BodyTokens& body, const std::vector<PhraseMatch>& matches,
                         double min_precision, std::vector<Statement>* statements) {
  std::vector<char> blocked(body.tokens.size(), 0);
  for (Statement& st : *statements) {
    const TokenRange cue = TokensOf(body, st.cue);
    if (cue.empty()) continue;
    std::fill(blocked.begin(), blocked.end(), 0);
    auto block = [&](Span span) {
      const TokenRange r = TokensOf(body, span);
      for (std::size_t k = r.begin; k < r.end; ++k) blocked[k] = 1;
    };
    block(st.source);
    for (const Span& part : st.content) block(part);
    const TokenRange wide = ExtendCue(matches, cue, min_precision, blocked);
    if (wide.begin != cue.begin || wide.end != cue.end) st.cue = body.ToSpan(wide);
  }
}

std::vector<char> MarkPhraseCues(const std::vector<PhraseMatch>& matches, double min_precision,
                                 const std::vector<int>& claimed, std::vector<char>* marks_out) {
  std::vector<char>& marks = *marks_out;
  std::vector<char> created(marks.size(), 0);
  for (const PhraseMatch& m : matches) {
    if (m.phrase->CreatePrecision() < min_precision) continue;
    bool free = true;
    for (std::size_t k = m.range.begin; free && k < m.range.end; ++k) {
      free = !marks[k] && claimed[k] == 0;
    }
    if (!free) continue;
    for (std::size_t k = m.range.begin; k < m.range.end; ++k) marks[k] = created[k] = 1;
  }
  return created;
}

TokenRange WidenRun(const BodyTokens& body, TokenRange run, const std::vector<char>& wide) {
  const TokenRange sentence = body.sentences[body.sentence_of[run.begin]].tokens;
  while (run.begin > sentence.begin && wide[run.begin - 1]) --run.begin;
  while (run.end < sentence.end && wide[run.end]) ++run.end;
  return run;
}

}  // namespace claimgraph::extract
