// The reviewable snapshot: one pretty JSON file per document under output/facts/, built from the
// database so that a skipped (unchanged) document and a re-extracted one give the same bytes.
// No timestamps, no absolute paths, stable order: a pull request's diff shows exactly which facts
// a rule change gained and lost.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { DB } from '../store/db.js';

export interface SnapshotDocument {
  document: { id: string; path: string; line: number | null; sha256: string; date: string | null; dateSource: string; title: string | null };
  people: { name: string; key: string; role: string | null; country: string | null; mentions: SnapshotMention[] }[];
  countries: { code: string; name: string; mentions: (SnapshotMention & { form: string | null; metonymy?: true })[] }[];
  organizations: { name: string; acronym: string | null; mentions: SnapshotMention[] }[];
  dates: { start: number; end: number; text: string; type: string; value: string; mod: string | null; anchor: string | null; inferred: string | null; rule: string }[];
  commitments: {
    start: number; end: number; text: string; sentence: string;
    actor: { kind: string; name: string; code?: string; key: string } | null;
    speaker: string | null; action: string; polarity: string; modality: string;
    recipient: { name: string; key: string } | null;
    deadline: { value: string; mod: string | null; text: string } | null;
    confidence: number; rule: string;
  }[];
}

interface SnapshotMention {
  start: number;
  end: number;
  text: string;
  rule: string;
}

export class SnapshotReader {
  private readonly stmt;
  constructor(db: DB) {
    this.stmt = {
      doc: db.prepare('SELECT id, doc_key, path, line, sha256, date, date_source, title FROM documents WHERE doc_key = ?'),
      mentions: db.prepare(`SELECT e.kind, e.key, e.name, e.code, e.acronym, m.start, m."end", m.text, m.rule, m.form, m.metonymy
        FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY m.start, m."end", m.rule`),
      roles: db.prepare('SELECT e.key, pr.role, pr.country FROM person_roles pr JOIN entities e ON e.id = pr.entity_id WHERE pr.document_id = ?'),
      dates: db.prepare('SELECT start, "end", text, type, value, mod, anchor, inferred, rule FROM dates WHERE document_id = ? ORDER BY start, "end", rule'),
      commitments: db.prepare(`SELECT c.id, c.start, c."end", c.text, c.sentence, c.actor_kind, c.actor_key, c.actor_name, c.action, c.polarity, c.modality,
          c.recipient_key, c.recipient_name, c.deadline_value, c.deadline_mod, c.deadline_text, c.confidence, c.rule,
          (SELECT COALESCE((SELECT m.text FROM mentions m WHERE m.document_id = c.document_id AND m.entity_id = p.entity_id
                              ORDER BY length(m.text) DESC, m.start LIMIT 1), e.name)
             FROM commitment_parties p JOIN entities e ON e.id = p.entity_id WHERE p.commitment_id = c.id AND p.role = 'speaker') AS speaker
        FROM commitments c WHERE c.document_id = ? ORDER BY c.start, c."end", c.rule, c.action`),
    };
  }

  read(docKey: string): SnapshotDocument | null {
    const d = this.stmt.doc.get(docKey) as
      | { id: number; doc_key: string; path: string; line: number | null; sha256: string; date: string | null; date_source: string; title: string | null }
      | undefined;
    if (!d) return null;
    const people = new Map<string, SnapshotDocument['people'][number]>();
    const countries = new Map<string, SnapshotDocument['countries'][number]>();
    const organizations = new Map<string, SnapshotDocument['organizations'][number]>();
    const roles = new Map((this.stmt.roles.all(d.id) as { key: string; role: string | null; country: string | null }[]).map((r) => [r.key, r]));
    for (const m of this.stmt.mentions.all(d.id) as Record<string, never>[]) {
      const mention: SnapshotMention = { start: m.start, end: m.end, text: m.text, rule: m.rule };
      if (m.kind === 'person') {
        // The name is the document's own fullest mention, not the entity row's: that row keeps
        // whichever spelling was stored first ("Mohammad" or "Mohammed bin Salman"), which would
        // make the snapshot depend on the order documents were processed.
        const text = String(m.text);
        const p = people.get(m.key) ?? { name: text, key: m.key, role: roles.get(m.key)?.role ?? null, country: roles.get(m.key)?.country ?? null, mentions: [] };
        if (text.length > p.name.length) p.name = text;
        p.mentions.push(mention);
        people.set(m.key, p);
      } else if (m.kind === 'country') {
        const c = countries.get(m.key) ?? { code: m.code, name: m.name, mentions: [] };
        c.mentions.push({ ...mention, form: m.form, ...(m.metonymy ? { metonymy: true as const } : {}) });
        countries.set(m.key, c);
      } else {
        const o = organizations.get(m.key) ?? { name: m.name, acronym: m.acronym, mentions: [] };
        o.mentions.push(mention);
        organizations.set(m.key, o);
      }
    }
    const byFirstMention = <T extends { mentions: { start: number }[] }>(xs: Iterable<T>): T[] =>
      [...xs].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return {
      document: { id: d.doc_key, path: d.path, line: d.line, sha256: d.sha256, date: d.date, dateSource: d.date_source, title: d.title },
      people: byFirstMention(people.values()),
      countries: byFirstMention(countries.values()),
      organizations: byFirstMention(organizations.values()),
      dates: this.stmt.dates.all(d.id) as SnapshotDocument['dates'],
      commitments: (this.stmt.commitments.all(d.id) as Record<string, never>[]).map((c) => ({
        start: c.start,
        end: c.end,
        text: c.text,
        sentence: c.sentence,
        actor: c.actor_kind ? { kind: c.actor_kind, name: c.actor_name, key: c.actor_key, ...(c.actor_kind === 'country' ? { code: c.actor_key } : {}) } : null,
        speaker: c.speaker,
        action: c.action,
        polarity: c.polarity,
        modality: c.modality,
        recipient: c.recipient_key ? { name: c.recipient_name, key: c.recipient_key } : null,
        deadline: c.deadline_value ? { value: c.deadline_value, mod: c.deadline_mod, text: c.deadline_text } : null,
        confidence: c.confidence,
        rule: c.rule,
      })),
    };
  }
}

/**
 * A file name for a document id that is safe on every file system and can never leave the
 * snapshot folder: ids like "../../x", "/etc/passwd" or with NUL become plain names, long ids are
 * cut, and a short hash of the full id keeps names unique when two ids sanitize alike.
 */
export function snapshotFileName(docKey: string): string {
  const safe = docKey
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '')
    .slice(0, 120);
  const clean = safe === docKey && safe.length > 0;
  const suffix = clean ? '' : `-${createHash('sha256').update(docKey).digest('hex').slice(0, 8)}`;
  return `${safe || 'document'}${suffix}.json`;
}

export function serializeSnapshot(doc: SnapshotDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Write one document's snapshot if its content changed; returns the file name. */
export function writeSnapshotFile(outDir: string, doc: SnapshotDocument): string {
  const name = snapshotFileName(doc.document.id);
  const file = path.join(outDir, name);
  const content = serializeSnapshot(doc);
  let existing: string | null = null;
  try {
    existing = fs.readFileSync(file, 'utf8');
  } catch {
    existing = null;
  }
  if (existing !== content) {
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  }
  return name;
}
