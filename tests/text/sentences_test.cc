#include "text/sentences.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace claimgraph::text {
namespace {

const std::string kSeedArticle = std::string(CLAIMGRAPH_FIXTURES_DIR) + "/seed/kremlin-summit.txt";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) out.emplace_back(s.in(text));
  return out;
}

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> want;
};

TEST_CASE("Sentences: splits news text at sentence ends but not after abbreviations", "[text]") {
  const std::vector<Case> cases = {
      {"plain", "He left. She stayed.", {"He left.", "She stayed."}},
      {"title abbreviations",
       "Sen. Ted Cruz said U.S. officials met Gov. Jay Inslee. Then they left.",
       {"Sen. Ted Cruz said U.S. officials met Gov. Jay Inslee.", "Then they left."}},
      {"initialism before a capital",
       "U.S. President Joe Biden spoke. Mr. Putin did not.",
       {"U.S. President Joe Biden spoke.", "Mr. Putin did not."}},
      {"abbreviation after a hyphen or bracket",
       "She ran against then-Sen. Barack Obama (Rep. John Doe agreed). It ended.",
       {"She ran against then-Sen. Barack Obama (Rep. John Doe agreed).", "It ended."}},
      {"middle initial",
       "George W. Bush spoke in Washington, D.C. Friday.",
       {"George W. Bush spoke in Washington, D.C. Friday."}},
      {"months and companies",
       "On Sept. 11 Acme Inc. Chief Jon Doe resigned. Shares fell.",
       {"On Sept. 11 Acme Inc. Chief Jon Doe resigned.", "Shares fell."}},
      {"No. before a number",
       "He lives at No. 10 Downing Street. It is old.",
       {"He lives at No. 10 Downing Street.", "It is old."}},
      {"acronym ends a sentence",
       "Ukraine wants to join NATO. The Kremlin objects.",
       {"Ukraine wants to join NATO.", "The Kremlin objects."}},
      {"closing quote stays",
       "He said it’s “premature.” In two calls, they agreed.",
       {"He said it’s “premature.”", "In two calls, they agreed."}},
      {"straight closing quote stays",
       "She said \"no.\" Then she left.",
       {"She said \"no.\"", "Then she left."}},
      {"closing bracket stays",
       "They met (briefly.) Nothing followed.",
       {"They met (briefly.)", "Nothing followed."}},
      {"question in a quote continues",
       "“Why now?” he asked. Nobody answered.",
       {"“Why now?” he asked.", "Nobody answered."}},
      {"every line is a sentence",
       "Title line\nByline\n\nBody one. Body two.",
       {"Title line", "Byline", "Body one.", "Body two."}},
      {"CRLF lines", "First line\r\nSecond line.\r\n", {"First line", "Second line."}},
      {"white space only", "  \n\t \n ", {}},
      {"trims unicode spaces", "\u00a0 Hello there. \u2003", {"Hello there."}},
      {"decimal numbers",
       "Stocks fell 3.7% in Moscow. Bonds rose.",
       {"Stocks fell 3.7% in Moscow.", "Bonds rose."}},
      {"emoji and astral characters", "Nice 😀. Next 𝒜 one.", {"Nice 😀.", "Next 𝒜 one."}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(Sentences(c.text) == c.want);
  }
}

TEST_CASE("Sentences: the seed article keeps quotes, titles and boilerplate apart", "[text]") {
  const std::string text = ReadFile(kSeedArticle);
  REQUIRE(!text.empty());
  const std::vector<std::string> got = Sentences(text);
  REQUIRE(got.size() > 10);
  CHECK(got.front() == "Kremlin cautious on prospect of Biden-Putin meet amid row");
  CHECK(got[1] == "Bloomberg");
  CHECK(std::find(got.begin(), got.end(),
                  "Kremlin spokesman Dmitry Peskov didn’t rule out the possibility of a "
                  "presidential meeting, but said that’s “premature.”") != got.end());
  CHECK(std::find(got.begin(), got.end(), "Leave a Reply") != got.end());
  CHECK(got.back() == "Send this to a friend");
  CHECK(std::find(got.begin(), got.end(),
                  "Russia’s benchmark stock gauge extended declines after Peskov’s comments, "
                  "trading down 3.7% in Moscow.") != got.end());
}

TEST_CASE("Sentences: spans are ordered, trimmed and inside the requested range", "[text]") {
  const std::string text = ReadFile(kSeedArticle);
  const Span range{text.find("US officials"), text.find("Moscow continues")};
  const std::vector<Span> spans = SplitSentences(text, range);
  REQUIRE(spans.size() == 6);
  CHECK(spans.front().begin == range.begin);
  std::size_t last = range.begin;
  for (const Span& s : spans) {
    CHECK(s.begin >= last);
    CHECK(s.end <= range.end);
    CHECK(!s.empty());
    CHECK(text[s.begin] != ' ');
    CHECK(text[s.end - 1] != ' ');
    CHECK(text[s.end - 1] != '\n');
    last = s.end;
  }
  CHECK(spans[4].in(text) ==
        "He also announced that Putin is holding a special meeting of his "
        "Security Council but declined to comment on the agenda.");
}

TEST_CASE("Sentences: a range starting mid-text and empty ranges are handled", "[text]") {
  const std::string text = "One. Two. Three.";
  CHECK(SplitSentences(text, Span{5, 9}) == std::vector<Span>{Span{5, 9}});
  CHECK(SplitSentences(text, Span{3, 3}).empty());
  CHECK(SplitSentences(text, Span{10, 999}) == std::vector<Span>{Span{10, 16}});
  CHECK(SplitSentences("").empty());
}

TEST_CASE("Sentences: concurrent calls give the same answer", "[text]") {
  const std::string text = ReadFile(kSeedArticle);
  const std::vector<Span> want = SplitSentences(text);
  std::vector<std::vector<Span>> got(4);
  std::vector<std::thread> threads;
  for (auto& g : got) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) g = SplitSentences(text);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& g : got) CHECK(g == want);
}

TEST_CASE("Sentences: a long line without breaks is split quickly", "[text]") {
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "Sen. Ted Cruz said the U.S. budget grew 3.5% this year. ";
  const std::vector<Span> spans = SplitSentences(text);
  CHECK(spans.size() == 20000);
}

}  // namespace
}  // namespace claimgraph::text
