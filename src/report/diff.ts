// Fact-level diff between two snapshots (output/facts of a git ref, and the working tree's), with
// the change in each eval figure. Facts are keyed by kind and span, so a moved rule shows as
// facts added and removed, and a changed normalization as a fact changed field by field.
import type { SnapshotDocument } from './snapshot.js';

export type FactKind = 'person' | 'country' | 'organization' | 'date' | 'commitment';

export interface Fact {
  kind: FactKind;
  /** Identity within a document: kind and span (and actor for commitments). */
  key: string;
  start: number;
  end: number;
  text: string;
  rule: string;
  /** The fields compared, flattened to strings. */
  fields: Record<string, string>;
}

export interface FactChange {
  document: string;
  kind: FactKind;
  change: 'added' | 'removed' | 'changed';
  start: number;
  end: number;
  text: string;
  rule: string;
  /** For `changed`: field → [before, after]. */
  fields?: Record<string, [string, string]>;
  /** The sentence around the span, for context. */
  context: string;
}

export interface SnapshotDiff {
  documents: { added: string[]; removed: string[]; changed: string[]; unchanged: number };
  summary: Record<FactKind, { added: number; removed: number; changed: number }>;
  changes: FactChange[];
  /** Eval figures before and after, flattened ("dates.overlap.f1" → [0.97, 0.98]). */
  figures: Record<string, [number | null, number | null]>;
}

const KINDS: FactKind[] = ['person', 'country', 'organization', 'date', 'commitment'];

/** Flatten a snapshot document into keyed facts. */
export function factsOf(doc: SnapshotDocument): Fact[] {
  const out: Fact[] = [];
  for (const p of doc.people) {
    for (const m of p.mentions) out.push({ kind: 'person', key: `person@${m.start}-${m.end}`, start: m.start, end: m.end, text: m.text, rule: m.rule, fields: { person: p.name, role: p.role ?? '', country: p.country ?? '', rule: m.rule } });
  }
  for (const c of doc.countries) {
    for (const m of c.mentions) out.push({ kind: 'country', key: `country@${m.start}-${m.end}`, start: m.start, end: m.end, text: m.text, rule: m.rule, fields: { code: c.code, form: m.form ?? '', metonymy: m.metonymy ? 'yes' : '', rule: m.rule } });
  }
  for (const o of doc.organizations) {
    for (const m of o.mentions) out.push({ kind: 'organization', key: `organization@${m.start}-${m.end}`, start: m.start, end: m.end, text: m.text, rule: m.rule, fields: { name: o.name, acronym: o.acronym ?? '', rule: m.rule } });
  }
  for (const d of doc.dates) {
    out.push({ kind: 'date', key: `date@${d.start}-${d.end}`, start: d.start, end: d.end, text: d.text, rule: d.rule, fields: { type: d.type, value: d.value, mod: d.mod ?? '', anchor: d.anchor ?? '', rule: d.rule } });
  }
  const seen = new Map<string, number>();
  for (const c of doc.commitments) {
    const base = `commitment@${c.start}-${c.end}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({
      kind: 'commitment',
      key: n ? `${base}~${n}` : base,
      start: c.start,
      end: c.end,
      text: c.text,
      rule: c.rule,
      fields: {
        actor: c.actor?.key ?? '',
        speaker: c.speaker ?? '',
        action: c.action,
        polarity: c.polarity,
        modality: c.modality,
        recipient: c.recipient?.key ?? '',
        deadline: c.deadline ? `${c.deadline.value}${c.deadline.mod ? ` ${c.deadline.mod}` : ''}` : '',
        rule: c.rule,
      },
    });
  }
  return out;
}

/** Compare snapshots document by document. `text` gives a document's text for context lines. */
export function diffSnapshots(
  base: Map<string, SnapshotDocument>,
  head: Map<string, SnapshotDocument>,
  sentenceOf: (doc: string, start: number, end: number) => string,
): SnapshotDiff {
  const result: SnapshotDiff = {
    documents: { added: [], removed: [], changed: [], unchanged: 0 },
    summary: Object.fromEntries(KINDS.map((k) => [k, { added: 0, removed: 0, changed: 0 }])) as SnapshotDiff['summary'],
    changes: [],
    figures: {},
  };
  const ids = [...new Set([...base.keys(), ...head.keys()])].sort();
  for (const id of ids) {
    const before = base.get(id);
    const after = head.get(id);
    if (!before) result.documents.added.push(id);
    else if (!after) result.documents.removed.push(id);
    const b = new Map((before ? factsOf(before) : []).map((f) => [f.key, f]));
    const a = new Map((after ? factsOf(after) : []).map((f) => [f.key, f]));
    let changed = false;
    const push = (f: Fact, change: FactChange['change'], fields?: FactChange['fields']): void => {
      changed = true;
      result.summary[f.kind][change]++;
      result.changes.push({ document: id, kind: f.kind, change, start: f.start, end: f.end, text: f.text, rule: f.rule, fields, context: sentenceOf(id, f.start, f.end) });
    };
    for (const [key, f] of b) {
      const g = a.get(key);
      if (!g) push(f, 'removed');
      else {
        const fields: Record<string, [string, string]> = {};
        for (const name of new Set([...Object.keys(f.fields), ...Object.keys(g.fields)])) {
          if ((f.fields[name] ?? '') !== (g.fields[name] ?? '')) fields[name] = [f.fields[name] ?? '', g.fields[name] ?? ''];
        }
        if (Object.keys(fields).length) push(g, 'changed', fields);
      }
    }
    for (const [key, g] of a) if (!b.has(key)) push(g, 'added');
    if (before && after) {
      if (changed) result.documents.changed.push(id);
      else result.documents.unchanged++;
    }
  }
  result.changes.sort((x, y) => (x.document < y.document ? -1 : x.document > y.document ? 1 : x.start - y.start || x.kind.localeCompare(y.kind)));
  return result;
}

/** Eval figures flattened to "kind.measure.stat" → value, for before/after tables. */
export function flattenFigures(evalJson: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  const kinds = (evalJson as { kinds?: Record<string, Record<string, unknown>> })?.kinds ?? {};
  for (const [kind, f] of Object.entries(kinds)) {
    for (const measure of ['exact', 'overlap', 'spanOnly']) {
      const m = f[measure] as { precision: number; recall: number; f1: number } | undefined;
      if (m) for (const stat of ['precision', 'recall', 'f1'] as const) out[`${kind}.${measure}.${stat}`] = m[stat];
    }
    for (const [name, a] of Object.entries((f.values ?? {}) as Record<string, { accuracy: number }>)) out[`${kind}.value.${name}`] = a.accuracy;
  }
  return out;
}

export function compareFigures(before: unknown, after: unknown): SnapshotDiff['figures'] {
  const b = flattenFigures(before);
  const a = flattenFigures(after);
  const out: SnapshotDiff['figures'] = {};
  for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) out[k] = [b[k] ?? null, a[k] ?? null];
  return out;
}

const pct = (x: number | null): string => (x === null ? '–' : (x * 100).toFixed(1));

/**
 * Markdown for a pull request or a CI job summary: the summary first, details folded per
 * document, capped so that 5,000 changed facts stay readable.
 */
export function diffMarkdown(d: SnapshotDiff, options: { baseLabel: string; maxDetails?: number }): string {
  const max = options.maxDetails ?? 500;
  const lines: string[] = [];
  const total = d.changes.length;
  lines.push(`### Extraction diff against ${options.baseLabel}`);
  lines.push('');
  if (total === 0 && !d.documents.added.length && !d.documents.removed.length) lines.push('No fact changed.');
  else {
    lines.push(`${total} fact${total === 1 ? '' : 's'} changed in ${d.documents.changed.length + d.documents.added.length + d.documents.removed.length} document(s) (${d.documents.unchanged} unchanged).`);
    lines.push('');
    lines.push('| kind | added | removed | changed |');
    lines.push('| --- | ---: | ---: | ---: |');
    for (const [kind, s] of Object.entries(d.summary)) if (s.added || s.removed || s.changed) lines.push(`| ${kind} | ${s.added} | ${s.removed} | ${s.changed} |`);
    if (d.documents.added.length) lines.push('', `Documents added: ${d.documents.added.join(', ')}`);
    if (d.documents.removed.length) lines.push('', `Documents removed: ${d.documents.removed.join(', ')}`);
  }
  const moved = Object.entries(d.figures).filter(([, [b, a]]) => b !== a);
  lines.push('', '#### Eval figures');
  if (!moved.length) lines.push('', 'No eval figure changed.');
  else {
    lines.push('', '| figure | before | after | change |', '| --- | ---: | ---: | ---: |');
    for (const [k, [b, a]] of moved) {
      const delta = b !== null && a !== null ? `${a - b >= 0 ? '+' : ''}${((a - b) * 100).toFixed(1)}` : '';
      lines.push(`| ${k} | ${pct(b)} | ${pct(a)} | ${delta} |`);
    }
  }
  if (total) {
    lines.push('', '#### Details');
    let shown = 0;
    const byDoc = new Map<string, FactChange[]>();
    for (const c of d.changes) byDoc.set(c.document, [...(byDoc.get(c.document) ?? []), c]);
    for (const [doc, changes] of byDoc) {
      if (shown >= max) break;
      lines.push('', `<details><summary>${escapeMd(doc)}: ${changes.length} change(s)</summary>`, '');
      for (const c of changes) {
        if (shown++ >= max) break;
        const sign = c.change === 'added' ? '+' : c.change === 'removed' ? '−' : '~';
        const fields = c.fields ? ` — ${Object.entries(c.fields).map(([f, [b, a]]) => `${f}: \`${b || '∅'}\` → \`${a || '∅'}\``).join('; ')}` : '';
        lines.push(`- ${sign} **${c.kind}** \`${escapeMd(c.text)}\` (${c.start}-${c.end}, rule \`${c.rule}\`)${fields}`);
        lines.push(`  > ${escapeMd(c.context)}`);
      }
      lines.push('', '</details>');
    }
    if (total > max) lines.push('', `… and ${total - max} more changes (see the JSON output).`);
  }
  return `${lines.join('\n')}\n`;
}

function escapeMd(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[<>|`]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '|': '\\|', '`': "'" })[c]!);
}
