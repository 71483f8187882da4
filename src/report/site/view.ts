// One document's review model: the predicted facts with their details, the gold spans they missed
// and how each prediction fares against gold (scored by the same code as `npm run eval`), and in
// diff mode the facts a git ref's snapshot had that are gone, and which facts were added or changed.
import type { Commitment, DocumentFacts, EntityRef } from '../../types.js';
import { scoreDocuments, type CorpusEval, type GoldFile } from '../eval/corpus.js';
import { diffSnapshots, factsOf, type Fact, type FactChange } from '../diff.js';
import type { SnapshotDocument } from '../snapshot.js';
import type { DocumentData, Kind } from './data.js';
import { KINDS } from './data.js';

export type GoldStatus = 'match' | 'false' | 'wrong';
export type DiffStatus = 'added' | 'changed' | 'removed';

export interface ViewFact {
  /** DOM id: f… predicted, g… missed gold span, r… removed (diff mode). */
  id: string;
  kind: Kind;
  origin: 'predicted' | 'missed' | 'removed';
  start: number;
  end: number;
  text: string;
  rule: string;
  /** The normalized value in a few words. */
  value: string;
  /** Label → value, for the details popover and panel. */
  details: [string, string][];
  gold?: GoldStatus;
  goldNote?: string;
  diff?: DiffStatus;
  diffFields?: Record<string, [string, string]>;
  /** Commitments: negative polarity (drawn dashed), and the action (to link timeline rows). */
  negative?: boolean;
  action?: string;
}

export type EvalKind = keyof CorpusEval['kinds'];
export const EVAL_KIND: Record<Kind, EvalKind> = {
  person: 'people',
  country: 'countries',
  organization: 'organizations',
  date: 'dates',
  commitment: 'commitments',
};

export interface DocumentView {
  data: DocumentData;
  /** Sorted by start, then longer first. */
  facts: ViewFact[];
  gold: null | {
    figures: CorpusEval['kinds'];
    errors: Record<Kind, { missed: number; false: number; wrong: number }>;
    /** The pipeline-shaped facts scored, kept for the corpus figures. */
    scored: { gold: GoldFile; facts: DocumentFacts };
  };
  diff: null | {
    status: 'added' | 'changed' | 'unchanged';
    counts: { added: number; removed: number; changed: number };
    /** The base snapshot was made from a different text: removed facts' offsets may not line up. */
    textChanged: boolean;
  };
}

export function buildDocumentView(data: DocumentData, gold: GoldFile | null, base: SnapshotDocument | null | undefined, diffMode: boolean): DocumentView {
  const snap = data.snapshot;
  const facts: ViewFact[] = [];
  let n = 0;
  const id = (): string => `f${++n}`;
  for (const p of snap.people) {
    for (const m of p.mentions) {
      facts.push({
        id: '', kind: 'person', origin: 'predicted', start: m.start, end: m.end, text: m.text, rule: m.rule,
        value: p.name + (p.role ? `, ${p.role}` : '') + (p.country ? ` (${p.country})` : ''),
        details: [['person', p.name], ['role', p.role ?? '–'], ['role country', p.country ?? '–'], ['person key', p.key], ['rule', m.rule]],
      });
    }
  }
  for (const c of snap.countries) {
    for (const m of c.mentions) {
      facts.push({
        id: '', kind: 'country', origin: 'predicted', start: m.start, end: m.end, text: m.text, rule: m.rule,
        value: `${c.code} ${c.name}${m.metonymy ? ' (government)' : ''}`,
        details: [['code', c.code], ['country', c.name], ['form', m.form ?? '–'], ['stands for the government', m.metonymy ? 'yes' : 'no'], ['rule', m.rule]],
      });
    }
  }
  for (const o of snap.organizations) {
    for (const m of o.mentions) {
      facts.push({
        id: '', kind: 'organization', origin: 'predicted', start: m.start, end: m.end, text: m.text, rule: m.rule,
        value: o.name + (o.acronym && o.acronym !== o.name ? ` (${o.acronym})` : ''),
        details: [['organization', o.name], ['acronym', o.acronym ?? '–'], ['rule', m.rule]],
      });
    }
  }
  for (const d of snap.dates) {
    facts.push({
      id: '', kind: 'date', origin: 'predicted', start: d.start, end: d.end, text: d.text, rule: d.rule,
      value: `${d.value}${d.mod ? ` ${d.mod}` : ''}`,
      details: [['TIMEX3 value', d.value], ['type', d.type], ['mod', d.mod ?? '–'], ['anchor', d.anchor ?? '–'], ['inferred', d.inferred ?? '–'], ['rule', d.rule]],
    });
  }
  snap.commitments.forEach((c, i) => {
    const extra = data.commitmentExtras[i];
    const actor = c.actor ? `${c.actor.name} (${c.actor.key})` : '–';
    const deadline = c.deadline ? `${c.deadline.value}${c.deadline.mod ? ` ${c.deadline.mod}` : ''} — “${c.deadline.text}”` : '–';
    facts.push({
      id: '', kind: 'commitment', origin: 'predicted', start: c.start, end: c.end, text: c.text, rule: c.rule,
      value: `${c.actor?.name ?? '–'} · ${c.polarity} · ${c.modality}: ${c.action}`,
      details: [
        ['actor', actor], ['speaker', c.speaker ?? '–'], ['action', c.action], ['polarity', c.polarity], ['modality', c.modality],
        ['recipient', c.recipient ? `${c.recipient.name} (${c.recipient.key})` : '–'], ['deadline', deadline],
        ['confidence', String(c.confidence)], ['cues', extra?.cues.join(', ') || '–'], ['rule', c.rule],
      ],
      negative: c.polarity === 'negative',
      action: c.action,
    });
  });
  sortFacts(facts);
  for (const f of facts) f.id = id();

  const view: DocumentView = { data, facts, gold: null, diff: null };
  if (gold) view.gold = compareWithGold(data, gold, facts);
  if (diffMode) view.diff = markDiff(data, base ?? null, facts);
  sortFacts(facts);
  return view;
}

function sortFacts(facts: ViewFact[]): void {
  const rank = (f: ViewFact): number => KINDS.indexOf(f.kind) + (f.origin === 'predicted' ? 0 : f.origin === 'missed' ? 0.3 : 0.6);
  facts.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
}

/** The snapshot in the pipeline's shapes, so that `scoreDocuments` (npm run eval's scorer) can score it. */
export function toDocumentFacts(data: DocumentData): DocumentFacts {
  const s = data.snapshot;
  const prov = { sentence: 0 };
  const ref = (r: { kind: string; name: string; key: string } | null, members?: { kind: string; key: string; name: string }[]): EntityRef | null =>
    r ? { kind: r.kind as EntityRef['kind'], name: r.name, key: r.key, ...(members && members.length > 1 ? { members: members.map((m) => ({ kind: m.kind as EntityRef['kind'], key: m.key, name: m.name })) } : {}) } : null;
  return {
    doc: {
      id: data.key, path: data.path, line: data.line, text: data.text, meta: {}, sha256: s.document.sha256,
      date: data.date, dateSource: data.dateSource as DocumentFacts['doc']['dateSource'], title: data.title,
    },
    sentences: [],
    people: s.people.map((p) => ({ key: p.key, name: p.name, role: p.role, country: p.country, mentions: p.mentions.map((m) => ({ ...m, ...prov, role: null, roleCountry: null })) })),
    countries: s.countries.flatMap((c) => c.mentions.map((m) => ({ ...m, ...prov, code: c.code, form: (m.form ?? 'name') as 'name', metonymy: Boolean(m.metonymy) }))),
    organizations: s.organizations.flatMap((o) => o.mentions.map((m) => ({ ...m, ...prov, name: o.name, acronym: o.acronym, country: null }))),
    dates: s.dates.map((d) => ({ ...d, ...prov, type: d.type as 'DATE', anchor: d.anchor as 'document' | null, inferred: d.inferred ? d.inferred.split(',') : [] })),
    commitments: s.commitments.map((c, i): Commitment => ({
      start: c.start, end: c.end, text: c.text, rule: c.rule, ...prov, sentenceText: c.sentence,
      actor: ref(c.actor, data.commitmentExtras[i]?.actors), speaker: c.speaker ? { kind: 'person', name: c.speaker, key: c.speaker } : null,
      action: c.action, polarity: c.polarity as Commitment['polarity'], modality: c.modality as Commitment['modality'],
      recipient: ref(c.recipient ? { kind: 'country', ...c.recipient } : null),
      deadline: c.deadline ? { value: c.deadline.value, mod: c.deadline.mod, text: c.deadline.text, start: -1, end: -1 } : null,
      confidence: c.confidence, cues: data.commitmentExtras[i]?.cues ?? [],
    })),
    timings: {},
  };
}

function compareWithGold(data: DocumentData, gold: GoldFile, facts: ViewFact[]): NonNullable<DocumentView['gold']> {
  const scored = { gold, facts: toDocumentFacts(data) };
  const result = scoreDocuments([scored]);
  const errors = Object.fromEntries(KINDS.map((k) => [k, { missed: 0, false: 0, wrong: 0 }])) as Record<Kind, { missed: number; false: number; wrong: number }>;
  const kindOf = Object.fromEntries(Object.entries(EVAL_KIND).map(([k, v]) => [v, k])) as Record<string, Kind>;
  const predicted = facts.filter((f) => f.origin === 'predicted');
  for (const f of predicted) f.gold = 'match';
  const goldItems = goldSpans(gold);
  const note = (f: ViewFact, s: string): void => {
    f.goldNote = f.goldNote ? `${f.goldNote}; ${s}` : s;
  };
  let g = 0;
  for (const e of result.errors) {
    const kind = kindOf[e.kind];
    if (!kind) continue;
    if (e.error === 'missed') {
      errors[kind].missed++;
      const item = goldItems.find((x) => x.kind === kind && x.start === e.start && x.end === e.end);
      facts.push({
        id: `g${++g}`, kind, origin: 'missed', start: e.start, end: e.end, text: e.text, rule: 'gold',
        value: item?.value ?? e.detail, details: [['gold', 'missed: in the gold annotation, not predicted'], ...(item?.details ?? [['gold value', e.detail]])],
      });
      continue;
    }
    const at = predicted.filter((f) => f.kind === kind && f.start === e.start && f.end === e.end);
    const hits =
      kind !== 'commitment'
        ? at
        : e.error === 'spurious'
          ? at.filter((f) => e.detail === spuriousCommitmentDetail(data, f))
          : at.filter((f) => e.detail.endsWith(`(rule ${f.rule})`));
    // Counted per error, as the eval counts them (identical predictions count once).
    if (e.error === 'spurious') errors[kind].false++;
    else errors[kind].wrong++;
    for (const f of hits.length ? hits : at) {
      if (e.error === 'spurious') {
        f.gold = 'false';
        const near = goldItems.filter((x) => x.kind === kind && x.start < f.end && f.start < x.end);
        note(f, near.length ? `false: gold has a different span here (“${near.map((x) => x.text).join('”, “')}”)` : 'false: not in the gold annotation');
      } else {
        if (f.gold === 'match') f.gold = 'wrong';
        note(f, `wrong value: ${e.detail}`);
      }
    }
  }
  for (const f of predicted) if (f.goldNote) f.details.unshift(['gold', f.goldNote]);
  return { figures: result.kinds, errors, scored };
}

/** The detail string scoreDocuments writes for a spurious commitment, to tell same-span commitments apart. */
function spuriousCommitmentDetail(data: DocumentData, f: ViewFact): string {
  const c = data.snapshot.commitments.find((x) => x.start === f.start && x.end === f.end && x.rule === f.rule && x.action === f.action);
  return c ? `actor ${c.actor ? c.actor.key : '-'}, ${c.polarity}/${c.modality}, rule ${c.rule}: ${c.action}` : '';
}

function goldSpans(gold: GoldFile): { kind: Kind; start: number; end: number; text: string; value: string; details: [string, string][] }[] {
  const out: ReturnType<typeof goldSpans> = [];
  for (const p of gold.people) {
    for (const m of p.mentions) out.push({ kind: 'person', ...m, value: p.name, details: [['gold person', p.name], ['gold role', p.role ?? '–'], ['gold role country', p.country ?? '–']] });
  }
  for (const c of gold.countries) out.push({ kind: 'country', ...c, value: c.code, details: [['gold code', c.code], ['gold: stands for the government', c.metonymy ? 'yes' : 'no']] });
  for (const o of gold.organizations) out.push({ kind: 'organization', ...o, value: o.name, details: [['gold organization', o.name], ['gold acronym', o.acronym ?? '–']] });
  for (const d of gold.dates) out.push({ kind: 'date', ...d, value: `${d.value}${d.mod ? ` ${d.mod}` : ''}`, details: [['gold TIMEX3 value', d.value], ['gold type', d.type], ['gold mod', d.mod ?? '–']] });
  for (const c of gold.commitments) {
    out.push({
      kind: 'commitment', ...c, value: `${c.actor} · ${c.polarity} · ${c.modality}: ${c.action}`,
      details: [
        ['gold actor', c.actor], ['gold speaker', c.speaker ?? '–'], ['gold action', c.action], ['gold polarity', c.polarity], ['gold modality', c.modality],
        ['gold recipient', c.recipient ?? '–'], ['gold deadline', c.deadline ? `${c.deadline.value}${c.deadline.mod ? ` ${c.deadline.mod}` : ''}` : '–'],
      ],
    });
  }
  return out;
}

function markDiff(data: DocumentData, base: SnapshotDocument | null, facts: ViewFact[]): NonNullable<DocumentView['diff']> {
  const key = data.key;
  const d = diffSnapshots(base ? new Map([[key, base]]) : new Map(), new Map([[key, data.snapshot]]), () => '');
  const baseFacts = base ? factsOf(base) : [];
  const counts = { added: 0, removed: 0, changed: 0 };
  const taken = new Set<ViewFact>();
  let r = 0;
  for (const c of d.changes as FactChange[]) {
    counts[c.change]++;
    if (c.change === 'removed') {
      const b = baseFacts.find((x: Fact) => x.kind === c.kind && x.start === c.start && x.end === c.end && x.rule === c.rule);
      facts.push({
        id: `r${++r}`, kind: c.kind, origin: 'removed', start: c.start, end: c.end, text: c.text, rule: c.rule,
        value: b ? removedValue(b) : c.text, details: [['change', 'removed: the base snapshot had this fact'], ...Object.entries(b?.fields ?? {}).map(([k, v]): [string, string] => [k, v || '–'])],
        diff: 'removed', negative: b?.fields.polarity === 'negative',
      });
      continue;
    }
    const f = facts.find((x) => x.origin === 'predicted' && !taken.has(x) && x.kind === c.kind && x.start === c.start && x.end === c.end);
    if (!f) continue;
    taken.add(f);
    f.diff = c.change;
    if (c.change === 'changed' && c.fields) {
      f.diffFields = c.fields;
      f.details.unshift(['changed', Object.entries(c.fields).map(([k, [b, a]]) => `${k}: ${b || '∅'} → ${a || '∅'}`).join('; ')]);
    } else f.details.unshift(['change', 'added: not in the base snapshot']);
  }
  return {
    status: !base ? 'added' : d.changes.length ? 'changed' : 'unchanged',
    counts,
    textChanged: Boolean(base && base.document.sha256 !== data.snapshot.document.sha256),
  };
}

function removedValue(f: Fact): string {
  const x = f.fields;
  switch (f.kind) {
    case 'person': return x.person;
    case 'country': return x.code;
    case 'organization': return x.name;
    case 'date': return `${x.value}${x.mod ? ` ${x.mod}` : ''}`;
    default: return `${x.actor || '–'} · ${x.polarity} · ${x.modality}: ${x.action}`;
  }
}
