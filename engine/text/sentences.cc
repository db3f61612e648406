#include "text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <string>

#include "text/abbreviations_internal.h"
#include "text/utf8_internal.h"

namespace claimgraph::text {

namespace {

using internal::DecodeAt;
using internal::PreviousCodePoint;
using internal::PreviousStart;

// ICU's own "ss=standard" filter (FilteredBreakIterator) matches an
// abbreviation as a bare suffix: its single-letter entry "O." suppresses the
// break in "join NATO. The Kremlin". So the plain English rules run here and
// MergeBoundary() re-joins breaks after abbreviations with a word-boundary
// check and the news list from abbreviations.cc.
std::unique_ptr<icu::BreakIterator> NewIterator() {
  static std::mutex mutex;
  static const icu::BreakIterator* prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator* it =
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status);
    if (U_FAILURE(status)) {
      delete it;
      return static_cast<icu::BreakIterator*>(nullptr);
    }
    return it;
  }();
  if (prototype == nullptr) return nullptr;
  std::lock_guard<std::mutex> lock(mutex);  // clone() reads shared rule data
  return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

// One iterator per thread, cloned once; a null pointer (missing ICU data)
// degrades to one sentence per line.
icu::BreakIterator* ThreadIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = NewIterator();
  return iterator.get();
}

bool IsSpace(char32_t cp) {
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xFEFF || cp == 0x200B;
}

// Shrinks [begin, end) to exclude white space at both ends.
Span Trim(std::string_view text, Span s) {
  while (s.begin < s.end) {
    char32_t cp = 0;
    const std::size_t len = DecodeAt(text, s.begin, &cp);
    if (!IsSpace(cp)) break;
    s.begin += len;
  }
  while (s.end > s.begin) {
    if (!IsSpace(PreviousCodePoint(text, s.end))) break;
    s.end = std::max(s.begin, PreviousStart(text, s.end));
  }
  return s;
}

bool IsLetter(char32_t cp) {
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ALPHABETIC);
}

// True if the trimmed segment `s` ends with an abbreviation that does not end
// a sentence: a news abbreviation ("Sen.", "Sept."), an initial ("W."), or a
// dotted initialism ("U.S.", "D.C."); with `before_number`, also "No.".
bool EndsWithAbbreviation(std::string_view text, Span s, bool before_number) {
  if (s.empty() || text[s.end - 1] != '.') return false;
  // The abbreviation is the run of letters and periods before the final
  // period: "Sen" in "(Sen.", "then-Sen." and "<b>Sen.".
  std::size_t start = s.end - 1;
  while (start > s.begin) {
    const char32_t cp = PreviousCodePoint(text, start);
    if (!IsLetter(cp) && cp != '.') break;
    start = PreviousStart(text, start);
  }
  const std::string_view stem = text.substr(start, s.end - 1 - start);
  if (stem.empty()) return false;
  if (internal::IsAbbreviationStem(stem, before_number)) return true;
  // Initials: "W" or "U.S" / "D.C" (single letters separated by periods).
  std::size_t i = 0;
  bool upper_initial = false;
  while (i < stem.size()) {
    char32_t cp = 0;
    i += DecodeAt(stem, i, &cp);
    if (!IsLetter(cp)) return false;
    upper_initial = u_isupper(static_cast<UChar32>(cp));
    if (i == stem.size()) break;
    if (stem[i] != '.') return false;
    ++i;
  }
  return upper_initial || stem.find('.') != std::string_view::npos;
}

// First code point of [begin, end) that is not white space, or 0.
char32_t FirstVisible(std::string_view text, Span s) {
  const Span t = Trim(text, s);
  if (t.empty()) return 0;
  char32_t cp = 0;
  DecodeAt(text, t.begin, &cp);
  return cp;
}

// Whether ICU's break between `prev` and `next` (same line) should be undone.
bool MergeBoundary(std::string_view text, Span prev, Span next) {
  const char32_t first = FirstVisible(text, next);
  if (first == 0) return true;
  // "“Why?” he asked." and "Why? because ...": a lower-case start continues.
  if (u_islower(static_cast<UChar32>(first))) return true;
  const Span p = Trim(text, prev);
  return EndsWithAbbreviation(text, p, u_isdigit(static_cast<UChar32>(first)));
}

bool MayHoldSeveralSentences(std::string_view line) {
  return line.find_first_of(".?!") != std::string_view::npos ||
         std::any_of(line.begin(), line.end(), [](char c) { return (c & 0x80) != 0; });
}

// Runs ICU over one line [begin, end) and appends the merged, trimmed spans.
void SplitLine(std::string_view text, Span line, std::vector<Span>* out) {
  icu::BreakIterator* iterator = ThreadIterator();
  const std::string_view view = line.in(text);
  if (iterator == nullptr || !MayHoldSeveralSentences(view) ||
      view.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max() / 2)) {
    const Span t = Trim(text, line);
    if (!t.empty()) out->push_back(t);
    return;
  }
  // UTF-16 copy of the line plus, for each code unit, its byte offset in
  // `text`; to_byte[units] == line.end, so every ICU boundary maps exactly.
  std::u16string units;
  std::vector<std::size_t> to_byte;
  units.reserve(view.size());
  to_byte.reserve(view.size() + 1);
  for (std::size_t i = line.begin; i < line.end;) {
    char32_t cp = 0;
    const std::size_t len = DecodeAt(text, i, &cp);
    if (cp >= 0x10000) {
      units.push_back(static_cast<char16_t>(0xD7C0 + (cp >> 10)));
      units.push_back(static_cast<char16_t>(0xDC00 | (cp & 0x3FF)));
      to_byte.push_back(i);
    } else {
      units.push_back(static_cast<char16_t>(cp));
    }
    to_byte.push_back(i);
    i += len;
  }
  to_byte.push_back(line.end);
  // Read-only alias: no copy, and `units` outlives every use of the iterator.
  const icu::UnicodeString alias(false, units.data(), static_cast<int32_t>(units.size()));
  iterator->setText(alias);
  Span current{line.begin, line.begin};
  for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; end = iterator->next()) {
    const Span piece{current.end, to_byte[static_cast<std::size_t>(end)]};
    if (!current.empty() && !MergeBoundary(text, current, piece)) {
      const Span t = Trim(text, current);
      if (!t.empty()) out->push_back(t);
      current = Span{piece.begin, piece.begin};
    }
    current.end = piece.end;
  }
  static const icu::UnicodeString kEmpty;
  iterator->setText(kEmpty);  // drop the alias to `units` before it dies
  const Span t = Trim(text, current);
  if (!t.empty()) out->push_back(t);
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, Span range) {
  std::vector<Span> out;
  const std::size_t end = std::min(range.end, text.size());
  std::size_t begin = std::min(range.begin, end);
  // Every line end is a hard break: titles, bylines and boilerplate lines
  // never join the next line.
  while (begin < end) {
    const std::size_t stop = std::min(end, text.find_first_of("\r\n", begin));
    SplitLine(text, Span{begin, stop}, &out);
    begin = stop + 1;
  }
  return out;
}

}  // namespace claimgraph::text
