// Patterns for people, built from named fragments (CONVENTIONS habit 5). Data in ./titles.ts.
import nlp from 'compromise';
import { HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, REPORTING_VERBS, TITLE_PREFIXES, TITLES } from './titles.js';

/** A rule of the person extractor: its id is stored with every mention it makes. */
export interface PersonRule {
  id: string;
  reason: string;
  examples: string[];
}

export const PERSON_RULES = {
  title: {
    id: 'person/title-before',
    reason: 'a title or role stands right before the name',
    examples: ['Ukrainian President Volodymyr Zelenskyy said', 'Defense Secretary Bødskov said'],
  },
  apposition: {
    id: 'person/role-apposition',
    reason: 'a role follows the name after a comma',
    examples: ['Lisbet Zilmer-Johns, State Secretary of the Danish Ministry of Foreign Affairs, said'],
  },
  honorific: {
    id: 'person/honorific',
    reason: 'Mr., Ms., Dr. … before a capitalized name',
    examples: ['Mr. Smith said'],
  },
  firstName: {
    id: 'person/first-name',
    reason: 'two or more capitalized words, the first a known given name (compromise lexicon)',
    examples: ['talks with Jake Sullivan in Rome'],
  },
  reporting: {
    id: 'person/reporting-verb',
    reason: 'two or more capitalized words right before or after a verb of saying',
    examples: ['Mette Frederiksen told reporters', 'said Morten Bødskov'],
  },
  surname: {
    id: 'person/surname',
    reason: 'a later mention of a known person by one of their names',
    examples: ['… Mette Frederiksen … Frederiksen said'],
  },
  variant: {
    id: 'person/surname-variant',
    reason: 'a clearly misspelled or truncated surname of a known person',
    examples: ['… Mette Frederiksen … Frederiks and Bødskov said'],
  },
} satisfies Record<string, PersonRule>;

// Fragments. A name word: capitalized with at least one lower-case letter (so not an acronym),
// optionally hyphenated (Zilmer-Johns), with an internal capital (McDonald), an O'-prefix, or an
// Arabic article prefix (al-Sisi).
const UPPER_WORD = String.raw`(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}?[\p{Ll}\p{M}]+){0,2}`;
const PREFIXED_WORD = String.raw`(?:al|el|bin|ibn|abu|ben)-\p{Lu}[\p{Ll}\p{M}]+`;
const WORD = `(?:${UPPER_WORD}|${PREFIXED_WORD})`;
const INITIAL = String.raw`\p{Lu}\.`;
const PARTICLE = `(?:${NAME_PARTICLES.join('|')})`;
const SUFFIX = String.raw`(?:,?\s(?:Jr|Sr)\.?|\s(?:II|III|IV))`;
/** Up to five words with initials and particles between them, ending on a word. */
export const NAME_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?<name>${WORD}(?:\s(?:${INITIAL}\s){0,2}(?:${PARTICLE}\s){0,2}${WORD}){0,4}(?<suffix>${SUFFIX})?)(?![\p{L}\p{M}\p{N}])`,
  'gu',
);

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagged = (tag: RegExp): Set<string> =>
  new Set(Object.entries(lexicon).filter(([, t]) => tag.test(String(t))).map(([w]) => w));
/** Given names from compromise's lexicon (about 3,000). */
export const FIRST_NAMES = tagged(/FirstName|MaleName|FemaleName/);
export const NOT_NAME = new Set(NOT_NAME_WORDS);
/**
 * Words compromise knows as something other than a name ("Later", "Allowing"): capitalized at the
 * start of a sentence they are not part of a name that follows.
 */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  const tags = lexicon[w];
  return tags !== undefined && !FIRST_NAMES.has(w) && !/Name|Person|Place|Country|City/.test(String(tags));
}

const sortLongestFirst = (xs: string[]): string[] => [...xs].sort((a, b) => b.length - a.length);
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// Titles match in lower case and in title case. The patterns do not use the `i` flag: with it,
// \p{Lu} would match lower-case letters too and a capitalized name could not be told apart.
const casings = (t: string): string[] => [t, t.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())];
const TITLE_ALT = sortLongestFirst(TITLES.flatMap(casings)).map(esc).join('|');
const PREFIX_ALT = sortLongestFirst(TITLE_PREFIXES.flatMap(casings)).map(esc).join('|');

/**
 * A title at the end of the text before a name: prefixes, the title, an optional "of <Capitalized
 * words>" complement ("Minister of Defense"), then what may stand between title and name: a comma,
 * a verb of saying ("the prime minister said Mette Frederiksen"), or nothing.
 */
export const TITLE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?<role>(?:(?:${PREFIX_ALT})\s+){0,2}(?:${TITLE_ALT})(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}]*){0,3})?)(?<gap>\s*,?\s*(?:(?:${REPORTING_VERBS.join('|')})\s+)?)$`,
  'u',
);

/** A role after the name: ", State Secretary of …" or ", the Danish prime minister". */
export const ROLE_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:the\s+)?(?:(?<adj>\p{Lu}\p{Ll}+)\s+)?(?<role>(?:(?:${PREFIX_ALT})\s+){0,2}(?:${TITLE_ALT})(?<complement>\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}]*){0,3})?)(?![\p{L}])`,
  'u',
);

export const HONORIFIC_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${HONORIFICS.map(esc).join('|')})\s+$`, 'iu');
export const REPORTING_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?(?:${REPORTING_VERBS.join('|')})(?![\p{L}])`, 'iu');
export const REPORTING_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${REPORTING_VERBS.join('|')})\s+$`, 'iu');
