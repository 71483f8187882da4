// The one module that owns SQLite: opening, migrations, and the per-document write.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from './migrations.js';

export type DB = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Milliseconds to wait for another writer before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** Set by openDatabase itself when it reopens after repairing an interrupted write (once only). */
  afterRecovery?: boolean;
}

/** Open (creating if needed) a database and bring its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): DB {
  if (!options.readonly && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (options.readonly && file !== ':memory:' && !fs.existsSync(file)) {
    throw new StoreError(`database ${file} does not exist; run \`npm run ingest\` first`);
  }
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 30_000}`);
  db.pragma('foreign_keys = ON');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // WAL with synchronous=NORMAL is durable against application crashes (kill -9); a power loss
    // may lose the last transactions but never corrupts the file.
    db.pragma('synchronous = NORMAL');
    // Copy the WAL into the database every 10,000 pages (40 MB) rather than SQLite's 1,000: index
    // pages that every batch touches are copied once instead of ten times (store stage −15% CPU on
    // a fresh ingest). The WAL file is removed when the last connection closes.
    db.pragma('wal_autocheckpoint = 10000');
    migrate(db);
  } else {
    let version: number;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
    } catch (e) {
      if (!needsWriterToRecover(e) || options.afterRecovery) throw e;
      // An ingest killed mid-write left a hot journal (or a WAL to recover): a read-only
      // connection may not repair it. One read-write open does (SQLite rolls back or recovers on
      // the first read), then the file is read-only again.
      db.close();
      recoverInterruptedWrite(file);
      return openDatabase(file, { ...options, afterRecovery: true });
    }
    if (version < MIGRATIONS.length) {
      db.close();
      throw new StoreError(`database ${file} has schema version ${version}, expected ${MIGRATIONS.length}; run \`npm run ingest\` to upgrade it`);
    }
  }
  return db;
}

/**
 * Bring the schema up to date. The version is read and the migrations run inside one IMMEDIATE
 * transaction: two processes opening a new database at once serialize here, and the second finds
 * the schema already current instead of creating the tables twice.
 */
export function migrate(db: DB): void {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new StoreError(`database schema version ${version} is newer than this program (${MIGRATIONS.length}); upgrade policyfacts`);
    }
    for (let i = version; i < MIGRATIONS.length; i++) {
      db.exec(MIGRATIONS[i].sql);
      db.pragma(`user_version = ${i + 1}`);
    }
  }).immediate();
}

/** SQLITE_READONLY_ROLLBACK / _RECOVERY: the file needs a writer to finish an interrupted write. */
function needsWriterToRecover(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_READONLY_RECOVERY';
}

function recoverInterruptedWrite(file: string): void {
  let writer: DB;
  try {
    writer = new Database(file, { fileMustExist: true });
  } catch (e) {
    throw new StoreError(`database ${file} was left mid-write by an interrupted ingest and cannot be opened for writing to repair it (${(e as Error).message}); run \`npm run ingest\` with write access to it`);
  }
  try {
    writer.pragma('user_version', { simple: true });
  } finally {
    writer.close();
  }
}

/** An error about the database that the CLI reports in one line. */
export class StoreError extends Error {}
