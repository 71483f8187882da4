// The review site in a real browser: builds the report for the corpus, opens the index and a
// document page in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core; no
// browser download), checks that the highlights and counts match the database, that the keyboard
// reaches the spans, and saves screenshots under output/report/screenshots/ (git-ignored).
// Without /usr/bin/chromium the browser part is skipped (scripts/install-chromium.sh installs it);
// with POLICYFACTS_REQUIRE_BROWSER=1 (CI) a missing browser fails instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';
import { buildReport, type ReportSummary } from '../../src/report/site/build.js';
import { documentPageName } from '../../src/report/site/html.js';
import { evaluateCorpus } from '../../src/report/eval/corpus.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
const REQUIRED = process.env.POLICYFACTS_REQUIRE_BROWSER === '1';
const SKIP_MESSAGE = `browser test skipped: ${CHROMIUM} is absent (run scripts/install-chromium.sh to install Debian's chromium)`;
if (!HAS_CHROMIUM && !REQUIRED) console.warn(SKIP_MESSAGE);

const DOC = 'seed-denmark-may-allow-us-troops';
const SCREENSHOTS = path.resolve('output/report/screenshots');
const KIND_CLASSES = ['person', 'country', 'organization', 'date', 'commitment'] as const;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-browser-'));
const dbFile = path.join(tmp, 'corpus.db');
const out = path.join(tmp, 'report');
let summary: ReportSummary;
let db: Database.Database;

function quietIO(): IO & { err: string } {
  const io = { err: '', stdout: () => {}, stderr: (s: string) => void (io.err += s), stderrIsTTY: false, stdoutIsTTY: false, cwd: process.cwd() };
  return io;
}

beforeAll(async () => {
  const io = quietIO();
  const code = await main(['ingest', 'corpus', '--db', dbFile, '--no-snapshot', '--concurrency', String(Math.min(4, os.availableParallelism()))], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  summary = await buildReport({ db: dbFile, out, gold: 'corpus/gold', base: null, pageSize: 100, cwd: process.cwd() });
  db = new Database(dbFile, { readonly: true });
});

afterAll(() => {
  db?.close();
});

/** Facts of a document in the database: kind, offsets and text. */
function databaseFacts(doc: string): { kind: string; start: number; end: number; text: string }[] {
  return db
    .prepare(`SELECT e.kind, m.start, m."end", m.text FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id WHERE d.doc_key = @doc
      UNION ALL SELECT 'date', x.start, x."end", x.text FROM dates x JOIN documents d ON d.id = x.document_id WHERE d.doc_key = @doc
      UNION ALL SELECT 'commitment', c.start, c."end", c.text FROM commitments c JOIN documents d ON d.id = c.document_id WHERE d.doc_key = @doc`)
    .all({ doc }) as never;
}
const key = (f: { kind: string; start: number; end: number; text: string }): string => `${f.kind} ${f.start}-${f.end} ${f.text}`;

describe('the report for the corpus', () => {
  it('has a page per document and the same eval figures as `npm run eval`', async () => {
    const count = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    expect(summary.documents).toBe(count);
    expect(fs.readdirSync(path.join(out, 'docs'))).toHaveLength(count);
    const evaluated = await evaluateCorpus(['corpus'], 'corpus/gold');
    expect(summary.corpus!.kinds).toEqual(evaluated.kinds);
  });
});

// Minimal shapes of the playwright-core API used here (the module is loaded only with a browser).
interface PwPage {
  goto(url: string): Promise<unknown>;
  evaluate<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T>;
  keyboard: { press(key: string): Promise<void> };
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  screenshot(o: { path: string; fullPage?: boolean }): Promise<unknown>;
  on(event: 'pageerror', f: (e: Error) => void): void;
  setViewportSize(s: { width: number; height: number }): Promise<void>;
}
interface PwContext {
  newPage(): Promise<PwPage>;
  close(): Promise<void>;
}

describe.skipIf(!HAS_CHROMIUM && !REQUIRED)('the report in headless Chromium', () => {
  let context: PwContext;
  let page: PwPage;
  const errors: string[] = [];
  const url = (file: string, hash = ''): string => pathToFileURL(path.join(out, file)).href + hash;

  beforeAll(async () => {
    if (!HAS_CHROMIUM) throw new Error(`POLICYFACTS_REQUIRE_BROWSER=1 but ${CHROMIUM} is absent: run scripts/install-chromium.sh`);
    const { chromium } = await import('playwright-core');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-chromium-'));
    context = (await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })) as unknown as PwContext;
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('lists every document on the index with the counts of the database', async () => {
    await page.goto(url('index.html'));
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('table.docs tbody tr')].map((tr) => ({
        href: tr.querySelector('a')!.getAttribute('href')!,
        counts: [...tr.querySelectorAll('td.n')].map((td) => Number(td.firstChild!.textContent)),
      })),
    );
    const expected = db
      .prepare(`SELECT d.doc_key AS key,
          (SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = d.id AND e.kind = 'person') AS person,
          (SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = d.id AND e.kind = 'country') AS country,
          (SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = d.id AND e.kind = 'organization') AS organization,
          (SELECT count(*) FROM dates x WHERE x.document_id = d.id) AS date,
          (SELECT count(*) FROM commitments c WHERE c.document_id = d.id) AS commitment
        FROM documents d ORDER BY d.doc_key`)
      .all() as Record<string, string | number>[];
    expect(rows.map((r) => r.href)).toEqual(expected.map((r) => `docs/${documentPageName(String(r.key))}`));
    expect(rows.map((r) => r.counts)).toEqual(expected.map((r) => KIND_CLASSES.map((k) => r[k])));
    const figures = await page.evaluate(() => document.querySelector('table.figs')?.textContent ?? '');
    expect(figures).toContain('commitments');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'index.png') });
  });

  it(`highlights exactly the database's facts on ${DOC}, and loads quickly`, async () => {
    await page.goto(url(`docs/${documentPageName(DOC)}`));
    const loadMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    expect(loadMs).toBeGreaterThan(0);
    // The goal is under a second; the bound is loose so that a busy CI machine does not fail it
    // (a page that needs a server round trip or a runaway script would take far longer).
    console.log(`${DOC} page load: ${Math.round(loadMs)} ms`);
    expect(loadMs).toBeLessThan(5000);
    const shown = await page.evaluate((kinds) => {
      const data = JSON.parse(document.getElementById('facts-data')!.textContent!) as Record<string, { d: [string, string][] }>;
      const byId = new Map<string, { kind: string; origin: string; text: string }>();
      for (const m of document.querySelectorAll<HTMLElement>('#text mark[data-f]')) {
        const id = m.dataset.f!;
        const kind = kinds.find((k) => m.classList.contains(`k-${k}`))!;
        const origin = m.classList.contains('o-missed') ? 'missed' : m.classList.contains('o-removed') ? 'removed' : 'predicted';
        const f = byId.get(id) ?? { kind, origin, text: '' };
        f.text += m.textContent;
        byId.set(id, f);
      }
      return {
        text: document.getElementById('text')!.textContent,
        facts: [...byId].map(([id, f]) => {
          const [start, end] = Object.fromEntries(data[id].d).span.split('–').map(Number);
          return { ...f, start, end, focusable: document.getElementById(id)!.tabIndex === 0 };
        }),
        rows: document.querySelectorAll('table.facts tbody tr').length,
        legend: document.querySelector('.legend')!.textContent,
      };
    }, [...KIND_CLASSES]);
    const documentText = (db.prepare('SELECT text FROM documents WHERE doc_key = ?').get(DOC) as { text: string }).text;
    expect(shown.text).toBe(documentText);
    const predicted = shown.facts.filter((f) => f.origin === 'predicted');
    expect(predicted.map(key).sort()).toEqual(databaseFacts(DOC).map(key).sort());
    for (const f of shown.facts) expect(f.text).toBe(documentText.slice(f.start, f.end));
    expect(shown.facts.every((f) => f.focusable)).toBe(true);
    // Missed gold spans are drawn too, one per missed gold fact of the eval.
    const evaluated = await evaluateCorpus(['corpus'], 'corpus/gold');
    const missed = evaluated.errors.filter((e) => e.document === DOC && e.error === 'missed');
    expect(shown.facts.filter((f) => f.origin === 'missed')).toHaveLength(missed.length);
    expect(shown.rows).toBe(shown.facts.length);
    expect(shown.legend).toContain('gold span not predicted');
    expect(errors).toEqual([]);
  });

  it('reaches the spans with Tab and shows details on Enter, hover and click', async () => {
    await page.goto(url(`docs/${documentPageName(DOC)}`));
    let focused = '';
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.matches('mark[data-f]') ? (document.activeElement as HTMLElement).dataset.f! : ''));
    }
    expect(focused).not.toBe('');
    expect(await page.evaluate(() => !document.getElementById('tip')!.hidden)).toBe(true);
    await page.keyboard.press('Enter');
    const details = await page.evaluate(() => document.getElementById('details')!.textContent!);
    expect(details).toMatch(/rule/);
    expect(await page.evaluate((id) => document.getElementById(`row-${id}`)!.classList.contains('sel'), focused)).toBe(true);
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.f);
    expect(next).not.toBe(focused);
    await page.keyboard.press(' ');
    expect(await page.evaluate(() => location.hash.slice(1))).toBe(next);

    // A commitment: actor, polarity, modality, recipient and deadline in the details.
    const commitment = await page.evaluate(() => document.querySelector<HTMLElement>('#text mark.k-commitment[tabindex="0"]:not(.o-missed)')!.id);
    await page.click(`#${commitment}`);
    const shown = await page.evaluate(() => [...document.querySelectorAll('#details dt')].map((dt) => dt.textContent));
    expect(shown).toEqual(expect.arrayContaining(['actor', 'polarity', 'modality', 'recipient', 'deadline', 'rule']));
    await page.hover('#text mark.k-person');
    const tip = await page.evaluate(() => document.getElementById('tip')!.textContent!);
    expect(tip).toContain('person');
    expect(errors).toEqual([]);
  });

  it('saves a screenshot of the document page', async () => {
    await page.goto('about:blank');
    await page.goto(url(`docs/${documentPageName(DOC)}`, '#f2'));
    expect(await page.evaluate(() => document.querySelector('#details dd')?.textContent)).toBeTruthy();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.hover('#text mark.k-country');
    const file = path.join(SCREENSHOTS, `${DOC}.png`);
    await page.screenshot({ path: file });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${DOC}-full.png`), fullPage: true });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });

  it("draws a country's commitments on the timeline, one row per commitment of the database", async () => {
    // Denmark's commitments: as actor, one of joint actors, or through a person in a Danish role.
    const n = (db.prepare(`SELECT count(*) AS n FROM commitments c WHERE (c.actor_kind = 'country' AND c.actor_key = 'DK')
      OR (c.actor_kind = 'group' AND EXISTS (SELECT 1 FROM commitment_parties p JOIN entities e ON e.id = p.entity_id WHERE p.commitment_id = c.id AND p.role = 'actor' AND e.code = 'DK'))
      OR (c.actor_kind = 'person' AND EXISTS (SELECT 1 FROM commitment_parties p JOIN person_roles pr ON pr.entity_id = p.entity_id AND pr.document_id = c.document_id
            WHERE p.commitment_id = c.id AND p.role = 'actor' AND pr.country = 'DK'))`).get() as { n: number }).n;
    await page.goto(url('countries/DK.html'));
    const drawn = await page.evaluate(() => ({
      rows: document.querySelectorAll('.timeline svg a').length,
      table: document.querySelectorAll('table tbody tr').length,
    }));
    expect(n).toBeGreaterThan(0);
    expect(drawn.table).toBe(n);
    expect(drawn.rows).toBeGreaterThan(0);
    expect(drawn.rows).toBeLessThanOrEqual(n);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline-DK.png') });
  });
});
