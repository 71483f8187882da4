// What a rule's normalizer sees (Env) and returns (Reading), and the helpers that turn a relative
// expression into a TIMEX3 value against the reference date.
import type { TimexType } from '../../types.js';
import {
  addDays,
  addMonths,
  diffDays,
  fmtDay,
  fmtMonth,
  fmtWeek,
  isoWeekday,
  isValid,
  pad2,
  pad4,
  quarterOf,
  type Ymd,
} from './calendar.js';
import { MONTHS, NUMBER_WORDS, UNITS } from './lexicon.js';
import type { Tense } from './tense.js';

export type Groups = Record<string, string | undefined>;
export type Anchor = 'document' | 'text' | 'none' | null;

export interface Reading {
  type: TimexType;
  value: string;
  mod: string | null;
  anchor: Anchor;
  inferred: string[];
  /** A clock time without its day ("12:27"): `value` is only the time part ("T12:27"). */
  timeOnly?: boolean;
  /** A quarter that later "the quarter"/"a year ago" refer back to. */
  setsFocus?: boolean;
  /** For durations: the amount and unit, so that "ago"/"earlier" can compute a date. */
  amount?: { n: number | null; unit: string; half: boolean };
}

export interface Env {
  /** Reference date for relative expressions, or null when there is none. */
  ref: Ymd | null;
  /** Where `ref` came from: the document's date or the last full date in the text. */
  refSource: 'document' | 'text';
  /** Tense of the verbs nearest the match (computed on first use). */
  tense(): Tense;
  /** POS tag of the first token at or after sentence offset `at` ('' at the end). */
  posAfter(at: number): string;
  /** The sentence text and the match's offsets in it. */
  text: string;
  start: number;
  end: number;
  /** The last quarter the document spoke of ("the quarter", "the year-ago quarter"). */
  focusQuarter: { y: number; q: number } | null;
  /** The last year stated in the text ("that year", "the following year"), and its month if stated. */
  focusYear: number | null;
  focusMonth: number | null;
  /** The last day the text spoke of before sentence offset `at` ("that day", "the next morning", "the previous Friday"). */
  dayBefore(at: number): Ymd | null;
}

/** An absolute value: nothing was resolved against a reference. */
export function absolute(value: string, type: TimexType = 'DATE', inferred: string[] = []): Reading {
  return { type, value, mod: null, anchor: null, inferred };
}

/** A value that needs the reference date; `unresolved` is used (anchor none) when there is none. */
export function relative(
  env: Env,
  compute: (ref: Ymd) => string,
  unresolved: string,
  type: TimexType = 'DATE',
  inferred: string[] = [],
  setsFocus = false,
): Reading {
  if (!env.ref) return { type, value: unresolved, mod: null, anchor: 'none', inferred, setsFocus };
  return { type, value: compute(env.ref), mod: null, anchor: env.refSource, inferred, setsFocus };
}

export function withMod(r: Reading | null, mod: string | null | undefined): Reading | null {
  if (r && mod) r.mod = mod;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Words around the match

/** The word just before the match (lower case), or '' at the sentence start. */
export function prevWord(env: Env, at = env.start): string {
  const before = env.text.slice(Math.max(0, at - 30), at);
  const m = /([\p{L}\p{N}.'’-]+)[^\p{L}\p{N}]*$/u.exec(before);
  return m ? m[1].toLowerCase() : '';
}

/** The character just before the match, or ''. */
export function prevChar(env: Env, at = env.start): string {
  return at > 0 ? env.text[at - 1] : '';
}

/** The word just after the match (as written), or ''. */
export function nextWord(env: Env, at = env.end): string {
  const m = /^[\s,]*([\p{L}\p{N}'’-]+)/u.exec(env.text.slice(at, at + 30));
  return m ? m[1] : '';
}

/** Is the first letter upper case ("May", "MAY")? */
export const isCapitalized = (s: string): boolean => s.length > 0 && s[0] !== s[0].toLowerCase();

// ---------------------------------------------------------------------------------------------
// Numbers and units

/** "4" → 4, "four" → 4, "twenty-four" → 24, "a" → 1, "two hundred" → 200; vague ("several") → null. */
export function parseNumber(s: string): number | null {
  const t = s.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const half = /^(\d+) 1\/2$/.exec(t); // "2 1/2 years"
  if (half) return Number(half[1]) + 0.5;
  if (/^(a\s+couple(\s+of)?|couple\s+of)$/.test(t)) return 2;
  if (/^a\s+dozen$/.test(t)) return 12;
  if (/^a\s+hundred$/.test(t)) return 100;
  if (/^a\s+thousand$/.test(t)) return 1000;
  let total = 0;
  let current = 0;
  for (const w of t.split(/[\s-]+/)) {
    const v = NUMBER_WORDS[w];
    if (v === undefined) return null;
    if (v === 100 || v === 1000) current = (current || 1) * v;
    else current += v;
    if (v === 1000) {
      total += current;
      current = 0;
    }
  }
  return total + current;
}

/** Singular unit word ("years" → "year", "centuries" → "century"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** A TIMEX3 duration: (2, "day") → P2D, (24, "hour") → PT24H, (null, "year") → PXY. */
export function durationValue(n: number | null, unitWord: string, half = false): string {
  const unit = UNITS[unitOf(unitWord)];
  if (!unit) return 'PXX';
  const d = unit.designator;
  const time = d === 'H' || d === 'MIN' || d === 'S';
  const letter = d === 'MIN' ? 'M' : d;
  if (n === null) return `P${time ? 'T' : ''}X${letter}`;
  let amount = n * unit.factor;
  if (!half && n > 1 && n % 1 === 0.5 && unit.factor === 1 && d !== 'D') {
    // "2 1/2 years", "1.5 hours": the half as the next unit down, as TimeBank writes it (P2Y6M, PT1H30M).
    return durationValue(Math.floor(n), unitWord, true);
  }
  if (half) {
    // "a year and a half" → P1Y6M; "a minute and a half" → PT1M30S (TimeBank's mixed units).
    if (d === 'Y' && unit.factor === 1) return `P${amount}Y6M`;
    if (d === 'D') return `PT${amount * 24 + 12}H`;
    if (d === 'H') return `PT${amount}H30M`;
    if (d === 'MIN') return `PT${amount}M30S`;
    if (d === 'W') return `P${amount * 7 + 3}D`;
    amount += unit.factor / 2;
  }
  if (!Number.isInteger(amount)) {
    // 0.25 years → P3M, 2.5 days → PT60H; otherwise keep the decimal.
    if (d === 'Y') return `P${Math.round(amount * 12)}M`;
    if (d === 'D') return `PT${Math.round(amount * 24)}H`;
    if (d === 'H') return `PT${Math.round(amount * 60)}M`;
  }
  return `P${time ? 'T' : ''}${amount}${letter}`;
}

export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Choosing a year, a week, a day against the reference date

/**
 * How much farther a candidate against the tense may be and still win. The tense decides ("in
 * April" said in February in the past tense is last April: 10 months back beats 2 ahead × 6), unless
 * the other reading is far nearer: "payable Nov. 10" in a late-October report stays 1989-11-10 even
 * next to a past verb (14 days ahead × 6 beats 351 days back). Months alone and weekdays follow the
 * tense strictly, as the annotation guide asks ("opened in March" said in February is last March;
 * "said Friday" on a Thursday is the Friday before); on TimeBank that costs 0.8 point of value F1
 * against a penalty of 3 everywhere.
 */
export const TENSE_PENALTY = 6;
export const MONTH_TENSE_PENALTY = 1000;
export const WEEKDAY_TENSE_PENALTY = 100;
/** A penalty that makes the tense decide whenever it is known. */
export const STRICT = 1000;

function pick<T>(candidates: T[], delta: (c: T) => number, tense: Tense, penalty: number): T {
  let best = candidates[0];
  let bestScore = Infinity;
  for (const c of candidates) {
    const dl = delta(c);
    let score = Math.abs(dl);
    if ((tense === 'past' && dl > 0) || (tense === 'future' && dl < 0)) score *= penalty;
    if ((tense === 'none' || tense === 'present') && dl > 0) score += 0.5; // news reports mostly look back
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Year for a month/day without a year: the nearest occurrence, weighted by the tense. */
export function yearForMonthDay(ref: Ymd, m: number, d: number, tense: Tense, penalty = TENSE_PENALTY): number {
  const candidates = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValid(y, m, d));
  if (candidates.length === 0) return ref.y;
  return pick(candidates, (y) => diffDays(ref, { y, m, d }), tense, penalty);
}

/** Year for a month without a year ("in July"), by "last"/"next"/"this" or the nearest weighted by tense. */
export function yearForMonth(ref: Ymd, m: number, tense: Tense, rel?: string, penalty = MONTH_TENSE_PENALTY): number {
  const r = rel?.toLowerCase().replace(/\s+/g, ' ');
  if (r === 'last' || r === 'this past' || r === 'past') return m < ref.m ? ref.y : ref.y - 1;
  if (r === 'next' || r === 'this coming' || r === 'coming') return m > ref.m ? ref.y : ref.y + 1;
  if (r === 'this') return ref.y;
  return pick([ref.y - 1, ref.y, ref.y + 1], (y) => (y - ref.y) * 12 + (m - ref.m), tense, penalty);
}

/** A weekday (1–7) resolved against the reference date. */
export function dayForWeekday(ref: Ymd, weekday: number, tense: Tense, rel?: string): Ymd {
  const r = rel?.toLowerCase().replace(/\s+/g, ' ');
  const today = isoWeekday(ref);
  const back = (today - weekday + 7) % 7; // days back to the most recent one (0 = today)
  const ahead = (weekday - today + 7) % 7; // days ahead to the next one (0 = today)
  if (r === 'last' || r === 'the previous' || r === 'this past' || r === 'past') return addDays(ref, back === 0 ? -7 : -back);
  if (r === 'next' || r === 'the following' || r === 'this coming' || r === 'coming') return addDays(ref, ahead === 0 ? 7 : ahead);
  if (r === 'this') return addDays(ref, weekday - today);
  if (back === 0) return ref;
  // No tense: news reports look back ("Officials met Monday" without a verb form we can read); the
  // present of a weekday is a plan ("He and Arafat meet separately Monday").
  const t = tense === 'none' ? 'past' : tense === 'present' ? 'future' : tense;
  return addDays(ref, pick([-back, ahead], (n) => n, t, WEEKDAY_TENSE_PENALTY));
}

/** Shift the reference by n units and format it at that unit's grain ("last week" → 2022-W05). */
export function shiftedValue(ref: Ymd, unit: string, n: number): string {
  switch (unit) {
    case 'day':
      return fmtDay(addDays(ref, n));
    case 'week':
      return fmtWeek(addDays(ref, 7 * n));
    case 'weekend': {
      const d = addDays(ref, 7 * n);
      return `${fmtWeek(d)}-WE`;
    }
    case 'fortnight':
      return fmtWeek(addDays(ref, 14 * n));
    case 'month': {
      const s = addMonths(ref.y, ref.m, n);
      return fmtMonth(s.y, s.m);
    }
    case 'quarter': {
      const s = addMonths(ref.y, ref.m, 3 * n);
      return `${pad4(s.y)}-Q${quarterOf(s.m)}`;
    }
    case 'year':
      return pad4(ref.y + n);
    case 'decade':
      return `${String(Math.floor((ref.y + 10 * n) / 10)).padStart(3, '0')}X`;
    case 'century':
      return pad2(Math.floor((ref.y - 1) / 100) + n);
    case 'hour':
    case 'minute':
    case 'second':
      return fmtDay(ref);
    default:
      return fmtDay(ref);
  }
}

/** The unresolved (X) form of a value at a unit's grain. */
export function unresolvedValue(unit: string): string {
  switch (unit) {
    case 'week':
    case 'fortnight':
      return 'XXXX-WXX';
    case 'weekend':
      return 'XXXX-WXX-WE';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'year':
      return 'XXXX';
    case 'decade':
      return 'XXXX';
    case 'century':
      return 'XX';
    default:
      return 'XXXX-XX-XX';
  }
}

/** Year of a season with "last"/"next"/"this" or by tense ("last fall" in October 1989 → 1988). */
export function yearForSeason(ref: Ymd, code: string, tense: Tense, rel?: string): number {
  // Seasons on a running scale: winter (Dec of the year before – Feb) 0, spring 1, summer 2, fall 3.
  const refIndex = (ref.m === 12 ? ref.y + 1 : ref.y) * 4 + seasonSlotOfMonth(ref.m);
  const slot = SEASON_SLOT[code] ?? 0;
  const indexOf = (y: number): number => y * 4 + slot;
  const r = rel?.toLowerCase().replace(/\s+/g, ' ');
  const years = [ref.y - 1, ref.y, ref.y + 1];
  if (r === 'last' || r === 'this past' || r === 'past' || (!r && tense === 'past')) {
    const strict = r !== undefined;
    const past = years.filter((y) => (strict ? indexOf(y) < refIndex : indexOf(y) <= refIndex));
    return past.length ? past[past.length - 1] : ref.y - 1;
  }
  if (r === 'next' || r === 'this coming' || r === 'coming' || (!r && tense === 'future')) {
    const strict = r !== undefined;
    const future = years.filter((y) => (strict ? indexOf(y) > refIndex : indexOf(y) >= refIndex));
    return future.length ? future[0] : ref.y + 1;
  }
  return ref.y;
}

const SEASON_SLOT: Readonly<Record<string, number>> = { WI: 0, SP: 1, SU: 2, FA: 3 };

function seasonSlotOfMonth(m: number): number {
  if (m >= 3 && m <= 5) return 1;
  if (m >= 6 && m <= 8) return 2;
  if (m >= 9 && m <= 11) return 3;
  return 0;
}

export { fmtDay, fmtMonth, fmtWeek, pad2, pad4, quarterOf, isValid, addDays, addMonths };
