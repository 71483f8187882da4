// One person across documents (src/store/fold.ts): the surname-only key of one article folds into
// the full name of another, recomputed each run — independent of order, undone by ambiguity.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { foldPersonKeys } from '../../src/resolve/people.js';
import { ingest } from '../../src/pipeline/ingest.js';

describe('foldPersonKeys', () => {
  const cases: [string, string[], string | undefined][] = [
    // key, the keys stored, what it folds into (undefined: stays)
    ['biden', ['biden', 'joseph biden'], 'joseph biden'],
    ['biden', ['biden', 'joseph biden', 'hunter biden'], undefined],
    ['biden', ['biden'], undefined],
    ['joseph biden', ['biden', 'joseph biden'], undefined],
    ['putin', ['putin', 'vladimir putin', 'vladimir zelenskyy'], 'vladimir putin'],
    ['bush', ['bush', 'george w bush', 'laura bush'], undefined],
    // Only a whole last word: "den" is not the end of "van den heuvel"'s last word, nor "len" of "allen".
    ['len', ['len', 'woody allen'], undefined],
  ];
  it.each(cases)('%s among %j → %s', (key, keys, target) => {
    expect(foldPersonKeys(keys).get(key)).toBe(target);
  });
});

// Made-up articles: one names a minister by surname only, one in full, one names a relative.
const SURNAME_ONLY = 'Minister Pellegrini said on Monday that the government will send engineers to the region. Mr. Pellegrini spoke in Rome.';
const FULL_NAME = 'Foreign Minister Marco Pellegrini met his Danish counterpart in Copenhagen on Tuesday.';
const RELATIVE = 'Giulia Pellegrini, a lawyer, said the case would be appealed.';

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `---\ndate: 2024-03-04\n---\n${text}\n`);
  return file;
}

async function run(db: string, files: string[]): Promise<void> {
  const s = await ingest({ paths: files, db, out: null, concurrency: 1, force: false, prune: true, date: null, argv: ['test'] });
  expect(s.documents.failed).toBe(0);
}

/** Each document's person mentions: document, mention text, the key of the entity it points at. */
function assignment(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db
        .prepare(
          `SELECT d.doc_key || ': ' || m.text || ' → ' || e.key AS row FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id
           WHERE e.kind = 'person' ORDER BY d.doc_key, m.start`,
        )
        .pluck()
        .all() as string[]
    );
  } finally {
    db.close();
  }
}

describe('fold across documents, through ingest', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-fold-'));
  const a = write(dir, 'a-surname.txt', SURNAME_ONLY);
  const b = write(dir, 'b-full.txt', FULL_NAME);
  const c = write(dir, 'c-relative.txt', RELATIVE);

  it('links a surname-only article to the full name of another, in either order and across runs', async () => {
    const together = path.join(dir, 'together.db');
    await run(together, [a, b]);
    const rows = assignment(together);
    expect(rows).toEqual(['a-surname: Pellegrini → marco pellegrini', 'a-surname: Pellegrini → marco pellegrini', 'b-full: Marco Pellegrini → marco pellegrini']);
    // The surname article first, the full name in a later run: the same result.
    const later = path.join(dir, 'later.db');
    await run(later, [a]);
    expect(assignment(later)).toEqual(['a-surname: Pellegrini → pellegrini', 'a-surname: Pellegrini → pellegrini']);
    await run(later, [a, b]);
    expect(assignment(later)).toEqual(rows);
  });

  it('undoes the link when another full name makes the surname ambiguous, and redoes it when that one goes', async () => {
    const file = path.join(dir, 'ambiguous.db');
    await run(file, [a, b]);
    await run(file, [a, b, c]);
    expect(assignment(file)).toContain('a-surname: Pellegrini → pellegrini');
    expect(assignment(file)).toContain('c-relative: Giulia Pellegrini → giulia pellegrini');
    // --prune drops the relative's article: the surname folds again.
    await run(file, [a, b]);
    expect(assignment(file)).toContain('a-surname: Pellegrini → marco pellegrini');
    // Counts per entity follow the mentions (entity_documents: written with the mentions, kept by triggers on update and delete).
    const db = new Database(file, { readonly: true });
    const people = db.prepare("SELECT key, mentions, documents FROM people JOIN entities USING (name) WHERE kind = 'person' ORDER BY key").all();
    db.close();
    expect(people).toContainEqual({ key: 'marco pellegrini', mentions: 3, documents: 2 });
  });
});
