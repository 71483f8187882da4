// Modifier rules: they widen a mention found by a rule in ./rules.ts with the words around it and
// change its reading. "about a year" (APPROX), "two years ago" (a date), "the end of 2024" (END),
// "mid-2024" (MID). Kept apart from the core rules so that every core expression gets them all.
//
// A `before` pattern is tried on the text just before the mention and must end where it starts
// (it is anchored with `$`); an `after` pattern is tried (sticky) where the mention ends.
import { QUANTITY_MODS, BOUNDARY_MODS } from './lexicon.js';
import { NUMBER_WORD, words, SP } from './fragments.js';
import { addMonths, fmtDay, pad4, shiftedValue, type Env, type Groups, type Reading } from './resolve.js';
import { matchesBefore } from './scan.js';

export interface DateModifier {
  id: string;
  reason: string;
  /** Texts in which this modifier must apply (checked by the tests). */
  examples: string[];
  side: 'before' | 'after';
  pattern: RegExp;
  /** Whether the modifier may apply to this reading of the core text. */
  applies(r: Reading, core: string): boolean;
  /** The new reading, or null to leave the mention as it was. */
  apply(r: Reading, g: Groups, env: Env): Reading | null;
}

const before = (source: string): RegExp => new RegExp(`(?:${source})$`, 'i');
const after = (source: string): RegExp => new RegExp(source, 'iy');

const isRef = (v: string): boolean => v.endsWith('_REF');

/** A duration that starts with its amount ("two years", "a week"), not "recent months" or "the past year". */
const AMOUNT_START = new RegExp(`^(?:\\d|${NUMBER_WORD}|(?:a|an|half|several|a\\s+few|a\\s+couple|dozens|hundreds)\\b)`, 'i');

/** Periods longer than a quarter that a figure can be compared over. */
const LONGER_PERIOD = /\b(?:nine|six)\s+months\b|\b(?:the|full|fiscal|this)\s+year\b|\bfirst\s+half\b/gi;

/**
 * Where "quarter" starts in the sentence (any case), when lower case keeps every offset (no "İ");
 * else null. Remembered for the last sentence.
 */
let quartersOf: { text: string; at: number[] | null } = { text: '', at: [] };

/**
 * Is a longer period named between the last mention of a quarter before `end` (the sentence start
 * when there is none) and `end`? The scan starts at the "q" of "quarter", which no period word
 * starts with, so scanning the sentence from there (./scan.ts) reads as scanning the slice did.
 */
function longerPeriodSinceQuarter(text: string, end: number): boolean {
  if (quartersOf.text !== text) {
    const lower = text.toLowerCase();
    let at: number[] | null = null;
    if (lower.length === text.length) {
      at = [];
      for (let i = lower.indexOf('quarter'); i >= 0; i = lower.indexOf('quarter', i + 7)) at.push(i);
    }
    quartersOf = { text, at };
  }
  const quarters = quartersOf.at;
  if (quarters === null) {
    // Lower case moved the offsets: as the slice of the lowered text was read before.
    const before = text.slice(0, end);
    const at = before.toLowerCase().lastIndexOf('quarter');
    LONGER_PERIOD.lastIndex = 0;
    return LONGER_PERIOD.test(at < 0 ? before : before.slice(at));
  }
  // lastIndexOf('quarter') in the text before `end`: the last one that starts by end − 7.
  let lo = 0;
  let hi = quarters.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quarters[mid] <= end - 7) lo = mid + 1;
    else hi = mid;
  }
  const at = lo > 0 ? quarters[lo - 1] : 0;
  return matchesBefore(LONGER_PERIOD, text, end, at);
}

/** A duration shifted back (n < 0) or forward from the reference date, at the unit's grain. */
function shiftDuration(r: Reading, env: Env, sign: 1 | -1): Reading | null {
  const a = r.amount;
  if (!a) return null;
  if (a.n === null) return { ...r, type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: null, amount: undefined };
  if (!Number.isInteger(a.n) || a.half) return null;
  const unit = a.unit;
  // "a year ago" in an earnings report means the quarter a year before the one it speaks of, unless
  // the sentence compares a longer period ("in the first nine months, against $2 million a year earlier").
  if (unit === 'year' && a.n === 1 && env.focusQuarter && !longerPeriodSinceQuarter(env.text, env.start)) {
    return { ...r, type: 'DATE', value: `${pad4(env.focusQuarter.y + sign)}-Q${env.focusQuarter.q}`, anchor: 'text', amount: undefined };
  }
  if (!env.ref) return { ...r, type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: 'none', amount: undefined };
  const ref = env.ref;
  let value: string;
  if (unit === 'decade') value = pad4(ref.y + sign * 10 * a.n);
  else if (unit === 'century') value = pad4(ref.y + sign * 100 * a.n);
  else if (unit === 'quarter') {
    const s = addMonths(ref.y, ref.m, sign * 3 * a.n);
    value = `${pad4(s.y)}-Q${Math.floor((s.m - 1) / 3) + 1}`;
  } else if (unit === 'fortnight') value = shiftedValue(ref, 'week', sign * 2 * a.n);
  else value = shiftedValue(ref, unit, sign * a.n);
  return { ...r, type: 'DATE', value, anchor: env.refSource };
}

export const MODIFIERS: DateModifier[] = [
  {
    id: 'date/ago',
    reason: '"two years ago" is a date: the reference date minus the duration, at the unit\'s grain; "N years ago today" stays at year grain (docs/annotation.md: "N years ago" is a year), with "today" in the span.',
    examples: ['two years ago', '10 days ago', 'Seventy-four years ago today', 'a decade ago'],
    side: 'after',
    pattern: after(`${SP}ago(?:${SP}(?<today>today))?(?![\\w-])`),
    applies: (r) => r.type === 'DURATION' && r.amount !== undefined,
    apply: (r, _g, env) => shiftDuration(r, env, -1),
  },
  {
    id: 'date/earlier',
    reason: '"a year earlier" points back from the time of the text like "ago" (TimeBank annotates it as a date).',
    examples: ['a year earlier', 'two weeks earlier'],
    side: 'after',
    pattern: after(`${SP}earlier(?![\\w-])(?!${SP}than)`),
    applies: (r) => r.type === 'DURATION' && r.amount !== undefined && r.amount.n !== null,
    apply: (r, _g, env) => shiftDuration(r, env, -1),
  },
  {
    id: 'date/later',
    reason: '"a year later" stays a duration but the span takes "later" in (TimeBank spans).',
    examples: ['a year later', 'Three days later'],
    side: 'after',
    pattern: after(`${SP}later(?![\\w-])(?!${SP}than)`),
    applies: (r) => r.type === 'DURATION',
    apply: (r) => ({ ...r }),
  },
  {
    id: 'date/from-now',
    reason: '"two weeks from now" is a date ahead of the reference date.',
    examples: ['two weeks from now', 'a year from now'],
    side: 'after',
    pattern: after(`${SP}from${SP}now(?![\\w-])`),
    applies: (r) => r.type === 'DURATION' && r.amount !== undefined,
    apply: (r, _g, env) => shiftDuration(r, env, 1),
  },
  {
    id: 'date/approx',
    reason: 'Approximators and comparatives before an amount: "about a year" APPROX, "more than two years" MORE_THAN, "less than a year" LESS_THAN, "around 3 p.m.".',
    examples: ['about a year', 'more than two years', 'nearly four years', 'at least 30 days', 'up to 180 days', 'less than one hour', 'around 3 p.m.'],
    side: 'before',
    pattern: before(`(?<![\\w-])(?<q>${words(Object.keys(QUANTITY_MODS))})${SP}`),
    applies: (r, core) => r.type !== 'SET' && (r.amount !== undefined ? AMOUNT_START.test(core) : !isRef(r.value) && (r.type !== 'DATE' || /^\d|^[A-Z][a-z]{2}/.test(core))),
    apply: (r, g, env) => {
      const q = g.q!.toLowerCase().replace(/\s+/g, ' ');
      // "over"/"under"/"some" before a date are prepositions or determiners, not amounts.
      if ((q === 'over' || q === 'under' || q === 'some') && r.type !== 'DURATION') return null;
      // "over several years", "over the past decade": a preposition before a vague span.
      if ((q === 'over' || q === 'under') && r.amount?.n === null) return null;
      // "get around Wednesday's ruling", "talk about Monday's vote": a possessive date is no amount.
      if (r.type !== 'DURATION' && /^['’]s\b/.test(env.text.slice(env.end, env.end + 3))) return null;
      return { ...r, mod: QUANTITY_MODS[q] ?? 'APPROX' };
    },
  },
  {
    id: 'date/boundary',
    reason: '"the end of 2024" → 2024 END, "the beginning of March" START; the preposition before it ("by") stays out.',
    examples: ['the end of 2024', 'end of 2024', 'the beginning of March', 'the middle of October', 'the end of this week'],
    side: 'before',
    pattern: before(`(?<![\\w-])(?:the${SP})?(?:very${SP})?(?<b>end|beginning|start|middle|close|turn)${SP}of${SP}`),
    applies: (r, core) => r.type === 'DATE' && !isRef(r.value) && !/^the\b/i.test(core) || (r.type === 'DATE' && /^the\s+\d/i.test(core)),
    apply: (r, g) => ({ ...r, mod: BOUNDARY_MODS[g.b!.toLowerCase()] }),
  },
  {
    id: 'date/early-late',
    reason: '"early 2024" START, "late November" END, "mid-2024" MID.',
    examples: ['early 2024', 'mid-2024', 'late November', 'mid-November', 'late Monday'],
    side: 'before',
    pattern: before(`(?<![\\w-])(?<b>early|late|mid)(?:${SP}|-)`),
    applies: (r, core) => (r.type === 'DATE' || r.type === 'TIME') && !isRef(r.value) && !/^(?:the|early|late|mid|earlier|later)\b/i.test(core),
    apply: (r, g) => ({ ...r, mod: BOUNDARY_MODS[g.b!.toLowerCase()] }),
  },
];
