-- 0009_recent_postings: new postings go to a small table first, and are
-- merged into term_postings in bulk. Documented in docs/schema.md.
--
-- Each posting inserted into term_postings lands on a random leaf of its
-- B-tree. Once that table outgrows the page cache (about 260 MB at 100k
-- articles, against 64 MiB), every posting costs a page read, a WAL frame at
-- commit and a copy at checkpoint: most of the growth of the ingest's
-- per-article cost from 1k to 100k articles. This table stays small and
-- cached; the writer moves its rows into term_postings in one sorted
-- INSERT ... SELECT once it holds Store::kPostingsMergeThreshold of them,
-- which rewrites each touched leaf once for many postings. A term's postings
-- are the union of both tables (a posting is in exactly one of them).
CREATE TABLE recent_postings (
  term         TEXT NOT NULL,
  statement_id INTEGER NOT NULL,
  PRIMARY KEY (term, statement_id)
) WITHOUT ROWID;
