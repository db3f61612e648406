-- 0002_retrieval: candidate retrieval through a full-text index, and claim
-- grouping of restatements. Documented in docs/schema.md.

-- One row per statement with retrieval terms (rowid = statements.id): the
-- statement's normalised content lemmas, names and numbers, space-separated.
-- Contentless: the terms are derived data, only the index is needed.
-- Queried with the new statement's rarest terms (OR, bm25 order, LIMIT k),
-- so the cost per lookup follows the posting lists of a few terms, never the
-- number of statements.
CREATE VIRTUAL TABLE statement_terms USING fts5(
  terms,
  content = '',
  tokenize = 'unicode61 remove_diacritics 0'
);

-- Document frequency of every indexed term (how many statements hold it),
-- read to pick a new statement's most informative terms. Kept by the writer
-- next to statement_terms: a B-tree probe per term is far cheaper than an
-- fts5vocab cursor.
CREATE TABLE term_frequency (
  term       TEXT PRIMARY KEY,
  statements INTEGER NOT NULL CHECK (statements > 0)
) WITHOUT ROWID;
