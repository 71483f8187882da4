// Migration 002: what `policyfacts query` needs — full-text search over the documents and the
// indexes that keep each built-in question under 50 ms on 10,000 documents.
//
// Idempotent (IF NOT EXISTS everywhere, FTS rebuilt from the documents table), so running it on a
// database that already has it changes nothing. The FTS index is kept in sync by triggers on
// `documents`: the writer deletes and re-inserts a document's row on every re-ingest and prune,
// and needs no change.

export const MIGRATION_002: { name: string; sql: string } = {
  name: '002-query',
  sql: `
-- Full-text index over each document's title and text, an external-content FTS5 table (the text is
-- stored once, in documents). Porter stemming: "guarantee" finds "guarantees"; diacritics folded:
-- "Bodskov" finds "Bødskov". rowid = documents.id.
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text,
  content = 'documents', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Index the documents already stored (a no-op on an empty database; repairs the index if rerun).
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

-- people: per person, mentions and distinct documents from the index alone (covering).
-- timeline: mentions of an entity by document and sentence, joined to the dates of that sentence.
CREATE INDEX IF NOT EXISTS mentions_entity_document ON mentions(entity_id, document_id, sentence_idx);
-- The covering index above serves every lookup the old one did.
DROP INDEX IF EXISTS mentions_entity;

-- How often each entity is mentioned in each document: people and countries rank entities by
-- mentions and documents without counting 350,000 mention rows per question. Kept by triggers on
-- mentions (a document's mentions are deleted with it, by cascade, which fires them too).
CREATE TABLE IF NOT EXISTS entity_documents (
  entity_id INTEGER NOT NULL,
  document_id INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  as_government INTEGER NOT NULL,
  PRIMARY KEY (entity_id, document_id)
) WITHOUT ROWID;

CREATE TRIGGER IF NOT EXISTS mentions_count_insert AFTER INSERT ON mentions BEGIN
  INSERT INTO entity_documents (entity_id, document_id, mentions, as_government)
  VALUES (new.entity_id, new.document_id, 1, new.metonymy)
  ON CONFLICT (entity_id, document_id) DO UPDATE SET mentions = mentions + 1, as_government = as_government + excluded.as_government;
END;
CREATE TRIGGER IF NOT EXISTS mentions_count_delete AFTER DELETE ON mentions BEGIN
  UPDATE entity_documents SET mentions = mentions - 1, as_government = as_government - old.metonymy
  WHERE entity_id = old.entity_id AND document_id = old.document_id;
  DELETE FROM entity_documents WHERE entity_id = old.entity_id AND document_id = old.document_id AND mentions <= 0;
END;
CREATE TRIGGER IF NOT EXISTS mentions_count_update AFTER UPDATE OF entity_id, document_id, metonymy ON mentions BEGIN
  UPDATE entity_documents SET mentions = mentions - 1, as_government = as_government - old.metonymy
  WHERE entity_id = old.entity_id AND document_id = old.document_id;
  DELETE FROM entity_documents WHERE entity_id = old.entity_id AND document_id = old.document_id AND mentions <= 0;
  INSERT INTO entity_documents (entity_id, document_id, mentions, as_government)
  VALUES (new.entity_id, new.document_id, 1, new.metonymy)
  ON CONFLICT (entity_id, document_id) DO UPDATE SET mentions = mentions + 1, as_government = as_government + excluded.as_government;
END;

-- Count what is already stored (recounted from scratch if rerun).
DELETE FROM entity_documents;
INSERT INTO entity_documents (entity_id, document_id, mentions, as_government)
SELECT entity_id, document_id, COUNT(*), SUM(metonymy) FROM mentions GROUP BY entity_id, document_id;

-- countries: commitments made and received per entity, from the index alone (covering).
CREATE INDEX IF NOT EXISTS commitment_parties_entity_commitment ON commitment_parties(entity_id, role, commitment_id);
DROP INDEX IF EXISTS commitment_parties_entity;

-- people: each person's most frequent role and role country, from the index alone (covering).
CREATE INDEX IF NOT EXISTS person_roles_role ON person_roles(entity_id, role);
CREATE INDEX IF NOT EXISTS person_roles_country ON person_roles(entity_id, country);

-- Deleting a document deletes its dates, and each deleted date sets commitments.deadline_date_id
-- to NULL (ON DELETE SET NULL): without this index every deleted date scans all commitments —
-- 0.5 s per document re-ingested or pruned on a 10,000-document database, 4 ms with it.
CREATE INDEX IF NOT EXISTS commitments_deadline_date ON commitments(deadline_date_id);

-- commitments --polarity/--modality: few matching rows are read through the index.
CREATE INDEX IF NOT EXISTS commitments_kind ON commitments(polarity, modality);

-- timeline: the dates stated in one sentence of a document.
CREATE INDEX IF NOT EXISTS dates_sentence ON dates(document_id, sentence_idx);

-- commitments --from/--to on the document date; timeline and listings in date order.
CREATE INDEX IF NOT EXISTS documents_date ON documents(date, doc_key);

-- "What are all the facts of a document?" — every fact of every kind, one row each, with its
-- document, span, sentence and rule, and a one-line value: the country code, the entity name, the
-- TIMEX3 value, or for a commitment "polarity modality: actor — action".
CREATE VIEW IF NOT EXISTS facts AS
SELECT m.fact_key, d.doc_key AS document, m.document_id, e.kind, m.start, m."end", m.text, m.sentence_idx,
       CASE e.kind WHEN 'country' THEN e.code ELSE e.name END AS value, m.rule, m.entity_id
FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id
UNION ALL
SELECT t.fact_key, d.doc_key, t.document_id, 'date', t.start, t."end", t.text, t.sentence_idx,
       t.value || coalesce(' ' || t.mod, ''), t.rule, NULL
FROM dates t JOIN documents d ON d.id = t.document_id
UNION ALL
SELECT c.fact_key, d.doc_key, c.document_id, 'commitment', c.start, c."end", c.text, c.sentence_idx,
       c.polarity || ' ' || c.modality || ': ' || coalesce(c.actor_name, '?') || ' — ' || c.action, c.rule, NULL
FROM commitments c JOIN documents d ON d.id = c.document_id;
`,
};
