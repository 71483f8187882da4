// The date extractor: TIMEX3 dates, times, durations and sets (docs/annotation.md, "Dates").
//
// Per sentence (boilerplate skipped): every rule of ./rules.ts runs over the sentence text; each
// match is normalized (a normalizer may reject it); overlapping matches are settled longest first,
// then by rule order; the modifiers of ./modifiers.ts widen the survivors ("about", "ago", "the
// end of"); clock times get their day. Relative values resolve against the document date, or,
// when the document has none, against the last full date stated earlier in the text.
// Regexes and a token pass for tense only: no compromise/chrono call, so it runs on every document.
import type { DateMention, Sentence } from '../../types.js';
import type { Extractor, ExtractorContext } from '../types.js';
import { diffDays, isValid, parseYmd, type Ymd } from './calendar.js';
import { MONTH } from './fragments.js';
import { admittedRules, compileNeeds } from './gate.js';
import { MONTHS } from './lexicon.js';
import { MODIFIERS } from './modifiers.js';
import { RULES } from './rules.js';
import type { Env, Reading } from './resolve.js';
import { tenseCues, tenseNear, type TenseCue } from './tense.js';
import { firstIndex } from '../../sorted.js';

/** What the extractor remembers from one sentence to the next within a document. */
interface DocState {
  /** The last full absolute date stated in the text (a reference when the document has none). */
  lastFullDate: Ymd | null;
  /** The last day-grained value and the start of its line (for "12:27" after "2015-03-20"). */
  lastDay: { value: string; lineStart: number } | null;
  focusQuarter: { y: number; q: number } | null;
  focusYear: number | null;
  focusMonth: number | null;
  /** The last day the text spoke of ("on Friday", "Oct. 23"), for "that day", "the next morning". */
  focusDay: Ymd | null;
  /** The start of the line of the last sentence read, and the first line break after it (-1: none). */
  line: { at: number; start: number; nextBreak: number };
}

interface Found {
  start: number;
  end: number;
  rule: number;
  id: string;
  reading: Reading;
  groups: Record<string, string | undefined>;
}

const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$|^(?:\d{4}|XXXX)-W(?:\d{2}|XX)-\d$/;

/** A value that names a day (for "that day", "the previous Friday"). */
const DAY_NAMED = /^\d{4}-\d{2}-\d{2}(?:T|$)/;

/** What each rule needs in a sentence before it is worth running (./gate.ts). */
const RULE_NEEDS = RULES.map((r) => compileNeeds(r.needs));

export const dateExtractor: Extractor<DateMention> = {
  id: 'date',
  version: '1',
  extract(ctx: ExtractorContext): DateMention[] {
    const out: DateMention[] = [];
    const docRef = datelineDate(ctx.doc.text, parseYmd(ctx.doc.date)) ?? parseYmd(ctx.doc.date);
    const text = ctx.doc.text;
    const state: DocState = {
      lastFullDate: null,
      lastDay: null,
      focusQuarter: null,
      focusYear: null,
      focusMonth: null,
      focusDay: null,
      line: { at: 0, start: 0, nextBreak: text.indexOf('\n') },
    };
    for (const sentence of ctx.sentences) {
      if (sentence.boilerplate) continue;
      try {
        extractSentence(ctx, sentence, docRef, state, out);
      } catch {
        // A bug on odd text must not lose the rest of the document; the sentence yields nothing.
      }
    }
    return out;
  },
};

/** "WASHINGTON, August 11 (Xinhua) --", "NAIROBI, Kenya, Aug. 7 (AP) —": a dateline at the top. */
const DATELINE = new RegExp(
  `^\\s*[A-Z][A-Za-z.'-]*(?:[ ][A-Z][A-Za-z.'-]*){0,3}(?:,[ ][A-Z][A-Za-z.'-]*(?:[ ][A-Z][A-Za-z.'-]*){0,2})?,[ ](?<month>${MONTH})[ ](?<d>\\d{1,2})(?:,[ ](?<y>\\d{4}))?[ ]*(?:\\([A-Za-z. ]{1,30}\\)[ ]*)?(?:--|—|–|_)`,
  'i', // for the month names; the place must still start with a capital (checked below)
);

/**
 * The dateline's day is when the story was written; the document's date (a publication or archive
 * date) can be a day or two later. Relative dates ("Thursday", "today") are the writer's: a
 * dateline 1–3 days before the document date becomes the reference.
 */
function datelineDate(text: string, docRef: Ymd | null): Ymd | null {
  const m = DATELINE.exec(text.slice(0, 200));
  if (!m?.groups || !docRef || !/^\s*[A-Z]/.test(text)) return null;
  const month = MONTHS[m.groups.month.toLowerCase().replace(/\.$/, '')];
  const d = Number(m.groups.d);
  const y = m.groups.y ? Number(m.groups.y) : month > docRef.m ? docRef.y - 1 : docRef.y;
  if (!month || !isValid(y, month, d)) return null;
  const days = diffDays({ y, m: month, d }, docRef);
  return days >= 1 && days <= 3 ? { y, m: month, d } : null;
}

function extractSentence(ctx: ExtractorContext, s: Sentence, docRef: Ymd | null, state: DocState, out: DateMention[]): void {
  const docText = ctx.doc.text;
  const text = docText.slice(s.start, s.end);
  // Only the rules whose words the sentence has can match (./gate.ts); most sentences have none.
  const admitted = admittedRules(text, RULE_NEEDS);
  if (admitted.length === 0) return;
  let cues: TenseCue[] | null = null;
  const found: Found[] = [];
  // The found days (for `dayBefore`), per rule in the order found (so by end: a rule's matches do not overlap).
  const daysByRule: Found[][] = [];
  const env: Env = {
    ref: docRef ?? state.lastFullDate,
    refSource: docRef ? 'document' : 'text',
    text,
    start: 0,
    end: 0,
    focusQuarter: state.focusQuarter,
    focusYear: state.focusYear,
    focusMonth: state.focusMonth,
    dayBefore(at: number): Ymd | null {
      // The last day named before `at` in this sentence ("On Monday he flew to Kyiv; that same day …"),
      // else the last one of the document so far. Of several ending at the same place, the first found.
      let best: Found | null = null;
      for (const days of daysByRule) {
        const i = lastEndingBy(days, at);
        if (i >= 0 && (!best || days[i].end > best.end)) best = days[i]; // a tie goes to the rule that ran first
      }
      return best ? parseYmd(best.reading.value) : state.focusDay;
    },
    posAfter(at: number): string {
      const target = s.start + at;
      let lo = s.tokenStart;
      let hi = s.tokenEnd;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ctx.tokens[mid].start < target) lo = mid + 1;
        else hi = mid;
      }
      return lo < s.tokenEnd ? ctx.tokens[lo].pos : '';
    },
    tense() {
      cues ??= tenseCues(ctx.tokens, s.tokenStart, s.tokenEnd);
      return tenseNear(cues, s.start + env.start, s.start + env.end);
    },
  };

  // 1. Every rule (that can match), every match, normalized.
  for (const r of admitted) {
    const rule = RULES[r];
    const days: Found[] = [];
    daysByRule.push(days);
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      env.start = m.index;
      env.end = m.index + m[0].length;
      const reading = rule.normalize(m.groups ?? {}, env);
      if (reading) {
        const f: Found = { start: env.start, end: env.end, rule: r, id: rule.id, reading, groups: m.groups ?? {} };
        found.push(f);
        if (DAY_NAMED.test(reading.value) && reading.type !== 'DURATION') days.push(f);
      } else re.lastIndex = m.index + 1; // a rejected match must not hide a shorter one inside it ("will last [six months]")
    }
  }
  if (found.length === 0) return;

  // 2. Longest first, then rule order; no overlaps.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
  const kept = settleOverlaps(found, text.length);

  // 3. Modifiers widen the mentions, without running into a neighbour.
  // A quarter named earlier in the sentence is what "a year ago", "year-earlier" or "the year-ago
  // period" after it refer to: readings that depend on the quarter spoken of are read again once
  // the sentence has named one.
  const sentenceFocus = env.focusQuarter;
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i];
    if (env.focusQuarter !== sentenceFocus && FOCUS_RULES.has(f.id)) {
      env.start = f.start;
      env.end = f.end;
      f.reading = RULES[f.rule].normalize(f.groups, env) ?? f.reading;
    }
    applyModifiers(kept, i, text, env);
    const focus = quarterFocus(f.reading, f.id, env.ref);
    if (focus) env.focusQuarter = focus;
  }

  // 4. Clock times get their day; a time directly before a day merges with it ("9 p.m. EST Nov. 9").
  const lineStart = lineStartOf(state, docText, s.start);
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i];
    if (f.reading.timeOnly) {
      const next = kept[i + 1];
      const between = next ? text.slice(f.end, next.start) : '';
      if (next && DAY_VALUE.test(next.reading.value) && /^\s*,?\s*$/.test(between)) {
        f.reading = { ...next.reading, type: 'TIME', value: `${next.reading.value}${f.reading.value}`, mod: f.reading.mod, timeOnly: false };
        f.end = next.end;
        kept.splice(i + 1, 1);
      } else if (next && DAY_VALUE.test(next.reading.value) && /^\s*\([^()]{1,30}\)\s*,?\s*$/.test(between)) {
        // "9:15 a.m. (0615 GMT) Monday": the day after the bracket is the time's day; both stay mentions.
        f.reading = { ...next.reading, type: 'TIME', value: `${next.reading.value}${f.reading.value}`, mod: f.reading.mod, timeOnly: false };
      } else if (state.lastDay && state.lastDay.lineStart === lineStart) {
        f.reading = { ...f.reading, value: `${state.lastDay.value}${f.reading.value}`, anchor: 'text', timeOnly: false };
      } else if (env.ref) {
        const day = `${env.ref.y}`.padStart(4, '0') + `-${String(env.ref.m).padStart(2, '0')}-${String(env.ref.d).padStart(2, '0')}`;
        f.reading = { ...f.reading, value: `${day}${f.reading.value}`, anchor: env.refSource, timeOnly: false };
      } else {
        f.reading = { ...f.reading, value: `XXXX-XX-XX${f.reading.value}`, anchor: 'none', timeOnly: false };
      }
    }
    remember(state, f.reading, f.id, lineStart, env.ref);
    const r = f.reading;
    out.push({
      start: s.start + f.start,
      end: s.start + f.end,
      text: text.slice(f.start, f.end),
      rule: f.id,
      sentence: s.index,
      type: r.type,
      value: r.value,
      mod: r.mod,
      anchor: r.anchor,
      inferred: r.inferred,
    });
  }
}

/**
 * The found spans (in order of preference) that overlap no span preferred to them, in text order.
 * Few spans: each is checked against those kept; many (a long sentence full of dates): against a map
 * of the characters already covered, which costs their lengths, not their number squared.
 */
function settleOverlaps(found: Found[], length: number): Found[] {
  const kept: Found[] = [];
  if (found.length <= 32) {
    for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  } else {
    const covered = new Uint8Array(length);
    for (const f of found) {
      let free = true;
      for (let i = f.start; i < f.end; i++) {
        if (covered[i] === 1) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      covered.fill(1, f.start, f.end);
      kept.push(f);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Index of the last of `days` (ordered by end) that ends at or before `at`, or -1. */
function lastEndingBy(days: Found[], at: number): number {
  return firstIndex(days.length, (k) => days[k].end > at) - 1;
}

/**
 * `text.lastIndexOf('\n', at - 1) + 1`: the start of the line `at` is on. Sentences come in text
 * order, so the line breaks are walked once per document instead of once per sentence (a megabyte
 * line of short sentences was quadratic).
 */
function lineStartOf(state: DocState, text: string, at: number): number {
  const line = state.line;
  if (at <= 0 || at < line.at) return text.lastIndexOf('\n', at - 1) + 1;
  while (line.nextBreak >= 0 && line.nextBreak < at) {
    line.start = line.nextBreak + 1;
    line.nextBreak = text.indexOf('\n', line.start);
  }
  line.at = at;
  return line.start;
}

function applyModifiers(kept: Found[], i: number, text: string, env: Env): void {
  const f = kept[i];
  const lower = i > 0 ? kept[i - 1].end : 0;
  for (const mod of MODIFIERS) {
    const core = text.slice(f.start, f.end);
    if (!mod.applies(f.reading, core)) continue;
    let m: RegExpExecArray | null;
    let start = f.start;
    let end = f.end;
    if (mod.side === 'after') {
      mod.pattern.lastIndex = f.end;
      m = mod.pattern.exec(text);
      if (!m) continue;
      end = f.end + m[0].length;
      // The widened mention may swallow neighbours it covers whole ("ago [today]", "from [now]"),
      // but not cut one in two.
      let j = i + 1;
      while (j < kept.length && kept[j].end <= end) j++;
      if (j < kept.length && kept[j].start < end) continue;
      kept.splice(i + 1, j - i - 1);
    } else {
      const from = Math.max(lower, f.start - 40);
      m = mod.pattern.exec(text.slice(from, f.start));
      if (!m) continue;
      start = from + m.index;
    }
    env.start = start;
    env.end = end;
    const reading = mod.apply(f.reading, m.groups ?? {}, env);
    if (!reading) continue;
    f.reading = reading;
    f.start = start;
    f.end = end;
    f.id = mod.id;
  }
}

/** Rules whose reading depends on the quarter the text speaks of. */
const FOCUS_RULES = new Set(['date/quarter-relative', 'date/year-ago-adjective', 'date/quarter-year', 'date/relative-unit']);

/** Rules whose quarter a later "the quarter" refers back to. */
const QUARTER_RULES = new Set(['date/quarter', 'date/quarter-code']);

/**
 * The quarter a reading makes the one the text speaks of, or null. Only a quarter already over can
 * be the one a report speaks of: "the fourth quarter" or "the third quarter of 1990" in an October
 * 1989 earnings story are forecasts, and "a year ago" still means the year before the quarter just
 * reported. A quarter "ended Sept. 30" or reported in the past tense is over whatever its number
 * (fiscal quarters): `setsFocus` says so.
 */
function quarterFocus(r: Reading, rule: string, ref: Ymd | null): { y: number; q: number } | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(r.value);
  if (!q) return null;
  const y = Number(q[1]);
  const n = Number(q[2]);
  const over = !ref || y * 4 + n < ref.y * 4 + Math.ceil(ref.m / 3);
  return r.setsFocus || (QUARTER_RULES.has(rule) && over) ? { y, q: n } : null;
}

function remember(state: DocState, r: Reading, rule: string, lineStart: number, ref: Ymd | null): void {
  const v = r.value;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) {
    state.lastDay = { value: v.slice(0, 10), lineStart };
    if (r.anchor === null && r.type === 'DATE') state.lastFullDate = parseYmd(v);
  }
  state.focusQuarter = quarterFocus(r, rule, ref) ?? state.focusQuarter;
  // The time the text speaks of ("that year", "the following month"): any dated reading of year or month grain.
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v) && r.type === 'DATE') {
    state.focusYear = Number(v.slice(0, 4));
    state.focusMonth = v.length >= 7 ? Number(v.slice(5, 7)) : null;
  }
  if (/^\d{4}-\d{2}-\d{2}(?:T|$)/.test(v) && (r.type === 'DATE' || r.type === 'TIME')) state.focusDay = parseYmd(v);
}
