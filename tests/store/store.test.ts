import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, StoreError } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'pf-store-'));

describe('store', () => {
  it('migrates an empty file to the current schema, with WAL and foreign keys', () => {
    const file = path.join(tmp(), 'new.db');
    fs.writeFileSync(file, '');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['documents', 'sentences', 'entities', 'mentions', 'dates', 'commitments', 'commitment_parties', 'runs', 'commitment_facts', 'refusals', 'people']));
    db.close();
    // Opening again runs no migration twice.
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    again.close();
  });

  it('refuses a database from a newer program', () => {
    const file = path.join(tmp(), 'future.db');
    const db = openDatabase(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(StoreError);
  });

  it('opens read-only only a database that exists', () => {
    expect(() => openDatabase(path.join(tmp(), 'none.db'), { readonly: true })).toThrow(/does not exist; run `npm run ingest` first/);
  });
});
