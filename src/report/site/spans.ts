// Highlighted text: spans that nest become nested elements; spans that cross are split into
// pieces that share one fact id (the first piece is the focusable one, the script highlights all
// pieces together). The text between the elements is the document text, unchanged, so
// joining a fact's pieces in document order gives back text.slice(start, end).
import { esc } from './html.js';

export interface Mark {
  start: number;
  end: number;
  /** Classes of every piece. */
  className: string;
  /** Fact id shared by the pieces (data-f), or null for decoration (boilerplate shading). */
  id: string | null;
  /** Preference at equal spans: lower opens first (outer). Commitments are outer bands. */
  layer: number;
}

export interface RenderedText {
  html: string;
  /** Marks left out because their offsets do not fit the text. */
  skipped: Mark[];
  /** Fact id → number of pieces it was split into (1 when it nests cleanly). */
  pieces: Map<string, number>;
}

/**
 * Render `text` with `marks` as nested `<mark>` elements (decorations as `<span>`). Where two marks
 * cross, the one that ends first is closed, and the other is closed and reopened around it.
 */
export function renderMarkedText(text: string, marks: Mark[]): RenderedText {
  const skipped: Mark[] = [];
  const valid: { m: Mark; i: number }[] = [];
  marks.forEach((m, i) => {
    if (Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end) valid.push({ m, i });
    else skipped.push(m);
  });
  const order = (a: { m: Mark; i: number }, b: { m: Mark; i: number }): number => b.m.end - a.m.end || a.m.layer - b.m.layer || a.i - b.i;
  const starting = new Map<number, { m: Mark; i: number }[]>();
  const points = new Set<number>([0, text.length]);
  for (const v of valid) {
    starting.set(v.m.start, [...(starting.get(v.m.start) ?? []), v]);
    points.add(v.m.start);
    points.add(v.m.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const pieces = new Map<string, number>();
  const out: string[] = [];
  const stack: { m: Mark; i: number }[] = [];
  const tag = (m: Mark): string => (m.id === null ? 'span' : 'mark');
  let pos = 0;
  for (const p of sorted) {
    if (p > pos) {
      out.push(esc(text.slice(pos, p)));
      pos = p;
    }
    const reopen: { m: Mark; i: number }[] = [];
    const first = stack.findIndex((e) => e.m.end === p);
    if (first >= 0) {
      for (let j = stack.length - 1; j >= first; j--) {
        out.push(`</${tag(stack[j].m)}>`);
        if (stack[j].m.end !== p) reopen.unshift(stack[j]);
      }
      stack.length = first;
    }
    const open = [...reopen, ...(starting.get(p) ?? [])].sort(order);
    for (const e of open) {
      const m = e.m;
      if (m.id === null) {
        out.push(`<span class="${esc(m.className)}">`);
      } else {
        const n = pieces.get(m.id) ?? 0;
        pieces.set(m.id, n + 1);
        const head = n === 0 ? ` id="${esc(m.id)}" tabindex="0"` : ' data-cont="1"';
        out.push(`<mark class="${esc(m.className)}" data-f="${esc(m.id)}"${head}>`);
      }
      stack.push(e);
    }
  }
  for (let j = stack.length - 1; j >= 0; j--) out.push(`</${tag(stack[j].m)}>`);
  return { html: out.join(''), skipped, pieces };
}
