// Named regex fragments that the rules in ./rules.ts are composed from (chrono's constants.ts
// habit). Each fragment is a non-capturing group source string: rules add the named groups.
//
// Backtracking safety: no fragment nests a quantifier inside another quantifier over the same
// characters; alternations are of literal words, optionally followed by one bounded separator.
import { DECADE_WORDS, HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, SET_ADVERBS, WEEKDAYS } from './lexicon.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** An alternation of words, longest first so that a longer word is preferred at the same place. */
export function words(list: Iterable<string>): string {
  return `(?:${[...new Set(list)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|')})`;
}

/** Whitespace between two words of one expression (a sentence never spans a line break). */
export const SP = '\\s+';

const FULL_MONTHS = Object.keys(MONTHS).filter((k) => k.length > 4 || ['may', 'june', 'july'].includes(k));
const ABBR_MONTHS = Object.keys(MONTHS).filter((k) => !FULL_MONTHS.includes(k));

/** A month name, or an abbreviation with an optional period ("Feb.", "Sept"). */
export const MONTH = `(?:${words(FULL_MONTHS)}|${words(ABBR_MONTHS)}\\.?)(?!\\w)`;

/** A weekday name. */
export const WEEKDAY = `${words(Object.keys(WEEKDAYS))}`;

/** Day of the month, 1–31, with an optional ordinal suffix; not part of a longer number. */
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\w]|[.,:]\\d)';

/** The digits of a year 1800–2099, with no boundary check (for ISO dates). */
export const YEAR_DIGITS = '(?:1[89]\\d\\d|20\\d\\d)';

/** A four-digit year 1800–2099, not part of a longer number. */
export const YEAR = `${YEAR_DIGITS}(?![\\w]|[.,]\\d)`;

const UNIT_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
for (const w of [...UNIT_NUMBERS, ...TEENS, ...TENS]) if (!(w in NUMBER_WORDS)) throw new Error(`lexicon lacks ${w}`);

/** A cardinal in words: "four", "twenty-four", "twenty four", "two hundred". */
export const NUMBER_WORD = `(?:${words(TENS)}(?:[\\s-]${words(UNIT_NUMBERS)})?|${words(TEENS)}|${words(UNIT_NUMBERS)})(?:\\s+(?:hundred|thousand))?(?!\\w)`;

/** A year in words, as transcripts write it: "nineteen eighty-six" (read by `spokenYear`). */
export const SPOKEN_YEAR = `(?:nineteen|eighteen)[\\s-]+(?:${words(TENS)}(?:[\\s-]${words(UNIT_NUMBERS)})?|${words(TEENS)})(?![\\w-])`;

/** Quantities without a definite number, and "a"/"an" (= 1). Longest first. */
export const QUANTITY_WORD = words([
  'a couple of', 'a couple', 'couple of', 'a few', 'few', 'several', 'many', 'a number of', 'dozens of',
  'hundreds of', 'thousands of', 'a dozen', 'a hundred', 'a thousand', 'a', 'an',
]);

/**
 * A cardinal in digits or words, or a vague quantity. Thousands groups are bounded (20 is far past any
 * real amount): a regex tried at every comma of a 100 KB "1,000,000,…" read to its end each time.
 */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3}){1,20}|\\d+[ ]1/2|\\d+(?:\\.\\d+)?|${NUMBER_WORD}|${QUANTITY_WORD})`;

/** A definite cardinal (digits or words) — no vague quantity. */
export const CARDINAL = `(?:\\d+|${NUMBER_WORD})`;

/** A calendar or clock unit, singular or plural. */
export const UNIT = '(?:years?|months?|weeks?|fortnights?|days?|hours?|minutes?|seconds?|decades?|century|centuries|quarters?)(?![\\w])';

/** A unit in the singular, for hyphenated adjectives ("10-year", "72-hour"). */
export const UNIT_SINGULAR = '(?:year|month|week|day|hour|minute|second|decade|century|quarter)';

/** Ordinal for quarters and halves ("first", "3rd", "final"). */
export const QUARTER_ORDINAL = words(['first', 'second', 'third', 'fourth', 'final', 'last', '1st', '2nd', '3rd', '4th']);

/** Ordinal for centuries ("20th", "twentieth", "twenty-first"). */
export const CENTURY_ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${words(Object.keys(ORDINALS).filter((k) => !/\d|final|last/.test(k)))})`;

/** A season. */
export const SEASON = words(Object.keys(SEASONS));

/** A part of the day. */
export const PART_OF_DAY = words(Object.keys(PARTS_OF_DAY).filter((k) => k !== 'midday' && k !== 'overnight'));

/** Decade in words ("the nineties"). */
export const DECADE_WORD = words(Object.keys(DECADE_WORDS));

/** A holiday name. */
export const HOLIDAY = words(Object.keys(HOLIDAYS));

/** How-often adverbs ("annually", "weekly"). */
export const SET_ADVERB = words(Object.keys(SET_ADVERBS));

/** "last", "next", "this" and their longer forms, before a weekday, month or season. */
export const RELATIVE = words(['last', 'next', 'this', 'this past', 'this coming', 'past', 'coming']);

/** "a.m."/"p.m." and variants. */
export const AMPM = '(?:[ap]\\.m\\.|[ap]m\\b|[ap]\\.m\\b)';

/** Common time-zone abbreviations after a clock time. */
export const TIME_ZONE = words(['EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'MSK', 'local time']);
