-- 0008_dispute_listing: what `disputed` lists for each claim, kept so that a
-- listed claim costs a few pages however often it was restated and disputed.
-- Documented in docs/schema.md.

-- One row per dispute of a claim, as 0004_dispute_ranking.sql defines it (a
-- 'disputes' edge into one of the claim's statements from a statement with
-- another speaker, speaker_id IS NOT), keyed by the claim disputed and then
-- the edge: a claim's first N disputes, oldest first, are its first N rows.
-- The article writer inserts the row of each such edge it stores, in the
-- article's transaction; edges and statements are never updated and a
-- statement never changes claim, so no other write changes a row. A claim's
-- row count equals claim_dispute_stats.disputes.
CREATE TABLE claim_disputes (
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  edge_id  INTEGER NOT NULL REFERENCES edges(id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, edge_id)
) WITHOUT ROWID;

INSERT INTO claim_disputes (claim_id, edge_id)
SELECT t.claim_id, e.id
FROM edges AS e
JOIN statements AS t ON t.id = e.to_statement
JOIN statements AS f ON f.id = e.from_statement
WHERE e.relation = 'disputes' AND f.speaker_id IS NOT t.speaker_id;

-- The article columns a listed statement shows, without the article text:
-- an articles row holds the whole text (one row a page or more), so reading
-- the statement's article through this covering index reads a page shared
-- by dozens of articles. Statement reads name it (INDEXED BY).
CREATE INDEX articles_head ON articles(id, title, source, url, published);
