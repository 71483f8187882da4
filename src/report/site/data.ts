// What the review site reads from the database: the document list with fact counts, one
// document's text and facts (the snapshot's view of them, so the diff against a git ref's snapshot
// lines up), and the commitments that belong on each country's timeline.
import type { DB } from '../../store/db.js';
import { SnapshotReader, type SnapshotDocument } from '../snapshot.js';

export const KINDS = ['person', 'country', 'organization', 'date', 'commitment'] as const;
export type Kind = (typeof KINDS)[number];
export type KindCounts = Record<Kind, number>;

export interface DocumentRow {
  rowid: number;
  key: string;
  title: string | null;
  date: string | null;
  counts: KindCounts;
}

export interface DocumentData {
  key: string;
  path: string;
  line: number | null;
  text: string;
  date: string | null;
  dateSource: string;
  title: string | null;
  url: string | null;
  source: string | null;
  licence: string | null;
  /** Boilerplate sentence ranges (no facts come from them). */
  boilerplate: { start: number; end: number }[];
  snapshot: SnapshotDocument;
  /** Per commitment, in the snapshot's order: cue words and the actor's parties (joint actors). */
  commitmentExtras: { cues: string[]; actors: { kind: string; key: string; name: string }[] }[];
}

export interface TimelineEntry {
  country: string;
  countryName: string;
  /** How the commitment belongs to the country: its actor, one of joint actors, or a person in a role of it. */
  via: 'actor' | 'joint actor' | 'person';
  document: string;
  documentTitle: string | null;
  documentDate: string | null;
  start: number;
  end: number;
  actor: string;
  action: string;
  polarity: string;
  modality: string;
  deadline: string | null;
  deadlineMod: string | null;
  deadlineText: string | null;
}

export class ReportReader {
  private readonly snapshots: SnapshotReader;
  private readonly stmt;

  constructor(private readonly db: DB) {
    this.snapshots = new SnapshotReader(db);
    this.stmt = {
      documents: db.prepare(`SELECT d.id AS rowid, d.doc_key AS key, d.title, d.date,
          (SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = d.id AND e.kind = 'person') AS person,
          (SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = d.id AND e.kind = 'country') AS country,
          (SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = d.id AND e.kind = 'organization') AS organization,
          (SELECT count(*) FROM dates x WHERE x.document_id = d.id) AS date_count,
          (SELECT count(*) FROM commitments c WHERE c.document_id = d.id) AS commitment
        FROM documents d ORDER BY d.doc_key`),
      doc: db.prepare('SELECT id, path, line, text, date, date_source, title, url, source, licence FROM documents WHERE doc_key = ?'),
      boilerplate: db.prepare('SELECT start, "end" FROM sentences WHERE document_id = ? AND boilerplate = 1 ORDER BY idx'),
      // The same order as SnapshotReader's commitments.
      commitments: db.prepare(`SELECT c.id, c.cues FROM commitments c WHERE c.document_id = ? ORDER BY c.start, c."end", c.rule, c.action`),
      parties: db.prepare(`SELECT p.commitment_id, e.kind, e.key, e.name, e.acronym FROM commitment_parties p JOIN entities e ON e.id = p.entity_id
        JOIN commitments c ON c.id = p.commitment_id WHERE c.document_id = ? AND p.role = 'actor' ORDER BY p.commitment_id, p.ord`),
      timeline: db.prepare(`SELECT c.id, d.doc_key AS document, d.title AS documentTitle, d.date AS documentDate, c.start, c."end",
          c.actor_kind, c.actor_key, c.actor_name AS actor, c.action, c.polarity, c.modality,
          c.deadline_value AS deadline, c.deadline_mod AS deadlineMod, c.deadline_text AS deadlineText,
          (SELECT group_concat(e.code, '+') FROM commitment_parties p JOIN entities e ON e.id = p.entity_id
             WHERE p.commitment_id = c.id AND p.role = 'actor' AND e.kind = 'country') AS actorCountries,
          (SELECT pr.country FROM commitment_parties p JOIN person_roles pr ON pr.entity_id = p.entity_id AND pr.document_id = c.document_id
             WHERE p.commitment_id = c.id AND p.role = 'actor' AND c.actor_kind = 'person' LIMIT 1) AS personCountry
        FROM commitments c JOIN documents d ON d.id = c.document_id ORDER BY d.date, d.doc_key, c.start`),
      countryNames: db.prepare(`SELECT code, name FROM entities WHERE kind = 'country'`),
    };
  }

  /** Every document with its fact counts, by id. Fast enough for 10,000 documents (index lookups). */
  documents(): DocumentRow[] {
    type Row = Omit<DocumentRow, 'counts'> & Omit<KindCounts, 'date'> & { date_count: number };
    return (this.stmt.documents.all() as Row[]).map((r) => ({
      rowid: r.rowid,
      key: r.key,
      title: r.title,
      date: r.date,
      counts: { person: r.person, country: r.country, organization: r.organization, date: r.date_count, commitment: r.commitment },
    }));
  }

  document(key: string): DocumentData | null {
    const d = this.stmt.doc.get(key) as
      | { id: number; path: string; line: number | null; text: string; date: string | null; date_source: string; title: string | null; url: string | null; source: string | null; licence: string | null }
      | undefined;
    const snapshot = this.snapshots.read(key);
    if (!d || !snapshot) return null;
    const parties = new Map<number, { kind: string; key: string; name: string }[]>();
    for (const p of this.stmt.parties.all(d.id) as { commitment_id: number; kind: string; key: string; name: string; acronym: string | null }[]) {
      // An organization's entity key is its lower-cased name; the extractor's key is its acronym or name.
      const ref = { kind: p.kind, key: p.kind === 'organization' ? (p.acronym ?? p.name) : p.key, name: p.name };
      parties.set(p.commitment_id, [...(parties.get(p.commitment_id) ?? []), ref]);
    }
    const commitments = this.stmt.commitments.all(d.id) as { id: number; cues: string }[];
    return {
      key,
      path: d.path,
      line: d.line,
      text: d.text,
      date: d.date,
      dateSource: d.date_source,
      title: d.title,
      url: d.url,
      source: d.source,
      licence: d.licence,
      boilerplate: this.stmt.boilerplate.all(d.id) as { start: number; end: number }[],
      snapshot,
      commitmentExtras: commitments.map((c) => ({ cues: c.cues ? c.cues.split(',') : [], actors: parties.get(c.id) ?? [] })),
    };
  }

  /** Commitments per country: by its actor (or a joint actor), or by a person in a role of it. */
  timeline(): Map<string, TimelineEntry[]> {
    const names = new Map((this.stmt.countryNames.all() as { code: string; name: string }[]).map((r) => [r.code, r.name]));
    const out = new Map<string, TimelineEntry[]>();
    for (const r of this.stmt.timeline.iterate() as Iterable<Record<string, never>>) {
      const row = r as unknown as Omit<TimelineEntry, 'country' | 'countryName' | 'via'> & {
        actor_kind: string | null; actor_key: string | null; actorCountries: string | null; personCountry: string | null;
      };
      const add = (code: string, via: TimelineEntry['via']): void => {
        const list = out.get(code) ?? [];
        if (list.some((e) => e.document === row.document && e.start === row.start && e.end === row.end && e.action === row.action)) return;
        list.push({
          country: code, countryName: names.get(code) ?? code, via, document: row.document, documentTitle: row.documentTitle, documentDate: row.documentDate,
          start: row.start, end: row.end, actor: row.actor ?? '–', action: row.action, polarity: row.polarity, modality: row.modality,
          deadline: row.deadline, deadlineMod: row.deadlineMod, deadlineText: row.deadlineText,
        });
        out.set(code, list);
      };
      if (row.actor_kind === 'country' && row.actor_key) add(row.actor_key, 'actor');
      else if (row.actor_kind === 'group' && row.actorCountries) for (const code of row.actorCountries.split('+')) add(code, 'joint actor');
      else if (row.actor_kind === 'person' && row.personCountry) add(row.personCountry, 'person');
    }
    return out;
  }
}
