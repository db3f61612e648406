-- 0003_watchlist: claims the user follows (`claimgraph track`) and the
-- articles that take a stance on them, as the stance classifier judged.

-- One row per tracked claim; the same text is tracked once.
CREATE TABLE tracked_claims (
  id          INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL DEFAULT '',
  text        TEXT NOT NULL UNIQUE,
  added_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- An article related to a tracked claim, with its stance and the sentences
-- that carry it: evidence_spans holds "begin:end" byte offsets into
-- articles.text separated by spaces, evidence the same sentences separated
-- by newlines. Unrelated articles get no row.
CREATE TABLE tracked_links (
  tracked_id     INTEGER NOT NULL REFERENCES tracked_claims(id) ON DELETE CASCADE,
  article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  stance         TEXT NOT NULL CHECK (stance IN ('agree', 'disagree', 'discuss')),
  confidence     REAL NOT NULL DEFAULT 0,
  evidence_spans TEXT NOT NULL DEFAULT '',
  evidence       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (tracked_id, article_id)
);
CREATE INDEX tracked_links_article ON tracked_links(article_id);
