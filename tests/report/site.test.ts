// The review site generator on a small database built in-process (hand-made facts, no
// extractors): span layering, pages, gold marking, paging, timelines, diff mode, the output folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { FactWriter } from '../../src/store/write.js';
import { SnapshotReader, serializeSnapshot, snapshotFileName, type SnapshotDocument } from '../../src/report/snapshot.js';
import { renderMarkedText, type Mark } from '../../src/report/site/spans.js';
import { buildReport, MARKER, ReportError } from '../../src/report/site/build.js';
import { documentPageName, jsonForScript } from '../../src/report/site/html.js';
import { timexInterval, dayLabel } from '../../src/report/site/timex.js';
import { runReport } from '../../src/cli/report.js';
import { UsageError, type IO } from '../../src/cli/io.js';
import type { Commitment, DocumentFacts, EntityRef } from '../../src/types.js';
import type { GoldFile } from '../../src/report/eval/corpus.js';

// ---------------------------------------------------------------------------------------------
// Span layering

/** The text of every fact id, joined over its pieces, and the plain text, from rendered HTML. */
function readBack(html: string): { text: string; facts: Map<string, string> } {
  const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const open: (string | null)[] = [];
  const facts = new Map<string, string>();
  let text = '';
  for (const token of html.split(/(<[^>]+>)/)) {
    if (!token) continue;
    if (token.startsWith('</')) open.pop();
    else if (token.startsWith('<')) open.push(/data-f="([^"]+)"/.exec(token)?.[1] ?? null);
    else {
      const t = unescape(token);
      text += t;
      for (const id of open) if (id) facts.set(id, (facts.get(id) ?? '') + t);
    }
  }
  return { text, facts };
}

const mark = (id: string, start: number, end: number, layer = 10): Mark => ({ id, start, end, layer, className: `m k-${id}` });

describe('renderMarkedText', () => {
  const text = 'The United States and Denmark agreed <on> "Thursday" & more.';
  it('nests spans that nest, keeps the text, and escapes it', () => {
    const r = renderMarkedText(text, [mark('c', 0, 36, 0), mark('us', 4, 17), mark('dk', 22, 29)]);
    const back = readBack(r.html);
    expect(back.text).toBe(text);
    expect(back.facts.get('c')).toBe(text.slice(0, 36));
    expect(back.facts.get('us')).toBe('United States');
    expect(r.pieces.get('c')).toBe(1);
    expect(r.html).toContain('&lt;on&gt; &quot;Thursday&quot; &amp; more.');
    expect(r.html.indexOf('data-f="c"')).toBeLessThan(r.html.indexOf('data-f="us"'));
  });

  it('splits crossing spans into pieces that share the fact id; only the first is focusable', () => {
    const r = renderMarkedText(text, [mark('a', 4, 21), mark('b', 11, 29)]);
    const back = readBack(r.html);
    expect(back.text).toBe(text);
    expect(back.facts.get('a')).toBe(text.slice(4, 21));
    expect(back.facts.get('b')).toBe(text.slice(11, 29));
    expect(r.pieces.get('a')! + r.pieces.get('b')!).toBe(3);
    expect(r.html.match(/tabindex="0"/g)).toHaveLength(2);
    expect(r.html.match(/id="a"/g)).toHaveLength(1);
    // Well-formed: every element closes.
    expect((r.html.match(/<mark/g) ?? []).length).toBe((r.html.match(/<\/mark>/g) ?? []).length);
  });

  it('puts the longer span outside at equal starts and the lower layer outside at equal spans', () => {
    const r = renderMarkedText('Denmark said', [mark('x', 0, 7, 10), mark('band', 0, 7, 0), mark('long', 0, 12, 11)]);
    expect(r.html.indexOf('"long"')).toBeLessThan(r.html.indexOf('"band"'));
    expect(r.html.indexOf('"band"')).toBeLessThan(r.html.indexOf('"x"'));
  });

  it('handles many overlapping spans at random and always gives back the text', () => {
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const t = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(3);
    for (let round = 0; round < 50; round++) {
      const marks: Mark[] = [];
      for (let i = 0; i < 12; i++) {
        const s = rnd(t.length - 1);
        marks.push(mark(`m${i}`, s, s + 1 + rnd(Math.min(20, t.length - s - 1) + 1), rnd(3)));
      }
      const r = renderMarkedText(t, marks);
      const back = readBack(r.html);
      expect(back.text).toBe(t);
      for (const m of marks) if (m.end <= t.length) expect(back.facts.get(m.id!)).toBe(t.slice(m.start, m.end));
    }
  });

  it('skips marks whose offsets do not fit the text', () => {
    const r = renderMarkedText('short', [mark('ok', 0, 5), mark('bad', 3, 99), mark('empty', 2, 2)]);
    expect(r.skipped.map((m) => m.id)).toEqual(['bad', 'empty']);
    expect(readBack(r.html).text).toBe('short');
  });

  it('renders decorations (boilerplate) as plain spans without a fact id', () => {
    const r = renderMarkedText('Menu. Text.', [{ start: 0, end: 5, className: 'bp', id: null, layer: -1 }]);
    expect(r.html).toBe('<span class="bp">Menu.</span> Text.');
  });
});

describe('helpers', () => {
  it('keeps </script> out of embedded JSON', () => {
    expect(jsonForScript({ t: '</script><b>' })).not.toContain('</');
    expect(JSON.parse(jsonForScript({ t: '</script>\u2028' }))).toEqual({ t: '</script>\u2028' });
  });

  it('makes safe page names from document ids', () => {
    expect(documentPageName('seed-denmark-may-allow-us-troops')).toBe('seed-denmark-may-allow-us-troops.html');
    expect(documentPageName('../../etc/passwd')).toMatch(/^etc_passwd-[0-9a-f]{8}\.html$/);
    expect(documentPageName('a/b')).not.toBe(documentPageName('a_b'));
  });

  it('turns TIMEX3 values into intervals', () => {
    const iv = (v: string, mod: string | null = null, ref: string | null = null): string[] | null => {
      const i = timexInterval(v, mod, ref);
      return i ? [dayLabel(i.from), dayLabel(i.to)] : null;
    };
    expect(iv('2022-02-10')).toEqual(['2022-02-10', '2022-02-11']);
    expect(iv('2024')).toEqual(['2024-01-01', '2025-01-01']);
    expect(iv('2024-Q2')).toEqual(['2024-04-01', '2024-07-01']);
    expect(iv('2024-12')).toEqual(['2024-12-01', '2025-01-01']);
    expect(iv('2020-W01')).toEqual(['2019-12-30', '2020-01-06']);
    expect(iv('195X')).toEqual(['1950-01-01', '1960-01-01']);
    expect(iv('2024', 'END')![1]).toBe('2025-01-01');
    expect(iv('PRESENT_REF', null, '2022-02-10')).toEqual(['2022-02-10', '2022-02-11']);
    for (const v of ['XXXX-02-08', 'P1Y', 'FUTURE_REF', 'PRESENT_REF', '']) expect(iv(v)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// A small database

const TEXT =
  'Denmark will not allow nuclear weapons on Danish soil, Mette Frederiksen said on Thursday. ' +
  'NATO and the EU pledged to send aid to Ukraine by 2024. Frederiksen agreed.';
const at = (needle: string, from = 0): { start: number; end: number; text: string } => {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(needle);
  return { start, end: start + needle.length, text: needle };
};
const DK: EntityRef = { kind: 'country', key: 'DK', name: 'Denmark' };
const NATO: EntityRef = { kind: 'organization', key: 'NATO', name: 'North Atlantic Treaty Organization' };

function commitment(span: { start: number; end: number; text: string }, actor: EntityRef, action: string, polarity: 'positive' | 'negative', extra: Partial<Commitment> = {}): Commitment {
  return {
    ...span, rule: 'commitment/test', sentence: 0, sentenceText: span.text, actor, speaker: null, action, polarity, modality: 'firm',
    recipient: null, deadline: null, confidence: 0.7, cues: ['will'], ...extra,
  };
}

function documentFacts(id: string, text: string, date: string | null, fill: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    doc: { id, path: `corpus/${id}.txt`, line: null, text, meta: {}, sha256: `sha-${id}-${text.length}`, date, dateSource: date ? 'metadata' : 'none', title: null },
    sentences: [{ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: 0, boilerplate: false }],
    people: [], countries: [], organizations: [], dates: [], commitments: [], timings: {},
    ...fill,
  };
}

const MAIN = 'main-doc';
const EVIL = '../evil/<b>x</b>';
const evilText = 'Sweden <script>alert(1)</script> joins.';
const p = (s: { start: number; end: number; text: string }, rule: string) => ({ ...s, rule, sentence: 0 });

function mainFacts(): DocumentFacts {
  const c1 = commitment(at('Denmark will not allow nuclear weapons on Danish soil'), DK, 'allow nuclear weapons on Danish soil', 'negative');
  // Crosses c1: starts inside it, ends after it.
  const c2 = commitment(at('nuclear weapons on Danish soil, Mette Frederiksen'), DK, 'keep weapons out', 'positive', { rule: 'commitment/cross' });
  const c3 = commitment(at('NATO and the EU pledged to send aid to Ukraine by 2024'), NATO, 'send aid to Ukraine', 'positive', {
    recipient: { kind: 'country', key: 'UA', name: 'Ukraine' },
    deadline: { ...at('2024'), value: '2024', mod: null, text: 'by 2024' },
  });
  return documentFacts(MAIN, TEXT, '2022-02-10', {
    people: [{ key: 'mette frederiksen', name: 'Mette Frederiksen', role: 'Prime Minister', country: 'DK', mentions: [{ ...p(at('Mette Frederiksen'), 'person/full-name'), role: 'Prime Minister', roleCountry: 'DK' }] }],
    countries: [
      { ...p(at('Denmark'), 'country/name'), code: 'DK', form: 'name', metonymy: false },
      { ...p(at('Danish'), 'country/adjective'), code: 'DK', form: 'adjective', metonymy: false },
      { ...p(at('Ukraine'), 'country/name'), code: 'UA', form: 'name', metonymy: false },
    ],
    organizations: [
      { ...p(at('NATO'), 'organization/lexicon'), name: 'North Atlantic Treaty Organization', acronym: 'NATO', country: null },
      { ...p(at('EU'), 'organization/lexicon'), name: 'European Union', acronym: 'EU', country: null },
    ],
    dates: [
      { ...p(at('Thursday'), 'date/weekday'), type: 'DATE', value: '2022-02-10', mod: null, anchor: 'document', inferred: [] },
      { ...p(at('2024'), 'date/year'), type: 'DATE', value: '2024', mod: null, anchor: null, inferred: [] },
    ],
    commitments: [c1, c2, c3],
  } as Partial<DocumentFacts>);
}

function mainGold(): GoldFile {
  return {
    document: MAIN,
    complete: true,
    people: [{ name: 'Mette Frederiksen', role: 'Prime Minister', country: 'DK', mentions: [at('Mette Frederiksen'), at('Frederiksen', TEXT.indexOf('Frederiksen agreed'))] }],
    countries: [{ ...at('Denmark'), code: 'DK' }, { ...at('Danish'), code: 'DK' }, { ...at('Ukraine'), code: 'RU' }],
    organizations: [{ ...at('NATO'), name: 'North Atlantic Treaty Organization' }],
    dates: [{ ...at('Thursday'), type: 'DATE', value: '2022-02-10' }, { ...at('2024'), type: 'DATE', value: '2024' }],
    commitments: [
      { ...at('Denmark will not allow nuclear weapons on Danish soil'), actor: 'DK', action: 'allow nuclear weapons on Danish soil', polarity: 'negative', modality: 'firm' },
      { ...at('NATO and the EU pledged to send aid to Ukraine by 2024'), actor: 'NATO', action: 'send aid to Ukraine', polarity: 'positive', modality: 'firm', deadline: { value: '2024' } },
    ],
  };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-site-'));
const dbFile = path.join(tmp, 'site.db');
const goldDir = path.join(tmp, 'gold');

beforeAll(() => {
  const db = openDatabase(dbFile);
  const writer = new FactWriter(db);
  writer.write(mainFacts(), 'v-test', null);
  writer.write(documentFacts(EVIL, evilText, '2021-05-01', { countries: [{ ...p({ start: 0, end: 6, text: 'Sweden' }, 'country/name'), code: 'SE', form: 'name', metonymy: false }] }), 'v-test', null);
  for (let i = 1; i <= 3; i++) writer.write(documentFacts(`plain-${i}`, `Plain text number ${i}.`, null), 'v-test', null);
  db.close();
  fs.mkdirSync(goldDir);
  fs.writeFileSync(path.join(goldDir, `${MAIN}.json`), JSON.stringify(mainGold()));
});

const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');
const count = (html: string, re: RegExp): number => (html.match(re) ?? []).length;
/** Distinct fact ids per kind class in a page's text. */
function factIds(html: string, kindClass: string, extra = ''): Set<string> {
  const text = html.slice(html.indexOf('<div class="text"'), html.indexOf('</article>'));
  const ids = new Set<string>();
  for (const m of text.matchAll(/<mark class="([^"]*)" data-f="([^"]+)"/g)) {
    const cls = m[1].split(' ');
    if (cls.includes(kindClass) && (!extra || cls.includes(extra))) ids.add(m[2]);
  }
  return ids;
}

describe('buildReport', () => {
  const out = path.join(tmp, 'report');
  let summary: Awaited<ReturnType<typeof buildReport>>;
  beforeAll(async () => {
    summary = await buildReport({ db: dbFile, out, gold: goldDir, base: null, pageSize: 2, cwd: tmp });
  });

  it('writes an index paged by page size, a page per document and the timelines', () => {
    expect(summary.documents).toBe(5);
    expect(summary.indexPages).toBe(3);
    expect(fs.readdirSync(out).sort()).toEqual([MARKER, 'countries', 'docs', 'index-2.html', 'index-3.html', 'index.html', 'timeline.html'].sort());
    expect(fs.readdirSync(path.join(out, 'docs')).sort()).toEqual([MAIN, EVIL, 'plain-1', 'plain-2', 'plain-3'].map(documentPageName).sort());
    const index = read(out, 'index.html');
    expect(index).toContain('href="index-2.html"');
    expect(index).toContain('Documents 1–2 of 5');
    expect(read(out, 'index-3.html')).toContain('Documents 5–5 of 5');
  });

  it('shows fact counts and the eval figures on the index', () => {
    // Documents are listed by id: "../evil/<b>x</b>" sorts first, then main-doc.
    const index = read(out, 'index.html');
    const row = index.slice(index.indexOf(`docs/${documentPageName(MAIN)}`));
    const cells = [...row.slice(0, row.indexOf('</tr>')).matchAll(/<td class="n">(\d+)/g)].map((m) => Number(m[1]));
    expect(cells).toEqual([1, 3, 2, 2, 3]);
    expect(index).toContain('Eval figures on the gold documents (1)');
    expect(summary.corpus!.kinds.countries.exact).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(summary.corpus!.kinds.countries.values.code.correct).toBe(2);
  });

  it('highlights every fact on the document page, commitments as bands around the entities', () => {
    const html = read(path.join(out, 'docs'), documentPageName(MAIN));
    expect(factIds(html, 'k-person', '').size).toBe(2); // one predicted, one missed gold mention
    expect(factIds(html, 'k-country').size).toBe(3);
    expect(factIds(html, 'k-organization').size).toBe(2);
    expect(factIds(html, 'k-date').size).toBe(2);
    expect(factIds(html, 'k-commitment').size).toBe(3);
    // The text is intact and each fact's pieces give back its span.
    const text = html.slice(html.indexOf('<div class="text" id="text">') + '<div class="text" id="text">'.length, html.indexOf('</div></article>'));
    const back = readBack(text);
    expect(back.text).toBe(TEXT);
    const data = JSON.parse(/<script type="application\/json" id="facts-data">(.*?)<\/script>/s.exec(html)![1]) as Record<string, { k: string; t: string; d: [string, string][] }>;
    for (const [id, f] of Object.entries(data)) expect(back.facts.get(id)).toBe(f.t);
    // The band opens before the entities inside it; the negative one is dashed.
    expect(text.indexOf('class="m k-commitment neg"')).toBeLessThan(text.indexOf('k-country'));
    // Details carry the normalized values, rule ids and the commitment's fields.
    const c3 = Object.values(data).find((f) => f.k === 'commitment' && f.t.startsWith('NATO'))!;
    expect(Object.fromEntries(c3.d)).toMatchObject({ actor: 'North Atlantic Treaty Organization (NATO)', polarity: 'positive', modality: 'firm', recipient: 'Ukraine (UA)', rule: 'commitment/test' });
    expect(Object.fromEntries(c3.d).deadline).toContain('2024');
    const dk = Object.values(data).find((f) => f.k === 'country' && f.t === 'Denmark')!;
    expect(Object.fromEntries(dk.d)).toMatchObject({ code: 'DK', rule: 'country/name' });
  });

  it('marks gold against predicted: missed, false and wrong-value spans, with a legend', () => {
    const html = read(path.join(out, 'docs'), documentPageName(MAIN));
    expect([...factIds(html, 'k-person', 'o-missed')]).toHaveLength(1); // "Frederiksen agreed"
    expect([...factIds(html, 'k-organization', 'g-false')]).toHaveLength(1); // EU
    expect([...factIds(html, 'k-country', 'g-wrong')]).toHaveLength(1); // Ukraine: gold RU
    expect([...factIds(html, 'k-commitment', 'g-false')]).toHaveLength(1); // the crossing one
    expect(factIds(html, 'k-country', 'g-false').size).toBe(0);
    expect(html).toContain('gold span not predicted');
    expect(html).toContain('predicted, not in gold');
    expect(html).toMatch(/<tr><th scope="row">people<\/th>(?:<td class="n">[^<]*<\/td>\s*){6}<td class="n">1<\/td>/);
  });

  it('escapes text and makes safe file names from hostile document ids', () => {
    const name = documentPageName(EVIL);
    expect(name).not.toContain('/');
    expect(name).toBe(snapshotFileName(EVIL).replace(/\.json$/, '.html'));
    const html = read(path.join(out, 'docs'), name);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<b>x</b>');
    // The only scripts are the page's own: the data block and the inline script.
    expect(count(html, /<script/g)).toBe(2);
  });

  it('is self-contained: no external scripts, styles or fonts', () => {
    for (const dir of [out, path.join(out, 'docs'), path.join(out, 'countries')]) {
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.html'))) {
        const html = read(dir, f);
        expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|@import|@font-face|url\(\s*['"]?https?:/i);
        expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
      }
    }
  });

  it('draws a commitments timeline per country with document dates and deadlines', () => {
    const timeline = read(out, 'timeline.html');
    expect(timeline).toContain('countries/DK.html');
    const dk = read(path.join(out, 'countries'), 'DK.html');
    expect(dk).toContain('<svg');
    expect(count(dk, /<circle [^>]*stroke="#fff"/g)).toBe(2); // two commitments by Denmark, dated 2022-02-10
    expect(dk).toContain(`../docs/${documentPageName(MAIN)}#f`);
    // NATO's commitment is not a country's; no page for it.
    expect(fs.readdirSync(path.join(out, 'countries'))).toEqual(['DK.html']);
  });

  it('lists documents without gold without a verdict', () => {
    const html = read(path.join(out, 'docs'), documentPageName('plain-1'));
    expect(html).toContain('No gold annotation for this document');
    expect(html).not.toMatch(/<mark class="[^"]*g-false/);
    expect(html).not.toContain('gold span not predicted');
  });
});

describe('the output folder', () => {
  it('refuses a non-empty folder it did not write, and clears its own', async () => {
    const foreign = path.join(tmp, 'foreign');
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, 'notes.txt'), 'mine');
    await expect(buildReport({ db: dbFile, out: foreign, gold: null, base: null, pageSize: 100, cwd: tmp })).rejects.toThrow(ReportError);
    expect(fs.readdirSync(foreign)).toEqual(['notes.txt']);

    const own = path.join(tmp, 'own');
    await buildReport({ db: dbFile, out: own, gold: null, base: null, pageSize: 100, cwd: tmp });
    fs.writeFileSync(path.join(own, 'docs', 'stale.html'), 'old');
    fs.mkdirSync(path.join(own, 'screenshots'));
    fs.writeFileSync(path.join(own, 'screenshots', 'a.png'), 'png');
    await buildReport({ db: dbFile, out: own, gold: null, base: null, pageSize: 100, cwd: tmp });
    expect(fs.existsSync(path.join(own, 'docs', 'stale.html'))).toBe(false);
    expect(fs.existsSync(path.join(own, 'screenshots', 'a.png'))).toBe(true);
  });
});

describe('diff mode', () => {
  const repo = path.join(tmp, 'repo');
  const out = path.join(tmp, 'diff-report');
  beforeAll(async () => {
    // A git repository whose HEAD snapshot differs from the database: a date changed, a country
    // the database no longer has, the EU mention missing (so it is added), a document gone.
    const db = openDatabase(dbFile, { readonly: true });
    const head = new SnapshotReader(db).read(MAIN)!;
    db.close();
    const base: SnapshotDocument = JSON.parse(JSON.stringify(head));
    base.dates[0].value = '2022-02-03';
    base.organizations = base.organizations.filter((o) => o.acronym !== 'EU');
    base.countries.push({ code: 'NO', name: 'Norway', mentions: [{ start: TEXT.indexOf('weapons'), end: TEXT.indexOf('weapons') + 7, text: 'weapons', rule: 'country/name', form: 'name' }] });
    const gone: SnapshotDocument = { ...JSON.parse(JSON.stringify(head)), document: { ...head.document, id: 'gone-doc' } };
    fs.mkdirSync(path.join(repo, 'output', 'facts'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'output', 'facts', snapshotFileName(MAIN)), serializeSnapshot(base));
    fs.writeFileSync(path.join(repo, 'output', 'facts', 'gone-doc.json'), serializeSnapshot(gone));
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'ignore' });
    };
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    await buildReport({ db: dbFile, out, gold: goldDir, base: 'HEAD', pageSize: 100, cwd: repo });
  });

  it('marks added, removed and changed facts on the text', () => {
    const html = read(path.join(out, 'docs'), documentPageName(MAIN));
    expect(factIds(html, 'k-organization', 'd-added').size).toBe(1);
    expect(factIds(html, 'k-date', 'd-changed').size).toBe(1);
    expect(factIds(html, 'k-country', 'd-removed').size).toBe(1);
    expect(html).toContain('value: 2022-02-03 → 2022-02-10');
    expect(html).toContain('1 added, 1 removed, 1 changed');
    // Removed facts are drawn on the text too; the text is still intact.
    const text = html.slice(html.indexOf('<div class="text" id="text">') + '<div class="text" id="text">'.length, html.indexOf('</div></article>'));
    expect(readBack(text).text).toBe(TEXT);
  });

  it('writes the changes page, with new and gone documents', () => {
    const changes = read(out, 'changes.html');
    expect(changes).toContain('Documents no longer in the database (1)');
    expect(changes).toContain('gone-doc');
    expect(changes).toContain(`docs/${documentPageName(MAIN)}`);
    // Every other document is new against this base.
    expect(read(out, 'index.html')).toContain('href="changes.html"');
    expect(read(path.join(out, 'docs'), documentPageName('plain-1'))).toContain('new since HEAD');
  });

  it('refuses a ref that does not exist, leaving the earlier report alone', async () => {
    await expect(buildReport({ db: dbFile, out, gold: null, base: 'no-such-ref', pageSize: 100, cwd: repo })).rejects.toThrow(/git rev-parse failed/);
    expect(fs.existsSync(path.join(out, 'changes.html'))).toBe(true);
  });
});

describe('runReport', () => {
  function io(): IO & { out: string; err: string } {
    const x = { out: '', err: '', stdout: (s: string) => void (x.out += s), stderr: (s: string) => void (x.err += s), stderrIsTTY: false, stdoutIsTTY: false, cwd: tmp };
    return x;
  }

  it('builds the site and says where it is', async () => {
    const o = io();
    expect(await runReport(['--db', dbFile, '--out', 'cli-report', '--gold', 'gold'], o)).toBe(0);
    expect(o.out).toContain(`report: ${path.join('cli-report', 'index.html')}`);
    expect(o.out).toContain('5 document page(s), 1 index page(s), 1 country timeline(s); 1 document(s) compared with gold');
    expect(fs.existsSync(path.join(tmp, 'cli-report', 'docs', documentPageName(MAIN)))).toBe(true);
  });

  it('prints help and rejects bad options', async () => {
    const o = io();
    expect(await runReport(['--help'], o)).toBe(0);
    expect(o.out).toContain('npm run report -- [options]');
    await expect(runReport(['--page-size', '0'], io())).rejects.toThrow(UsageError);
    await expect(runReport(['--db', dbFile, '--out', 'foreign'], io())).rejects.toThrow(UsageError);
    await expect(runReport(['--db', dbFile, '--gold', 'no-such-gold'], io())).rejects.toThrow(UsageError);
    await expect(runReport(['--db', path.join(tmp, 'missing.db')], io())).rejects.toThrow(/does not exist/);
  });
});
