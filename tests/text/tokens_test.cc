#include "text/tokens.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace claimgraph::text {
namespace {

// One token per element: "surface" for words, "surface/N" numbers,
// "surface/O" "surface/C" quotes, "surface/P" punctuation.
std::vector<std::string> Dump(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, Span{0, text.size()})) {
    std::string s(t.span.in(text));
    switch (t.type) {
      case TokenType::kWord:
        break;
      case TokenType::kNumber:
        s += "/N";
        break;
      case TokenType::kOpenQuote:
        s += "/O";
        break;
      case TokenType::kCloseQuote:
        s += "/C";
        break;
      case TokenType::kPunct:
        s += "/P";
        break;
    }
    out.push_back(s);
  }
  return out;
}

std::vector<std::string> Lowers(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, Span{0, text.size()})) out.push_back(t.lower);
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> want;
};

TEST_CASE("Tokens: splits words, numbers, quotes and punctuation", "[text]") {
  const std::vector<Case> cases = {
      {"He said, “no.”", {"He", "said", ",/P", "“/O", "no", "./P", "”/C"}},
      {"Russia doesn’t invade", {"Russia", "does", "n’t", "invade"}},
      {"It won't, can't", {"It", "wo", "n't", ",/P", "ca", "n't"}},
      {"Russia’s and Peskov's", {"Russia", "’s", "and", "Peskov", "'s"}},
      {"they're we've I'm he'd she'll",
       {"they", "'re", "we", "'ve", "I", "'m", "he", "'d", "she", "'ll"}},
      {"O'Brien rock'n'roll", {"O'Brien", "rock'n'roll"}},
      {"U.S. officials and the U.K.", {"U.S.", "officials", "and", "the", "U.K."}},
      {"Sen. Ted Cruz and George W. Bush", {"Sen.", "Ted", "Cruz", "and", "George", "W.", "Bush"}},
      {"He left. Then", {"He", "left", "./P", "Then"}},
      {"No. 10 but no.", {"No.", "10/N", "but", "no", "./P"}},
      {"down 3.7% to 1,000 or 12,500.25 and 1,00",
       {"down", "3.7%/N", "to", "1,000/N", "or", "12,500.25/N", "and", "1/N", ",/P", "00/N"}},
      {"the 3rd 20-year-old", {"the", "3rd", "20-year-old"}},
      {"Biden-Putin meet — or – not", {"Biden-Putin", "meet", "—/P", "or", "–/P", "not"}},
      {"wait... what -- no", {"wait", ".../P", "what", "--/P", "no"}},
      {"\"Yes,\" she said. \"No\"",
       {"\"/O", "Yes", ",/P", "\"/C", "she", "said", "./P", "\"/O", "No", "\"/C"}},
      {"(\"quoted\")", {"(/P", "\"/O", "quoted", "\"/C", ")/P"}},
      {"‘single’ and 'straight' quotes",
       {"‘/O", "single", "’/C", "and", "'/O", "straight", "'/C", "quotes"}},
      {"the officials’ claims", {"the", "officials", "’", "claims"}},
      {"café naïve Zürich", {"café", "naïve", "Zürich"}},
      {"e.g. this", {"e.g.", "this"}},
      {"then-Sen. Obama", {"then-Sen.", "Obama"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Dump(c.text) == c.want);
  }
}

TEST_CASE("Tokens: lower-cases with case folding and straight apostrophes", "[text]") {
  CHECK(Lowers("Doesn’t KREMLIN Straße") ==
        std::vector<std::string>{"does", "n't", "kremlin", "strasse"});
  CHECK(Lowers("Russia’s ÉLYSÉE") == std::vector<std::string>{"russia", "'s", "élysée"});
}

TEST_CASE("Tokens: marks capitalised words", "[text]") {
  const std::string text = "The Kremlin said élan Émile 3";
  const std::vector<Token> tokens = Tokenize(text, Span{0, text.size()});
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[0].capitalized);
  CHECK(tokens[1].capitalized);
  CHECK_FALSE(tokens[2].capitalized);
  CHECK_FALSE(tokens[3].capitalized);
  CHECK(tokens[4].capitalized);
  CHECK_FALSE(tokens[5].capitalized);
}

TEST_CASE("Tokens: offsets are exact bytes and never leave the range", "[text]") {
  const std::string text = "xx “Peskov’s U.S. plan,” said";
  const std::size_t begin = text.find("Pesk");
  const std::size_t end = text.find("S.") + 1;  // cuts "U.S." after the S
  const std::vector<Token> tokens = Tokenize(text, Span{begin, end});
  std::vector<std::string> got;
  for (const Token& t : tokens) {
    CHECK(t.span.begin >= begin);
    CHECK(t.span.end <= end);
    got.emplace_back(t.span.in(text));
  }
  CHECK(got == std::vector<std::string>{"Peskov", "’s", "U.S"});
  CHECK(Tokenize(text, Span{4, 4}).empty());
  CHECK(Tokenize(text, Span{0, 9999}).back().span.end == text.size());
}

}  // namespace
}  // namespace claimgraph::text
