// Internal to report/: escaping and small formatting helpers shared by the
// Markdown, text and JSON renderers. Not part of the stage's interface.
#ifndef CLAIMGRAPH_REPORT_FORMAT_INTERNAL_H_
#define CLAIMGRAPH_REPORT_FORMAT_INTERNAL_H_

#include <string>
#include <string_view>

#include "model/edge.h"
#include "model/records.h"

namespace claimgraph::report::internal {

// One line of plain text for a terminal: every run of white space (newlines
// included) becomes one space, other control characters (C0, DEL, and the
// UTF-8-encoded C1 range, which carry terminal escape sequences) are dropped,
// and the result is trimmed.
std::string OneLine(std::string_view text);

// OneLine(text), then escaped so that it renders in Markdown as exactly that
// text, inline: backslash and the characters that open emphasis, links,
// images, code, tables and strike-through are backslash-escaped everywhere;
// '<', '>' and '&' become entities so no HTML tag or autolink can form; a
// leading '#', '-', '+', '=' or "1." that could open a block is escaped.
std::string EscapeMarkdown(std::string_view text);

// "2024-03-01" for "2024-03-01T10:00:00Z": the date part of an ISO date-time;
// other strings are returned as OneLine(text).
std::string DatePart(std::string_view published);

// "0.85": a score with two decimals, independent of the global locale.
std::string FormatScore(double score);

// The speaker's name, or "(narrative)" for a statement with no speaker.
std::string SpeakerName(const StatementRecord& s);

// "Title, Outlet 2024-03-01" from whichever of the parts are present;
// "" when none is. Plain text (OneLine applied).
std::string ArticleLabel(const StatementRecord& s);

// "disputed by" / "supported by": the relation read from its target.
const char* PassiveVerb(Relation relation);

}  // namespace claimgraph::report::internal

#endif  // CLAIMGRAPH_REPORT_FORMAT_INTERNAL_H_
