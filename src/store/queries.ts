// The read side of the store: the read-only connection, name resolution and the SQL of each
// built-in question of `policyfacts query`. Every filter is a bound parameter; every question has
// a total order (ties broken by document key, offset and fact key) so output is stable.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { foldPersonKey, personKey } from '../resolve/people.js';
import { StoreError, type DB } from './db.js';

/** Rows of one answer. `more` is true when rows beyond the limit were left out. */
export interface Answer {
  columns: string[];
  rows: Record<string, unknown>[];
  more: boolean;
}

/** A user error in a question's input (unknown or ambiguous name, bad id, refused SQL): exit 2. */
export class QueryError extends Error {
  constructor(
    message: string,
    /** Lines printed after the message: the candidates of an ambiguous name, suggestions. */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Opening

/** Objects of migration 002 that the questions need; named in the error when missing. */
const REQUIRED = ['documents_fts', 'facts'];

/**
 * Open a database for questions: read-only at the SQLite level (`readonly` and `query_only`), so
 * nothing run through it — the sql question included — can change the file.
 */
export function openReadonly(file: string): DB {
  if (!fs.existsSync(file)) throw new StoreError(`database ${file} does not exist; run \`npm run ingest\` first`);
  let db: DB;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new StoreError(`cannot open database ${file}: ${(e as Error).message}`);
  }
  try {
    db.pragma('query_only = ON');
    // Pages read straight from the mapped file: no read() and copy per page, which is most of
    // the cost of a question on a cold connection (every CLI call is one).
    db.pragma('mmap_size = 268435456');
    const names = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").pluck().all() as string[]);
    if (!names.has('documents')) throw new StoreError(`${file} is not a policyfacts database (no documents table)`);
    const missing = REQUIRED.filter((n) => !names.has(n));
    if (missing.length) {
      const version = db.pragma('user_version', { simple: true });
      throw new StoreError(`database ${file} (schema version ${version}) has no ${missing.join(', ')}; run \`npm run ingest\` to upgrade it`);
    }
  } catch (e) {
    db.close();
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot read database ${file}: ${(e as Error).message}`);
  }
  return db;
}

// ---------------------------------------------------------------------------------------------
// Names

export type EntityKind = 'person' | 'country' | 'organization';

export interface Entity {
  /** null for a known country that no document mentions: every question then answers nothing. */
  id: number | null;
  kind: EntityKind;
  key: string;
  name: string;
  code: string | null;
}

interface EntityRow {
  id: number;
  kind: EntityKind;
  key: string;
  name: string;
  code: string | null;
}

/** `kind:key`, the exact form candidates are listed in (`person:joseph biden`, `country:DK`). */
export function entityRef(e: { kind: string; key: string }): string {
  return `${e.kind}:${e.key}`;
}

/**
 * The one entity a user's name designates, forgivingly:
 * - a country by name, abbreviation, adjective or ISO code ("Denmark", "DK", "danish", "dnk"),
 *   through the extractor's own lexicon (lookupCountry); a capital ("Kyiv") only if nothing else fits;
 * - an organization by canonical name or acronym ("NATO", "north atlantic treaty organization");
 * - a person by full name ("Joseph Biden", initials and accents optional) or surname ("Biden");
 * - exactly, as `kind:key`.
 * Exact matches (tier 1) are tried before partial ones (surname, words of a name: tier 2). Several
 * candidates in the first tier that has any: QueryError listing them. A surname that is itself a
 * stored person ("Biden", from documents that never give the full name) is ambiguous with the full
 * names that end in it.
 */
export async function resolveEntity(db: DB, input: string): Promise<Entity> {
  const { lookupCountry, countryByCode } = await countryLexicon();
  const name = input.trim();
  if (name === '') throw new QueryError('Expected a name, got an empty string');
  const exact = /^(?<kind>person|country|organization):(?<key>.+)$/i.exec(name);
  if (exact) {
    const kind = exact.groups!.kind.toLowerCase() as EntityKind;
    const raw = exact.groups!.key.trim();
    const key = kind === 'country' ? raw.toUpperCase() : raw.toLowerCase();
    const byKey = db.prepare('SELECT id, kind, key, name, code FROM entities WHERE kind = ? AND key = ?');
    // A listed key as given; for a person also the key its name makes ("Joseph R. Biden" → joseph biden).
    if (kind === 'person') {
      const person = storedPerson(db, key, null) ?? storedPerson(db, personKey(raw), raw);
      if (person) return person;
    }
    const row = byKey.get(kind, key) as EntityRow | undefined;
    if (row) return row;
    if (kind === 'country' && countryByCode(key)) return { id: null, kind, key, name: countryByCode(key)!.name, code: key };
    throw new QueryError(`Unknown ${kind} \`${raw}\`: no ${kind} with that key in the database`, suggestions(db, raw));
  }

  const candidates = new Map<string, Entity>();
  const add = (e: Entity): void => {
    candidates.set(entityRef(e), e);
  };
  const pkey = personKey(name);

  // Tier 1: exact names.
  const code = lookupCountry(name);
  if (code) add(countryEntity(db, code, countryByCode(code)?.name ?? code));
  for (const row of db
    .prepare("SELECT id, kind, key, name, code FROM entities WHERE kind = 'organization' AND (key = lower(?) OR name = ? COLLATE NOCASE OR acronym = ? COLLATE NOCASE)")
    .all(name, name, name) as EntityRow[])
    add(row);
  if (pkey !== '') {
    const person = storedPerson(db, pkey, name);
    if (person) {
      add(person);
      // A surname nobody's full name was folded into: ambiguous with the full names ending in it.
      if (person.key === pkey && !pkey.includes(' ')) for (const row of peopleBySurname(db, pkey)) add(row);
    }
  }
  if (candidates.size === 0) {
    // Tier 2: a surname, a capital, words of an organization's name.
    if (pkey !== '') for (const row of peopleBySurname(db, pkey)) add(row);
    const capital = lookupCountry(name, { capitals: true });
    if (capital) add(countryEntity(db, capital, countryByCode(capital)?.name ?? capital));
    if (name.length >= 3) {
      for (const row of db
        .prepare("SELECT id, kind, key, name, code FROM entities WHERE kind = 'organization' AND (' ' || lower(name) || ' ') LIKE ? ESCAPE '\\'")
        .all(`% ${likeEscape(name.toLowerCase())} %`) as EntityRow[])
        add(row);
    }
  }
  if (candidates.size === 1) return [...candidates.values()][0];
  if (candidates.size === 0) {
    throw new QueryError(`Unknown name \`${name}\`: no person, country or organization by that name`, suggestions(db, name));
  }
  const list = [...candidates.values()].map((e) => ({ e, mentions: e.id === null ? 0 : mentionCount(db, e.id) }));
  list.sort((a, b) => b.mentions - a.mentions || entityRef(a.e).localeCompare(entityRef(b.e)));
  throw new QueryError(
    `Ambiguous name \`${name}\`: ${list.length} candidates; give one of them as kind:key`,
    candidateLines(list),
  );
}

function countryEntity(db: DB, code: string, name: string): Entity {
  const row = db.prepare("SELECT id, kind, key, name, code FROM entities WHERE kind = 'country' AND key = ?").get(code) as EntityRow | undefined;
  return row ?? { id: null, kind: 'country', key: code, name, code };
}

/**
 * The extractor's country lexicon, loaded on first use: building it takes a third of a second,
 * which the questions that resolve no name should not pay.
 */
function countryLexicon(): Promise<typeof import('../extract/country/index.js')> {
  return import('../extract/country/index.js');
}

/** The ISO code of a country name, code or adjective ("danish" → DK), or null. */
export async function countryCode(name: string): Promise<string | null> {
  return (await countryLexicon()).lookupCountry(name);
}

function peopleBySurname(db: DB, surnameKey: string): EntityRow[] {
  // Only people with mentions: a key folded into another person's (../store/fold.ts) has none.
  return db
    .prepare(
      "SELECT id, kind, key, name, code FROM entities e WHERE kind = 'person' AND key LIKE ? ESCAPE '\\' AND EXISTS (SELECT 1 FROM entity_documents ed WHERE ed.entity_id = e.id) ORDER BY key",
    )
    .all(`% ${likeEscape(surnameKey)}`) as EntityRow[];
}

/**
 * The person a key stands for now: the entity its mentions were folded into across documents
 * ("biden" → joseph r biden, ../store/fold.ts), its own entity, or — for a key no document used —
 * the stored person it would fold into ("joseph biden" → joseph r biden); null if none.
 */
function storedPerson(db: DB, key: string, name: string | null): EntityRow | null {
  if (key === '') return null;
  const select = 'SELECT e.id, e.kind, e.key, e.name, e.code FROM';
  const folded = db.prepare(`${select} mentions m JOIN entities e ON e.id = m.entity_id WHERE m.person_key = ? AND e.kind = 'person' LIMIT 1`).get(key);
  if (folded) return folded as EntityRow;
  const own = db.prepare(`${select} entities e WHERE kind = 'person' AND key = ?`).get(key) as EntityRow | undefined;
  if (own) return own;
  const live = new Map(
    db.prepare("SELECT key, name FROM entities e WHERE kind = 'person' AND EXISTS (SELECT 1 FROM entity_documents ed WHERE ed.entity_id = e.id)").raw().all() as [string, string][],
  );
  const target = foldPersonKey(key, live, name);
  return target === key ? null : ((db.prepare(`${select} entities e WHERE kind = 'person' AND key = ?`).get(target) as EntityRow | undefined) ?? null);
}

function mentionCount(db: DB, entityId: number): number {
  return db.prepare('SELECT COUNT(*) FROM mentions WHERE entity_id = ?').pluck().get(entityId) as number;
}

/** `kind:key` (quoted when it has a space, so it can be pasted), name and mentions, aligned. */
function candidateLines(list: { e: Entity; mentions: number }[]): string[] {
  const refs = list.map(({ e }) => (/\s/.test(entityRef(e)) ? `"${entityRef(e)}"` : entityRef(e)));
  const width = Math.max(...refs.map((r) => r.length));
  return list.map(({ e, mentions }, i) => `${refs[i].padEnd(width)}  ${e.name} (${mentions} mention${mentions === 1 ? '' : 's'})`);
}

/** Up to five stored names containing the input, as "did you mean" lines. */
function suggestions(db: DB, name: string): string[] {
  const word = name.replace(/^(?:person|country|organization):/i, '').trim();
  if (word.length < 3) return [];
  const rows = db
    .prepare(
      `SELECT e.id, e.kind, e.key, e.name, e.code FROM entities e
       WHERE e.name LIKE ? ESCAPE '\\' OR e.key LIKE ? ESCAPE '\\'
       ORDER BY e.kind, e.name, e.key LIMIT 5`,
    )
    .all(`%${likeEscape(word)}%`, `%${likeEscape(word.toLowerCase())}%`) as EntityRow[];
  if (!rows.length) return [];
  return ['did you mean:', ...candidateLines(rows.map((e) => ({ e, mentions: mentionCount(db, e.id) }))).map((l) => `  ${l}`)];
}

export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// ---------------------------------------------------------------------------------------------
// Dates

/** A calendar bound typed by the user: YYYY, YYYY-MM or YYYY-MM-DD. Null if it is none. */
export function calendarBound(s: string): string | null {
  const m = /^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const month = m.groups!.m === undefined ? 1 : Number(m.groups!.m);
  if (month < 1 || month > 12) return null;
  if (m.groups!.d !== undefined) {
    const day = Number(m.groups!.d);
    const last = new Date(Date.UTC(Number(m.groups!.y), month, 0)).getUTCDate();
    if (day < 1 || day > last) return null;
  }
  return s;
}

/**
 * SQL for the calendar part of a TIMEX3 value: "2024-03-05T10:00" → "2024-03-05", "2024-W05" and
 * "2024-Q1" → "2024", "2024-03" stays; anything not anchored to a year ("XXXX-02-08", "P1Y",
 * "FUTURE_REF", "199X") → NULL.
 */
function calendarSql(column: string): string {
  return `(CASE WHEN ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(${column}, 1, 10)
    WHEN ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(${column}, 1, 7)
    WHEN ${column} GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(${column}, 1, 4) END)`;
}

/**
 * The period a calendar value names overlaps [from, to]. Values and bounds are prefixes of
 * YYYY-MM-DD, so string order works once the value's end is padded with '~' (after every digit
 * and '-'): "2024" overlaps from 2024-06-01 because "2024~" ≥ "2024-06-01".
 */
function overlapSql(expr: string, from: string | undefined, to: string | undefined, params: unknown[]): string {
  const parts: string[] = [];
  if (from !== undefined) {
    parts.push(`(${expr} || '~') >= ?`);
    params.push(from);
  }
  if (to !== undefined) {
    parts.push(`${expr} <= ?`);
    params.push(`${to}~`);
  }
  return parts.length ? parts.join(' AND ') : '1';
}

// ---------------------------------------------------------------------------------------------
// Questions

/** The LIMIT to bind: one row more than shown, to know whether more match; -1 (no limit) for 0. */
function limitParam(limit: number): number {
  return limit > 0 ? limit + 1 : -1;
}

/** Run a query whose parameters bind its LIMIT already (limitParam), keeping at most `limit` rows. */
function fetchRows(db: DB, sql: string, params: unknown[], limit: number): Answer {
  const stmt = db.prepare(sql);
  const rows = stmt.all(...params) as Record<string, unknown>[];
  const more = limit > 0 && rows.length > limit;
  if (more) rows.length = limit;
  return { columns: stmt.columns().map((c) => c.name), rows, more };
}

export interface PeopleFilter {
  /** Role country, an ISO code. */
  country?: string;
  /** Part of the name, case-insensitive. */
  name?: string;
  limit: number;
}

/**
 * "Who is mentioned, in what role, how often, in how many documents?" Role and country are each
 * the one stated in the most documents (ties: alphabetical). Most mentioned first.
 */
export function people(db: DB, f: PeopleFilter): Answer {
  const where: string[] = ["e.kind = 'person'"];
  const params: unknown[] = [];
  if (f.country) {
    where.push('EXISTS (SELECT 1 FROM person_roles pr WHERE pr.entity_id = e.id AND pr.country = ?)');
    params.push(f.country);
  }
  if (f.name) {
    where.push("(e.name LIKE ? ESCAPE '\\' OR e.key LIKE ? ESCAPE '\\')");
    params.push(`%${likeEscape(f.name)}%`, `%${likeEscape(personKey(f.name))}%`);
  }
  // Ranked on entity_documents (one row per entity and document); role and country are looked
  // up only for the rows kept.
  const sql = `
SELECT p.name,
  (SELECT role FROM person_roles WHERE entity_id = p.entity_id AND role IS NOT NULL GROUP BY role ORDER BY COUNT(*) DESC, role LIMIT 1) AS role,
  (SELECT country FROM person_roles WHERE entity_id = p.entity_id AND country IS NOT NULL GROUP BY country ORDER BY COUNT(*) DESC, country LIMIT 1) AS country,
  p.mentions, p.documents, p.entity
FROM (
  SELECT e.id AS entity_id, e.name, 'person:' || e.key AS entity, s.mentions, s.documents
  FROM (
    -- Grouped in primary-key order: no sort.
    SELECT entity_id, SUM(mentions) AS mentions, COUNT(*) AS documents FROM entity_documents
    WHERE entity_id IN (SELECT e.id FROM entities e WHERE ${where.join(' AND ')})
    GROUP BY entity_id
  ) s CROSS JOIN entities e ON e.id = s.entity_id
  ORDER BY s.mentions DESC, s.documents DESC, e.name, e.key
  LIMIT ?
) p
ORDER BY p.mentions DESC, p.documents DESC, p.name, p.entity`;
  return fetchRows(db, sql, [...params, limitParam(f.limit)], f.limit);
}

/**
 * "Which countries are mentioned, how often, in how many documents; how many commitments did
 * each make and receive?" `as_government`: mentions that stand for the government ("Kyiv said").
 */
export function countries(db: DB, f: { limit: number }): Answer {
  const sql = `
SELECT c.code, c.name, c.mentions, c.documents, c.as_government,
  (SELECT COUNT(DISTINCT p.commitment_id) FROM commitment_parties p WHERE p.entity_id = c.entity_id AND p.role = 'actor') AS commitments_made,
  (SELECT COUNT(DISTINCT p.commitment_id) FROM commitment_parties p WHERE p.entity_id = c.entity_id AND p.role = 'recipient') AS commitments_received
FROM (
  SELECT e.id AS entity_id, e.code, e.name, s.mentions, s.documents, s.as_government
  FROM (
    SELECT entity_id, SUM(mentions) AS mentions, COUNT(*) AS documents, SUM(as_government) AS as_government FROM entity_documents
    WHERE entity_id IN (SELECT id FROM entities WHERE kind = 'country')
    GROUP BY entity_id
  ) s CROSS JOIN entities e ON e.id = s.entity_id
  ORDER BY s.mentions DESC, s.documents DESC, e.code
  LIMIT ?
) c
ORDER BY c.mentions DESC, c.documents DESC, c.code`;
  return fetchRows(db, sql, [limitParam(f.limit)], f.limit);
}

export type Polarity = 'positive' | 'negative';
export type Modality = 'firm' | 'intended' | 'possible' | 'proposed' | 'conditional';
export const POLARITIES: Polarity[] = ['positive', 'negative'];
export const MODALITIES: Modality[] = ['firm', 'intended', 'possible', 'proposed', 'conditional'];
/** What --from/--to apply to. */
export type DateField = 'deadline' | 'document' | 'either';
export const DATE_FIELDS: DateField[] = ['either', 'deadline', 'document'];

export interface CommitmentFilter {
  actor?: Entity;
  recipient?: Entity;
  from?: string;
  to?: string;
  on: DateField;
  polarity?: Polarity;
  modality?: Modality;
  /** Words in the commitment's clause or action, case-insensitive. */
  text?: string;
  limit: number;
}

/** Above this many rows from an index, walk in date order and stop at the limit instead. */
const FEW_ROWS = 2000;

/** The rows of a query, counted up to cap + 1 only (an index count that stops early). */
function countUpTo(db: DB, sql: string, params: unknown[], cap: number): number {
  return db.prepare(`SELECT COUNT(*) FROM (${sql} LIMIT ${cap + 1})`).pluck().get(...params) as number;
}

/** SQL condition "starts with a digit": a TIMEX3 value anchored to a year (2024, 2024-03-05T10:00, 199X). */
function anchoredSql(column: string): string {
  return `(${column} >= '0' AND ${column} < ':')`;
}

/**
 * The walk over documents in date order and their commitments. It names both indexes: left to
 * itself, SQLite reads a document's commitments through the polarity index when that filter is on
 * (every negative commitment for every document: 1.3 s at 32,000 documents, 30 s at 100,000).
 */
export const COMMITMENTS_IN_DATE_ORDER = 'documents d INDEXED BY documents_date CROSS JOIN commitments c INDEXED BY commitments_document ON c.document_id = d.id';

/**
 * "Which commitments were made, by whom, toward whom, by when?" One row per commitment (joint
 * actors in one row), in the order of the documents' dates (undated documents last), then document
 * and offset. --from/--to keep commitments whose deadline or document date (--on) overlaps the range.
 *
 * Plan: the keys of the first rows are found first, the columns read only for them. When one
 * filter has an index that gives few rows (a party's commitment_parties, polarity/modality, a
 * deadline range), those rows are read and sorted; otherwise documents are walked in date order
 * (index documents_date) and the walk stops at the limit.
 */
export function commitments(db: DB, f: CommitmentFilter): Answer {
  const where: string[] = [];
  const params: unknown[] = [];
  // The cheapest way in: the fewest rows an index gives for one of the filters, if few enough;
  // otherwise the walk in date order, which stops at the limit.
  let driver: { rows: number; from: string } = { rows: Infinity, from: COMMITMENTS_IN_DATE_ORDER };
  const consider = (rows: number, from: string): void => {
    if (rows <= FEW_ROWS && rows < driver.rows) driver = { rows, from };
  };
  const party = (role: 'actor' | 'recipient', e: Entity): void => {
    where.push(`c.id IN (SELECT commitment_id FROM commitment_parties WHERE entity_id = ? AND role = '${role}')`);
    params.push(e.id ?? -1);
    // The planner reads the IN list first and the commitments by primary key.
    consider(countUpTo(db, 'SELECT 1 FROM commitment_parties WHERE entity_id = ? AND role = ?', [e.id ?? -1, role], FEW_ROWS), 'commitments c JOIN documents d ON d.id = c.document_id');
  };
  if (f.actor) party('actor', f.actor);
  if (f.recipient) party('recipient', f.recipient);
  if (f.polarity || f.modality) {
    // Both columns always constrained, so that the index (polarity, modality) serves either filter.
    const polarities = f.polarity ? [f.polarity] : POLARITIES;
    const modalities = f.modality ? [f.modality] : MODALITIES;
    const cond = `c.polarity IN (${polarities.map(() => '?').join(', ')}) AND c.modality IN (${modalities.map(() => '?').join(', ')})`;
    where.push(cond);
    params.push(...polarities, ...modalities);
    consider(
      countUpTo(db, `SELECT 1 FROM commitments c WHERE ${cond}`, [...polarities, ...modalities], FEW_ROWS),
      'commitments c INDEXED BY commitments_kind JOIN documents d ON d.id = c.document_id',
    );
  }
  if (f.text) {
    where.push("(c.text LIKE ? ESCAPE '\\' OR c.action LIKE ? ESCAPE '\\')");
    params.push(`%${likeEscape(f.text)}%`, `%${likeEscape(f.text)}%`);
  }
  if (f.from !== undefined || f.to !== undefined) {
    const deadlineParams: unknown[] = [];
    const documentParams: unknown[] = [];
    const deadline = `(c.deadline_value IS NOT NULL AND ${overlapSql(calendarSql('c.deadline_value'), f.from, f.to, deadlineParams)})`;
    const document = `(d.date IS NOT NULL AND ${overlapSql('d.date', f.from, f.to, documentParams)})`;
    // Index bounds that contain the exact overlap: a value from the year of --from to the end of --to.
    const low = f.from !== undefined ? f.from.slice(0, 4) : '0';
    const high = f.to !== undefined ? `${f.to}~` : ':';
    if (f.on === 'deadline') {
      where.push(`${deadline} AND c.deadline_value >= ? AND c.deadline_value < ?`);
      params.push(...deadlineParams, low, high);
      consider(
        countUpTo(db, 'SELECT 1 FROM commitments WHERE deadline_value >= ? AND deadline_value < ?', [low, high], FEW_ROWS),
        'commitments c INDEXED BY commitments_deadline JOIN documents d ON d.id = c.document_id',
      );
    } else if (f.on === 'document') {
      where.push(`${document} AND d.date >= ? AND d.date < ?`);
      params.push(...documentParams, low, high);
    } else {
      where.push(`(${deadline} OR ${document})`);
      params.push(...deadlineParams, ...documentParams);
    }
  }
  const filter = where.length ? where.map((w) => `AND ${w}`).join('\n    ') : '';
  const limit = limitParam(f.limit);
  // Keys first (dated documents, then undated ones, each part stopping at the limit); the
  // columns are read for the rows kept only.
  const part = (dated: boolean): string => `SELECT * FROM (
    SELECT c.id, d.date, d.doc_key, c.start, c.fact_key FROM ${driver.from}
    WHERE d.date ${dated ? 'IS NOT NULL' : 'IS NULL'} ${filter}
    ORDER BY ${dated ? 'd.date, ' : ''}d.doc_key, c.start, c.fact_key LIMIT ?)`;
  const sql = `
SELECT d.date AS document_date, c.actor_name AS actor,
  (SELECT e.name FROM commitment_parties p JOIN entities e ON e.id = p.entity_id WHERE p.commitment_id = c.id AND p.role = 'speaker' ORDER BY p.ord LIMIT 1) AS speaker,
  c.action, c.polarity, c.modality, c.recipient_name AS recipient,
  c.deadline_value AS deadline, c.confidence, c.fact_key AS fact
FROM (${part(true)}
  UNION ALL
  ${part(false)}) k
CROSS JOIN commitments c ON c.id = k.id CROSS JOIN documents d ON d.id = c.document_id
ORDER BY k.date IS NULL, k.date, k.doc_key, k.start, k.fact_key
LIMIT ?`;
  return fetchRows(db, sql, [...params, limit, ...params, limit, limit], f.limit);
}

export interface TimelineFilter {
  from?: string;
  to?: string;
  limit: number;
}

/**
 * "What happened to or was said about this entity, when?" Dated facts in the order of their
 * TIMEX3 value (a partial date first: 2024 before 2024-01): the dates anchored to a year that are
 * stated in a sentence mentioning the entity, and the commitments it is a party to, dated by their
 * deadline, else by their document's date.
 *
 * Plan: each part keeps only its first rows. An entity with few rows is read through its own
 * mentions and parties and sorted; a frequent one (a country in thousands of documents) walks
 * dates, deadlines and documents in value order and stops at the limit.
 */
export function timeline(db: DB, entity: Entity, f: TimelineFilter): Answer {
  const id = entity.id ?? -1;
  const limit = limitParam(f.limit);
  // An entity in most documents (the US in a US news corpus) co-occurs with dates everywhere:
  // walking the dates in value order finds the first rows at once. Anything rarer is read
  // through its own sentences.
  const documents = db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
  const entityDocuments = countUpTo(db, 'SELECT 1 FROM entity_documents WHERE entity_id = ?', [id], documents);
  const fewMentions = entityDocuments * 2 <= documents || documents < 1000;
  const fewParties = countUpTo(db, 'SELECT 1 FROM commitment_parties WHERE entity_id = ?', [id], FEW_ROWS) <= FEW_ROWS;
  // Exact overlap with --from/--to on the calendar part, and index bounds that contain it.
  const range = (column: string, params: unknown[]): string => {
    const exact = f.from !== undefined || f.to !== undefined ? `AND ${overlapSql(calendarSql(column), f.from, f.to, params)}` : '';
    const bounds = `AND ${column} >= ? AND ${column} < ?`;
    params.push(f.from !== undefined ? f.from.slice(0, 4) : '0', f.to !== undefined ? `${f.to}~` : ':');
    return `${exact} ${bounds}`;
  };
  // role IN (…) lets both probes use the covering index (entity_id, role, commitment_id) to the end.
  const ROLES = "('actor', 'recipient', 'speaker')";
  const roles = `(SELECT group_concat(role, ', ') FROM (SELECT DISTINCT role FROM commitment_parties WHERE entity_id = ? AND role IN ${ROLES} AND commitment_id = c.id ORDER BY role))`;
  const what = `c.polarity || ' ' || c.modality || ': ' || coalesce(c.actor_name, '?') || ' — ' || c.action
    || CASE WHEN c.deadline_value IS NOT NULL THEN ' (by ' || coalesce(c.deadline_text, c.deadline_value) || ')' ELSE '' END`;
  const isParty = `EXISTS (SELECT 1 FROM commitment_parties p WHERE p.entity_id = ? AND p.role IN ${ROLES} AND p.commitment_id = c.id)`;
  const params: unknown[] = [];
  const parts: string[] = [];

  // 1. Dates stated in a sentence that mentions the entity.
  if (fewMentions) {
    params.push(id);
    const r = range('dt.value', params);
    parts.push(`SELECT dt.value AS date, 'date' AS kind, dt.fact_key AS fact, dt.document_id, d.doc_key, dt.start, dt.sentence_idx, dt.text AS what
      FROM (SELECT DISTINCT document_id, sentence_idx FROM mentions WHERE entity_id = ?) ms
      CROSS JOIN dates dt INDEXED BY dates_sentence ON dt.document_id = ms.document_id AND dt.sentence_idx = ms.sentence_idx
      CROSS JOIN documents d ON d.id = dt.document_id
      WHERE 1 ${r}
      ORDER BY dt.value, d.doc_key, dt.start, dt.fact_key LIMIT ?`);
  } else {
    const r = range('dt.value', params);
    params.push(id);
    parts.push(`SELECT dt.value AS date, 'date' AS kind, dt.fact_key AS fact, dt.document_id, d.doc_key, dt.start, dt.sentence_idx, dt.text AS what
      FROM dates dt INDEXED BY dates_value JOIN documents d ON d.id = dt.document_id
      WHERE 1 ${r}
        AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = ? AND m.document_id = dt.document_id AND m.sentence_idx = dt.sentence_idx)
      ORDER BY dt.value, d.doc_key, dt.start, dt.fact_key LIMIT ?`);
  }
  params.push(limit);

  // 2. Commitments the entity is a party to: by deadline when it is anchored, else by document date.
  const whenSql = `CASE WHEN ${anchoredSql('c.deadline_value')} THEN c.deadline_value ELSE d.date END`;
  if (fewParties) {
    params.push(id, id);
    const r = range(whenSql, params);
    parts.push(`SELECT ${whenSql} AS date, 'commitment (' || ${roles} || ')' AS kind, c.fact_key AS fact, c.document_id, d.doc_key, c.start, c.sentence_idx, ${what} AS what
      FROM commitments c JOIN documents d ON d.id = c.document_id
      WHERE c.id IN (SELECT commitment_id FROM commitment_parties WHERE entity_id = ?) ${r}
      ORDER BY 1, d.doc_key, c.start, c.fact_key LIMIT ?`);
    params.push(limit);
  } else {
    params.push(id);
    let r = range('c.deadline_value', params);
    params.push(id);
    parts.push(`SELECT c.deadline_value AS date, 'commitment (' || ${roles} || ')' AS kind, c.fact_key AS fact, c.document_id, d.doc_key, c.start, c.sentence_idx, ${what} AS what
      FROM commitments c INDEXED BY commitments_deadline JOIN documents d ON d.id = c.document_id
      WHERE 1 ${r} AND ${isParty}
      ORDER BY c.deadline_value, d.doc_key, c.start, c.fact_key LIMIT ?`);
    params.push(limit, id);
    r = range('d.date', params);
    params.push(id);
    parts.push(`SELECT d.date AS date, 'commitment (' || ${roles} || ')' AS kind, c.fact_key AS fact, c.document_id, d.doc_key, c.start, c.sentence_idx, ${what} AS what
      FROM documents d INDEXED BY documents_date CROSS JOIN commitments c ON c.document_id = d.id
      WHERE NOT coalesce(${anchoredSql('c.deadline_value')}, 0) ${r} AND ${isParty}
      ORDER BY d.date, d.doc_key, c.start, c.fact_key LIMIT ?`);
    params.push(limit);
  }
  const sql = `
SELECT t.date, t.kind, t.what, substr(d.text, s.start + 1, s."end" - s.start) AS sentence, t.fact
FROM (${parts.map((p) => `SELECT * FROM (${p})`).join('\n  UNION ALL ')}) t
JOIN documents d ON d.id = t.document_id
LEFT JOIN sentences s ON s.document_id = t.document_id AND s.idx = t.sentence_idx
ORDER BY t.date, t.doc_key, t.start, t.fact
LIMIT ?`;
  return fetchRows(db, sql, [...params, limit], f.limit);
}

/** The document row for an id, or a QueryError naming close ids. */
function documentByKey(db: DB, key: string): { id: number; doc_key: string } {
  const row = db.prepare('SELECT id, doc_key FROM documents WHERE doc_key = ?').get(key) as { id: number; doc_key: string } | undefined;
  if (row) return row;
  const like = db
    .prepare("SELECT id, doc_key FROM documents WHERE doc_key LIKE ? ESCAPE '\\' ORDER BY doc_key LIMIT 6")
    .all(`${likeEscape(key)}%`) as { id: number; doc_key: string }[];
  if (like.length === 1) return like[0];
  if (like.length > 1) {
    throw new QueryError(`Ambiguous document id \`${key}\`: several documents start with it`, like.slice(0, 5).map((r) => r.doc_key).concat(like.length > 5 ? ['…'] : []));
  }
  throw new QueryError(`Unknown document \`${key}\`: no document has that id (list them with: sql "SELECT doc_key, date, title FROM documents ORDER BY doc_key")`);
}

/** "What are all the facts of this document?" In text order, each with its sentence. */
export function documentFacts(db: DB, key: string, f: { limit: number }): Answer {
  const doc = documentByKey(db, key);
  const sql = `
SELECT f.sentence_idx AS sentence_idx, f.kind, f.text, f.value, f.rule, f.fact,
  substr(d.text, s.start + 1, s."end" - s.start) AS sentence
FROM (
  SELECT fact_key AS fact, kind, start, "end", text, value, rule, sentence_idx, document_id FROM facts WHERE document_id = ?
  ORDER BY start, "end", kind, fact_key
  LIMIT ?
) f
JOIN documents d ON d.id = f.document_id
LEFT JOIN sentences s ON s.document_id = f.document_id AND s.idx = f.sentence_idx
ORDER BY f.start, f."end", f.kind, f.fact`;
  return fetchRows(db, sql, [doc.id, limitParam(f.limit)], f.limit);
}

/** One fact, explained: where it is, which rule made it and why. Fields in display order. */
export async function explain(db: DB, factKey: string): Promise<Record<string, unknown>> {
  const key = factKey.trim();
  const reasons = await ruleReasons();
  const tail = (out: Record<string, unknown>, row: Record<string, any>): Record<string, unknown> => {
    out.rule = row.rule;
    out.rule_reason = reasons.get(row.rule) ?? null;
    out.sentence_idx = row.sentence_idx;
    out.sentence =
      (db
        .prepare('SELECT substr(d.text, s.start + 1, s."end" - s.start) FROM sentences s JOIN documents d ON d.id = s.document_id WHERE s.document_id = ? AND s.idx = ?')
        .pluck()
        .get(row.document_id, row.sentence_idx) as string | undefined) ?? row.sentence ?? null;
    return out;
  };
  const m = db
    .prepare(
      `SELECT m.*, e.kind, e.key AS entity_key, e.name AS entity_name, e.code, e.alpha3, e.acronym, d.doc_key, d.date AS document_date
       FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id WHERE m.fact_key = ?`,
    )
    .get(key) as Record<string, any> | undefined;
  if (m) {
    const out: Record<string, unknown> = head(key, m.kind, m);
    if (m.kind === 'country') {
      out.value = `${m.code} (${m.entity_name}${m.alpha3 ? `, ${m.alpha3}` : ''})`;
      out.form = m.form;
      out.as_government = m.metonymy ? 'yes: the country stands for its government' : 'no';
    } else if (m.kind === 'person') {
      out.value = m.entity_name;
      out.role = m.role;
      out.role_country = m.role_country;
    } else {
      out.value = m.entity_name + (m.acronym ? ` (${m.acronym})` : '');
      out.country = m.role_country;
    }
    out.entity = entityRef({ kind: m.kind, key: m.entity_key });
    return tail(out, m);
  }
  const t = db
    .prepare('SELECT t.*, d.doc_key, d.date AS document_date, d.date_source FROM dates t JOIN documents d ON d.id = t.document_id WHERE t.fact_key = ?')
    .get(key) as Record<string, any> | undefined;
  if (t) {
    const out = head(key, 'date', t);
    out.value = t.value;
    out.type = t.type;
    out.mod = t.mod;
    out.anchor =
      t.anchor === 'document'
        ? `the document's date${t.document_date ? ` ${t.document_date} (from its ${t.date_source})` : ''}`
        : t.anchor;
    out.inferred = t.inferred ? `${t.inferred} (not stated, inferred)` : null;
    return tail(out, t);
  }
  const c = db
    .prepare('SELECT c.*, d.doc_key, d.date AS document_date FROM commitments c JOIN documents d ON d.id = c.document_id WHERE c.fact_key = ?')
    .get(key) as Record<string, any> | undefined;
  if (c) {
    const out = head(key, 'commitment', c);
    const parties = db
      .prepare('SELECT p.role, e.kind, e.key, e.name FROM commitment_parties p JOIN entities e ON e.id = p.entity_id WHERE p.commitment_id = ? ORDER BY p.role, p.ord')
      .all(c.id) as { role: string; kind: string; key: string; name: string }[];
    const named = (role: string): string | null => {
      const list = parties.filter((p) => p.role === role).map((p) => `${p.name} (${entityRef(p)})`);
      return list.length ? list.join(' + ') : null;
    };
    out.actor = named('actor') ?? c.actor_name;
    out.speaker = named('speaker');
    out.action = c.action;
    out.polarity = c.polarity;
    out.modality = c.modality;
    out.recipient = named('recipient') ?? c.recipient_name;
    out.deadline = c.deadline_value ? `${c.deadline_value}${c.deadline_mod ? ` ${c.deadline_mod}` : ''} ("${c.deadline_text}")` : null;
    out.cues = c.cues;
    out.confidence = c.confidence;
    return tail(out, c);
  }
  const doc = key.includes('#') ? key.slice(0, key.indexOf('#')) : key;
  throw new QueryError(`Unknown fact \`${key}\`: fact ids look like <document>#<kind>@<start>-<end>; list a document's facts with: document ${doc}`);
}

function head(key: string, kind: string, row: Record<string, any>): Record<string, unknown> {
  return { fact: key, kind, document: row.doc_key, document_date: row.document_date, span: `${row.start}-${row.end}`, text: row.text };
}

// ---------------------------------------------------------------------------------------------
// Rule reasons, from the extractors' own rule tables (loaded on first use: they pull in the
// extractors' lexicons, which the other questions do not need).

let reasonCache: Promise<Map<string, string>> | null = null;

/** Rule id → the reason its table gives, for every rule that has one. */
export function ruleReasons(): Promise<Map<string, string>> {
  reasonCache ??= (async () => {
    const map = new Map<string, string>([
      ['country/name', 'a country named by its name (the lexicon of src/extract/country)'],
      ['country/abbreviation', 'a country named by an abbreviation ("US", "U.K.")'],
      ['country/adjective', 'a country adjective or demonym ("Danish", "Ukrainians") names the country'],
      ['commitment/list-item', 'an item of a list of commitments takes the actor and trigger of the sentence that introduces the list'],
    ]);
    const add = (rules: Iterable<{ id: string; reason: string }>): void => {
      for (const r of rules) if (!map.has(r.id)) map.set(r.id, r.reason);
    };
    const [person, country, commitment, date, modifiers, organization, orgPatterns] = await Promise.all([
      import('../extract/person/rules.js'),
      import('../extract/country/rules.js'),
      import('../extract/commitment/cues.js'),
      import('../extract/date/rules.js'),
      import('../extract/date/modifiers.js'),
      import('../extract/organization/index.js'),
      import('../extract/organization/patterns.js'),
    ]);
    add(Object.values(person.PERSON_RULES));
    add([country.METONYMY_RULE, country.KOREA_RULE, ...country.SKIP_RULES]);
    add(commitment.TRIGGERS);
    add(date.RULES);
    add(modifiers.MODIFIERS);
    add(Object.values(organization.RULES));
    add(orgPatterns.ORG_PATTERN_RULES);
    return map;
  })();
  return reasonCache;
}

// ---------------------------------------------------------------------------------------------
// Full-text search

/**
 * The FTS5 query for the user's words: plain words are one phrase ("security guarantee" finds
 * "security guarantees"), anything using FTS5 syntax (quotes, AND/OR/NOT/NEAR, prefix*, ^,
 * column:, parentheses) is passed as written.
 */
export function ftsQuery(words: string): string {
  if (/["*^():]|\b(?:AND|OR|NOT|NEAR)\b/.test(words)) return words;
  return `"${words.trim()}"`;
}

export interface SearchFilter {
  from?: string;
  to?: string;
  limit: number;
}

const HIT_START = '\u0002';
const HIT_END = '\u0003';

/**
 * "Which documents talk about this, and what facts stand in those sentences?" FTS5 over document
 * titles and texts, best match first (bm25; ties by document id); one row per sentence holding a
 * match, with the words matched and the facts of that sentence.
 */
export function search(db: DB, words: string, f: SearchFilter): Answer {
  if (words.trim() === '') throw new QueryError('Expected words to search for, got an empty string');
  const query = ftsQuery(words);
  // Rank first on the FTS index alone; read documents only for the ranks shown, each run of equal
  // ranks (copies of one text) ordered by document id.
  let ranked: [number, number][];
  try {
    ranked = db.prepare('SELECT rowid, rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank').raw().all(query) as [number, number][];
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('SQLITE_')) throw new QueryError(`Invalid search \`${words}\`: ${(e as Error).message}`);
    throw e;
  }
  const documentRow = db.prepare('SELECT id, doc_key, date, title FROM documents WHERE id = ?');
  const inRange = (date: string | null): boolean =>
    (f.from === undefined && f.to === undefined) || (date !== null && (f.from === undefined || `${date}~` >= f.from) && (f.to === undefined || date <= `${f.to}~`));
  // Matches are found by highlight(), which marks them in the text: offsets come from the marks.
  // The row is picked with BETWEEN, not `rowid = ?`: with a bound parameter SQLite 3.53's FTS5
  // ignores that equality and returns the first match of the whole table (tests/cli/query.test.ts).
  const markedText = db.prepare(`SELECT highlight(documents_fts, 1, '${HIT_START}', '${HIT_END}') FROM documents_fts WHERE documents_fts MATCH ? AND rowid BETWEEN ? AND ?`).pluck();
  const markedTitle = db.prepare(`SELECT highlight(documents_fts, 0, '${HIT_START}', '${HIT_END}') FROM documents_fts WHERE documents_fts MATCH ? AND rowid BETWEEN ? AND ?`).pluck();
  const sentencesOf = db.prepare('SELECT idx, start, "end" FROM sentences WHERE document_id = ? ORDER BY idx');
  // Only the facts of the sentences shown.
  const factsOf = db.prepare(
    'SELECT kind, value, sentence_idx FROM facts WHERE document_id = ? AND sentence_idx IN (SELECT value FROM json_each(?)) ORDER BY start, "end", kind, fact_key',
  );
  const columns = ['document', 'date', 'sentence_idx', 'match', 'sentence', 'facts'];
  const rows: Record<string, unknown>[] = [];
  const want = f.limit > 0 ? f.limit + 1 : Infinity;
  const docs = function* (): Generator<{ id: number; doc_key: string; date: string | null; title: string | null }> {
    for (let i = 0; i < ranked.length; ) {
      let j = i;
      while (j < ranked.length && ranked[j][1] === ranked[i][1]) j++;
      const group = ranked
        .slice(i, j)
        .map(([id]) => documentRow.get(id) as { id: number; doc_key: string; date: string | null; title: string | null })
        .filter((d) => inRange(d.date))
        .sort((a, b) => (a.doc_key < b.doc_key ? -1 : a.doc_key > b.doc_key ? 1 : 0));
      yield* group;
      i = j;
    }
  };
  for (const doc of docs()) {
    if (rows.length >= want) break;
    const marked = markedText.get(query, doc.id, doc.id) as string;
    const hits = hitRanges(marked);
    if (hits.length === 0) {
      // Matched in the title only.
      const title = (markedTitle.get(query, doc.id, doc.id) as string | null) ?? '';
      rows.push({ document: doc.doc_key, date: doc.date, sentence_idx: null, match: matchedWords(hitRanges(title), unmark(title)), sentence: doc.title, facts: [] });
      continue;
    }
    const text = unmark(marked);
    const sentences = sentencesOf.all(doc.id) as { idx: number; start: number; end: number }[];
    const bySentence = new Map<number, [number, number][]>();
    let si = 0;
    for (const h of hits) {
      while (si < sentences.length - 1 && sentences[si].end <= h[0]) si++;
      const s = sentences[si];
      const idx = s && s.start <= h[0] && h[0] < s.end ? s.idx : -1;
      if (!bySentence.has(idx)) bySentence.set(idx, []);
      bySentence.get(idx)!.push(h);
    }
    const shown = [...bySentence.keys()].slice(0, Math.max(0, want - rows.length));
    const facts = factsOf.all(doc.id, JSON.stringify(shown)) as { kind: string; value: string; sentence_idx: number }[];
    for (const idx of shown) {
      const s = sentences.find((x) => x.idx === idx);
      rows.push({
        document: doc.doc_key,
        date: doc.date,
        sentence_idx: s ? s.idx : null,
        match: matchedWords(bySentence.get(idx)!, text),
        sentence: s ? text.slice(s.start, s.end) : null,
        facts: facts.filter((x) => x.sentence_idx === idx).map((x) => `${x.kind} ${x.value}`),
      });
    }
  }
  const more = rows.length > (f.limit > 0 ? f.limit : Infinity);
  if (more) rows.length = f.limit;
  return { columns, rows, more };
}

function unmark(s: string): string {
  return s.replaceAll(HIT_START, '').replaceAll(HIT_END, '');
}

/** Offsets of the highlighted runs in the text without its markers. */
function hitRanges(markedText: string): [number, number][] {
  const out: [number, number][] = [];
  let removed = 0;
  let open = -1;
  for (let i = 0; i < markedText.length; i++) {
    const ch = markedText[i];
    if (ch === HIT_START) {
      open = i - removed;
      removed++;
    } else if (ch === HIT_END) {
      out.push([open, i - removed]);
      removed++;
    }
  }
  return out;
}

function matchedWords(ranges: [number, number][], text: string): string {
  return [...new Set(ranges.map(([a, b]) => text.slice(a, b)))].join('; ');
}

// ---------------------------------------------------------------------------------------------
// Arbitrary read-only SQL

/** Pragmas that only read; the first group may take a table or index name. */
const PRAGMAS_WITH_ARGUMENT = new Set(['table_info', 'table_xinfo', 'table_list', 'index_list', 'index_info', 'index_xinfo', 'foreign_key_list', 'foreign_key_check', 'integrity_check', 'quick_check']);
const PRAGMAS_WITHOUT_ARGUMENT = new Set([
  'database_list', 'collation_list', 'function_list', 'module_list', 'pragma_list', 'compile_options', 'user_version', 'schema_version',
  'application_id', 'page_count', 'page_size', 'freelist_count', 'encoding', 'journal_mode', 'foreign_keys', 'data_version',
]);

/**
 * The words of a statement outside string literals and comments, lower-cased; quoted identifiers
 * ("x", [x], `x`) count as words.
 */
export function sqlWords(sql: string): string[] {
  const words: string[] = [];
  const re = /--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^']|'')*'?|"((?:[^"]|"")*)"?|\[([^\]]*)\]?|`((?:[^`]|``)*)`?|([A-Za-z_][A-Za-z0-9_$]*)|(=)/g;
  for (const m of sql.matchAll(re)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (word !== undefined) words.push(word.toLowerCase());
  }
  return words;
}

/**
 * Run one read-only statement. The connection is read-only already; this refuses, with a message
 * saying why, what it would not stop or what is no question: several statements, ATTACH/DETACH,
 * pragmas that set anything, load_extension, and statements that write or return no rows.
 */
export function runSql(db: DB, sql: string, limit: number): Answer {
  if (sql.trim() === '') throw new QueryError('Expected a SELECT statement, got an empty string');
  const words = sqlWords(sql);
  const first = words[0];
  if (first === 'attach' || first === 'detach') throw new QueryError(`Refused: ${first.toUpperCase()} is not allowed; sql reads this database only`);
  if (words.includes('load_extension')) throw new QueryError('Refused: load_extension is not allowed');
  if (first === 'pragma') {
    const name = words[1] === 'main' || words[1] === 'temp' ? words[2] : words[1];
    const hasArgument = words.includes('=') || /\(/.test(sql);
    const ok = name !== undefined && (PRAGMAS_WITH_ARGUMENT.has(name) || (PRAGMAS_WITHOUT_ARGUMENT.has(name) && !hasArgument)) && !words.includes('=');
    if (!ok) throw new QueryError(`Refused: PRAGMA ${name ?? ''} ${hasArgument ? 'with a value ' : ''}is not allowed; only pragmas that read (table_info, index_list, user_version, …)`.replace(/\s+/g, ' '));
  }
  let stmt: Database.Statement;
  try {
    stmt = db.prepare(sql);
  } catch (e) {
    const message = (e as Error).message;
    if (/more than one statement/i.test(message)) throw new QueryError('Refused: one statement at a time (remove everything after the first `;`)');
    throw new QueryError(`Invalid SQL: ${message}`);
  }
  if (!stmt.readonly) {
    throw new QueryError(`Refused: ${(first ?? 'the statement').toUpperCase()} would change the database; sql runs read-only statements (SELECT, WITH … SELECT, EXPLAIN, PRAGMAs that read)`);
  }
  if (!stmt.reader) throw new QueryError('Refused: the statement returns no rows; sql runs SELECT statements');
  const columns = uniqueNames(stmt.columns().map((c) => c.name));
  const rows: Record<string, unknown>[] = [];
  let more = false;
  try {
    for (const raw of stmt.raw(true).iterate() as IterableIterator<unknown[]>) {
      if (limit > 0 && rows.length === limit) {
        more = true;
        break;
      }
      const row: Record<string, unknown> = {};
      columns.forEach((c, i) => (row[c] = raw[i]));
      rows.push(row);
    }
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('SQLITE_')) throw new QueryError(`SQL error: ${(e as Error).message}`);
    throw e;
  }
  return { columns, rows, more };
}

/** "id", "id" → "id", "id_2": every column keeps its value in the row objects. */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n}_${k}`;
  });
}
