// Small HTML helpers for the static review site: escaping, safe JSON in a script element, the page
// frame. Every page is self-contained (inline CSS and script): nothing is fetched at view time.
import { snapshotFileName } from '../snapshot.js';
import { CSS, SCRIPT } from './assets.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for element content and double-quoted attribute values. */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** JSON that is safe inside `<script type="application/json">` (no `</script>`, no U+2028/9). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The file name of a document's page: the snapshot's safe name with .html. */
export function documentPageName(docKey: string): string {
  return snapshotFileName(docKey).replace(/\.json$/, '.html');
}

/** The file name of a country's timeline page (page 2 on: `US-2.html`). */
export function countryPageName(code: string, page = 1): string {
  return snapshotFileName(code).replace(/\.json$/, page > 1 ? `-${page}.html` : '.html');
}

export function indexPageName(page: number): string {
  return page <= 1 ? 'index.html' : `index-${page}.html`;
}

export const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : (x * 100).toFixed(1));

export interface PageOptions {
  title: string;
  /** '' for pages at the root, '../' for pages one folder down. */
  root: string;
  /** Which top navigation entry is current. */
  current?: 'documents' | 'timeline' | 'changes' | null;
  /** Whether the report has a diff (shows the Changes entry). */
  diff?: boolean;
  body: string;
  /** Include the interactive script (document pages). */
  script?: boolean;
}

export function pageHtml(o: PageOptions): string {
  const nav: [string, string, PageOptions['current']][] = [
    ['Documents', `${o.root}index.html`, 'documents'],
    ['Commitments timeline', `${o.root}timeline.html`, 'timeline'],
  ];
  if (o.diff) nav.push(['Changes', `${o.root}changes.html`, 'changes']);
  const links = nav
    .map(([label, href, key]) => `<li><a href="${esc(href)}"${o.current === key ? ' aria-current="page"' : ''}>${esc(label)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)} · policyfacts</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><p class="brand">policyfacts review</p><nav aria-label="Report"><ul>${links}</ul></nav></header>
<main id="main">
${o.body}
</main>
${o.script ? `<script>${SCRIPT}</script>` : ''}
</body>
</html>
`;
}
