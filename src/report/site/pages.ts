// The pages of the review site: the paged document index, a document's page (highlighted text,
// legend, facts table, details), the commitments timelines and the changes against a git ref.
import type { CorpusEval } from '../eval/corpus.js';
import type { SnapshotDiff } from '../diff.js';
import { KINDS, type DocumentRow, type Kind, type TimelineEntry } from './data.js';
import { countryPageName, documentPageName, esc, indexPageName, jsonForScript, pageHtml, pct } from './html.js';
import { renderMarkedText, type Mark } from './spans.js';
import { dayOfYear, timexInterval, yearOf, type Interval } from './timex.js';
import { EVAL_KIND, type DocumentView, type ViewFact } from './view.js';

export const KIND_LABEL: Record<Kind, string> = { person: 'people', country: 'countries', organization: 'organizations', date: 'dates', commitment: 'commitments' };
const COUNT_LABEL: Record<Kind, string> = { person: 'person mentions', country: 'country mentions', organization: 'organization mentions', date: 'dates', commitment: 'commitments' };

// ---------------------------------------------------------------------------------------------
// Document page

/** The marks of a document: boilerplate shading, then every fact; commitments are outer bands. */
export function documentMarks(view: DocumentView): Mark[] {
  const marks: Mark[] = view.data.boilerplate.map((b) => ({ start: b.start, end: b.end, className: 'bp', id: null, layer: -1 }));
  const commitments = view.facts.filter((f) => f.kind === 'commitment').sort((a, b) => a.start - b.start || b.end - a.end);
  const depth = new Map<ViewFact, number>();
  commitments.forEach((c, i) => {
    let d = 0;
    for (let j = 0; j < i; j++) if (commitments[j].end > c.start) d++;
    depth.set(c, Math.min(d, 2));
  });
  for (const f of view.facts) {
    const cls = ['m', `k-${f.kind}`];
    if (f.origin !== 'predicted') cls.push(`o-${f.origin}`);
    if (f.gold && f.gold !== 'match') cls.push(`g-${f.gold}`);
    if (f.diff) cls.push(`d-${f.diff}`);
    if (f.negative) cls.push('neg');
    if (f.kind === 'commitment' && depth.get(f)) cls.push(`cd${depth.get(f)}`);
    const layer = (f.kind === 'commitment' ? 0 : 10 + KINDS.indexOf(f.kind)) + (f.origin === 'removed' ? 0.1 : f.origin === 'missed' ? 0.2 : 0.3);
    marks.push({ start: f.start, end: f.end, className: cls.join(' '), id: f.id, layer });
  }
  return marks;
}

export function factLabel(f: ViewFact): string {
  const parts: string[] = [f.kind];
  if (f.origin === 'missed') parts.push('missed (gold only)');
  if (f.gold === 'false') parts.push('false (not in gold)');
  if (f.gold === 'wrong') parts.push('wrong value');
  if (f.diff) parts.push(f.diff);
  return parts.join(' · ');
}

function statusCell(f: ViewFact): string {
  if (f.origin === 'missed') return '<span class="st st-missed">○ missed</span>';
  if (f.gold === 'false') return '<span class="st st-false">✗ false</span>';
  if (f.gold === 'wrong') return '<span class="st st-wrong">≠ wrong</span>';
  if (f.gold === 'match') return '<span class="st st-match">✓</span>';
  return '';
}

function diffCell(f: ViewFact): string {
  if (f.diff === 'added') return '<span class="st st-added">+ added</span>';
  if (f.diff === 'removed') return '<span class="st st-removed">− removed</span>';
  if (f.diff === 'changed') {
    const fields = Object.entries(f.diffFields ?? {}).map(([k, [b, a]]) => `${esc(k)}: ${esc(b || '∅')} → ${esc(a || '∅')}`).join('<br>');
    return `<span class="st st-changed">~ changed</span><small>${fields}</small>`;
  }
  return '';
}

function legend(view: DocumentView, base: string | null): string {
  const kinds = KINDS.map((k) => {
    const sample = k === 'commitment' ? '<mark class="m k-commitment">band</mark> / <mark class="m k-commitment neg">refusal</mark>' : `<mark class="m k-${k}">${k}</mark>`;
    return `<label><input type="checkbox" data-kind="${k}" checked> ${sample}</label>`;
  }).join('');
  const gold = view.gold
    ? `<span class="sep" aria-hidden="true"></span><span><mark class="m k-country o-missed">missed</mark> / <mark class="m k-commitment o-missed">missed clause</mark> gold span not predicted</span>
<span><mark class="m k-country g-false">false</mark> predicted, not in gold</span><span><mark class="m k-country g-wrong">wrong</mark> span matches, value differs</span>`
    : '';
  const diff = base !== null
    ? `<span class="sep" aria-hidden="true"></span><span><mark class="m k-date d-added">added</mark></span><span><mark class="m k-date d-removed">removed</mark></span><span><mark class="m k-date d-changed">changed</mark> since ${esc(base)}</span>`
    : '';
  return `<section class="legend" aria-labelledby="legend-h"><h2 id="legend-h">Legend</h2>${kinds}${gold}${diff}
<span class="muted">Tab moves through the highlights; Enter or Space shows details; the boxes hide a kind.</span></section>`;
}

function figuresTable(kinds: CorpusEval['kinds'], errors?: NonNullable<DocumentView['gold']>['errors']): string {
  const rows = KINDS.map((k) => {
    const f = kinds[EVAL_KIND[k]];
    const values = Object.entries(f.values).map(([name, a]) => `${esc(name)} ${pct(a.accuracy)}% (${a.correct}/${a.total})`).join(', ');
    const e = errors?.[k];
    return `<tr><th scope="row">${KIND_LABEL[k]}</th><td class="n">${pct(f.exact.precision)}</td><td class="n">${pct(f.exact.recall)}</td><td class="n">${pct(f.exact.f1)}</td>
<td class="n">${pct(f.overlap.precision)}</td><td class="n">${pct(f.overlap.recall)}</td><td class="n">${pct(f.overlap.f1)}</td>
${e ? `<td class="n">${e.missed}</td><td class="n">${e.false}</td><td class="n">${e.wrong}</td>` : `<td class="n">${f.exact.tp}</td><td class="n">${f.exact.fp}</td><td class="n">${f.exact.fn}</td>`}<td>${values}</td></tr>`;
  }).join('\n');
  const tail = errors ? '<th class="n" scope="col">missed</th><th class="n" scope="col">false</th><th class="n" scope="col">wrong value</th>' : '<th class="n" scope="col">tp</th><th class="n" scope="col">fp</th><th class="n" scope="col">fn</th>';
  return `<div class="scroll"><table class="figs"><thead><tr><th scope="col">kind</th><th class="n" scope="col">exact P</th><th class="n" scope="col">R</th><th class="n" scope="col">F1</th>
<th class="n" scope="col">overlap P</th><th class="n" scope="col">R</th><th class="n" scope="col">F1</th>${tail}<th scope="col">values (on overlap matches)</th></tr></thead><tbody>
${rows}</tbody></table></div>`;
}

export function documentPage(view: DocumentView, options: { base: string | null; diff: boolean }): string {
  const d = view.data;
  const rendered = renderMarkedText(d.text, documentMarks(view));
  const meta: [string, string][] = [['id', esc(d.key)]];
  if (d.date) meta.push(['date', `${esc(d.date)} <span class="muted">(${esc(d.dateSource)})</span>`]);
  if (d.source) meta.push(['source', esc(d.source)]);
  if (d.licence) meta.push(['licence', esc(d.licence)]);
  if (d.url && /^https?:\/\//i.test(d.url)) meta.push(['url', `<a href="${esc(d.url)}" rel="noreferrer">${esc(d.url)}</a>`]);
  meta.push(['file', `${esc(d.path)}${d.line ? `:${d.line}` : ''}`]);
  const counts = KINDS.map((k) => `${view.facts.filter((f) => f.kind === k && f.origin === 'predicted').length} ${COUNT_LABEL[k]}`).join(', ');
  const goldSection = view.gold
    ? `<section aria-labelledby="gold-h"><h2 id="gold-h">Against the gold annotation</h2>${figuresTable(view.gold.figures, view.gold.errors)}</section>`
    : '<p class="muted">No gold annotation for this document: predictions are shown without a verdict.</p>';
  let diffSection = '';
  if (view.diff) {
    const c = view.diff.counts;
    const what = view.diff.status === 'added' ? `new since ${esc(options.base)} (not in its snapshot): every fact is added` : view.diff.status === 'unchanged' ? `no fact changed since ${esc(options.base)}` : `since ${esc(options.base)}: ${c.added} added, ${c.removed} removed, ${c.changed} changed`;
    diffSection = `<p class="notice" role="status">${what}.${view.diff.textChanged ? ' The document itself changed since then, so removed facts may not line up with this text.' : ''}</p>`;
  }
  const skipped = rendered.skipped.filter((m) => m.id !== null);
  const skippedNote = skipped.length ? `<p class="notice">${skipped.length} fact(s) have offsets outside this text and are only listed in the table.</p>` : '';
  const short = (t: string): string => (t.length > 90 ? `${t.slice(0, 60)} … ${t.slice(-25)}` : t);
  const rows = view.facts.map((f) => `<tr id="row-${f.id}" class="k-${f.kind}"><td><span class="sw" title="${f.kind}"></span><a href="#${f.id}" data-goto="${f.id}">${esc(short(f.text))}</a><small>${f.kind} ${f.start}–${f.end}</small></td>
<td>${esc(f.value)}<small><code>${esc(f.rule)}</code></small></td>${view.gold ? `<td>${statusCell(f)}</td>` : ''}${options.diff ? `<td>${diffCell(f)}</td>` : ''}</tr>`).join('\n');
  const data: Record<string, { k: string; l: string; t: string; d: [string, string][] }> = {};
  for (const f of view.facts) data[f.id] = { k: f.kind, l: factLabel(f), t: f.text, d: [...f.details, ['span', `${f.start}–${f.end}`]] };
  const body = `<nav aria-label="Breadcrumb" class="muted"><a href="../index.html">Documents</a> › ${esc(d.key)}</nav>
<h1>${esc(d.title ?? d.key)}</h1>
<dl class="meta">${meta.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>
<p>Predicted: ${counts}.</p>
${diffSection}${goldSection}${skippedNote}
${legend(view, options.diff ? options.base : null)}
<div class="doc-grid">
<article aria-labelledby="text-h"><h2 id="text-h">Text</h2><a class="skip" href="#facts-h">Skip past the highlighted text to the facts table</a><div class="text" id="text">${rendered.html}</div></article>
<aside class="side" aria-labelledby="facts-h"><h2 id="details-h">Details</h2>
<section id="details" aria-live="polite" aria-labelledby="details-h"><p class="muted">Hover over a highlight, or select it (click, or Tab then Enter), to see its normalized value and rule.</p></section>
<h2 id="facts-h" tabindex="-1">Facts (${view.facts.length})</h2>
<table class="facts"><thead><tr><th scope="col">text</th><th scope="col">value and rule</th>${view.gold ? '<th scope="col">gold</th>' : ''}${options.diff ? '<th scope="col">change</th>' : ''}</tr></thead>
<tbody>${rows}</tbody></table></aside>
</div>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="facts-data">${jsonForScript(data)}</script>`;
  return pageHtml({ title: d.title ?? d.key, root: '../', current: null, diff: options.diff, body, script: true });
}

// ---------------------------------------------------------------------------------------------
// Index

export interface IndexRow extends DocumentRow {
  page: string;
  gold: null | { f1: Record<Kind, number>; missed: number; false: number; wrong: number };
  diff: null | { status: 'added' | 'changed' | 'unchanged'; added: number; removed: number; changed: number };
}

export interface IndexContext {
  totalDocuments: number;
  goldDocuments: number;
  goldNotInDb: string[];
  corpus: CorpusEval | null;
  totals: Record<Kind, number>;
  base: string | null;
  diffSummary: SnapshotDiff['summary'] | null;
}

function pager(page: number, pages: number, name: (p: number) => string = indexPageName, label = 'Index pages'): string {
  if (pages <= 1) return '';
  const items: string[] = [];
  const link = (p: number, text: string, rel = ''): string => `<li><a href="${esc(name(p))}"${rel}${p === page ? ' aria-current="page"' : ''}>${text}</a></li>`;
  if (page > 1) items.push(link(page - 1, '‹ previous', ' rel="prev"'));
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 3 || p % 10 === 0) items.push(link(p, String(p)));
    else if (items[items.length - 1] !== '<li><span aria-hidden="true">…</span></li>') items.push('<li><span aria-hidden="true">…</span></li>');
  }
  if (page < pages) items.push(link(page + 1, 'next ›', ' rel="next"'));
  return `<nav aria-label="${label}"><ul class="pager">${items.join('')}</ul></nav>`;
}

export function indexPage(rows: IndexRow[], page: number, pages: number, pageSize: number, ctx: IndexContext): string {
  const first = (page - 1) * pageSize + 1;
  const diff = ctx.base !== null;
  const totals = KINDS.map((k) => `${ctx.totals[k]} ${COUNT_LABEL[k]}`).join(', ');
  let intro = `<p>${ctx.totalDocuments} documents; facts: ${totals}. ${ctx.goldDocuments} documents have a gold annotation.</p>`;
  if (ctx.goldNotInDb.length) intro += `<p class="notice">${ctx.goldNotInDb.length} gold annotation(s) name documents that are not in the database: ${esc(ctx.goldNotInDb.slice(0, 5).join(', '))}${ctx.goldNotInDb.length > 5 ? ' …' : ''}</p>`;
  if (diff && ctx.diffSummary) {
    const s = Object.entries(ctx.diffSummary).filter(([, v]) => v.added || v.removed || v.changed).map(([k, v]) => `${k} +${v.added} −${v.removed} ~${v.changed}`).join('; ');
    intro += `<p class="notice">Diff against <code>${esc(ctx.base)}</code>: ${s || 'no fact changed'}. <a href="changes.html">See the changes</a>.</p>`;
  }
  const figures = page === 1 && ctx.corpus
    ? `<section aria-labelledby="eval-h"><h2 id="eval-h">Eval figures on the gold documents (${ctx.corpus.documents})</h2>${figuresTable(ctx.corpus.kinds)}
<p class="muted">Scored from the database by the same code as <code>npm run eval</code>: exact and overlapping spans; commitments match by clause and actor.</p></section>`
    : '';
  const body = rows.map((r) => {
    const cells = KINDS.map((k) => `<td class="n">${r.counts[k]}${r.gold ? `<small>F1 ${pct(r.gold.f1[k])}</small>` : ''}</td>`).join('');
    const gold = r.gold ? `${r.gold.missed} missed<br>${r.gold.false} false<br>${r.gold.wrong} wrong` : '<span class="muted">–</span>';
    const change = r.diff ? (r.diff.status === 'added' ? 'new' : r.diff.status === 'unchanged' ? '<span class="muted">–</span>' : `+${r.diff.added} −${r.diff.removed} ~${r.diff.changed}`) : '';
    return `<tr><td><a href="docs/${esc(r.page)}">${esc(r.title ?? r.key)}</a>${r.title ? `<small>${esc(r.key)}</small>` : ''}</td><td>${esc(r.date ?? '–')}</td>${cells}<td>${gold}</td>${diff ? `<td>${change}</td>` : ''}</tr>`;
  }).join('\n');
  const last = first + rows.length - 1;
  const html = `<h1>Documents</h1>${intro}${figures}
<h2 id="docs-h">Documents ${rows.length ? `${first}–${last}` : ''} of ${ctx.totalDocuments}</h2>
${pager(page, pages)}
<table class="docs" aria-labelledby="docs-h"><thead><tr><th scope="col">document</th><th scope="col">date</th>${KINDS.map((k) => `<th class="n" scope="col">${KIND_LABEL[k]}</th>`).join('')}<th scope="col">gold errors</th>${diff ? '<th scope="col">changes</th>' : ''}</tr></thead>
<tbody>${body}</tbody></table>
${pager(page, pages)}`;
  return pageHtml({ title: page > 1 ? `Documents, page ${page}` : 'Documents', root: '', current: 'documents', diff, body: html });
}

// ---------------------------------------------------------------------------------------------
// Commitments timeline

export interface PlacedEntry extends TimelineEntry {
  href: string;
}

/** An inline SVG: one row per commitment, its document's date (dot) and deadline (bar) on one time axis. */
export function timelineSvg(entries: PlacedEntry[], maxRows = 1000): { svg: string; placed: number; unplaced: PlacedEntry[] } {
  const rows = entries
    .map((e) => ({ e, doc: timexInterval(e.documentDate), deadline: timexInterval(e.deadline, e.deadlineMod, e.documentDate) }))
    .filter((r) => r.doc || r.deadline);
  const unplaced = entries.filter((e) => !timexInterval(e.documentDate) && !timexInterval(e.deadline, e.deadlineMod, e.documentDate));
  const shown = rows.slice(0, maxRows);
  if (!shown.length) return { svg: '', placed: 0, unplaced };
  const ivs = shown.flatMap((r) => [r.doc, r.deadline].filter((x): x is Interval => x !== null));
  let lo = Math.min(...ivs.map((i) => i.from));
  let hi = Math.max(...ivs.map((i) => i.to));
  const pad = Math.max(30, Math.round((hi - lo) * 0.04));
  lo -= pad;
  hi += pad;
  const W = 1180, L = 430, R = 20, top = 34, rowH = 24;
  const x = (d: number): number => L + ((d - lo) / (hi - lo)) * (W - L - R);
  const H = top + shown.length * rowH + 10;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="tl-title">`);
  out.push(`<title id="tl-title">Commitments on a time axis: document dates as dots, deadlines as bars</title>`);
  const y0 = yearOf(lo), y1 = yearOf(hi);
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => (y1 - y0) / s <= 12) ?? 200;
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const d = dayOfYear(y);
    if (d < lo || d > hi) continue;
    out.push(`<line class="grid" x1="${x(d).toFixed(1)}" x2="${x(d).toFixed(1)}" y1="${top - 6}" y2="${H - 6}"/><text class="lbl" x="${x(d).toFixed(1)}" y="${top - 12}" text-anchor="middle">${y}</text>`);
  }
  out.push(`<line class="axis" x1="${L}" x2="${W - R}" y1="${top - 6}" y2="${top - 6}"/>`);
  shown.forEach((r, i) => {
    const y = top + i * rowH;
    const cy = y + rowH / 2;
    const e = r.e;
    const colour = e.polarity === 'negative' ? '#b91c1c' : '#0b7285';
    const label = `${e.documentDate ?? 'no date'} · ${e.actor}: ${e.polarity === 'negative' ? 'not ' : ''}${e.action}`;
    const short = label.length > 62 ? `${label.slice(0, 61)}…` : label;
    const title = `${label} — ${e.modality}${e.deadline ? `, deadline ${e.deadline}${e.deadlineMod ? ` ${e.deadlineMod}` : ''} (“${e.deadlineText ?? ''}”)` : ', no deadline'}; document ${e.document}${e.via !== 'actor' ? `; via ${e.via}` : ''}`;
    out.push(`<a href="${esc(e.href)}"><title>${esc(title)}</title><rect class="hit" x="0" y="${y}" width="${W}" height="${rowH}" fill="transparent"/>`);
    out.push(`<text class="lbl" x="4" y="${cy + 4}">${esc(short)}</text>`);
    if (r.doc && r.deadline) out.push(`<line x1="${x(r.doc.from).toFixed(1)}" x2="${x(r.deadline.from).toFixed(1)}" y1="${cy}" y2="${cy}" stroke="#6b7280" stroke-dasharray="3 3"/>`);
    if (r.deadline) {
      const x1 = x(r.deadline.from), x2 = Math.max(x(r.deadline.to), x1 + 4);
      out.push(`<rect x="${x1.toFixed(1)}" y="${cy - 6}" width="${(x2 - x1).toFixed(1)}" height="12" rx="2" fill="${colour}"${e.modality === 'firm' ? '' : ' fill-opacity="0.55"'} stroke="${colour}"/>`);
    }
    if (r.doc) out.push(`<circle cx="${x(r.doc.from).toFixed(1)}" cy="${cy}" r="5" fill="#374151" stroke="#fff" stroke-width="1.5"/>`);
    out.push('</a>');
  });
  out.push('</svg>');
  return { svg: out.join(''), placed: shown.length, unplaced };
}

/** Commitments per timeline page: a country with thousands of them gets several pages. */
export const TIMELINE_PAGE_SIZE = 500;

export function countryTimelinePage(code: string, name: string, entries: PlacedEntry[], diff: boolean, paging = { page: 1, pages: 1, total: entries.length }): string {
  const { svg, placed, unplaced } = timelineSvg(entries);
  const first = (paging.page - 1) * TIMELINE_PAGE_SIZE + 1;
  const nav = pager(paging.page, paging.pages, (p) => countryPageName(code, p), `Timeline pages of ${name}`);
  const rows = entries.map((e) => `<tr><td>${esc(e.documentDate ?? '–')}</td><td>${esc(e.deadline ? `${e.deadline}${e.deadlineMod ? ` ${e.deadlineMod}` : ''}` : '–')}${e.deadlineText ? `<small>“${esc(e.deadlineText)}”</small>` : ''}</td>
<td>${esc(e.actor)}${e.via !== 'actor' ? `<small>via ${esc(e.via)}</small>` : ''}</td><td><a href="${esc(e.href)}">${esc(e.action)}</a></td><td>${esc(e.polarity)}</td><td>${esc(e.modality)}</td><td><small>${esc(e.document)}</small></td></tr>`).join('\n');
  const body = `<nav aria-label="Breadcrumb" class="muted"><a href="../timeline.html">Commitments timeline</a> › ${esc(name)}</nav>
<h1>Commitments of ${esc(name)} (${esc(code)})</h1>
<p>${paging.total} commitment(s) by ${esc(name)}, as actor, one of joint actors, or through a person in a role of the country, by document date${paging.pages > 1 ? `; this page shows ${first}–${first + entries.length - 1}` : ''}.</p>
${nav}
<section class="legend" aria-label="Legend"><span><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="#374151"/></svg> document date</span>
<span><svg width="24" height="14" aria-hidden="true"><rect x="1" y="1" width="22" height="12" rx="2" fill="#0b7285"/></svg> deadline (positive)</span>
<span><svg width="24" height="14" aria-hidden="true"><rect x="1" y="1" width="22" height="12" rx="2" fill="#b91c1c"/></svg> deadline of a refusal (negative)</span>
<span class="muted">Lighter bars: not firm (intended, possible, proposed, conditional). Each row links to the commitment on its document's page.</span></section>
<div class="timeline">${svg || '<p class="muted">No commitment has a date on the axis.</p>'}</div>
${placed < entries.length - unplaced.length ? `<p class="notice">The axis shows the first ${placed} commitments; the table lists all.</p>` : ''}
${unplaced.length ? `<p class="muted">${unplaced.length} commitment(s) have neither a document date nor a calendar deadline and are only in the table.</p>` : ''}
<h2 id="tl-h">All commitments</h2>
<table aria-labelledby="tl-h"><thead><tr><th scope="col">document date</th><th scope="col">deadline</th><th scope="col">actor</th><th scope="col">action</th><th scope="col">polarity</th><th scope="col">modality</th><th scope="col">document</th></tr></thead>
<tbody>${rows}</tbody></table>
${nav}`;
  return pageHtml({ title: `Commitments of ${name}${paging.page > 1 ? `, page ${paging.page}` : ''}`, root: '../', current: 'timeline', diff, body });
}

export function timelineIndexPage(countries: { code: string; name: string; count: number; withDeadline: number }[], diff: boolean): string {
  const rows = countries
    .map((c) => `<tr><td><a href="countries/${esc(countryPageName(c.code))}">${esc(c.name)}</a></td><td>${esc(c.code)}</td><td class="n">${c.count}</td><td class="n">${c.withDeadline}</td></tr>`)
    .join('\n');
  const body = `<h1>Commitments timeline</h1>
<p>Per country: its commitments (as actor, one of joint actors, or through a person in a role of the country) with the document's date and the deadline on one time axis.</p>
${countries.length ? `<table aria-label="Countries"><thead><tr><th scope="col">country</th><th scope="col">code</th><th class="n" scope="col">commitments</th><th class="n" scope="col">with a deadline</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="muted">No commitment has a country actor.</p>'}`;
  return pageHtml({ title: 'Commitments timeline', root: '', current: 'timeline', diff, body });
}

// ---------------------------------------------------------------------------------------------
// Changes (diff mode)

export function changesPage(o: {
  base: string;
  summary: SnapshotDiff['summary'];
  documents: { key: string; page: string; title: string | null; status: 'added' | 'changed'; added: number; removed: number; changed: number }[];
  removedDocuments: string[];
  unchanged: number;
  figures: SnapshotDiff['figures'];
}): string {
  const kinds = Object.entries(o.summary).map(([k, s]) => `<tr><th scope="row">${esc(k)}</th><td class="n">${s.added}</td><td class="n">${s.removed}</td><td class="n">${s.changed}</td></tr>`).join('');
  const moved = Object.entries(o.figures).filter(([, [b, a]]) => b !== a);
  const figs = moved.length
    ? `<table><thead><tr><th scope="col">figure</th><th class="n" scope="col">before</th><th class="n" scope="col">after</th><th class="n" scope="col">change</th></tr></thead><tbody>${moved
      .map(([k, [b, a]]) => `<tr><th scope="row">${esc(k)}</th><td class="n">${pct(b)}</td><td class="n">${pct(a)}</td><td class="n">${b !== null && a !== null ? `${a - b >= 0 ? '+' : ''}${((a - b) * 100).toFixed(1)}` : ''}</td></tr>`)
      .join('')}</tbody></table>`
    : '<p>No eval figure changed.</p>';
  const docs = o.documents.length
    ? `<table><thead><tr><th scope="col">document</th><th class="n" scope="col">added</th><th class="n" scope="col">removed</th><th class="n" scope="col">changed</th></tr></thead><tbody>${o.documents
      .map((d) => `<tr><td><a href="docs/${esc(d.page)}">${esc(d.title ?? d.key)}</a>${d.status === 'added' ? ' <span class="st st-added">new</span>' : ''}<small>${esc(d.key)}</small></td><td class="n">${d.added}</td><td class="n">${d.removed}</td><td class="n">${d.changed}</td></tr>`)
      .join('\n')}</tbody></table>`
    : '<p>No document changed.</p>';
  const body = `<h1>Changes against <code>${esc(o.base)}</code></h1>
<p>The database's facts compared with the snapshot (output/facts) committed at <code>${esc(o.base)}</code>; ${o.unchanged} document(s) unchanged.</p>
<h2>Facts</h2><table><thead><tr><th scope="col">kind</th><th class="n" scope="col">added</th><th class="n" scope="col">removed</th><th class="n" scope="col">changed</th></tr></thead><tbody>${kinds}</tbody></table>
<h2>Eval figures</h2>${figs}
<h2>Documents with changes (${o.documents.length})</h2>${docs}
${o.removedDocuments.length ? `<h2>Documents no longer in the database (${o.removedDocuments.length})</h2><ul>${o.removedDocuments.map((k) => `<li>${esc(k)}</li>`).join('')}</ul>` : ''}`;
  return pageHtml({ title: `Changes against ${o.base}`, root: '', current: 'changes', diff: true, body });
}

