-- 0007_claim_acceptance: each claim's grounded acceptance (claims as
-- arguments, disputes as attacks), kept after every ingest so the query
-- commands read a label instead of the backward dispute closure of the
-- claims they list. Documented in docs/schema.md.

-- The label of every claim that has an incoming 'disputes' edge, as of the
-- last relabel (pipeline/acceptance.h); a claim without a row is accepted
-- (nobody disputes it).
CREATE TABLE claim_acceptance (
  claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
  label    TEXT NOT NULL CHECK (label IN ('accepted', 'rejected', 'undecided'))
);

-- Claims that received a 'disputes' edge since labels were last computed.
-- The article writer inserts them in the article's own transaction, and the
-- relabel deletes them in the transaction that writes the new labels, so a
-- crash never leaves a label silently stale: while a row is here, readers
-- compute labels exactly from the graph instead of reading claim_acceptance.
CREATE TABLE acceptance_dirty (
  claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE
);

-- An older database has no labels yet: every disputed claim is dirty, so
-- its next ingest labels them all.
INSERT OR IGNORE INTO acceptance_dirty (claim_id)
SELECT DISTINCT t.claim_id
FROM edges AS e
JOIN statements AS t ON t.id = e.to_statement
WHERE e.relation = 'disputes';
