#include "text/content_hash.h"

#include <catch2/catch.hpp>

namespace claimgraph::text {
namespace {

TEST_CASE("ContentHash: is the lower-case hex SHA-256 of the text", "[text]") {
  CHECK(ContentHash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(ContentHash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("ContentHash: ignores CRLF line ends and trailing white space", "[text]") {
  const std::string lf = "Title\n\nThe Kremlin said no.\nPeskov agreed.";
  CHECK(ContentHash("Title\r\n\r\nThe Kremlin said no.\r\nPeskov agreed.") == ContentHash(lf));
  CHECK(ContentHash(lf + "\n\n  \t\r\n") == ContentHash(lf));
  CHECK(ContentHash("abc \n") == ContentHash("abc"));
}

TEST_CASE("ContentHash: differs when the words differ", "[text]") {
  CHECK(ContentHash("The Kremlin said no.") != ContentHash("The Kremlin said yes."));
  CHECK(ContentHash("  leading") != ContentHash("leading"));  // only trailing space is trimmed
  CHECK(ContentHash("a\n\nb") != ContentHash("a\nb"));
}

}  // namespace
}  // namespace claimgraph::text
