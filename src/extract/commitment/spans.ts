// Range look-ups over sorted spans (mentions, tokens, dates, sentences) by binary search, so that
// the work per trigger stays bounded on very long sentences and documents.
import type { ExtractorContext } from '../types.js';
import { firstIndex } from '../../sorted.js';

interface SpanLike {
  start: number;
  end: number;
}

/** Index of the first item whose start is at or after `pos` (items sorted by start). */
function firstFrom<T extends SpanLike>(items: readonly T[], pos: number): number {
  return firstIndex(items.length, (k) => items[k].start >= pos);
}

/** Items inside [from, to): start ≥ from and end ≤ to. */
export function within<T extends SpanLike>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, from); i < items.length && items[i].start < to; i++) if (items[i].end <= to) out.push(items[i]);
  return out;
}

/** The item covering `at` (items sorted by start and not nested), or null. */
export function covering<T extends SpanLike>(items: readonly T[], at: number): T | null {
  const i = indexAt(items, at);
  return i >= 0 ? items[i] : null;
}

/** The index of the item covering `at` (items sorted by start and not nested), or -1. */
export function indexAt<T extends SpanLike>(items: readonly T[], at: number): number {
  const i = firstFrom(items, at + 1) - 1;
  return i >= 0 && items[i].start <= at && at < items[i].end ? i : -1;
}

/** The last item ending at or before `pos` that passes `ok`, looking back over at most `limit` items. */
export function lastBefore<T extends SpanLike>(items: readonly T[], pos: number, ok: (x: T) => boolean = () => true, limit = 400): T | null {
  let i = firstFrom(items, pos) - 1;
  for (let n = 0; i >= 0 && n < limit; i--, n++) if (items[i].end <= pos && ok(items[i])) return items[i];
  return null;
}

/** wink-nlp's token at an offset. */
export function tokenAt(ctx: ExtractorContext, at: number): ExtractorContext['tokens'][number] | null {
  return covering(ctx.tokens, at);
}

/** wink-nlp's tag at an offset ('' between tokens). */
export function posAt(ctx: ExtractorContext, at: number): string {
  return tokenAt(ctx, at)?.pos ?? '';
}

/** Tokens overlapping [from, to). */
export function tokensIn(ctx: ExtractorContext, from: number, to: number): ExtractorContext['tokens'] {
  const toks = ctx.tokens;
  const lo = firstIndex(toks.length, (k) => toks[k].end > from);
  const out: ExtractorContext['tokens'] = [];
  for (let i = lo; i < toks.length && toks[i].start < to; i++) out.push(toks[i]);
  return out;
}
