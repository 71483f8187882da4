// `npm run report`: the static review site under output/report/, built from the database and the
// corpus gold, optionally against a git ref's snapshot. One document at a time, so memory stays
// flat for 10,000 documents; every page is self-contained (no network at view time).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openDatabase } from '../../store/db.js';
import { loadGold, scoreDocuments, type CorpusEval, type GoldFile } from '../eval/corpus.js';
import { compareFigures, type SnapshotDiff } from '../diff.js';
import type { SnapshotDocument } from '../snapshot.js';
import { readSnapshotAtRef } from '../../cli/diff.js';
import { KINDS, ReportReader, type Kind } from './data.js';
import { countryPageName, documentPageName, indexPageName } from './html.js';
import { changesPage, countryTimelinePage, documentPage, indexPage, TIMELINE_PAGE_SIZE, timelineIndexPage, type IndexRow, type PlacedEntry } from './pages.js';
import { buildDocumentView, EVAL_KIND } from './view.js';

export interface ReportOptions {
  db: string;
  out: string;
  /** Gold folder (corpus/gold), or null. A missing folder means no gold. */
  gold: string | null;
  /** Git ref whose output/facts snapshot is the diff base, or null. */
  base: string | null;
  /** Documents per index page. */
  pageSize: number;
  /** Where git runs (the repository). */
  cwd: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ReportSummary {
  out: string;
  documents: number;
  indexPages: number;
  goldDocuments: number;
  countries: number;
  corpus: CorpusEval | null;
  diff: null | { base: string; changedDocuments: number; addedDocuments: number; removedDocuments: number; facts: number };
}

/** Marks a folder as written by this command, so that a rebuild may clear it. */
export const MARKER = '.policyfacts-report';
/** What a rebuild keeps: the browser test's screenshots. A folder holding only these may be used. */
export const KEPT = ['screenshots'];

/** Thrown when the output folder or the base ref cannot be used (the CLI prints it, exit 2). */
export class ReportError extends Error {}

export function prepareOutDir(out: string): void {
  if (fs.existsSync(out)) {
    if (!fs.statSync(out).isDirectory()) throw new ReportError(`--out ${out} is not a folder`);
    const entries = fs.readdirSync(out);
    if (!entries.includes(MARKER) && entries.some((e) => !KEPT.includes(e))) {
      throw new ReportError(`--out ${out} is not empty and was not written by \`npm run report\`; choose another folder or empty it`);
    }
    // Clear what an earlier build wrote; anything else (e.g. screenshots/) stays.
    for (const name of entries) {
      if (name === 'docs' || name === 'countries' || name.endsWith('.html')) fs.rmSync(path.join(out, name), { recursive: true, force: true });
    }
  }
  fs.mkdirSync(path.join(out, 'docs'), { recursive: true });
  fs.mkdirSync(path.join(out, 'countries'), { recursive: true });
  fs.writeFileSync(path.join(out, MARKER), 'Written by `npm run report`; the command clears and rewrites this folder.\n');
}

function readFileAtRef(ref: string, file: string, cwd: string): string | null {
  try {
    return execFileSync('git', ['show', `${ref}:${file}`], { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 }).toString('utf8');
  } catch {
    return null;
  }
}

export async function buildReport(o: ReportOptions): Promise<ReportSummary> {
  if (!Number.isInteger(o.pageSize) || o.pageSize < 1) throw new ReportError(`page size must be a positive whole number, got ${o.pageSize}`);
  const db = openDatabase(o.db, { readonly: true });
  try {
    // Read the base before touching the output, so a bad ref leaves an earlier report alone.
    let base: Map<string, SnapshotDocument> | null = null;
    let baseEval: unknown = null;
    if (o.base !== null) {
      base = readSnapshotAtRef(o.base, o.cwd);
      const json = readFileAtRef(o.base, 'output/eval.json', o.cwd);
      baseEval = json ? JSON.parse(json) : null;
    }
    const gold: Map<string, GoldFile> = o.gold ? loadGold(o.gold) : new Map();
    prepareOutDir(o.out);

    const reader = new ReportReader(db);
    const docs = reader.documents();
    const inDb = new Set(docs.map((d) => d.key));
    const scored: Parameters<typeof scoreDocuments>[0] = [];
    const rows: IndexRow[] = [];
    const totals = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    const commitmentAnchors = new Map<string, string>();
    const diffSummary: SnapshotDiff['summary'] | null = base ? (Object.fromEntries(KINDS.map((k) => [k, { added: 0, removed: 0, changed: 0 }])) as SnapshotDiff['summary']) : null;
    const changedDocs: Parameters<typeof changesPage>[0]['documents'] = [];
    let unchanged = 0;

    docs.forEach((row, i) => {
      const data = reader.document(row.key);
      if (!data) return;
      const view = buildDocumentView(data, gold.get(row.key) ?? null, base?.get(row.key), base !== null);
      const page = documentPageName(row.key);
      fs.writeFileSync(path.join(o.out, 'docs', page), documentPage(view, { base: o.base, diff: base !== null }));
      for (const k of KINDS) totals[k] += row.counts[k];
      for (const f of view.facts) {
        if (f.kind === 'commitment' && f.origin === 'predicted') commitmentAnchors.set(`${row.key}\u0000${f.start}\u0000${f.end}\u0000${f.action}`, `docs/${page}#${f.id}`);
        if (diffSummary && f.diff) diffSummary[f.kind][f.diff]++;
      }
      if (view.gold) scored.push(view.gold.scored);
      const errs = view.gold ? Object.values(view.gold.errors) : [];
      rows.push({
        ...row,
        page,
        gold: view.gold
          ? {
            f1: Object.fromEntries(KINDS.map((k) => [k, view.gold!.figures[EVAL_KIND[k]].exact.f1])) as Record<Kind, number>,
            missed: errs.reduce((s, e) => s + e.missed, 0),
            false: errs.reduce((s, e) => s + e.false, 0),
            wrong: errs.reduce((s, e) => s + e.wrong, 0),
          }
          : null,
        diff: view.diff ? { status: view.diff.status, ...view.diff.counts } : null,
      });
      if (view.diff) {
        if (view.diff.status === 'unchanged') unchanged++;
        else changedDocs.push({ key: row.key, page, title: row.title, status: view.diff.status, ...view.diff.counts });
      }
      o.onProgress?.(i + 1, docs.length);
    });

    const corpus = scored.length ? scoreDocuments(scored) : null;
    const removedDocuments = base ? [...base.keys()].filter((k) => !inDb.has(k)).sort() : [];
    if (diffSummary && base) {
      for (const k of removedDocuments) {
        const b = base.get(k)!;
        diffSummary.person.removed += b.people.reduce((s, p) => s + p.mentions.length, 0);
        diffSummary.country.removed += b.countries.reduce((s, c) => s + c.mentions.length, 0);
        diffSummary.organization.removed += b.organizations.reduce((s, c) => s + c.mentions.length, 0);
        diffSummary.date.removed += b.dates.length;
        diffSummary.commitment.removed += b.commitments.length;
      }
    }

    // Index pages.
    const pages = Math.max(1, Math.ceil(rows.length / o.pageSize));
    const ctx = {
      totalDocuments: rows.length,
      goldDocuments: scored.length,
      goldNotInDb: [...gold.keys()].filter((k) => !inDb.has(k)),
      corpus,
      totals,
      base: o.base,
      diffSummary,
    };
    for (let p = 1; p <= pages; p++) {
      fs.writeFileSync(path.join(o.out, indexPageName(p)), indexPage(rows.slice((p - 1) * o.pageSize, p * o.pageSize), p, pages, o.pageSize, ctx));
    }

    // Timelines.
    const timeline = reader.timeline();
    const countries = [...timeline.entries()]
      .map(([code, entries]) => ({ code, name: entries[0].countryName, count: entries.length, withDeadline: entries.filter((e) => e.deadline).length }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    for (const c of countries) {
      const entries: PlacedEntry[] = timeline.get(c.code)!.map((e) => ({
        ...e,
        href: `../${commitmentAnchors.get(`${e.document}\u0000${e.start}\u0000${e.end}\u0000${e.action}`) ?? `docs/${documentPageName(e.document)}`}`,
      }));
      const pages = Math.ceil(entries.length / TIMELINE_PAGE_SIZE);
      for (let p = 1; p <= pages; p++) {
        const chunk = entries.slice((p - 1) * TIMELINE_PAGE_SIZE, p * TIMELINE_PAGE_SIZE);
        fs.writeFileSync(path.join(o.out, 'countries', countryPageName(c.code, p)), countryTimelinePage(c.code, c.name, chunk, base !== null, { page: p, pages, total: entries.length }));
      }
    }
    fs.writeFileSync(path.join(o.out, 'timeline.html'), timelineIndexPage(countries, base !== null));

    // Changes.
    let diff: ReportSummary['diff'] = null;
    if (base && diffSummary && o.base !== null) {
      const figures = compareFigures(baseEval, corpus ? { ...corpus, errors: undefined } : null);
      fs.writeFileSync(path.join(o.out, 'changes.html'), changesPage({ base: o.base, summary: diffSummary, documents: changedDocs, removedDocuments, unchanged, figures }));
      diff = {
        base: o.base,
        changedDocuments: changedDocs.filter((d) => d.status === 'changed').length,
        addedDocuments: changedDocs.filter((d) => d.status === 'added').length,
        removedDocuments: removedDocuments.length,
        facts: Object.values(diffSummary).reduce((s, v) => s + v.added + v.removed + v.changed, 0),
      };
    }
    return { out: o.out, documents: rows.length, indexPages: pages, goldDocuments: scored.length, countries: countries.length, corpus, diff };
  } finally {
    db.close();
  }
}
