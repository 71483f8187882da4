// Cross-document person identity. The extractors key each document's people on their own: an
// article that only says "Biden" gives the key "biden", "Joe Biden" gives "joseph biden", "Joseph
// R. Biden, Jr." gives "joseph r biden". At the end of every ingest this pass decides, from the set of keys stored, which
// key each folds into (foldPersonKeys, from ../resolve/people.ts) and points the rows of a key —
// mentions, roles, commitment parties — at the entity of its target. Rows keep the key as
// extracted (`person_key`, migration 003), so the decision is recomputed from scratch each run: it
// depends on the documents stored, not on the order they came in, and a later document that makes
// a surname ambiguous ("Hunter Biden") undoes the fold.
import type { DB } from './db.js';
import { foldPersonKeys } from '../resolve/people.js';

export interface FoldSummary {
  /** Keys whose rows now point at another key's entity. */
  folded: number;
  /** Keys whose rows were re-pointed by this run (folded, or unfolded). */
  changed: number;
}

/** Re-point person rows to the entity of the key they fold into; one transaction. */
export function foldPeople(db: DB): FoldSummary {
  return db
    .transaction((): FoldSummary => {
      // Each extracted key and the entities its mentions point at now (the index covers this).
      const current = new Map<string, Set<number>>();
      for (const [key, entityId] of db
        .prepare('SELECT DISTINCT person_key, entity_id FROM mentions WHERE person_key IS NOT NULL')
        .raw()
        .iterate() as Iterable<[string, number]>) {
        if (!current.has(key)) current.set(key, new Set());
        current.get(key)!.add(entityId);
      }
      // The rules need each key's display name (a surname alone, or middle names written out).
      const findEntity = db.prepare("SELECT id FROM entities WHERE kind = 'person' AND key = ?").pluck();
      const entityName = db.prepare("SELECT name FROM entities WHERE kind = 'person' AND key = ?").pluck();
      const targets = foldPersonKeys(new Map([...current.keys()].map((key) => [key, (entityName.get(key) as string | undefined) ?? null])));
      const insertEntity = db.prepare("INSERT INTO entities (kind, key, name) VALUES ('person', ?, ?)");
      const nameOf = db.prepare('SELECT text FROM mentions WHERE person_key = ? ORDER BY length(text) DESC, text LIMIT 1').pluck();
      const entityOf = (key: string): number =>
        (findEntity.get(key) as number | undefined) ?? Number(insertEntity.run(key, (nameOf.get(key) as string | undefined) ?? key).lastInsertRowid);
      const repoint = [
        db.prepare('UPDATE mentions SET entity_id = ? WHERE person_key = ? AND entity_id <> ?'),
        db.prepare('UPDATE OR REPLACE person_roles SET entity_id = ? WHERE person_key = ? AND entity_id <> ?'),
        db.prepare('UPDATE commitment_parties SET entity_id = ? WHERE person_key = ? AND entity_id <> ?'),
      ];
      let folded = 0;
      let changed = 0;
      // Sorted: entities created here get ids in a stable order.
      for (const key of [...current.keys()].sort()) {
        const target = targets.get(key) ?? key;
        if (target !== key) folded++;
        const id = entityOf(target);
        const now = current.get(key)!;
        if (now.size === 1 && now.has(id)) continue;
        for (const stmt of repoint) stmt.run(id, key, id);
        changed++;
      }
      return { folded, changed };
    })
    .immediate();
}

