-- 0001_initial: the claim graph. Documented table by table in docs/schema.md.
-- An applied migration is never edited: later changes go in 0002_*.sql etc.

-- One row per ingested article; content_hash makes re-ingestion a no-op.
CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  external_id  TEXT NOT NULL DEFAULT '',
  title        TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL DEFAULT '',
  url          TEXT NOT NULL DEFAULT '',
  published    TEXT NOT NULL DEFAULT '',
  origin       TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL UNIQUE,
  text         TEXT NOT NULL,
  body_begin   INTEGER NOT NULL DEFAULT 0,
  ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Canonical speakers; names compare case-insensitively (ASCII).
CREATE TABLE speakers (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

-- Mentions under which a speaker was named ("Peskov", "the Kremlin spokesman").
CREATE TABLE speaker_aliases (
  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
  alias      TEXT NOT NULL,
  UNIQUE (speaker_id, alias)
);

-- A claim groups statements with the same non-empty claim key.
-- first_statement is set right after that statement is inserted.
CREATE TABLE claims (
  id              INTEGER PRIMARY KEY,
  claim_key       TEXT NOT NULL DEFAULT '',
  proposition_key TEXT NOT NULL DEFAULT '',
  text            TEXT NOT NULL,
  polarity        TEXT NOT NULL CHECK (polarity IN ('asserted', 'denied')),
  first_statement INTEGER REFERENCES statements(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX claims_claim_key ON claims(claim_key) WHERE claim_key <> '';
CREATE INDEX claims_proposition_key ON claims(proposition_key);

-- One attributed or narrative statement of an article. Offsets are byte
-- offsets into articles.text, [begin, end); begin = end means absent.
CREATE TABLE statements (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal         INTEGER NOT NULL CHECK (ordinal >= 0),
  claim_id        INTEGER NOT NULL REFERENCES claims(id),
  speaker_id      INTEGER REFERENCES speakers(id),
  sentence_begin  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  source_begin    INTEGER NOT NULL,
  source_end      INTEGER NOT NULL,
  cue_begin       INTEGER NOT NULL,
  cue_end         INTEGER NOT NULL,
  content_begin   INTEGER NOT NULL,
  content_end     INTEGER NOT NULL,
  content_parts   TEXT NOT NULL DEFAULT '',
  sentence        TEXT NOT NULL,
  source_text     TEXT NOT NULL DEFAULT '',
  cue             TEXT NOT NULL DEFAULT '',
  content         TEXT NOT NULL,
  cue_lemma       TEXT NOT NULL DEFAULT '',
  kind            TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed', 'narrative')),
  polarity        TEXT NOT NULL CHECK (polarity IN ('asserted', 'denied')),
  hedged          INTEGER NOT NULL CHECK (hedged IN (0, 1)),
  proposition_key TEXT NOT NULL DEFAULT '',
  UNIQUE (article_id, ordinal)
);
CREATE INDEX statements_claim ON statements(claim_id);
CREATE INDEX statements_speaker ON statements(speaker_id);
CREATE INDEX statements_proposition_key ON statements(proposition_key)
  WHERE proposition_key <> '';

-- from_statement supports or disputes to_statement.
CREATE TABLE edges (
  id             INTEGER PRIMARY KEY,
  from_statement INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
  to_statement   INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
  relation       TEXT NOT NULL CHECK (relation IN ('supports', 'disputes')),
  rule           TEXT NOT NULL DEFAULT '',
  reason         TEXT NOT NULL DEFAULT '',
  score          REAL NOT NULL DEFAULT 1.0,
  CHECK (from_statement <> to_statement),
  UNIQUE (from_statement, to_statement, relation)
);
CREATE INDEX edges_to_statement ON edges(to_statement);
CREATE INDEX edges_disputes_to ON edges(to_statement, from_statement)
  WHERE relation = 'disputes';
