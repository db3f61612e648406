-- 0005_statement_normalised: each statement's normalised content, kept at
-- write time so cross-article relating compares a new statement with stored
-- candidates without analysing their text again. Documented in docs/schema.md.

-- link::EncodeNormalised of the statement's content normalised on its own
-- (lemmas, core lemmas, occurrences, polarity and hedging flags, numbers,
-- names). Rows stored before this migration keep '' and are analysed from
-- `content` when compared, as before, so an older database needs no
-- back-fill and relates exactly as it did.
ALTER TABLE statements ADD COLUMN normalised TEXT NOT NULL DEFAULT '';
