-- 0006_term_postings: the candidate-retrieval index as a plain B-tree of
-- (term, statement) postings, replacing the FTS5 table of 0002. Documented
-- in docs/schema.md.
--
-- Retrieval reads, for each of a new statement's rarest terms, the newest
-- statements holding it. On FTS5 that was a MATCH query per term, which
-- walks the term's entries in every index segment (about 60-90 us per term
-- even for a short list); here it is one range scan of this table's primary
-- key, newest first (about a fifth of that), and the writer inserts a few
-- small rows instead of an FTS5 document. The tokens are those the writer
-- already counts in term_frequency, so the two always agree.
CREATE TABLE term_postings (
  term         TEXT NOT NULL,
  statement_id INTEGER NOT NULL,
  PRIMARY KEY (term, statement_id)
) WITHOUT ROWID;

-- Back-fill from the FTS5 index (its instance vocabulary lists every
-- (token, rowid) it holds), then drop it.
CREATE VIRTUAL TABLE temp.statement_terms_instances USING fts5vocab(main, statement_terms, instance);
INSERT OR IGNORE INTO term_postings (term, statement_id)
  SELECT term, doc FROM temp.statement_terms_instances;
DROP TABLE temp.statement_terms_instances;
DROP TABLE statement_terms;
