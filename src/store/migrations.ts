// Schema migrations, applied in order; PRAGMA user_version holds how many have run.
// Never edit a migration that has shipped: add a new one.
//
// Offsets (start, end) are UTF-16 code units into documents.text, as in JavaScript. SQLite's
// substr() counts characters, so `substr(d.text, m.start + 1, m."end" - m.start) = m.text` holds
// for text in the Basic Multilingual Plane (everything but emoji and rare scripts).

import { MIGRATION_002 } from './migrations-002.js';
import { MIGRATION_003 } from './migrations-003.js';
import { MIGRATION_004 } from './migrations-004.js';

export const MIGRATIONS: { name: string; sql: string }[] = [
  {
    name: '001-initial',
    sql: `
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  arguments TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  documents_ingested INTEGER NOT NULL DEFAULT 0,
  documents_skipped INTEGER NOT NULL DEFAULT 0,
  documents_failed INTEGER NOT NULL DEFAULT 0,
  documents_pruned INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE run_problems (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  line INTEGER,
  message TEXT NOT NULL
);
CREATE INDEX run_problems_run ON run_problems(run_id);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc_key TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  line INTEGER,
  sha256 TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  text TEXT NOT NULL,
  date TEXT,
  date_source TEXT NOT NULL CHECK (date_source IN ('metadata', 'text', 'none')),
  title TEXT,
  url TEXT,
  source TEXT,
  licence TEXT,
  run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL
);

CREATE TABLE sentences (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  boilerplate INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

-- People, countries and organizations, one row per real-world entity across documents.
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization')),
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  code TEXT,
  alpha3 TEXT,
  acronym TEXT,
  UNIQUE (kind, key)
);
CREATE INDEX entities_code ON entities(code);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  fact_key TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence_idx INTEGER NOT NULL,
  rule TEXT NOT NULL,
  form TEXT,
  metonymy INTEGER NOT NULL DEFAULT 0,
  role TEXT,
  role_country TEXT
);
CREATE INDEX mentions_document ON mentions(document_id, start);
CREATE INDEX mentions_entity ON mentions(entity_id);

-- The role and role country of a person in one document (from the mention that states them).
CREATE TABLE person_roles (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  role TEXT,
  country TEXT,
  PRIMARY KEY (document_id, entity_id)
) WITHOUT ROWID;

CREATE TABLE dates (
  id INTEGER PRIMARY KEY,
  fact_key TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence_idx INTEGER NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
  value TEXT NOT NULL,
  mod TEXT,
  anchor TEXT,
  inferred TEXT,
  rule TEXT NOT NULL
);
CREATE INDEX dates_document ON dates(document_id, start);
CREATE INDEX dates_value ON dates(value);

CREATE TABLE commitments (
  id INTEGER PRIMARY KEY,
  fact_key TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence_idx INTEGER NOT NULL,
  sentence TEXT NOT NULL,
  actor_kind TEXT,
  actor_key TEXT,
  actor_name TEXT,
  action TEXT NOT NULL,
  polarity TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
  modality TEXT NOT NULL CHECK (modality IN ('firm', 'intended', 'possible', 'proposed', 'conditional')),
  recipient_key TEXT,
  recipient_name TEXT,
  deadline_date_id INTEGER REFERENCES dates(id) ON DELETE SET NULL,
  deadline_value TEXT,
  deadline_mod TEXT,
  deadline_text TEXT,
  confidence REAL NOT NULL,
  cues TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX commitments_document ON commitments(document_id, start);
CREATE INDEX commitments_actor ON commitments(actor_key);
CREATE INDEX commitments_deadline ON commitments(deadline_value);

-- Who takes part in a commitment: actor(s) (several for joint parties US+PH), speaker, recipient.
-- A rowid table: sqlite3 shells before 3.41 report false NOT NULL errors in integrity_check on a
-- WITHOUT ROWID table whose NOT NULL column is outside the primary key.
CREATE TABLE commitment_parties (
  commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor', 'speaker', 'recipient')),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  ord INTEGER NOT NULL,
  UNIQUE (commitment_id, role, ord)
);
CREATE INDEX commitment_parties_entity ON commitment_parties(entity_id, role);

-- Views for the common questions.

-- "Which commitments did Denmark make, by when?" — one row per commitment and actor party.
CREATE VIEW commitment_facts AS
SELECT c.id AS commitment_id, d.doc_key AS document, d.date AS document_date,
       a.kind AS actor_kind, a.code AS actor_code, a.name AS actor_name, c.actor_key,
       s.name AS speaker, c.action, c.polarity, c.modality,
       r.name AS recipient, r.code AS recipient_code,
       c.deadline_value AS deadline, c.deadline_mod, c.deadline_text,
       c.confidence, c.rule, c.text, c.sentence, c.start, c."end"
FROM commitments c
JOIN documents d ON d.id = c.document_id
LEFT JOIN commitment_parties pa ON pa.commitment_id = c.id AND pa.role = 'actor'
LEFT JOIN entities a ON a.id = pa.entity_id
LEFT JOIN commitment_parties ps ON ps.commitment_id = c.id AND ps.role = 'speaker'
LEFT JOIN entities s ON s.id = ps.entity_id
LEFT JOIN commitment_parties pr ON pr.commitment_id = c.id AND pr.role = 'recipient' AND pr.ord = 0
LEFT JOIN entities r ON r.id = pr.entity_id;

-- "What was refused or ruled out, and by whom?"
CREATE VIEW refusals AS
SELECT * FROM commitment_facts WHERE polarity = 'negative';

-- "What was committed to a country, and by whom?" — one row per commitment and recipient.
CREATE VIEW commitments_received AS
SELECT r.code AS recipient_code, r.name AS recipient, c.actor_name AS actor, c.actor_key,
       c.action, c.polarity, c.modality, c.deadline_value AS deadline, d.doc_key AS document, c.id AS commitment_id
FROM commitments c
JOIN commitment_parties pr ON pr.commitment_id = c.id AND pr.role = 'recipient'
JOIN entities r ON r.id = pr.entity_id
JOIN documents d ON d.id = c.document_id;

-- "Who is mentioned, in what role, how often, in how many documents?"
CREATE VIEW people AS
SELECT e.id AS entity_id, e.name,
       (SELECT pr.role FROM person_roles pr JOIN documents d2 ON d2.id = pr.document_id
         WHERE pr.entity_id = e.id AND pr.role IS NOT NULL ORDER BY d2.doc_key LIMIT 1) AS role,
       (SELECT pr.country FROM person_roles pr JOIN documents d2 ON d2.id = pr.document_id
         WHERE pr.entity_id = e.id AND pr.country IS NOT NULL ORDER BY d2.doc_key LIMIT 1) AS country,
       COUNT(m.id) AS mentions, COUNT(DISTINCT m.document_id) AS documents
FROM entities e JOIN mentions m ON m.entity_id = e.id
WHERE e.kind = 'person'
GROUP BY e.id;

-- "Which countries are mentioned, how often, in how many documents?"
CREATE VIEW country_mentions AS
SELECT e.code, e.alpha3, e.name, COUNT(m.id) AS mentions, COUNT(DISTINCT m.document_id) AS documents,
       SUM(m.metonymy) AS as_government
FROM entities e JOIN mentions m ON m.entity_id = e.id
WHERE e.kind = 'country'
GROUP BY e.id;

-- Every mention with its entity and document, for ad-hoc questions.
CREATE VIEW mention_facts AS
SELECT m.id AS mention_id, d.doc_key AS document, e.kind, e.name AS entity, e.code, m.text, m.start, m."end",
       m.sentence_idx, m.rule, m.form, m.metonymy, m.role, m.role_country
FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id;
`,
  },
  MIGRATION_002,
  MIGRATION_003,
  MIGRATION_004,
];
