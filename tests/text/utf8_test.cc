#include "text/utf8.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace claimgraph::text {
namespace {

TEST_CASE("Utf8: accepts well-formed text of every sequence length", "[text]") {
  const std::vector<std::string> good = {"",
                                         "plain ascii",
                                         "caf\xc3\xa9",
                                         "\xe2\x80\x9cquoted\xe2\x80\x9d",
                                         "\xf0\x9f\x98\x80",
                                         "\xef\xbb\xbf"
                                         "bom",
                                         "\xf4\x8f\xbf\xbf"};
  for (const std::string& s : good) {
    INFO(s);
    CHECK(IsValidUtf8(s));
  }
}

TEST_CASE("Utf8: reports the offset of the first malformed byte", "[text]") {
  struct Case {
    std::string text;
    std::size_t bad;
  };
  const std::vector<Case> cases = {
      {"abc\xff", 3},           // never valid
      {"ab\xc3", 2},            // truncated at the end
      {"a\xc3(b", 1},           // bad continuation
      {"xx\xc0\xaf", 2},        // overlong '/'
      {"\xe0\x80\xaf", 0},      // overlong 3-byte
      {"ok \xed\xa0\x80", 3},   // surrogate U+D800
      {"\xf4\x90\x80\x80", 0},  // above U+10FFFF
      {"\xf0\x8f\xbf\xbf", 0},  // overlong 4-byte
      {"caf\xc3\xa9 \x80", 6},  // stray continuation byte
  };
  for (const Case& c : cases) {
    INFO(c.bad);
    std::size_t offset = 999;
    CHECK_FALSE(IsValidUtf8(c.text, &offset));
    CHECK(offset == c.bad);
  }
  CHECK_FALSE(IsValidUtf8("\xff"));  // the offset pointer is optional
}

TEST_CASE("Utf8: counts code points, not bytes", "[text]") {
  CHECK(CodePointCount("") == 0);
  CHECK(CodePointCount("abc") == 3);
  CHECK(CodePointCount("caf\xc3\xa9") == 4);
  CHECK(CodePointCount("\xe2\x80\x9chi\xe2\x80\x9d \xf0\x9f\x98\x80") == 6);
}

}  // namespace
}  // namespace claimgraph::text
