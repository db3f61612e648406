// Store's watchlist tables (schema/0003_watchlist.sql): tracked claims and
// their links to articles. Every query is parameterised.
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <set>
#include <sstream>
#include <string>

#include "store/store.h"
#include "store/store_impl_internal.h"

namespace claimgraph::store {
namespace {

std::string EncodeSpans(const std::vector<Span>& spans) {
  std::string out;
  for (const Span& span : spans) {
    if (!out.empty()) out += ' ';
    out += std::to_string(span.begin) + ":" + std::to_string(span.end);
  }
  return out;
}

std::vector<Span> DecodeSpans(const std::string& text) {
  std::vector<Span> spans;
  std::istringstream in(text);
  std::string item;
  while (in >> item) {
    auto colon = item.find(':');
    if (colon == std::string::npos) continue;
    spans.push_back({std::stoull(item.substr(0, colon)), std::stoull(item.substr(colon + 1))});
  }
  return spans;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += '\n';
    for (char c : line) out += (c == '\n' || c == '\r') ? ' ' : c;  // one sentence per line
  }
  return out;
}

}  // namespace

using internal::Guarded;

Result<int> Store::AddTrackedClaims(const std::vector<TrackedClaim>& claims) {
  for (const TrackedClaim& claim : claims) {
    if (claim.text.empty()) return Status::InvalidArgument("a tracked claim has empty text");
  }
  return Guarded(impl_->path, "track claims", [&]() -> Result<int> {
    internal::WriteScope transaction(impl_->db);
    SQLite::Statement insert(impl_->db,
                             "INSERT OR IGNORE INTO tracked_claims (external_id, text) "
                             "VALUES (?1, ?2)");
    int added = 0;
    for (const TrackedClaim& claim : claims) {
      internal::Rebind(insert);
      insert.bind(1, claim.external_id);
      insert.bind(2, claim.text);
      added += insert.exec();
    }
    transaction.Commit();
    return added;
  });
}

Result<std::vector<TrackedClaim>> Store::TrackedClaims() {
  return Guarded(impl_->path, "list tracked claims", [&]() -> Result<std::vector<TrackedClaim>> {
    SQLite::Statement query(impl_->db,
                            "SELECT id, external_id, text FROM tracked_claims ORDER BY id");
    std::vector<TrackedClaim> claims;
    while (query.executeStep()) {
      claims.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                        query.getColumn(2).getString()});
    }
    return claims;
  });
}

Status Store::AddTrackedLinks(const std::vector<TrackedLink>& links) {
  return Guarded(impl_->path, "store tracked-claim links", [&]() -> Status {
    internal::WriteScope transaction(impl_->db);
    SQLite::Statement insert(impl_->db,
                             "INSERT OR REPLACE INTO tracked_links (tracked_id, article_id, "
                             "stance, confidence, evidence_spans, evidence) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const TrackedLink& link : links) {
      internal::Rebind(insert);
      insert.bind(1, link.tracked_id);
      insert.bind(2, link.article_id);
      insert.bind(3, link.stance);
      insert.bind(4, link.confidence);
      insert.bind(5, EncodeSpans(link.evidence));
      insert.bind(6, JoinLines(link.sentences));
      insert.exec();
    }
    transaction.Commit();
    return Status::Ok();
  });
}

Result<std::vector<TrackedLink>> Store::TrackedLinks(std::int64_t tracked_id) {
  return Guarded(impl_->path, "list tracked-claim links", [&]() -> Result<std::vector<TrackedLink>> {
    SQLite::Statement query(
        impl_->db,
        "SELECT l.tracked_id, l.article_id, l.stance, l.confidence, l.evidence_spans, "
        "l.evidence, a.title, a.source, a.published FROM tracked_links l "
        "JOIN articles a ON a.id = l.article_id WHERE l.tracked_id = ?1 ORDER BY l.article_id");
    query.bind(1, tracked_id);
    std::vector<TrackedLink> links;
    while (query.executeStep()) {
      TrackedLink link;
      link.tracked_id = query.getColumn(0).getInt64();
      link.article_id = query.getColumn(1).getInt64();
      link.stance = query.getColumn(2).getString();
      link.confidence = query.getColumn(3).getDouble();
      link.evidence = DecodeSpans(query.getColumn(4).getString());
      link.sentences = SplitLines(query.getColumn(5).getString());
      link.article_title = query.getColumn(6).getString();
      link.article_source = query.getColumn(7).getString();
      link.article_published = query.getColumn(8).getString();
      links.push_back(std::move(link));
    }
    return links;
  });
}

Result<std::vector<TrackedSummary>> Store::TrackedSummaries() {
  auto claims = TrackedClaims();
  if (!claims.ok()) return claims.status();
  return Guarded(impl_->path, "summarise tracked claims",
                 [&]() -> Result<std::vector<TrackedSummary>> {
    SQLite::Statement query(
        impl_->db,
        "SELECT l.stance, a.source, CASE WHEN a.published <> '' THEN a.published "
        "ELSE a.ingested_at END FROM tracked_links l JOIN articles a ON a.id = l.article_id "
        "WHERE l.tracked_id = ?1");
    std::vector<TrackedSummary> summaries;
    for (const TrackedClaim& claim : claims.value()) {
      TrackedSummary summary;
      summary.claim = claim;
      std::set<std::string> supporting, disputing;
      internal::Rebind(query);
      query.bind(1, claim.id);
      while (query.executeStep()) {
        std::string stance = query.getColumn(0).getString();
        std::string source = query.getColumn(1).getString();
        std::string seen = query.getColumn(2).getString();
        if (stance == "agree") {
          ++summary.supporting_articles;
          if (!source.empty()) supporting.insert(source);
        } else if (stance == "disagree") {
          ++summary.disputing_articles;
          if (!source.empty()) disputing.insert(source);
        } else {
          ++summary.discussing_articles;
        }
        if (summary.first_seen.empty() || seen < summary.first_seen) summary.first_seen = seen;
        if (seen > summary.last_seen) summary.last_seen = seen;
      }
      summary.supporting_outlets = static_cast<int>(supporting.size());
      summary.disputing_outlets = static_cast<int>(disputing.size());
      summaries.push_back(std::move(summary));
    }
    return summaries;
  });
}

}  // namespace claimgraph::store
