#include "text/tokens.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>

#include "text/abbreviations_internal.h"
#include "text/utf8_internal.h"

namespace claimgraph::text {

namespace {

using internal::DecodeAt;
using internal::PreviousCodePoint;

constexpr char32_t kRightSingle = 0x2019;  // ’: apostrophe or closing single quote

bool IsSpace(char32_t cp) {
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xFEFF || cp == 0x200B;
}
bool IsLetter(char32_t cp) {
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ALPHABETIC);
}
bool IsDigit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }
bool IsMark(char32_t cp) {
  return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & (U_GC_MN_MASK | U_GC_MC_MASK)) != 0;
}
bool IsWordChar(char32_t cp) { return IsLetter(cp) || IsDigit(cp) || IsMark(cp); }
bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == kRightSingle; }
bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool IsOpenQuote(char32_t cp) {
  return cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x201E || cp == 0x201A ||
         cp == 0x2039;
}
bool IsCloseQuote(char32_t cp) { return cp == 0x201D || cp == 0x00BB || cp == 0x203A; }
bool IsDash(char32_t cp) { return cp == 0x2014 || cp == 0x2013 || cp == 0x2015 || cp == 0x2012; }
// Characters after which a straight quote opens rather than closes.
bool IsOpener(char32_t cp) {
  return cp == 0 || IsSpace(cp) || cp == '(' || cp == '[' || cp == '{' || IsOpenQuote(cp) ||
         IsDash(cp) || IsHyphen(cp) || cp == '/';
}

// A bounded view of the range being tokenised: code points outside
// [begin, end) read as 0, so no token can reach across the range.
struct Cursor {
  std::string_view text;
  std::size_t begin;
  std::size_t end;

  char32_t At(std::size_t i, std::size_t* len = nullptr) const {
    char32_t cp = 0;
    // A range that cuts a code point ends the token at the cut.
    const std::size_t n = i < end ? std::min(DecodeAt(text, i, &cp), end - i) : 0;
    if (len != nullptr) *len = n;
    return i < end ? cp : 0;
  }
  char32_t Before(std::size_t i) const { return i > begin ? PreviousCodePoint(text, i) : 0; }
  std::size_t Next(std::size_t i) const {
    std::size_t len = 0;
    At(i, &len);
    return i + len;
  }
};

// End of the word starting at `i`: word characters joined by inner
// apostrophes ("don't"), hyphens ("Biden-Putin") and, between single
// letters, periods ("U.S").
std::size_t ScanWordBody(const Cursor& c, std::size_t i) {
  std::size_t segment_start = i;  // start of the current period-separated part
  while (i < c.end) {
    std::size_t len = 0;
    const char32_t cp = c.At(i, &len);
    if (IsWordChar(cp)) {
      i += len;
      continue;
    }
    const char32_t prev = c.Before(i);
    const char32_t next = c.At(i + len);
    const bool joins =
        (IsApostrophe(cp) && IsLetter(prev) && IsLetter(next)) ||
        (IsHyphen(cp) && IsWordChar(prev) && IsWordChar(next)) ||
        (cp == '.' && IsLetter(prev) && IsLetter(next) && c.Next(segment_start) == i);
    if (!joins) break;
    i += len;
    if (cp == '.') segment_start = i;
  }
  return i;
}

// End of the number starting at digit `i`: 1,000  3.7  12,500.25
std::size_t ScanNumber(const Cursor& c, std::size_t i) {
  const auto digits = [&](std::size_t k) {
    while (k < c.end && IsDigit(c.At(k))) k = c.Next(k);
    return k;
  };
  i = digits(i);
  // Thousands groups: a comma followed by exactly three digits.
  while (c.At(i) == ',' && digits(i + 1) == i + 4) i += 4;
  if (c.At(i) == '.' && IsDigit(c.At(i + 1))) i = digits(i + 1);
  return i;
}

bool IsInitialism(std::string_view stem) {
  // "W", "U.S", "e.g": single letters separated by periods.
  std::size_t i = 0;
  bool single_upper = false;
  while (i < stem.size()) {
    char32_t cp = 0;
    i += DecodeAt(stem, i, &cp);
    if (!IsLetter(cp)) return false;
    single_upper = u_isupper(static_cast<UChar32>(cp));
    if (i == stem.size()) break;
    if (stem[i] != '.') return false;
    ++i;
  }
  return !stem.empty() && (single_upper || stem.find('.') != std::string_view::npos);
}

// Whether the period at `dot` belongs to the word [begin, dot): "Sen.",
// "U.S.", "W.", and "No." in front of a number.
bool KeepsPeriod(const Cursor& c, std::size_t begin, std::size_t dot) {
  if (c.At(dot) != '.' || c.At(dot + 1) == '.') return false;  // not an ellipsis
  std::string_view stem = c.text.substr(begin, dot - begin);
  stem.remove_prefix(std::min(stem.size(), stem.find_last_of('-') + 1));  // "then-Sen."
  std::size_t k = dot + 1;
  while (k < c.end && IsSpace(c.At(k))) k = c.Next(k);
  return internal::IsAbbreviationStem(stem, IsDigit(c.At(k))) || IsInitialism(stem);
}

// Where a clitic starts inside the word [begin, end), or `end` if none:
// 's 're 've 'll 'd 'm split at the apostrophe, n't before the n.
std::size_t CliticStart(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t apostrophe = std::string_view::npos;
  std::size_t apostrophe_len = 0;
  for (std::size_t i = begin; i < end;) {
    char32_t cp = 0;
    const std::size_t len = DecodeAt(text, i, &cp);
    if (IsApostrophe(cp)) {
      apostrophe = i;
      apostrophe_len = len;
    }
    i += len;
  }
  if (apostrophe == std::string_view::npos || apostrophe == begin) return end;
  std::string suffix(text.substr(apostrophe + apostrophe_len, end - apostrophe - apostrophe_len));
  std::transform(suffix.begin(), suffix.end(), suffix.begin(),
                 [](char ch) { return (ch >= 'A' && ch <= 'Z') ? ch + ('a' - 'A') : ch; });
  if (suffix == "s" || suffix == "re" || suffix == "ve" || suffix == "ll" || suffix == "d" ||
      suffix == "m") {
    return apostrophe;
  }
  const char before = text[apostrophe - 1];
  if (suffix == "t" && (before == 'n' || before == 'N') && apostrophe - 1 > begin) {
    return apostrophe - 1;
  }
  return end;
}

std::string Lower(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char ch) { return (ch & 0x80) == 0; })) {
    std::string out(s);
    for (char& ch : out) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + ('a' - 'A'));
    }
    return out;
  }
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase(U_FOLD_CASE_DEFAULT);
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(kRightSingle)),
                   icu::UnicodeString(u'\''));
  std::string out;
  u.toUTF8String(out);
  return out;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, Span range)
      : c_{text, std::min(range.begin, text.size()), std::min(range.end, text.size())} {}

  std::vector<Token> Run() {
    std::size_t i = c_.begin;
    while (i < c_.end) {
      std::size_t len = 0;
      const char32_t cp = c_.At(i, &len);
      if (IsSpace(cp)) {
        i += len;
      } else if (IsWordChar(cp)) {
        i = Word(i);
      } else {
        i = Symbol(i, cp, len);
      }
    }
    return std::move(tokens_);
  }

 private:
  void Emit(std::size_t begin, std::size_t end, TokenType type) {
    Token token;
    token.span = Span{begin, end};
    token.type = type;
    token.lower = Lower(token.span.in(c_.text));
    const char32_t first = c_.At(begin);
    token.capitalized =
        u_isupper(static_cast<UChar32>(first)) || u_istitle(static_cast<UChar32>(first));
    tokens_.push_back(std::move(token));
  }

  std::size_t Word(std::size_t begin) {
    std::size_t end = begin;
    TokenType type = TokenType::kWord;
    if (IsDigit(c_.At(begin))) {
      end = ScanNumber(c_, begin);
      const char32_t next = c_.At(end);
      if (IsWordChar(next) || (IsHyphen(next) && IsWordChar(c_.At(c_.Next(end))))) {
        end = ScanWordBody(c_, end);  // "3rd", "COVID-19"-like, "20-year-old"
      } else {
        type = TokenType::kNumber;
        if (next == '%') ++end;
      }
    } else {
      end = ScanWordBody(c_, begin);
    }
    if (type == TokenType::kWord && KeepsPeriod(c_, begin, end)) ++end;
    if (type == TokenType::kWord) {
      // Up to two clitics, peeled from the end: "shouldn't've".
      std::size_t split = CliticStart(c_.text, begin, end);
      std::size_t inner = split < end ? CliticStart(c_.text, begin, split) : split;
      for (const std::size_t cut : {inner, split}) {
        if (cut > begin && cut < end) {
          Emit(begin, cut, type);
          begin = cut;
        }
      }
    }
    Emit(begin, end, type);
    return end;
  }

  std::size_t Symbol(std::size_t i, char32_t cp, std::size_t len) {
    const std::size_t end = i + len;
    if (cp == '.' || cp == '-') {  // "..." and "--" are one token
      std::size_t run = end;
      while (c_.At(run) == cp) ++run;
      if (run - i >= 2) {
        Emit(i, run, TokenType::kPunct);
        return run;
      }
    }
    Emit(i, end, QuoteType(i, cp, end));
    return end;
  }

  // Straight quotes open after white space or an opening bracket and close
  // before white space or punctuation; in between, they alternate.
  TokenType QuoteType(std::size_t i, char32_t cp, std::size_t end) {
    if (IsOpenQuote(cp)) {
      if (cp == 0x2018) ++single_open_;
      return TokenType::kOpenQuote;
    }
    if (IsCloseQuote(cp)) return TokenType::kCloseQuote;
    const char32_t prev = c_.Before(i);
    if (cp == '"') {
      const char32_t next = c_.At(end);
      const bool opens =
          IsOpener(prev) ? !(next == 0 || IsSpace(next))
                         : !(next == 0 || IsSpace(next) || u_ispunct(static_cast<UChar32>(next))) &&
                               !double_open_;
      double_open_ = opens;
      return opens ? TokenType::kOpenQuote : TokenType::kCloseQuote;
    }
    if (IsApostrophe(cp)) {
      if (cp == '\'' && IsOpener(prev) && !IsSpace(c_.At(end)) && c_.At(end) != 0) {
        ++single_open_;
        return TokenType::kOpenQuote;
      }
      if (single_open_ > 0) {
        --single_open_;
        return TokenType::kCloseQuote;
      }
      // "officials’ comments": a plural possessive marker, a word like 's.
      if (prev == 's' || prev == 'S') return TokenType::kWord;
      return TokenType::kCloseQuote;
    }
    return TokenType::kPunct;
  }

  Cursor c_;
  std::vector<Token> tokens_;
  bool double_open_ = false;
  int single_open_ = 0;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text, Span range) {
  if (range.end <= range.begin) return {};
  return Tokenizer(text, range).Run();
}

}  // namespace claimgraph::text
