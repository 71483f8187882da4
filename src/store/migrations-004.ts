// Migration 004: the writer counts a document's mentions per entity itself (../store/write.ts)
// and stores one entity_documents row per entity, instead of a trigger upserting that row once per
// mention: a fifth of the store stage on a fresh ingest. Deleting and re-pointing mentions (a
// re-ingested or pruned document, the person fold) still goes through the delete and update
// triggers of migration 002.

export const MIGRATION_004: { name: string; sql: string } = {
  name: '004-counts-by-writer',
  sql: `
DROP TRIGGER IF EXISTS mentions_count_insert;
`,
};
