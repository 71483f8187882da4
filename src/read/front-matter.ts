// Optional front matter at the top of a .txt/.md file:
//   ---
//   date: 2024-02-12
//   title: Some headline
//   url: https://…
//   source: …
//   ---
// Only flat `key: value` lines; values may be quoted. Unknown keys are kept but unused.
import type { DocumentMeta } from '../types.js';

export interface FrontMatter {
  meta: DocumentMeta;
  /** Offset where the body starts in the original text. */
  bodyStart: number;
  problems: string[];
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;
const KNOWN: (keyof DocumentMeta)[] = ['date', 'title', 'url', 'source', 'licence'];

export function parseFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, bodyStart: 0, problems: [] };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { meta: {}, bodyStart: 0, problems: ['front matter opened with --- but never closed; read as text'] };
  const meta: DocumentMeta = {};
  const problems: string[] = [];
  for (const raw of rest.slice(0, close.index).split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(raw);
    if (!m) {
      problems.push(`front matter line is not "key: value": ${JSON.stringify(raw.slice(0, 80))}`);
      continue;
    }
    const key = m[1].toLowerCase() === 'license' ? 'licence' : m[1].toLowerCase();
    const value = m[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    if ((KNOWN as string[]).includes(key)) meta[key as keyof DocumentMeta] = value;
  }
  return { meta, bodyStart: open[0].length + close.index + close[0].length, problems };
}
