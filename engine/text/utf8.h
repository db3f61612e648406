// UTF-8 validation and small code-point helpers.
#ifndef CLAIMGRAPH_TEXT_UTF8_H_
#define CLAIMGRAPH_TEXT_UTF8_H_

#include <cstddef>
#include <string_view>

namespace claimgraph::text {

// True if `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
// On failure sets *bad_offset (if given) to the byte offset of the first bad byte.
bool IsValidUtf8(std::string_view s, std::size_t* bad_offset = nullptr);

// Number of code points in the valid UTF-8 string `s`.
std::size_t CodePointCount(std::string_view s);

}  // namespace claimgraph::text

#endif  // CLAIMGRAPH_TEXT_UTF8_H_
