import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
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

describe('read-only open after an interrupted write', () => {
  it('repairs a hot journal left by a killed writer, then reads', () => {
    // The state a writer killed mid-transaction leaves in rollback-journal mode (an ingest killed
    // while creating the database, before WAL mode is on): the file and its hot journal, copied
    // while the transaction is open.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-hot-journal-'));
    const live = path.join(dir, 'live.db');
    const writer = new Database(live);
    writer.pragma('journal_mode = DELETE');
    writer.pragma('cache_size = 10'); // spill pages into the file during the transaction
    writer.exec('CREATE TABLE t (x TEXT)');
    const insert = writer.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 100; i++) insert.run('committed');
    writer.exec('BEGIN IMMEDIATE');
    for (let i = 0; i < 5000; i++) insert.run('x'.repeat(200));
    const crashed = path.join(dir, 'crashed.db');
    fs.copyFileSync(live, crashed);
    fs.copyFileSync(`${live}-journal`, `${crashed}-journal`);
    writer.close();

    // Plain SQLite refuses: a read-only connection may not roll the journal back.
    const plain = new Database(crashed, { readonly: true, fileMustExist: true });
    expect(() => plain.prepare('SELECT count(*) FROM t').pluck().get()).toThrow(/readonly/);
    plain.close();

    // openDatabase repairs it once and reads what was committed. (The schema version check then
    // says this is no policyfacts database, which is the point: the read got that far.)
    expect(() => openDatabase(crashed, { readonly: true })).toThrow(/schema version 0/);
    expect(fs.existsSync(`${crashed}-journal`)).toBe(false);
    const after = new Database(crashed, { readonly: true, fileMustExist: true });
    expect(after.prepare('SELECT count(*) FROM t').pluck().get()).toBe(100);
    after.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
