// Internal to engine/text: code-point decoding shared by the segmenters.
// Not part of the stage's interface; other stages use utf8.h.
#ifndef CLAIMGRAPH_TEXT_UTF8_INTERNAL_H_
#define CLAIMGRAPH_TEXT_UTF8_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace claimgraph::text::internal {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point starting at s[i] (i < s.size()) into *cp and returns
// its byte length. Bytes that do not start a well-formed sequence decode as
// one U+FFFD of length 1, so callers always make progress and never read past
// the end even on text that breaks the "valid UTF-8" precondition.
inline std::size_t DecodeAt(std::string_view s, std::size_t i, char32_t* cp) {
  const auto b = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
  const std::uint8_t b0 = b(i);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t value = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    value = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    value = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    value = b0 & 0x07;
  } else {
    *cp = kReplacement;
    return 1;
  }
  if (i + len > s.size()) {
    *cp = kReplacement;
    return 1;
  }
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) {
      *cp = kReplacement;
      return 1;
    }
    value = (value << 6) | (b(i + k) & 0x3F);
  }
  const bool overlong = (len == 3 && value < 0x800) || (len == 4 && value < 0x10000);
  if (overlong || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    *cp = kReplacement;
    return 1;
  }
  *cp = value;
  return len;
}

// Start of the code point that ends just before byte `i` (0 < i <= s.size()).
inline std::size_t PreviousStart(std::string_view s, std::size_t i) {
  std::size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<std::uint8_t>(s[j]) & 0xC0) == 0x80) --j;
  return j;
}

// The code point ending just before byte `i`, or 0 at the start of `s`.
inline char32_t PreviousCodePoint(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  char32_t cp = 0;
  const std::size_t start = PreviousStart(s, i);
  return DecodeAt(s, start, &cp) == i - start ? cp : kReplacement;
}

}  // namespace claimgraph::text::internal

#endif  // CLAIMGRAPH_TEXT_UTF8_INTERNAL_H_
