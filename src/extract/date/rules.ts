// The date rules: each one a pattern built from named fragments, read by named groups, with a
// reason, examples and the normalizer that turns a match into a TIMEX3 reading.
//
// Every pattern runs (global, case-insensitive) over the text of one sentence. The extractor keeps,
// where matches overlap, the longest; at equal length the rule listed first. So the order below
// matters only between rules that can match exactly the same text: more specific rules come first.
// Modifiers that widen a match ("about", "ago", "the end of") live in ./modifiers.ts.
import {
  AMPM,
  CARDINAL,
  CENTURY_ORDINAL,
  DAY,
  DECADE_WORD,
  HOLIDAY,
  MONTH,
  NUMBER,
  NUMBER_WORD,
  PART_OF_DAY,
  QUARTER_ORDINAL,
  RELATIVE,
  SEASON,
  SET_ADVERB,
  SP,
  SPOKEN_YEAR,
  TIME_ZONE,
  UNIT,
  UNIT_SINGULAR,
  WEEKDAY,
  YEAR,
  YEAR_DIGITS,
  words,
} from './fragments.js';
import {
  AMBIGUOUS_MONTHS,
  BOUNDARY_MODS,
  COUNT_NOUNS_AFTER,
  DECADE_WORDS,
  HOLIDAYS,
  ORDINALS,
  PARTS_OF_DAY,
  REF_WORDS,
  SEASONS,
  SET_ADVERBS,
  WEEKDAYS,
  YEAR_CONTEXT_BEFORE,
} from './lexicon.js';
import { fmtWeek, isoWeekday, nthWeekdayOfMonth } from './calendar.js';
import {
  DECADE_NEEDS,
  DIGIT,
  HOLIDAY_NEEDS,
  MONTH_NEEDS,
  PART_NEEDS,
  REF_NEEDS,
  SEASON_NEEDS,
  SET_ADVERB_NEEDS,
  UNIT_NEEDS,
  WEEKDAY_NEEDS,
  type Needs,
} from './gate.js';
import {
  absolute,
  addDays,
  dayForWeekday,
  durationValue,
  fmtDay,
  fmtMonth,
  isCapitalized,
  isValid,
  monthNumber,
  nextWord,
  pad2,
  pad4,
  parseNumber,
  prevChar,
  prevWord,
  quarterOf,
  relative,
  shiftedValue,
  unitOf,
  unresolvedValue,
  withMod,
  yearForMonth,
  yearForMonthDay,
  yearForSeason,
  STRICT,
  type Env,
  type Groups,
  type Reading,
} from './resolve.js';
import { endsWithMark, lastMatchBefore, lastNonSpace, markBeforeLastWord, matchesBefore } from './scan.js';
import type { Tense } from './tense.js';

export interface DateRule {
  /** `date/<slug>`, stored with every mention the rule makes. */
  id: string;
  /** Why the rule exists and what it guards against. */
  reason: string;
  /** Texts this rule must match (checked by the tests). */
  examples: string[];
  /**
   * Strings every match contains (one of each group; `DIGIT`: an ASCII digit), lower case: the rule
   * is not run on a sentence without them (./gate.ts). Keep them in step with the pattern.
   */
  needs: Needs;
  /** Global, case-insensitive; read by named groups only. */
  pattern: RegExp;
  /** Match → reading, or null to reject the match (a guard failed). */
  normalize(g: Groups, env: Env): Reading | null;
}

const rx = (source: string): RegExp => new RegExp(source, 'gi');

// ---------------------------------------------------------------------------------------------
// Guards shared by several rules

/** Words before a month name that make "May"/"March" a month rather than a verb or a name. */
const MONTH_CONTEXT = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'from', 'to', 'of', 'during', 'before', 'after',
  'early', 'late', 'mid', 'mid-', 'last', 'next', 'this', 'each', 'every', 'between', 'and', 'or',
  'end', 'beginning', 'start', 'middle', 'around', 'throughout', 'for', 'on',
]);

/**
 * A month word is a month when capitalized; an abbreviation needs its period or a number next to
 * it; "May" and "March" alone need a date word before them ("in May", not "Theresa May").
 */
function monthOk(word: string, env: Env, withNumber: boolean): boolean {
  if (!isCapitalized(word)) return false;
  const key = word.toLowerCase().replace(/\.$/, '');
  if (withNumber) return true;
  const isAbbreviation = key.length <= 4 && !['may', 'june', 'july'].includes(key);
  if (isAbbreviation && !word.endsWith('.')) return false;
  if (AMBIGUOUS_MONTHS.has(key)) {
    if (/^['’]s\b/.test(env.text.slice(env.end, env.end + 3))) return false; // "May's government"
    const pw = prevWord(env);
    if (!MONTH_CONTEXT.has(pw) && !pw.endsWith('-')) return false;
  }
  return true;
}

const tenseOf = (env: Env) => env.tense();

/**
 * Tense for a weekday or a month. A present verb makes an adverbial weekday a plan ("meet
 * separately Monday"), but a date that modifies a noun ("Friday's purchases", "his Sunday night
 * address", "a June agreement") names a time already spoken of: the present there says nothing.
 */
function dateTense(env: Env): Tense {
  const t = env.tense();
  if (t !== 'present') return t;
  const after = env.text.slice(env.end, env.end + 3);
  if (/^['’]s\b/.test(after)) return 'none';
  const pos = env.posAfter(env.end);
  return pos === 'NOUN' || pos === 'PROPN' ? 'none' : t;
}

/** Tense for choosing a year, and how strictly: "since March" can only look back. */
function yearTense(env: Env): { tense: Tense; penalty: number | undefined } {
  const pw = prevWord(env);
  if (pw === 'since') return { tense: 'past', penalty: STRICT };
  return { tense: dateTense(env), penalty: undefined };
}

/** The year (and month) the text last stated: earlier in this sentence, else earlier in the document. */
const STATED_YEAR = new RegExp(`(?:\\b(?<month>${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+)?\\b(?<y>${YEAR})`, 'gi');

function textFocus(env: Env): { y: number; m: number | null } | null {
  // The last match of STATED_YEAR scanned over the text before the match (./scan.ts: without
  // rescanning the sentence for each "that year").
  const m = lastMatchBefore(STATED_YEAR, env.text, env.start);
  if (m) return { y: Number(m.groups!.y), m: m.groups!.month ? monthNumber(m.groups!.month) : null };
  return env.focusYear !== null ? { y: env.focusYear, m: env.focusMonth } : null;
}

/** Day + month with the year stated or inferred from the reference date. */
function dayMonth(env: Env, g: Groups, m: number, d: number): Reading | null {
  if (g.y || g.y2) {
    const y = Number(g.y ?? g.y2);
    if (!isValid(y, m, d)) return null;
    return absolute(fmtDay({ y, m, d }));
  }
  if (!isValid(2000, m, d)) return null; // Feb 29 passes: 2000 was a leap year
  return relative(
    env,
    (ref) => {
      const t = yearTense(env);
      return fmtDay({ y: yearForMonthDay(ref, m, d, t.tense, t.penalty), m, d });
    },
    `XXXX-${pad2(m)}-${pad2(d)}`,
    'DATE',
    ['year'],
  );
}

const dayNumber = (s: string): number => parseInt(s, 10);

/** "nineteen eighty-six" → 1986; null when the rest is not 10–99 ("nineteen five"). */
function spokenYear(text: string): number | null {
  const m = /^(?<c>nineteen|eighteen)[\s-]+(?<rest>.+)$/i.exec(text.trim());
  if (!m) return null;
  const rest = parseNumber(m.groups!.rest);
  if (rest === null || rest < 10 || rest > 99) return null;
  return (m.groups!.c.toLowerCase() === 'nineteen' ? 1900 : 1800) + rest;
}

/** Is the word a plural noun (a count: "2024 people", "1990 elections")? */
function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+s$/.test(w) || w.endsWith('ss')) return false;
  return !['was', 'has', 'is', 'as', 'its', 'this', 'his', 'thus', 'plus', 'unless', 'versus', 'whereas', 'yes', 'us', 'bus', 'gas', 'always', 'perhaps', 'afterwards', 'towards'].includes(w);
}

/** An amount just before "a year"/"per day" makes a rate ("$5 billion a year", "twice a week"). */
const RATE_BEFORE = /(?:\d%?|\b(?:once|twice|thrice|times|billion|million|thousand|hundred|percent|cents|dollars|barrels|tons|tonnes))\s+$/i;

/** Words before a number that make it an amount ("about 2000 …"). */
const COUNT_CONTEXT_BEFORE = new Set([
  'about', 'around', 'over', 'under', 'than', 'nearly', 'almost', 'some', 'approximately', 'roughly',
  'only', 'just', 'least', 'most', 'total', 'additional', 'another', 'extra', 'all', 'these', 'those',
  'are', 'were', 'is', 'was', 'had', 'has', 'have', 'with', 'by', 'to', 'of', 'at', 'on', 'number',
]);

/** Words after which "last" is the verb ("will last six months"). */
const VERB_BEFORE_LAST = new Set(['will', "'ll", 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'to', 'not', 'did', 'does', 'do']);

/** Plural nouns that follow a year as often as a count ("1990 earnings", "the 2024 elections"). */
const YEAR_PLURALS = new Set([
  'earnings', 'results', 'sales', 'elections', 'figures', 'levels', 'prices', 'profits', 'accounts', 'budgets',
  'games', 'olympics', 'talks', 'negotiations', 'protests', 'riots', 'attacks', 'bombings', 'accords',
  'agreements', 'guidelines', 'estimates', 'forecasts', 'projections', 'numbers', 'revenues', 'losses',
]);

/** Nouns that take a number as a name: "Room 2010", "Flight 1549", "Resolution 2334". */
const NUMBERED_THINGS = new Set([
  'room', 'no', 'number', 'flight', 'route', 'highway', 'article', 'resolution', 'section', 'rule', 'model',
  'type', 'code', 'page', 'chapter', 'paragraph', 'line', 'item', 'bus', 'gate', 'lot', 'unit', 'apartment',
  'suite', 'box', 'platform', 'hull', 'tail', 'serial', 'exit', 'station', 'building', 'block', 'vol',
  'volume', 'pp', 'p', 'clause', 'amendment', 'bill', 'order', 'decree', 'law', 'directive', 'regulation',
]);

/** Guards for a bare four-digit year (see the rule's reason). */
function yearContextOk(env: Env): boolean {
  const before = env.text.slice(Math.max(0, env.start - 6), env.start);
  const pc = prevChar(env);
  if (pc === '-' || pc === '–') return /(?:mid|\b[12]\d{3})[-–]$/i.test(before);
  if (/[/\\#№]$/.test(before)) return false;
  const after = env.text.slice(env.end, env.end + 30);
  const next = nextWord(env);
  const nextLower = next.toLowerCase();
  if (COUNT_NOUNS_AFTER.has(nextLower) || /^\s*(?:%|percent|per\s+cent)/i.test(after)) return false;
  if (/^[-–](?:\d{2}|[12]\d{3})(?!\d)/.test(after)) return true; // 2024-25
  if (/^['’]s\b/.test(after)) return true; // 2024's budget
  const pw = prevWord(env);
  if (NUMBERED_THINGS.has(pw.replace(/\.$/, ''))) return false; // "room 2010", "Resolution 2334"
  const plural = /^\s/.test(after) && looksPlural(next) && nextLower === next && !YEAR_PLURALS.has(nextLower);
  if (YEAR_CONTEXT_BEFORE.has(pw) || MONTH_CONTEXT.has(pw)) return !plural;
  if (/^\s*(?:[,.;:)!?"”]|$)/.test(after)) return true;
  if (pw === 'the' || pw === 'its' || pw === 'their' || pw === 'his' || pw === 'her' || pw === 'our' || pw === 'this' || pw.endsWith("'s") || pw.endsWith('’s')) return !plural;
  if (pw === '' && nextLower === next && !plural) return true; // "1990 was a year of …"
  if (/^\s+(?:and|or|to|through)\s+(?:1[89]|20)\d\d\b/i.test(after)) return true; // "1990 and 1991"
  // "a 1996 law", "the 1978 resolution", "Analysts predicted 1990 earnings": a noun follows.
  const pos = env.posAfter(env.end);
  if ((pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ') && !plural && !COUNT_CONTEXT_BEFORE.has(pw)) return true;
  return false;
}

/** Frequency adjectives that stay a SET before a noun ("a daily rally", "his weekly address"). */
const FREQUENCY_ADJECTIVES = new Set(['daily', 'nightly', 'weekly', 'hourly']);

/** A longer period named before a figure: "for the full year, above last year's" compares a year with a year. */
const LONGER_PERIOD_BEFORE = /\b(?:this|the|full|fiscal)\s+year\b|\bnine\s+months\b|\bannual\b/gi;

/** A figure compared with the time named: "against $7 million last year", "from last year's $2.4 billion". */
function comparedFigure(env: Env): boolean {
  const before = env.text.slice(Math.max(0, env.start - 60), env.start);
  if (matchesBefore(LONGER_PERIOD_BEFORE, env.text, env.start)) return false; // "for the full year, above last year's": a year compared with a year
  if (/\b(?:compared\s+with|against|from|than|versus|vs\.?)\s+(?:[^,;.]*?[$#£€%\d][^,;]*?\s+)?$/i.test(before) && /[$#£€%]|\d/.test(before)) return true;
  return /^['’]s\s+[$#£€]/.test(env.text.slice(env.end, env.end + 5));
}

/** Does the sentence compare with the past ("more united than ever")? Remembered for the last sentence read. */
let thanEverText = '';
let thanEverResult = false;
function thanEver(text: string): boolean {
  if (text !== thanEverText) {
    thanEverText = text;
    thanEverResult = /\bthan\s+ever\b/i.test(text);
  }
  return thanEverResult;
}

/** Nouns after "today's" that make it "nowadays": "today's world", not "today's vote". */
const GENERIC_AFTER_TODAY = new Set([
  'world', 'society', 'youth', 'generation', 'economy', 'children', 'kids', 'young', 'era', 'age', 'standards',
  'dollars', 'terms', 'times', 'environment', 'climate', 'europe', 'america', 'politics', 'technology', 'media',
  'global', 'globalized', 'interconnected', 'modern', 'complex', 'changing', 'digital', 'security',
]);

/** Nouns before "of today"/"of tomorrow": "the leaders of tomorrow", "the challenges of today". */
const GENERIC_BEFORE_OF_TODAY = new Set([
  'leaders', 'people', 'world', 'challenges', 'threats', 'problems', 'youth', 'generation', 'generations',
  'children', 'needs', 'realities', 'issues', 'society', 'workforce', 'technologies', 'jobs', 'industries',
]);

// ---------------------------------------------------------------------------------------------
// The rules

export const RULES: DateRule[] = [
  {
    id: 'date/iso',
    reason: 'ISO 8601 calendar dates are unambiguous (also with slashes or dots between the parts).',
    examples: ['2022-02-10', '2015-03-20', '2024/06/13'],
    needs: [[DIGIT]],
    pattern: rx(`(?<![\\w.-])(?<y>${YEAR_DIGITS})(?<sep>[-/.])(?<m>0[1-9]|1[0-2])\\k<sep>(?<d>0[1-9]|[12]\\d|3[01])(?![\\w]|[-/.]\\d)`),
    normalize(g) {
      const y = Number(g.y);
      const m = Number(g.m);
      const d = Number(g.d);
      return isValid(y, m, d) ? absolute(fmtDay({ y, m, d })) : null;
    },
  },
  {
    id: 'date/numeric',
    reason: 'd/m/yyyy or m/d/yyyy only where the order is certain (one part above 12); else the day stays unknown.',
    examples: ['25/12/2023', '12/25/2023', '03/04/2023'],
    needs: [[DIGIT], ['/']],
    pattern: rx(`(?<![\\w./-])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<y>${YEAR})`),
    normalize(g) {
      const a = Number(g.a);
      const b = Number(g.b);
      const y = Number(g.y);
      if (a > 12 && b <= 12 && isValid(y, b, a)) return absolute(fmtDay({ y, m: b, d: a }));
      if (b > 12 && a <= 12 && isValid(y, a, b)) return absolute(fmtDay({ y, m: a, d: b }));
      if (a >= 1 && a <= 12 && b >= 1 && b <= 12) return absolute(`${pad4(y)}-XX-XX`);
      return null;
    },
  },
  {
    id: 'date/month-day',
    reason: 'US order: "February 10, 2022", "Feb. 10", "Friday, Oct. 23"; the year is inferred when absent.',
    examples: ['February 10, 2022', 'Feb. 10', 'Friday, Oct. 23', 'June 13th, 2024', 'Nov. 8'],
    needs: [MONTH_NEEDS, [DIGIT]],
    pattern: rx(
      `\\b(?:(?<wd>${WEEKDAY}),?${SP})?(?<month>${MONTH})\\s*(?<d>${DAY})` +
        `(?:(?:,\\s*|\\s+)(?<y>${YEAR})|(?=\\s*(?:-|–|and|to|through)\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?<y2>${YEAR}))|)`,
    ),
    normalize(g, env) {
      if (!monthOk(g.month!, env, true)) return null;
      return dayMonth(env, g, monthNumber(g.month!)!, dayNumber(g.d!));
    },
  },
  {
    id: 'date/day-month',
    reason: 'European order: "10 February 2022", "8 February", "the 8th of February".',
    examples: ['10 February 2022', '8 February', 'the 8th of February', 'Thursday, 10 February 2022'],
    needs: [MONTH_NEEDS, [DIGIT]],
    pattern: rx(`\\b(?:(?<wd>${WEEKDAY}),?${SP})?(?:the${SP})?(?<d>${DAY})(?:${SP}of)?${SP}(?<month>${MONTH})(?:,?${SP}(?<y>${YEAR}))?`),
    normalize(g, env) {
      if (!monthOk(g.month!, env, true)) return null;
      return dayMonth(env, g, monthNumber(g.month!)!, dayNumber(g.d!));
    },
  },
  {
    id: 'date/day-range-end',
    reason: 'The second day of a range shares the first one\'s month: "November 19-20" → "20".',
    examples: ['November 19-20', 'Nov. 19 and 20'],
    needs: [MONTH_NEEDS, [DIGIT]],
    pattern: rx(`(?<![\\w.])(?<d>${DAY})(?<=(?<month>${MONTH})\\s{0,3}\\d{1,2}(?:st|nd|rd|th)?\\s{0,3}(?:-|–|and|to|through)\\s{0,3}\\d{1,2}(?:st|nd|rd|th)?)(?=,?\\s+(?<y>${YEAR})|)`),
    normalize(g, env) {
      if (!monthOk(g.month!, env, true)) return null;
      return dayMonth(env, g, monthNumber(g.month!)!, dayNumber(g.d!));
    },
  },
  {
    id: 'date/day-range-start',
    reason: 'The first day of a European-order range takes the month after it: "19 and 20 November" → "19".',
    examples: ['19-20 November', '19 and 20 November 2023'],
    needs: [MONTH_NEEDS, [DIGIT]],
    pattern: rx(`\\b(?<d>${DAY})(?=\\s*(?:-|–|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?${SP}(?<month>${MONTH})(?:,?${SP}(?<y>${YEAR})|))`),
    normalize(g, env) {
      if (!monthOk(g.month!, env, true)) return null;
      return dayMonth(env, g, monthNumber(g.month!)!, dayNumber(g.d!));
    },
  },
  {
    id: 'date/month-year',
    reason: 'A month with its year: "May 2022", "January of 1998", "January nineteen ninety-seven".',
    examples: ['May 2022', 'April 2004', 'January of 1998', 'Sept. 1989', 'January nineteen ninety-seven'],
    needs: [MONTH_NEEDS, [DIGIT, 'nineteen', 'eighteen']],
    pattern: rx(`\\b(?<month>${MONTH}),?${SP}(?:of${SP})?(?:(?<y>${YEAR})|(?<sy>${SPOKEN_YEAR}))`),
    normalize(g, env) {
      if (!monthOk(g.month!, env, true)) return null;
      const y = g.y ? Number(g.y) : spokenYear(g.sy!);
      return y === null ? null : absolute(fmtMonth(y, monthNumber(g.month!)!));
    },
  },
  {
    id: 'date/month',
    reason: 'A month alone takes its year from the reference date and the tense ("in July" said in February → last July).',
    examples: ['July', 'in May', 'last April', 'January this year', 'June last year', 'next March'],
    needs: [MONTH_NEEDS],
    pattern: rx(`\\b(?:(?<rel>${RELATIVE})${SP})?(?<month>${MONTH})(?!\\.?\\s*\\d)(?:${SP}(?<ry>this|last|next)${SP}year\\b)?`),
    normalize(g, env) {
      if (!monthOk(g.month!, env, Boolean(g.rel || g.ry))) return null;
      const m = monthNumber(g.month!)!;
      if (g.ry) {
        const shift = { this: 0, last: -1, next: 1 }[g.ry.toLowerCase() as 'this' | 'last' | 'next'];
        return relative(env, (ref) => fmtMonth(ref.y + shift, m), `XXXX-${pad2(m)}`);
      }
      return relative(
        env,
        (ref) => {
          const t = yearTense(env);
          return fmtMonth(yearForMonth(ref, m, t.tense, g.rel, t.penalty), m);
        },
        `XXXX-${pad2(m)}`,
        'DATE',
        ['year'],
      );
    },
  },
  {
    id: 'date/month-set',
    reason: 'A recurring month is a set: "each July", "every December" → XXXX-07, XXXX-12.',
    examples: ['each July', 'every December', 'every Sept.'],
    needs: [MONTH_NEEDS, ['every', 'each']],
    pattern: rx(`\\b(?:every|each)${SP}(?<month>${MONTH})(?!\\.?\\s*\\d)`),
    normalize(g, env) {
      if (!isCapitalized(g.month!)) return null;
      const key = g.month!.toLowerCase().replace(/\.$/, '');
      if (key.length <= 4 && !['may', 'june', 'july'].includes(key) && !g.month!.endsWith('.')) return null;
      if (AMBIGUOUS_MONTHS.has(key) && /^\s+(?:of|to|in)\b/i.test(env.text.slice(env.end, env.end + 5))) return null; // "each march of the troops"
      return absolute(`XXXX-${pad2(monthNumber(g.month!)!)}`, 'SET');
    },
  },
  {
    id: 'date/week-of',
    reason: '"the week of March 6": the ISO week of that day.',
    examples: ['the week of March 6', 'the week of Oct. 23, 1989'],
    needs: [['week'], MONTH_NEEDS, [DIGIT]],
    pattern: rx(`\\bthe${SP}week${SP}of${SP}(?<month>${MONTH})\\s*(?<d>${DAY})(?:,?${SP}(?<y>${YEAR}))?`),
    normalize(g, env) {
      if (!monthOk(g.month!, env, true)) return null;
      const day = dayMonth(env, g, monthNumber(g.month!)!, dayNumber(g.d!));
      if (!day) return null;
      const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.value);
      if (!ymd) return { ...day, value: 'XXXX-WXX' };
      return { ...day, value: fmtWeek({ y: Number(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]) }) };
    },
  },
  {
    id: 'date/weekday-set',
    reason: 'A recurring weekday is a set: "every Monday", "each Thursday", "on Mondays".',
    examples: ['every Monday', 'each Thursday', 'Mondays', 'Tuesday nights'],
    needs: [WEEKDAY_NEEDS],
    pattern: rx(`\\b(?:(?:every|each)${SP}(?<wd>${WEEKDAY})(?:${SP}(?<part1>${PART_OF_DAY}))?|(?<wds>${WEEKDAY})s(?:${SP}(?<part2>${PART_OF_DAY})s)?|(?<wd2>${WEEKDAY})${SP}(?<part3>${PART_OF_DAY})s)(?![\\w’'])`),
    normalize(g) {
      const wd = WEEKDAYS[(g.wd ?? g.wds ?? g.wd2)!.toLowerCase()];
      const part = g.part1 ?? g.part2 ?? g.part3;
      return absolute(`XXXX-WXX-${wd}${part ? `T${PARTS_OF_DAY[part.toLowerCase()]}` : ''}`, 'SET');
    },
  },
  {
    id: 'date/day-part',
    reason: 'A day with a part of it is a TIME: "Thursday afternoon", "this evening", "last night", "tonight".',
    examples: ['Thursday afternoon', 'this evening', 'last night', 'tonight', 'yesterday morning', 'Saturday morning', 'mid-afternoon yesterday', 'by mid afternoon'],
    needs: [PART_NEEDS],
    pattern: rx(
      `\\b(?:(?:(?<pre>later|earlier|early|late)${SP})?(?:(?<day>today|yesterday|tomorrow|this|last|${WEEKDAY})${SP}(?<part>${PART_OF_DAY})|(?<tonight>tonight|overnight))` +
        `|(?<pre2>early|mid|late)[\\s-]?(?<part2>morning|afternoon|evening)(?:${SP}(?<day2>today|yesterday|tomorrow|${WEEKDAY}))?)(?!\\w)`,
    ),
    normalize(g, env) {
      if (g.tonight) return relative(env, (ref) => `${fmtDay(ref)}TNI`, 'XXXX-XX-XXTNI', 'TIME');
      const code = PARTS_OF_DAY[(g.part ?? g.part2)!.toLowerCase()];
      // "mid-afternoon yesterday", "by mid afternoon": a part of the day named, or of the reference day.
      const day = (g.day ?? g.day2 ?? 'today').toLowerCase();
      const pre = (g.pre ?? g.pre2)?.toLowerCase();
      const mod = pre === 'early' ? 'START' : pre === 'late' ? 'END' : pre === 'mid' ? 'MID' : null;
      if (day in WEEKDAYS) {
        const wd = WEEKDAYS[day];
        return withMod(relative(env, (ref) => `${fmtDay(dayForWeekday(ref, wd, dateTense(env)))}T${code}`, `XXXX-WXX-${wd}T${code}`, 'TIME', ['year', 'month', 'day']), mod);
      }
      if (day === 'last' && code !== 'NI' && code !== 'EV') return null; // "last morning" is not said
      const shift = day === 'yesterday' || day === 'last' ? -1 : day === 'tomorrow' ? 1 : 0;
      return withMod(relative(env, (ref) => `${fmtDay(addDays(ref, shift))}T${code}`, `XXXX-XX-XXT${code}`, 'TIME'), mod);
    },
  },
  {
    id: 'date/weekday',
    reason: 'A weekday resolves to the nearest such day: back for past tense ("said Thursday"), forward for future ("will meet Friday").',
    examples: ['Thursday', 'last Friday', 'next Monday', 'this coming Sunday', 'the previous Friday'],
    needs: [WEEKDAY_NEEDS],
    pattern: rx(`\\b(?:(?<rel>${RELATIVE}|the${SP}previous|the${SP}following)${SP})?(?<wd>${WEEKDAY})(?!\\w)`),
    normalize(g, env) {
      if (!isCapitalized(g.wd!)) return null;
      if (/^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Age|Independent|Star|Sport|People|Night\s+Live)\b/.test(env.text.slice(env.end, env.end + 20))) return null; // "The Sunday Times"
      const wd = WEEKDAYS[g.wd!.toLowerCase()];
      const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ');
      const focus = rel === 'the previous' || rel === 'the following' ? env.dayBefore(env.start) : null;
      if (focus) {
        // "up 2% from the previous Friday": before (after) the day the text speaks of.
        const d = dayForWeekday(focus, wd, 'none', rel === 'the previous' ? 'last' : 'next');
        return { type: 'DATE', value: fmtDay(d), mod: null, anchor: 'text', inferred: [] };
      }
      return relative(env, (ref) => fmtDay(dayForWeekday(ref, wd, dateTense(env), rel)), `XXXX-WXX-${wd}`, 'DATE', ['year', 'month', 'day']);
    },
  },
  {
    id: 'date/today-nowadays',
    reason: '"today" meaning nowadays is PRESENT_REF (docs/annotation.md): in a comparison with the past ("Today, we are more united than ever", "as critical today as it was"), or before a generic noun ("today\'s world", "the youth of today"); "tomorrow" so used is FUTURE_REF.',
    examples: ['Today, we are more united than ever.', 'It is as critical today as it was in 1949.', "in today's world", 'the leaders of tomorrow'],
    needs: [['today', 'tomorrow']],
    pattern: rx(`\\b(?<w>today|tomorrow)(?![\\w-])`),
    normalize(g, env) {
      const w = g.w!.toLowerCase();
      const value = w === 'today' ? 'PRESENT_REF' : 'FUTURE_REF';
      const ref = (): Reading => ({ type: 'DATE', value, mod: null, anchor: null, inferred: [] });
      const after = env.text.slice(env.end, env.end + 30);
      const possessive = /^['’]s\s+(?<noun>[a-z]+)/i.exec(after);
      if (possessive && GENERIC_AFTER_TODAY.has(possessive.groups!.noun.toLowerCase())) return ref();
      if (/^(?:of|for)$/.test(prevWord(env)) && GENERIC_BEFORE_OF_TODAY.has(prevWord(env, env.start - prevWord(env).length - 1))) return ref();
      if (w !== 'today') return null;
      if (thanEver(env.text)) return ref();
      if (/\bas$/i.test(env.text.slice(Math.max(0, env.start - 40), env.start).replace(/\s+\S+\s*$/, '')) && /\bas\b/i.test(env.text.slice(env.end))) return ref(); // "as critical today … as"
      return null;
    },
  },
  {
    id: 'date/that-day',
    reason: '"that day", "earlier that day", "the next morning", "the following day": a day counted from the last day the text spoke of (nothing when it named none).',
    examples: ['He was shot on Oct. 23, 1998. Earlier that day, the family sent a fax.', 'They met on Friday. The next morning, talks resumed.', 'On Monday he flew to Kyiv; that same day the talks opened.'],
    needs: [['day', ...PART_NEEDS]],
    pattern: rx(`\\b(?:(?<pre>earlier|later)${SP})?(?:(?<that>that(?:${SP}same)?|the${SP}same)|the${SP}(?<dir>next|following|previous|preceding))${SP}(?<unit>day|morning|afternoon|evening|night)(?![\\w-])(?!${SP}(?:of|before|after)\\b)`),
    normalize(g, env) {
      const focus = env.dayBefore(env.start);
      if (!focus) return null;
      const dir = g.dir?.toLowerCase();
      const day = addDays(focus, dir === 'next' || dir === 'following' ? 1 : dir === 'previous' || dir === 'preceding' ? -1 : 0);
      const unit = g.unit!.toLowerCase();
      const part = unit === 'day' ? null : PARTS_OF_DAY[unit];
      return { type: part ? 'TIME' : 'DATE', value: `${fmtDay(day)}${part ? `T${part}` : ''}`, mod: null, anchor: 'text', inferred: [] };
    },
  },
  {
    id: 'date/relative-day',
    reason: 'Days named relative to the reference date.',
    examples: ['today', 'yesterday', 'tomorrow', 'the day before yesterday'],
    needs: [['today', 'yesterday', 'tomorrow']],
    pattern: rx(`\\b(?:the${SP}day${SP}(?<ba>before|after)${SP})?(?<w>today|yesterday|tomorrow)(?![\\w-])`),
    normalize(g, env) {
      const w = g.w!.toLowerCase();
      // "USA Today", "VOA Today": a capitalized "Today" right after a name is part of it.
      if (isCapitalized(g.w!) && !g.ba && /\b[A-Z][\w&.]*\s+$/.test(env.text.slice(Math.max(0, env.start - 20), env.start)) && !markBeforeLastWord(env.text, env.start, '.!?:"“')) return null;
      let shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      if (g.ba) {
        if (w === 'today') return null;
        shift += g.ba.toLowerCase() === 'before' ? -1 : 1;
      }
      return relative(env, (ref) => fmtDay(addDays(ref, shift)), 'XXXX-XX-XX');
    },
  },
  {
    id: 'date/relative-unit',
    reason: 'A calendar unit named relative to the reference date: "last week" → ISO week, "next month", "earlier this year".',
    examples: ['last week', 'this week', 'Earlier this week', 'next month', 'last year', 'earlier this month', 'this weekend', 'early next year', 'the following year', 'late last week'],
    needs: [['week', 'month', 'year', 'quarter', 'decade', 'century']],
    pattern: rx(
      `\\b(?:(?<pre>earlier|later|early|late)${SP})?(?<rel>this|last|next|this${SP}past|this${SP}coming|the${SP}coming|the${SP}next|the${SP}following|the${SP}previous|the${SP}current|the${SP}same|that)${SP}(?<unit>week|month|year|quarter|decade|century|weekend)(?![\\w-])`,
    ),
    normalize(g, env) {
      const rel = g.rel!.toLowerCase().replace(/\s+/g, ' ');
      const unit = g.unit!.toLowerCase();
      const pre = g.pre?.toLowerCase();
      const mod = pre === 'early' ? 'START' : pre === 'late' ? 'END' : null;
      const shift: Record<string, number> = {
        'this': 0, 'this past': -1, 'this coming': 1, 'last': -1, 'next': 1, 'the coming': 1, 'the next': 1,
        'the following': 1, 'the previous': -1, 'the current': 0, 'the same': 0, 'that': 0,
      };
      const n = shift[rel] ?? 0;
      if (env.start > 0 && isCapitalized(g.rel!) && isCapitalized(g.unit!) && !endsWithMark(env.text, env.start, '.!?:')) return null; // "ABC's This Week"
      if (rel === 'that' || rel === 'the following' || rel === 'the previous' || rel === 'the same') {
        // "that year", "the following month": relative to the time the text speaks of.
        const focus = textFocus(env);
        if (unit === 'year' && focus) return withMod({ type: 'DATE', value: pad4(focus.y + n), mod: null, anchor: 'text', inferred: [] }, mod);
        if (unit === 'month' && focus?.m) {
          const t = focus.y * 12 + focus.m - 1 + n;
          return withMod({ type: 'DATE', value: fmtMonth(Math.floor(t / 12), (t % 12) + 1), mod: null, anchor: 'text', inferred: [] }, mod);
        }
      }
      if (rel === 'that' || rel === 'the same') return null;
      // "against a profit of $7 million last year", "from last year's $2.4 billion": in a
      // report on a quarter, the figure compared is the year-ago quarter's (as for "a year ago").
      if (rel === 'last' && unit === 'year' && !pre && env.focusQuarter && comparedFigure(env)) {
        return { type: 'DATE', value: `${pad4(env.focusQuarter.y - 1)}-Q${env.focusQuarter.q}`, mod: null, anchor: 'text', inferred: [] };
      }
      return withMod(relative(env, (ref) => shiftedValue(ref, unit, n), unresolvedValue(unit)), mod);
    },
  },
  {
    id: 'date/earlier-in-the',
    reason: '"earlier in the year", "later in the month", "later in the day": the unit of the reference date.',
    examples: ['earlier in the year', 'later in the month', 'later in the day'],
    needs: [['earlier', 'later'], ['year', 'month', 'week', 'day']],
    pattern: rx(`\\b(?<pre>earlier|later)${SP}in${SP}the${SP}(?<unit>year|month|week|day)(?!\\w)`),
    normalize(g, env) {
      const unit = g.unit!.toLowerCase();
      return relative(env, (ref) => shiftedValue(ref, unit, 0), unresolvedValue(unit));
    },
  },
  {
    id: 'date/boundary-unit',
    reason: '"the end of the year", "the beginning of the month": the current unit with a START/MID/END mod.',
    examples: ['the end of the year', 'the beginning of the month', 'end of the week'],
    needs: [['year', 'month', 'week', 'decade', 'century']],
    pattern: rx(`\\b(?:the${SP})?(?:very${SP})?(?<b>end|beginning|start|middle|close|turn)${SP}of${SP}the${SP}(?<unit>year|month|week|decade|century)(?!\\w)`),
    normalize(g, env) {
      const unit = g.unit!.toLowerCase();
      const mod = BOUNDARY_MODS[g.b!.toLowerCase()];
      return withMod(relative(env, (ref) => shiftedValue(ref, unit, 0), unresolvedValue(unit)), mod);
    },
  },
  {
    id: 'date/year-end',
    reason: '"year-end", "year end", "year\'s end": the last day of the reference year (of the year before after "since" or in the past tense).',
    examples: ['year-end', 'year end', "by year's end"],
    needs: [['year'], ['end']],
    pattern: rx(`\\byear(?:[\\s-]|['’]s${SP})end(?![\\w-])`),
    normalize(_g, env) {
      const pw = prevWord(env);
      const back = pw === 'since' || (pw !== 'by' && pw !== 'until' && env.tense() === 'past' && pw !== 'at');
      return relative(env, (ref) => `${pad4(ref.y - (back ? 1 : 0))}-12-31`, 'XXXX-12-31');
    },
  },
  {
    id: 'date/fiscal-year',
    reason: '"fiscal 1989", "fiscal year 2024", "FY2024": the fiscal year by its number.',
    examples: ['fiscal 1989', 'fiscal year 2024', 'FY2024', 'FY 2023'],
    needs: [[DIGIT], ['fiscal', 'fy']],
    pattern: rx(`\\b(?:fiscal(?:${SP}year)?${SP}|FY\\s?)(?<y>${YEAR})`),
    normalize(g) {
      return absolute(g.y!);
    },
  },
  {
    id: 'date/fiscal-year-relative',
    reason: '"the current fiscal year", "the fiscal year", "last fiscal year": the year of the reference date.',
    examples: ['the current fiscal year', 'the fiscal year', 'last fiscal year', 'the latest fiscal year'],
    needs: [['fiscal']],
    pattern: rx(`\\b(?:the${SP}(?:(?<rel1>current|latest|last|next|previous|coming|same|new)${SP})?|(?<rel2>this|last|next)${SP})fiscal${SP}year(?![\\w-]|\\s+\\d)`),
    normalize(g, env) {
      const rel = (g.rel1 ?? g.rel2 ?? '').toLowerCase();
      const n = rel === 'last' || rel === 'previous' || rel === 'latest' ? -1 : rel === 'next' || rel === 'coming' || rel === 'new' ? 1 : 0;
      return relative(env, (ref) => pad4(ref.y + n), 'XXXX');
    },
  },
  {
    id: 'date/decade',
    reason: 'Decades: "the 1950s" → 195X, "the \'90s", "the nineties", "the late 1980s" (mod END).',
    examples: ['the 1950s', "the '90s", 'the nineties', 'the late 1980s', 'the mid-1990s', '1990s'],
    needs: [[DIGIT, ...DECADE_NEEDS]],
    pattern: rx(
      `\\b(?:(?<the>the)${SP})?(?:(?<mod>early|mid|late)(?:${SP}|-))?(?:(?<dec4>(?:1[89]|20)\\d0)['’]?s|(?<dec2>['’][0-9]0)s|(?<dec2b>[2-9]0)s|(?<word>${DECADE_WORD}))(?!\\w)`,
    ),
    normalize(g) {
      let value: string;
      if (g.dec4) value = `${g.dec4.slice(0, 3)}X`;
      else if (g.dec2 || g.dec2b) {
        if (g.dec2b && !g.the) return null; // "in their 50s" is an age
        const d = Number((g.dec2 ?? g.dec2b)!.replace(/\D/g, ''));
        value = `${d <= 10 ? '20' : '19'}${String(d)[0] === '0' ? '0' : String(d)[0]}X`;
      } else {
        if (!g.the) return null;
        value = `19${DECADE_WORDS[g.word!.toLowerCase()]}X`;
      }
      return withMod(absolute(value), g.mod ? BOUNDARY_MODS[g.mod.toLowerCase()] : null);
    },
  },
  {
    id: 'date/century',
    reason: 'Centuries: "the 20th century" → 19 (TIMEX3 century values are the first two digits).',
    examples: ['the 20th century', 'the twenty-first century', 'the early 19th century', '11th century'],
    needs: [['century']],
    pattern: rx(`\\b(?:(?<the>the)${SP})?(?:(?<mod>early|mid|late)(?:${SP}|-))?(?<ord>${CENTURY_ORDINAL})[\\s-]+century(?!\\w)`),
    normalize(g) {
      const o = g.ord!.toLowerCase().replace(/\s+/g, ' ');
      const n = /^\d/.test(o) ? parseInt(o, 10) : ORDINALS[o];
      if (!n || n > 21) return null;
      return withMod(absolute(pad2(n - 1)), g.mod ? BOUNDARY_MODS[g.mod.toLowerCase()] : null);
    },
  },
  {
    id: 'date/season',
    reason: 'Seasons: "spring 2024" → 2024-SP, "last fall", "this summer", "the winter of 1994". "fall"/"spring" alone are too often not seasons.',
    examples: ['spring 2024', 'last fall', 'this summer', 'the winter of 1994', 'the early summer', 'summer of 2023', 'the winter of nineteen eighty-six'],
    needs: [SEASON_NEEDS],
    pattern: rx(`\\b(?:(?<the>the)${SP})?(?:(?<rel>${RELATIVE})${SP})?(?:(?<mod>early|mid|late)(?:${SP}|-))?(?<season>${SEASON})(?:${SP}(?:of${SP})?(?:(?<y>${YEAR})|(?<sy>${SPOKEN_YEAR})))?(?![\\w-])`),
    normalize(g, env) {
      const s = g.season!.toLowerCase();
      const code = SEASONS[s];
      const mod = g.mod ? BOUNDARY_MODS[g.mod.toLowerCase()] : null;
      const sy = g.sy ? spokenYear(g.sy) : null;
      if (g.y || sy) return withMod(absolute(`${g.y ?? pad4(sy!)}-${code}`), mod);
      if (!g.rel && !(g.the && (g.mod || (s !== 'fall' && s !== 'spring')))) return null;
      if (g.rel && /past|coming/i.test(g.rel) && !/this/i.test(g.rel)) return null; // "the past winter" → duration-ish; skip
      if (isCapitalized(g.season!) && !g.the && !g.rel && !g.mod) return null;
      return withMod(relative(env, (ref) => `${pad4(yearForSeason(ref, code, tenseOf(env), g.rel))}-${code}`, `XXXX-${code}`), mod);
    },
  },
  {
    id: 'date/quarter',
    reason: 'Quarters by ordinal: "the first quarter of 2024" → 2024-Q1, "third-quarter", "this year\'s third quarter".',
    examples: ['the first quarter of 2024', 'third-quarter', 'the fourth quarter', 'the fiscal first quarter', "this year's third quarter", "next year's first quarter", 'the year-ago third quarter'],
    needs: [['quarter']],
    pattern: rx(
      `\\b(?:(?<the>the)${SP}(?!(?:fiscal[\\s-]+)?${QUARTER_ORDINAL}-quarter))?(?:(?<ry>this|last|next)${SP}year['’]s${SP}|(?<ago>year-ago|year-earlier)${SP})?(?:(?<fiscal>fiscal)[\\s-]+)?(?<q>${QUARTER_ORDINAL})[\\s-]+(?:fiscal${SP})?quarter(?:${SP}of${SP}(?:(?:fiscal${SP})?(?<y>${YEAR})|(?<ofrel>this|last|next|the)${SP}(?:fiscal${SP})?year))?(?![\\w-])`,
    ),
    normalize(g, env) {
      const qWord = g.q!.toLowerCase();
      const q = ORDINALS[qWord];
      if (!q || q > 4) return null;
      if ((qWord === 'last' || qWord === 'final') && !g.y && !g.ofrel && !g.ry) return null; // "the last quarter": relative rule
      const ended = /^\s+(?:ended|ending)\b/i.test(env.text.slice(env.end, env.end + 10));
      if (g.y) return { ...absolute(`${g.y}-Q${q}`), setsFocus: ended };
      const relWord = (g.ry ?? g.ofrel)?.toLowerCase();
      let shift = relWord === 'last' ? -1 : relWord === 'next' ? 1 : 0;
      if (g.ago) shift -= 1;
      const tense = !relWord ? tenseOf(env) : 'none';
      return relative(
        env,
        (ref) => {
          let y = ref.y + shift;
          if (!relWord && !g.ago && tense === 'past' && q > quarterOf(ref.m)) y -= 1;
          return `${pad4(y)}-Q${q}`;
        },
        `XXXX-Q${q}`,
        'DATE',
        relWord ? [] : ['year'],
        ended || tense === 'past', // "reported fourth-quarter earnings": the results of a quarter that is over
      );
    },
  },
  {
    id: 'date/quarter-code',
    reason: 'Quarter codes: "Q1 2024", "Q3".',
    examples: ['Q1 2024', 'Q3', '4Q 2023'],
    needs: [['q'], [DIGIT]],
    pattern: rx(`\\b(?:Q(?<qa>[1-4])|(?<qb>[1-4])Q)(?:\\s*(?<y>${YEAR}))?(?!\\w)`),
    normalize(g, env) {
      const q = Number(g.qa ?? g.qb);
      if (g.y) return absolute(`${g.y}-Q${q}`);
      return relative(env, (ref) => `${pad4(ref.y)}-Q${q}`, `XXXX-Q${q}`, 'DATE', ['year']);
    },
  },
  {
    id: 'date/quarter-relative',
    reason: '"the quarter", "the latest quarter", "last quarter", "the year-ago quarter", "the quarter a year ago": the quarter the text speaks of.',
    examples: ['the quarter', 'the latest quarter', 'the year-ago quarter', 'the year-earlier period', 'that quarter', 'the quarter a year ago', 'the comparable year-ago quarter', 'the corresponding period last year', "last year's quarter"],
    needs: [['quarter', 'period']],
    pattern: rx(
      `\\b(?:(?<the>the|that)${SP}(?:(?:comparable|corresponding)${SP}(?=year-))?(?:(?<rel1>latest|current|same|comparable|corresponding|previous|recent|just-ended|year-ago|year-earlier)${SP})?(?<what>quarter|period)(?<yago>${SP}(?:(?:a|one)${SP}year${SP}(?:ago|earlier)|last${SP}year))?|(?:the${SP})?(?<rel2>year-ago|year-earlier)${SP}(?<what2>quarter|period)|(?<lyq>last|this)${SP}year['’]s${SP}(?<what3>quarter|period))(?![\\w-])`,
    ),
    normalize(g, env) {
      // "the same period last year", "last year's quarter": the year-ago quarter; "this year's quarter": the one spoken of.
      const rel = g.yago || g.lyq?.toLowerCase() === 'last' ? 'year-ago' : g.lyq ? 'same' : (g.rel1 ?? g.rel2 ?? '').toLowerCase();
      const what = (g.what ?? g.what2 ?? g.what3 ?? 'quarter').toLowerCase();
      if (what === 'period' && !rel) return null; // "the period" alone is too vague
      if (/^\s+of\s+(?!(?:fiscal\s+)?\d{4})/i.test(env.text.slice(env.end, env.end + 12))) return null; // "the quarter of the vote"
      if (g.what && isCapitalized(g.what) && env.start > 0) return null; // "the French Quarter"
      const back = rel === 'year-ago' || rel === 'year-earlier' || rel === 'comparable' || rel === 'corresponding' ? -4 : rel === 'previous' || rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      // "the quarter ended Sept. 30": the quarter of that month.
      const ended = new RegExp(`^\\s+(?:ended|ending)\\s+(?<month>${MONTH})`, 'i').exec(env.text.slice(env.end, env.end + 25));
      if (ended && back === 0 && what === 'quarter' && !env.focusQuarter) {
        // The quarter is the three months up to that month; its middle month names it (a fiscal
        // quarter ended July 31 is mostly the second calendar quarter).
        const m = monthNumber(ended.groups!.month)!;
        const mid = m === 1 ? 12 : m - 1;
        return relative(env, (ref) => `${pad4(yearForMonth(ref, m, 'past') - (m === 1 ? 1 : 0))}-Q${quarterOf(mid)}`, `XXXX-Q${quarterOf(mid)}`, 'DATE', [], true);
      }
      if (rel !== 'this' && rel !== 'last' && rel !== 'next' && env.focusQuarter) {
        const t = env.focusQuarter.y * 4 + env.focusQuarter.q - 1 + back;
        return { type: 'DATE', value: `${pad4(Math.floor(t / 4))}-Q${(t % 4) + 1}`, mod: null, anchor: 'text', inferred: [], setsFocus: back === 0 };
      }
      if (rel === 'same') return null;
      return relative(
        env,
        (ref) => {
          // Without a quarter in the text, "the quarter" in a report is the one just ended.
          const current = ref.y * 4 + quarterOf(ref.m) - 1;
          const base = rel === 'this' || rel === 'last' || rel === 'next' || rel === 'current' ? current : current - 1;
          const t = base + back;
          return `${pad4(Math.floor(t / 4))}-Q${(t % 4) + 1}`;
        },
        'XXXX-QX',
        'DATE',
        [],
        back === 0,
      );
    },
  },
  {
    id: 'date/half',
    reason: 'Halves of a year: "the first half of 2024" → 2024-H1, "the second half", "H1 2024".',
    examples: ['the first half of 2024', 'the second half of the year', 'H1 2024', 'the last half of 1989'],
    needs: [['half', DIGIT]],
    pattern: rx(`\\b(?:(?<the>the)${SP}(?<h>first|second|last|latter|1st|2nd)${SP}half(?:${SP}of${SP}(?:(?<y>${YEAR})|(?<ofrel>this|last|next|the)${SP}year))?|H(?<hn>[12])${SP}(?<y2>${YEAR}))(?![\\w-])`),
    normalize(g, env) {
      const h = g.hn ? Number(g.hn) : /first|1st/i.test(g.h!) ? 1 : 2;
      const y = g.y ?? g.y2;
      if (y) return absolute(`${y}-H${h}`);
      if (/^\s+of\b/i.test(env.text.slice(env.end, env.end + 5))) return null; // "the first half of the match"
      const rel = g.ofrel?.toLowerCase();
      const shift = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      return relative(env, (ref) => `${pad4(ref.y + shift)}-H${h}`, `XXXX-H${h}`, 'DATE', rel ? [] : ['year']);
    },
  },
  {
    id: 'date/year-ago-adjective',
    reason: '"year-ago", "year-earlier" as adjectives: the year before (the quarter the text speaks of, in earnings reports).',
    examples: ['year-ago', 'year-earlier', 'the year-earlier nine months'],
    needs: [['year-']],
    pattern: rx(`\\b(?:(?<the>the)${SP})?(?<adj>year-ago|year-earlier)(?:${SP}(?<nm>nine|six|three)${SP}months)?(?![\\w-])`),
    normalize(g, env) {
      if (g.nm) return absolute(`P${parseNumber(g.nm)}M`, 'DURATION');
      if (g.the) return null; // "the year-ago results": the adjective alone is the expression
      if (env.focusQuarter) {
        return { type: 'DATE', value: `${pad4(env.focusQuarter.y - 1)}-Q${env.focusQuarter.q}`, mod: null, anchor: 'text', inferred: [] };
      }
      return relative(env, (ref) => pad4(ref.y - 1), 'XXXX');
    },
  },
  {
    id: 'date/weekend',
    reason: '"the weekend" is the nearest weekend, back for the past tense ("said over the weekend"), ahead for the future.',
    examples: ['the weekend', 'over the weekend'],
    needs: [['weekend']],
    pattern: rx(`\\bthe${SP}weekend(?![\\w-])`),
    normalize(_g, env) {
      const future = env.tense() === 'future';
      return relative(
        env,
        (ref) => {
          const wd = isoWeekday(ref);
          // The Saturday of the weekend meant: the last one on or before the reference, or the next one.
          const saturday = wd >= 6 ? addDays(ref, 6 - wd) : addDays(ref, future ? 6 - wd : -(wd + 1));
          return `${fmtWeek(saturday)}-WE`;
        },
        'XXXX-WXX-WE',
      );
    },
  },
  {
    id: 'date/the-year',
    reason: '"for the year", "the full year": the year of the reference date; "the year ended June 30" is a one-year duration.',
    examples: ['for the year', 'the full year', 'the year ended Sept. 30'],
    needs: [['year']],
    pattern: rx(`\\bthe${SP}(?:(?<full>full|calendar|entire|whole)${SP})?year(?![\\w’'-])`),
    normalize(g, env) {
      const after = env.text.slice(env.end, env.end + 20);
      if (/^\s+(?:ended|ending|to\s+date)\b/i.test(after)) return { type: 'DURATION', value: 'P1Y', mod: null, anchor: null, inferred: [], amount: { n: 1, unit: 'year', half: false } };
      if (/^\s+(?:before|after|earlier|later|ago|in\s+which|when|that|of|to|since|in\s+review)\b|^\s+\d/i.test(after)) return null;
      if (/[A-Z]/.test(env.text[env.end - 4])) return null; // "Person of the Year"
      const pw = prevWord(env);
      if (!g.full && !['for', 'during', 'through', 'throughout', 'of', 'in'].includes(pw)) return null;
      return relative(env, (ref) => pad4(ref.y), 'XXXX');
    },
  },
  {
    id: 'date/quarter-year',
    reason: '"the 1988 second quarter", "the 1988 quarter", "the 1989 period": a quarter of a stated year (the quarter the text speaks of when unnamed).',
    examples: ['the 1988 second quarter', 'the 1988 quarter', 'the 1989 period'],
    needs: [[DIGIT], ['quarter', 'period']],
    pattern: rx(`\\bthe${SP}(?<y>${YEAR})${SP}(?:(?<q>${QUARTER_ORDINAL})[\\s-]+)?(?<what>quarter|period)(?![\\w-])`),
    normalize(g, env) {
      const y = g.y!;
      if (g.q) {
        const q = ORDINALS[g.q.toLowerCase()];
        return q && q <= 4 ? absolute(`${y}-Q${q}`) : null;
      }
      if (env.focusQuarter) return { type: 'DATE', value: `${y}-Q${env.focusQuarter.q}`, mod: null, anchor: 'text', inferred: ['quarter'] };
      return g.what!.toLowerCase() === 'quarter' ? absolute(`${y}-QX`) : absolute(y);
    },
  },
  {
    id: 'date/duration-indefinite',
    reason: '"for a while", "for some time", "a long time": durations of unknown length (PXX).',
    examples: ['for a while', 'for some time', 'for a long time'],
    needs: [['while', 'time']],
    pattern: rx(`\\b(?:a${SP}(?:long${SP}|short${SP}|little${SP})?while|some${SP}time|a${SP}long${SP}time)(?![\\w-])`),
    normalize(_g, env) {
      const pw = prevWord(env);
      const ago = /^\s+ago\b/i.test(env.text.slice(env.end, env.end + 6));
      if (!ago && !['for', 'in', 'after', 'within', 'over', 'took', 'take', 'takes', 'lasted', 'spent'].includes(pw)) return null;
      return { type: 'DURATION', value: 'PXX', mod: null, anchor: null, inferred: [], amount: { n: null, unit: 'xx', half: false } };
    },
  },
  {
    id: 'date/year',
    reason: 'A four-digit year 1800–2099 in year context: after in/since/by/until/of/from/before/after, before punctuation, "2024-25"; not counts ("2024 people", "1,000 troops").',
    examples: ['in 1990', 'since 2014', 'the year 2000', 'in 2024-25', 'by 2030.', 'the 2023-2024 season', 'a 1996 law'],
    needs: [[DIGIT]],
    pattern: rx(`(?<![\\w$£€.,])(?:(?<theyear>the${SP}year)${SP})?(?<y>${YEAR})(?!['’]?s\\b)`),
    normalize(g, env) {
      if (!g.theyear && !yearContextOk(env)) return null;
      return absolute(g.y!);
    },
  },
  {
    id: 'date/spoken-year',
    reason: 'Years in words, as transcripts write them: "nineteen ninety-six", "the year two thousand".',
    examples: ['nineteen ninety-six', 'the year two thousand', 'nineteen seventy-nine'],
    needs: [['nineteen', 'eighteen', 'thousand']],
    pattern: rx(
      `\\b(?:(?<theyear>the${SP}year)${SP})?(?:(?<c>nineteen|eighteen)[\\s-]+(?<rest>${NUMBER_WORD.replace('(?:\\s+(?:hundred|thousand))?', '')})|(?<tt>two${SP}thousand)(?:(?:${SP}and)?${SP}(?<rest2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)(?![\\w-])`,
    ),
    normalize(g, env) {
      if (g.tt) {
        const pw = prevWord(env);
        if (!g.theyear && !['in', 'since', 'by', 'until', 'of', 'from'].includes(pw)) return null;
        if (looksPlural(nextWord(env))) return null;
        return absolute(pad4(2000 + (g.rest2 ? parseNumber(g.rest2)! : 0)));
      }
      const y = spokenYear(`${g.c} ${g.rest}`);
      return y === null ? null : absolute(pad4(y));
    },
  },
  {
    id: 'date/holiday',
    reason: 'Holidays with a known date: "Christmas", "New Year\'s Day", "Thanksgiving Day", "Election Day".',
    examples: ['Christmas', "New Year's Day", 'Thanksgiving Day', 'Election Day', 'Christmas Eve 2023'],
    needs: [HOLIDAY_NEEDS],
    pattern: rx(`\\b(?:(?<rel>last|next|this)${SP})?(?<h>${HOLIDAY})(?:${SP}(?<y>${YEAR}))?(?![\\w’'])`),
    normalize(g, env) {
      if (!isCapitalized(g.h!)) return null;
      const hd = HOLIDAYS[g.h!.toLowerCase().replace(/\s+/g, ' ')];
      if (!hd) return null;
      const dayIn = (y: number): string => {
        if (hd.rule === 'thanksgiving') return fmtDay(nthWeekdayOfMonth(y, 11, 4, 4));
        if (hd.rule === 'election') return fmtDay(addDays(nthWeekdayOfMonth(y, 11, 1, 1), 1));
        return fmtDay({ y, m: hd.month, d: hd.day! });
      };
      if (g.y) return absolute(dayIn(Number(g.y)));
      const approxDay = hd.day ?? (hd.rule === 'thanksgiving' ? 25 : 5);
      const rel = g.rel?.toLowerCase();
      const tense = rel === 'last' ? 'past' : rel === 'next' ? 'future' : tenseOf(env);
      return relative(env, (ref) => dayIn(yearForMonthDay(ref, hd.month, approxDay, tense, STRICT)), hd.day ? `XXXX-${pad2(hd.month)}-${pad2(hd.day)}` : 'XXXX-XX-XX', 'DATE', ['year']);
    },
  },
  {
    id: 'date/clock',
    reason: 'Clock times: "12:27", "3 p.m.", "10:30 a.m. EST"; the day comes from a date next to it, on the same line, or the reference date.',
    examples: ['12:27', '3 p.m.', '10:30 a.m. EST', '9 pm', 'at 5 in the morning', "at 6 o'clock in the evening"],
    needs: [[DIGIT]],
    pattern: rx(
      `(?<![\\w:.,])(?<h>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d)(?::(?<s>[0-5]\\d))?)?(?:\\s*(?<ampm>${AMPM})|(?:${SP}o['’]clock)?${SP}in${SP}the${SP}(?<part>morning|afternoon|evening|night))?(?!\\d|:\\d|[.,]\\d)(?:${SP}(?<tz>${TIME_ZONE})(?!\\w))?`,
    ),
    normalize(g) {
      if (!g.mi && !g.ampm && !g.part) return null;
      let h = Number(g.h);
      if (g.part) {
        // "5 in the morning", "9 in the evening": the part of the day says a.m. or p.m.
        const part = g.part.toLowerCase();
        if (h < 1 || h > 12) return null;
        if (part !== 'morning' && h < 12 && !(part === 'night' && h < 5)) h += 12;
        if (part === 'morning' && h === 12) h = 0;
      }
      if (g.ampm) {
        if (h < 1 || h > 12) return null;
        const pm = g.ampm.toLowerCase().startsWith('p');
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
      }
      const value = `T${pad2(h)}:${g.mi ?? '00'}${g.s ? `:${g.s}` : ''}`;
      return { type: 'TIME', value, mod: null, anchor: null, inferred: [], timeOnly: true };
    },
  },
  {
    id: 'date/noon',
    reason: '"noon", "midnight", "midday": clock times without digits.',
    examples: ['noon', 'midnight', 'midday'],
    needs: [['noon', 'midnight', 'midday']],
    pattern: rx(`\\b(?<w>noon|midnight|midday)(?![\\w-])`),
    normalize(g, env) {
      const w = g.w!.toLowerCase();
      if (w === 'noon' && prevWord(env) === 'high') return null; // "High Noon", "high noon comes today": an idiom
      return { type: 'TIME', value: w === 'midnight' ? 'T24:00' : 'T12:00', mod: null, anchor: null, inferred: [], timeOnly: true };
    },
  },
  {
    id: 'date/set-rate',
    reason: '"a year"/"a day" after an amount is a rate, a SET: "$5 billion a year", "twice a week", "100 times a day".',
    examples: ['twice a week', '$5 billion a year', 'three times a day'],
    needs: [['year', 'month', 'week', 'day', 'hour', 'quarter']],
    pattern: rx(`\\b(?:a|an|per)${SP}(?<unit>year|month|week|day|hour|quarter)(?![\\w-])`),
    normalize(g, env) {
      // The amount before it is checked here, not in a lookbehind (a lookbehind with \s+ rescans long blank runs).
      if (!RATE_BEFORE.test(env.text.slice(Math.max(0, env.start - 24), env.start))) return null;
      if (/^\s+(?:ago|earlier|later|before|after|from)\b/i.test(env.text.slice(env.end, env.end + 8))) return null; // "$5 million a year ago"
      return absolute(durationValue(1, g.unit!), 'SET');
    },
  },
  {
    id: 'date/this-moment',
    reason: '"this moment", "this crucial moment", "this point in time": the present (PRESENT_REF).',
    examples: ['at this crucial moment', 'at this moment', 'at this point in time'],
    needs: [['this'], ['moment', 'point']],
    pattern: rx(`\\bthis${SP}(?:(?<adj>crucial|critical|difficult|historic|important|decisive|very|particular|present)${SP})?(?:moment|point${SP}in${SP}time)(?![\\w-])`),
    normalize() {
      return { type: 'DATE', value: 'PRESENT_REF', mod: null, anchor: null, inferred: [] };
    },
  },
  {
    id: 'date/one-day',
    reason: '"one day" as "some day in the future" is FUTURE_REF: "the country will one day join", "she hopes to one day return"; not "for one day", "one day later".',
    examples: ['The country will one day join the union.', 'He hopes to one day return.', 'They may one day meet.'],
    needs: [['one'], ['day']],
    pattern: rx(`\\bone${SP}day(?![\\w-])`),
    normalize(_g, env) {
      const pw = prevWord(env);
      if (!['will', "'ll", 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'to', 'shall'].includes(pw)) return null;
      const pos = env.posAfter(env.end);
      if (pos !== 'VERB' && pos !== 'AUX' && !(pw === 'to' && (pos === 'NOUN' || pos === 'ADV'))) return null; // "to one day return" ("return" may be tagged a noun)
      return { type: 'DATE', value: 'FUTURE_REF', mod: null, anchor: null, inferred: [] };
    },
  },
  {
    id: 'date/duration',
    reason: 'An amount of a unit: "two days" P2D, "24 hours" PT24H, "three decades" P30Y, "the past two months", "10-year"; not "a second time", not "a quarter of".',
    examples: ['two days', 'three decades', 'six months', '24 hours', 'the past two months', 'the first nine months', '10-year', 'several days', 'a year and a half', 'the past week', 'half an hour', 'a day-long meeting'],
    needs: [UNIT_NEEDS],
    pattern: rx(
      `\\b(?:(?<the>the)${SP}(?![\\w.]+-(?:${UNIT_SINGULAR}|long|old)\\b))?(?:(?<dir>first|last|past|next|previous|latest|coming|following|final|remaining|preceding|ensuing|initial|additional|further|subsequent)${SP})?(?:(?<num>${NUMBER})(?<sep>[\\s-]+)|(?<halfnum>half${SP}an?)${SP})?(?:(?<extra>more|additional|extra|straight|consecutive|trading|business|working|calendar|full)${SP})?(?<unit>${UNIT})(?<half>${SP}and${SP}a${SP}half)?(?:-(?<adj>old|long))?(?![\\w-])`,
    ),
    normalize(g, env) {
      const unit = unitOf(g.unit!);
      const plural = /s$/i.test(g.unit!) && unit !== 'century' || /centuries/i.test(g.unit!);
      const dir = g.dir?.toLowerCase();
      const rest = env.text.slice(env.end, env.end + 12);
      if (g.adj?.toLowerCase() === 'old' || /^\s+old\b/i.test(rest)) return null; // an age, not a time
      if (unit === 'second' && /^[\s-]+(?:quarter|half)\b/i.test(rest)) return null; // "the 1988 second quarter"
      if (/^\d/.test(g.num ?? '') && /^[A-Z][a-z]/.test(g.unit!) && lastNonSpace(env.text, env.start) >= 0 && !endsWithMark(env.text, env.start, '.!?:"“')) return null; // "CBS's 60 Minutes", "48 Hours": a title
      if (!g.num && !g.halfnum && g.adj?.toLowerCase() === 'long' && !plural && !dir) {
        // "a day-long meeting", "a year-long war": one unit.
        return { type: 'DURATION', value: durationValue(1, unit), mod: null, anchor: null, inferred: [], amount: { n: 1, unit, half: false } };
      }
      if (!g.num && !g.halfnum) {
        // "the past week", "the last decade": one unit back; "last week" is a date (relative-unit).
        if (!dir || plural || g.extra) return null;
        if (dir === 'past' || ((dir === 'last' || dir === 'previous' || dir === 'preceding') && g.the)) {
          const half = Boolean(g.half);
          return { type: 'DURATION', value: durationValue(1, unit, half), mod: null, anchor: null, inferred: [], amount: { n: 1, unit, half } };
        }
        return null;
      }
      if (g.halfnum) return { type: 'DURATION', value: durationValue(0.5, unit), mod: null, anchor: null, inferred: [], amount: { n: 0.5, unit, half: false } };
      if (dir === 'last' && !g.the && (env.posAfter(env.start) === 'VERB' || VERB_BEFORE_LAST.has(prevWord(env)))) return null; // "will last six months": the verb
      const numText = g.num!.toLowerCase().replace(/\s+/g, ' ');
      const article = numText === 'a' || numText === 'an';
      if (article && plural) return null;
      if (/^(?:1[89]|20)\d\d$/.test(numText) && !plural) return null; // "the 1988 quarter": a year
      if (article && unit === 'second') return null; // "a second time"
      if (unit === 'quarter' && (article || /^\s+of\b/i.test(env.text.slice(env.end, env.end + 5)))) return null; // "a quarter of", "three quarters of"
      if (g.sep!.includes('-') && plural && !g.adj) return null;
      if (unit === 'second' && !/^\d/.test(numText) && numText !== 'one' && parseNumber(numText) === null) return null;
      const vague = /few|several|many|number|dozens|hundreds|thousands/.test(numText) && !/^a (?:dozen|hundred|thousand)$/.test(numText);
      const n = vague ? null : parseNumber(numText);
      if (!vague && n === null) return null;
      if (n !== null && !plural && n !== 1 && !g.sep!.includes('-') && !/^\d/.test(numText) && n < 1) return null;
      const half = Boolean(g.half);
      return { type: 'DURATION', value: durationValue(n, unit, half), mod: null, anchor: null, inferred: [], amount: { n, unit, half } };
    },
  },
  {
    id: 'date/duration-vague',
    reason: 'Unquantified spans of time: "for years" PXY, "decades"; "recent months" (PAST_REF), "the weeks ahead", "the coming years" (FUTURE_REF).',
    examples: ['decades', 'recent months', 'the weeks ahead', 'the coming years', 'for years', 'centuries', 'coming weeks', 'the years to come', 'in future quarters'],
    needs: [['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours', 'quarters']],
    pattern: rx(
      `\\b(?:(?<the>the)${SP}(?=(?:recent|coming|past|next|previous|following|ensuing|intervening|subsequent|last|early|first)\\s|\\w+${SP}(?:ahead|to${SP}come)\\b))?(?:(?<adj>recent|coming|future|past|next|previous|following|ensuing|intervening|subsequent|last|early|first)${SP})?(?<unit>years|months|weeks|days|decades|centuries|hours|quarters)(?:-(?<long>long|old)|${SP}(?<ahead>ahead|to${SP}come))?(?![\\w-])`,
    ),
    normalize(g, env) {
      const unit = unitOf(g.unit!);
      const adj = g.adj?.toLowerCase();
      const the = Boolean(g.the);
      const duration = (): Reading => ({ type: 'DURATION', value: durationValue(null, unit), mod: null, anchor: null, inferred: [], amount: { n: null, unit, half: false } });
      if (g.long) return g.long.toLowerCase() === 'long' && !adj ? duration() : null;
      if (/^\s+ago\b/i.test(env.text.slice(env.end, env.end + 6)) && !the && (!adj || adj === 'recent')) return duration();
      // Spans without a number that point ahead or back ("the weeks ahead", "the coming years",
      // "recent months") are vague references to the future or the past, as "current"/"recent" are
      // (docs/annotation.md); with "the past"/"the last" they stay durations ("over the past years").
      if (g.ahead || adj === 'coming' || adj === 'future') return { type: 'DATE', value: 'FUTURE_REF', mod: null, anchor: null, inferred: [] };
      if (adj === 'recent' || adj === 'past' || adj === 'last' || adj === 'previous') {
        if (adj === 'recent' || (adj === 'past' && !the)) return { type: 'DATE', value: 'PAST_REF', mod: null, anchor: null, inferred: [] };
        if (adj === 'last' && !the) return null;
        return duration();
      }
      if (adj === 'next' || adj === 'following' || adj === 'ensuing' || adj === 'subsequent' || adj === 'intervening') return the ? duration() : null;
      if (adj === 'early') return the && unit === 'year' ? duration() : null;
      if (adj === 'first') return the ? duration() : null;
      let pw = prevWord(env);
      if (pw === 'the') {
        // "over the years": the article stays out of the span (TimeBank), the preposition decides.
        const p2 = prevWord(env, env.text.lastIndexOf('the', env.start));
        return ['over', 'during', 'through', 'throughout', 'in'].includes(p2) && unit !== 'day' && unit !== 'hour' && !/^\s+(?:of|before|after)\b/i.test(env.text.slice(env.end, env.end + 8)) ? duration() : null;
      }
      if (pw === 'the') pw = '';
      if (unit === 'decade' || unit === 'century') return duration();
      if (['for', 'over', 'within', 'after', 'in', 'took', 'take', 'takes', 'lasted', 'last', 'lasting', 'spent', 'spend', 'waited'].includes(pw) && unit !== 'quarter') {
        if (unit === 'day' && pw === 'in') return null; // "in days gone by"
        if (/^\s+(?:of|before|after|later|earlier|ago)\b/i.test(env.text.slice(env.end, env.end + 10)) && pw !== 'for') return null;
        return duration();
      }
      return null;
    },
  },
  {
    id: 'date/set',
    reason: 'How often: "every year" / "annually" / "each year" → SET P1Y, "every week"/"weekly" P1W, "daily" P1D, "every two years" P2Y.',
    examples: ['every year', 'annually', 'each year', 'every week', 'weekly', 'daily', 'every two years', 'every other month'],
    needs: [[...UNIT_NEEDS, ...SET_ADVERB_NEEDS]],
    pattern: rx(`\\b(?:(?<q>every|each|per)${SP}(?:(?<num>other|${CARDINAL})${SP})?(?<unit>${UNIT})|(?<adv>${SET_ADVERB}))(?![\\w-])`),
    normalize(g, env) {
      if (g.adv) {
        if (isCapitalized(g.adv) && env.start > 0 && !endsWithMark(env.text, env.start, '.!?:"“')) return null; // "China Daily"
        const pos = env.posAfter(env.end);
        const adv = g.adv.toLowerCase();
        // As an adjective, a frequency of days and weeks is still a set ("his weekly radio address", "a
        // daily rally", "on a daily basis"); a figure's period is not ("average daily volume", "its
        // quarterly dividend", "annual sales").
        const adjective = pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'NUM';
        if (adjective && (pos === 'PROPN' || pos === 'NUM' || !FREQUENCY_ADJECTIVES.has(adv) || prevWord(env) === 'average')) return null;
        return absolute(SET_ADVERBS[adv], 'SET');
      }
      const unit = unitOf(g.unit!);
      const plural = /s$/i.test(g.unit!);
      let n = 1;
      if (g.num) n = g.num.toLowerCase() === 'other' ? 2 : parseNumber(g.num) ?? 1;
      if (plural !== n > 1 && g.num?.toLowerCase() !== 'other') return null;
      if (g.q!.toLowerCase() === 'each' && /^\s+of\b/i.test(env.text.slice(env.end, env.end + 5))) return null;
      const v = durationValue(n, unit);
      return absolute(v, 'SET');
    },
  },
  {
    id: 'date/ref-word',
    reason: 'Words for the present, the past and the future: "now", "currently", "recently", "the past", "the future", "the coming years".',
    examples: ['now', 'currently', 'current', 'recently', 'recent', 'the past', 'the future', 'the near future', 'soon', 'going forward', 'as soon as possible', 'the long term', 'at present'],
    needs: [REF_NEEDS],
    pattern: rx(`\\b(?:${words(Object.keys(REF_WORDS).filter((k) => k !== 'at present' && k !== 'one day'))}|(?<=\\bat\\s)present)(?![\\w-])`),
    normalize(_g, env) {
      const text = env.text.slice(env.start, env.end);
      const key = text.toLowerCase().replace(/\s+/g, ' ');
      const value = REF_WORDS[key === 'present' ? 'at present' : key];
      if (!value) return null;
      const after = env.text.slice(env.end, env.end + 20);
      const pw = prevWord(env);
      if (key === 'current' && /^\s+(?:account|affairs)\b|^-/i.test(after)) return null;
      if (key === 'current' && pw === 'then') return absolute('PAST_REF'); // "the then current market price"
      if (key === 'soon' && pw === 'as' && !/^\s+as\s+possible/i.test(after)) return null;
      if (key === 'soon' && /^\s+(?:after|afterwards|thereafter)\b/i.test(after)) return null;
      if (key === 'soon' && env.tense() === 'past') return null; // "a trickle that soon became a flood": shortly after, not the future
      if (key === 'future' && (pw === 'the' || pw === 'a' || pw === 'an' || pw === 'its' || pw === 'their' || pw === 'our')) return null; // "a brighter future" is no time
      if (key === 'now' && /^\s*-/.test(after)) return null;
      if (key === 'the present' && /^\s+(?!day\b)[a-z]/.test(after)) return null; // "the present agreement"
      if (key === 'the past' && /^\s+(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d)/i.test(after)) return null;
      if ((key === 'current' || key === 'recent') && isCapitalized(text) && env.start > 0 && !endsWithMark(env.text, env.start, '.!?:"“(')) return null; // "Current TV"
      return absolute(value);
    },
  },
];
