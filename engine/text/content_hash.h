// Content hash used to recognise an article that is already stored.
#ifndef CLAIMGRAPH_TEXT_CONTENT_HASH_H_
#define CLAIMGRAPH_TEXT_CONTENT_HASH_H_

#include <string>
#include <string_view>

namespace claimgraph::text {

// Lower-case hex SHA-256 (OpenSSL) of the article text after normalising line
// ends (CRLF -> LF) and trimming trailing white space, so the same article
// saved with other line ends hashes the same.
std::string ContentHash(std::string_view text);

}  // namespace claimgraph::text

#endif  // CLAIMGRAPH_TEXT_CONTENT_HASH_H_
