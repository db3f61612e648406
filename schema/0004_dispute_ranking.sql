-- 0004_dispute_ranking: the ranking of `disputed`, kept at write time so the
-- query reads the top rows of an index instead of grouping every disputes
-- edge. Documented in docs/schema.md.

-- One row per claim that another speaker disputes. A dispute is a 'disputes'
-- edge into one of the claim's statements from a statement of a different
-- speaker (speaker_id IS NOT: a narrative statement differs from a named
-- speaker, not from another narrative one). Over the claim's disputes:
--   outlets   = distinct non-empty sources of the disputing articles, or the
--               distinct disputing articles when every such source is empty;
--   disputers = distinct disputing speakers, narrative counting as one;
--   disputes  = number of disputes.
-- The article writer recomputes a claim's row, with the same query restricted
-- to that claim, whenever it stores a disputes edge into the claim (edges and
-- statements are never updated, so nothing else changes a row).
CREATE TABLE claim_dispute_stats (
  claim_id  INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
  outlets   INTEGER NOT NULL CHECK (outlets > 0),
  disputers INTEGER NOT NULL CHECK (disputers > 0),
  disputes  INTEGER NOT NULL CHECK (disputes > 0)
);
-- The order of `disputed`: the top N is the first N entries of this index.
CREATE INDEX claim_dispute_stats_rank
  ON claim_dispute_stats(outlets DESC, disputers DESC, disputes DESC, claim_id);

INSERT INTO claim_dispute_stats (claim_id, outlets, disputers, disputes)
SELECT t.claim_id,
  CASE WHEN COUNT(DISTINCT NULLIF(COALESCE(a.source, ''), '')) > 0
    THEN COUNT(DISTINCT NULLIF(COALESCE(a.source, ''), ''))
    ELSE COUNT(DISTINCT f.article_id) END,
  COUNT(DISTINCT COALESCE(f.speaker_id, 0)),
  COUNT(*)
FROM edges AS e
JOIN statements AS t ON t.id = e.to_statement
JOIN statements AS f ON f.id = e.from_statement
JOIN articles AS a ON a.id = f.article_id
WHERE e.relation = 'disputes' AND f.speaker_id IS NOT t.speaker_id
GROUP BY t.claim_id;
