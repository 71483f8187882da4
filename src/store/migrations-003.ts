// Migration 003: one person across documents. Each document's people are keyed on their own
// ("biden" where an article only says "Biden", "joseph biden" where it says "Joseph R. Biden,
// Jr."); the fold pass at the end of every ingest (./fold.ts) points the rows of a key at the
// entity of the key it folds into. `person_key` keeps the key as extracted, so the fold can be
// recomputed from scratch each run (and undone when a new document makes a surname ambiguous).

export const MIGRATION_003: { name: string; sql: string } = {
  name: '003-person-fold',
  sql: `
ALTER TABLE mentions ADD COLUMN person_key TEXT;
ALTER TABLE person_roles ADD COLUMN person_key TEXT;
ALTER TABLE commitment_parties ADD COLUMN person_key TEXT;

-- Rows stored before this migration: the key as extracted is their entity's key.
UPDATE mentions SET person_key = (SELECT e.key FROM entities e WHERE e.id = mentions.entity_id AND e.kind = 'person')
WHERE entity_id IN (SELECT id FROM entities WHERE kind = 'person');
UPDATE person_roles SET person_key = (SELECT e.key FROM entities e WHERE e.id = person_roles.entity_id);
UPDATE commitment_parties SET person_key = (SELECT e.key FROM entities e WHERE e.id = commitment_parties.entity_id AND e.kind = 'person')
WHERE entity_id IN (SELECT id FROM entities WHERE kind = 'person');

-- The fold pass reads the distinct keys and re-points the rows of one key.
CREATE INDEX mentions_person_key ON mentions(person_key) WHERE person_key IS NOT NULL;
`,
};
