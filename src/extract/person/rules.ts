// Patterns for people, built from named fragments (CONVENTIONS habit 5). Data in ./titles.ts,
// ./given-names.ts and ./nicknames.ts; how the cues combine is in ./README.md.
import { createRequire } from 'node:module';
import nlp from 'compromise';
import {
  DESCRIPTORS, HONORIFICS, THING_AFTER, HUMAN_VERBS, NAME_PARTICLES, NOT_NAME_WORDS, ORG_PLACE_HEADS, POSSESSED_PERSONAL, REPORTING_VERBS,
  THING_BEFORE, TITLE_PREFIXES, TITLE_SURNAMES, TITLES,
} from './titles.js';
import { FAMILY_NAMES_FIRST, GIVEN_NAMES } from './given-names.js';

export { FAMILY_NAMES_FIRST };

/** A rule of the person extractor: its id is stored with every mention it makes. */
export interface PersonRule {
  id: string;
  reason: string;
  /**
   * Texts the rule must handle, the expected mention in [brackets] (tests/extract/person.test.ts
   * runs every one and checks the span and the rule id).
   */
  examples: string[];
}

export const PERSON_RULES = {
  title: {
    id: 'person/title-before',
    reason: 'a title or role stands right before the name',
    examples: ['Ukrainian President [Volodymyr Zelenskyy] said', 'Rather, Defense Secretary [Bødskov] said.', 'Surrey captain [Chris Lewis] made 80.'],
  },
  apposition: {
    id: 'person/role-apposition',
    reason: 'a role follows the name after a comma',
    examples: ['[Lisbet Zilmer-Johns], State Secretary of the Danish Ministry of Foreign Affairs, said'],
  },
  honorific: {
    id: 'person/honorific',
    reason: 'Mr., Ms., Dr. … before a capitalized name',
    examples: ['Mr. [Erdoğan] said the museum would become a mosque.'],
  },
  descriptor: {
    id: 'person/descriptor-before',
    reason: 'a noun for a kind of person (all-rounder, striker, lawyer, wife) stands in lower case right before the name',
    examples: ['West Indian all-rounder [Phil Simmons] took four for 38.', 'Brazilian striker [Ronaldo] scored twice.', 'Wimbledon finalist [MaliVai Washington] lost.'],
  },
  nationality: {
    id: 'person/nationality-before',
    reason: 'a nationality adjective stands right before a name of two or more words that are not common words',
    examples: ['In the second half Kenyan [Kiprotich Langat] pulled away.'],
  },
  age: {
    id: 'person/age-apposition',
    reason: 'an age in commas follows a name of two or more words: "Smith, 35,"',
    examples: ['[Oskari Tuominen], 57, is a former premier.'],
  },
  who: {
    id: 'person/who-clause',
    reason: 'a relative clause with "who" follows a name of two or more words that are not common words',
    examples: ['[Dzhabrail Umarov], who leads the rebels, signed.'],
  },
  firstName: {
    id: 'person/first-name',
    reason: 'two or more capitalized words, the first a known given name (compromise lexicon and ./given-names.ts)',
    examples: ['talks with [Jake Sullivan] in Rome', 'a call with [Imran Qureshi] today', 'from [Henry VIII] to [Elizabeth I], the crown'],
  },
  familyName: {
    id: 'person/family-name-first',
    reason: 'an East Asian family name followed by a romanized given name ("Wang Jianguo", "Kim Young-sam")',
    examples: ['dissident [Wang Jianguo] was detained', 'the talks that [Kim Young-sam] chaired'],
  },
  initials: {
    id: 'person/initials',
    reason: 'initials before a surname that is not a common word ("P. Simmons", "A.J. Stewart")',
    examples: ['Somerset 83 ([P. Hartley] 4-38)', 'caught by [A.J. Stewart]'],
  },
  reporting: {
    id: 'person/reporting-verb',
    reason: 'two or more capitalized words right before or after a verb of saying, or before a verb that takes a human subject',
    examples: ['[Tuncay Ozbilgin] told reporters.', '"We will win," said [Okonkwo Adeyemi].', '[Okonkwo Adeyemi] admitted he was tired.'],
  },
  possessive: {
    id: 'person/possessive-kin',
    reason: 'a possessive followed by a kin or personal noun ("Yeltsin\'s wife", "Smith\'s lawyer")',
    examples: ["[Yeltsin]'s wife left the hospital."],
  },
  affiliation: {
    id: 'person/list-affiliation',
    reason: 'a name of two or more words followed by its country or team in brackets, in a list ("Imran Qureshi (Pakistan)")',
    examples: ['[Tolga Aksoylu] (Turkey) beat [Vural Ceylan] (Ireland) 15-6'],
  },
  coordination: {
    id: 'person/coordination',
    reason: 'a name of two or more words coordinated with a confirmed person in a list ("Tony Smith, Tuncay Ozbilgin and …")',
    examples: ['Squad: Peter Walsh, [Tuncay Ozbilgin], [Ersun Kaptanoglu].'],
  },
  knownName: {
    id: 'person/known-name',
    reason: 'a later repetition of the full name of a person found elsewhere in the document',
    examples: ['Defence Minister Ersun Kaptanoglu spoke. Later [Ersun Kaptanoglu] left.'],
  },
  surname: {
    id: 'person/surname',
    reason: 'a mention of a known person by surname alone (also in an all-capitals headline)',
    examples: ['Mette Frederiksen told reporters. Later [Frederiksen] said more.', 'TENNIS - [HARTLEY] WINS IN ROME\nBritish player Tom Hartley won the final.'],
  },
  givenName: {
    id: 'person/given-name',
    reason: 'a mention by the given name alone of the only person in the document with that given name',
    examples: ['Tarja Halonen said little. [Tarja] smiled.'],
  },
  variant: {
    id: 'person/surname-variant',
    reason: 'a clearly misspelled or truncated surname of a known person',
    examples: ['Mette Frederiksen told reporters, and [Frederiks] added a word.'],
  },
} satisfies Record<string, PersonRule>;

// Fragments. A name word: capitalized with at least one lower-case letter (so not an acronym),
// optionally hyphenated (Zilmer-Johns, Zia-ul-Haq), with an internal capital (McDonald,
// MaliVai), an O'-prefix, or an Arabic article or elided particle before it (al-Sisi, d'Estaing).
const UPPER_WORD = String.raw`(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}?[\p{Ll}\p{M}]+){0,2}(?:['’](?!s(?![\p{L}]))\p{Ll}{1,2}(?![\p{L}]))?`;
const PREFIXED_WORD = String.raw`(?:al|el|bin|ibn|abu|ben|ould|[dl]['’])-?\p{Lu}[\p{Ll}\p{M}]+`;
const WORD = `(?:${UPPER_WORD}|${PREFIXED_WORD})`;
const INITIAL = String.raw`\p{Lu}\.`;
const PARTICLE = `(?:${NAME_PARTICLES.join('|')})`;
/**
 * A nickname in quotes inside a name (Benjamin “Benny” Gantz, Earvin " Magic " Johnson), or
 * a given name or initials in brackets (James (Jim) Baker); the extractor checks the latter.
 */
const NICKNAME = String.raw`(?:[“"]\s?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the)){0,3}\s?[”"]|\(\s?\p{Lu}[\p{L}.]*\s?\))`;
const ROMAN = String.raw`(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)`;
const SUFFIX = String.raw`(?:,?\s(?:Jr|Sr)\.?|\s${ROMAN})`;
/** Leading initials: "P. Simmons", "J.R.R. Tolkien", "J.O'Neill". */
const LEAD_INITIALS = String.raw`(?:\p{Lu}\.\s?){1,3}(?:${PARTICLE}\s)?`;
/**
 * A capitalized run: words with initials, particles and a nickname between them (and particles
 * before the first: "bin Salman", "de Silva"), ending on a word
 * (and a suffix). Runs are long on purpose ("Deputy Head of the Presidential Office Ihor Zhovkva"); the
 * extractor cuts them at titles, calendar words and the like.
 */
export const NAME_RUN = new RegExp(
  // No capturing group: only the whole match is read, and groups cost an allocation per match.
  String.raw`(?<![\p{L}\p{M}\p{N}.'’])(?:${LEAD_INITIALS}|(?:${PARTICLE}\s){1,2})?${WORD}(?:\s(?:${NICKNAME}\s)?(?:${INITIAL}\s?){0,3}(?:${PARTICLE}\s){0,3}${WORD}){0,11}(?:${SUFFIX})?(?![\p{L}\p{M}\p{N}])`,
  'gu',
);
/** An all-capitals run of two or more letters a word ("TONY BLAIR WINS"), read in headlines. */
export const CAPS_RUN = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}(?:\s+\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu})*(?![\p{L}\p{M}\p{N}])/gu;
export const ROMAN_NUMERAL = new RegExp(`^${ROMAN}$`);
export const IS_INITIAL = /^(?:\p{Lu}\.)+$/u;
export const IS_SUFFIX = /^(?:Jr|Sr)\.?,?$/;
export const IS_PARTICLE = new RegExp(`^${PARTICLE}$`);

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagged = (tag: RegExp): Set<string> =>
  new Set(Object.entries(lexicon).filter(([, t]) => tag.test(String(t))).map(([w]) => w));

/** Folds case and diacritics: "Jiří" → "jiri". */
export function fold(s: string): string {
  // Most words are plain ASCII: skip the Unicode normalization for them.
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'");
}

/** Given names: compromise's lexicon (about 3,000, mostly English) and ./given-names.ts. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...tagged(/FirstName|MaleName|FemaleName/), ...GIVEN_NAMES.map(fold)]);
const givenCache = new Map<string, boolean>();
/** A known given name, whatever its case and diacritics ("JIŘÍ", "Jiri"). Memoized: names repeat. */
export function isGivenName(word: string): boolean {
  let known = givenCache.get(word);
  if (known === undefined) {
    if (givenCache.size > 100_000) givenCache.clear();
    known = FIRST_NAMES.has(fold(word));
    givenCache.set(word, known);
  }
  return known;
}

/** A pinyin syllable (Jianguo = jian + guo), or a hyphenated Korean or Wade-Giles given name (Young-sam, Tse-tung). */
const PINYIN_SYLLABLE = String.raw`(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|a|e|i|o|u|ü|v)`;
const ROMANIZED_GIVEN = new RegExp(String.raw`^(?:\p{Lu}(?:${PINYIN_SYLLABLE}){1,2}|\p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{1,5})$`, 'u');
export function isRomanizedGivenName(word: string): boolean {
  return ROMANIZED_GIVEN.test(word.normalize('NFKD').replace(/\p{M}/gu, '')) && !isCommonWord(word);
}

/**
 * English vocabulary: the lexemes of wink's English model (about 87,000, lower case, WordNet-like:
 * common words and a few famous names), read from the model file the segmenter has already
 * loaded. A capitalized word in it ("Autonomous", "Community") is weak evidence of a name. Empty,
 * and the checks fall back to compromise's smaller lexicon, if the file is not where it should be.
 */
export const ENGLISH_VOCABULARY: ReadonlySet<string> = (() => {
  try {
    const model = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as {
      features: { lexeme: { list: string[] } };
    };
    return new Set(model.features.lexeme.list.filter((w) => /^\p{Ll}[\p{Ll}'-]+$/u.test(w)));
  } catch {
    return new Set<string>();
  }
})();

export const NOT_NAME = new Set(NOT_NAME_WORDS);
/** Single words of the titles (president, coach, cardinal): a capitalized run is cut at them. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...TITLES, ...TITLE_PREFIXES]
    .flatMap((t) => t.split(/[\s-]+/))
    .filter((w) => w.length > 2 && !['of', 'the', 'and', 'for'].includes(w))
    .flatMap((w) => [w, `${w}s`]),
);
export const TITLE_SURNAME = new Set(TITLE_SURNAMES);
/** Place and organization words, except those that are also given names. */
export const ORG_PLACE_HEAD: ReadonlySet<string> = new Set(ORG_PLACE_HEADS.filter((w) => !FIRST_NAMES.has(w)));

/**
 * Words compromise knows as something other than a name ("Later", "Allowing", "Red"): capitalized
 * at the start of a sentence they are not part of a name that follows, and a run made of them is
 * not name-like.
 */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  const tags = lexicon[w];
  return tags !== undefined && !FIRST_NAMES.has(w) && !/Name|Person|Place|Country|City/.test(String(tags));
}
/** Nationality words compromise knows: "Korean", "African" ("S. Korean" is not a name). */
export function isDemonym(word: string): boolean {
  return /Demonym/.test(String(lexicon[word.toLowerCase()]));
}
/** Words compromise tags as places (cities, regions): "Munich", "Chicago". */
export function isPlaceWord(word: string): boolean {
  const tags = lexicon[word.toLowerCase()];
  return tags !== undefined && /Place|City|Region|Country/.test(String(tags)) && !/Name|Person/.test(String(tags));
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
 * a verb of saying ("the prime minister said Mette Frederiksen"), an acronym in brackets
 * ("Director of National Intelligence (DNI) Avril Haines"), or nothing. A plural title stands
 * before several names ("Presidents Felix Tshisekedi … and Paul Kagame").
 */
export const TITLE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?<role>(?:(?:${PREFIX_ALT})\s+){0,2}(?:${TITLE_ALT})s?(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}]*){0,3})?)(?<gap>\s*(?:\(\p{Lu}[\p{Lu}.]{1,8}\)\s*)?,?\s*(?:(?:${REPORTING_VERBS.join('|')})\s+)?)$`,
  'u',
);

/** A role after the name: ", State Secretary of …" or ", the Danish prime minister". */
export const ROLE_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:the\s+)?(?:(?<adj>\p{Lu}\p{Ll}+)\s+)?(?<role>(?:(?:${PREFIX_ALT})\s+){0,2}(?:${TITLE_ALT})(?<complement>\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}]*){0,3})?)(?![\p{L}])`,
  'u',
);

export const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS);
export const REPORTING_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?(?:${REPORTING_VERBS.join('|')})(?![\p{L}])`, 'iu');
export const REPORTING_SET: ReadonlySet<string> = new Set(REPORTING_VERBS);
export const HUMAN_VERB_AFTER = new RegExp(String.raw`^\s*(?:(?:has|had|have|also|then|later|never|not)\s+){0,2}(?:${HUMAN_VERBS.map(esc).join('|')})(?![\p{L}])`, 'u');
/** Descriptors (lower case, right before the name) and nouns of things named like people. */
export const DESCRIPTOR_SET: ReadonlySet<string> = new Set(DESCRIPTORS);
export const THING_BEFORE_SET: ReadonlySet<string> = new Set(THING_BEFORE);
export const THING_AFTER_SET: ReadonlySet<string> = new Set(THING_AFTER);
/** Every word of the titles as listed (singular). */
export const SINGULAR_TITLE_WORDS: ReadonlySet<string> = new Set([...TITLES, ...TITLE_PREFIXES].flatMap((t) => t.split(/\s+/)));
/** Every word of the titles, abbreviations included: a title can only end on a window holding one. */
export const TITLE_TOKENS: ReadonlySet<string> = new Set(
  [...TITLES, ...TITLE_PREFIXES].flatMap((t) => t.split(/\s+/)).flatMap((w) => [w, w.replace(/[.,]$/, ''), `${w}s`]),
);
/** ", 35," or ", aged 35," after a name. */
export const AGE_AFTER = /^\s*,\s*(?:aged\s+)?(?:1[6-9]|[2-9]\d)\s*,/u;
export const WHO_AFTER = /^\s*,\s*who\s/u;
export const POSSESSIVE_KIN_AFTER = new RegExp(String.raw`^\s?['’]s?\s+(?:(?:late|former|estranged|eldest|youngest|elder|younger|only|own|new|second|first|\d+-year-old)\s+){0,2}(?:${POSSESSED_PERSONAL.map(esc).join('|')})(?![\p{L}])`, 'u');
/** "( Pakistan )" or "(Yorkshire)" right after a name. */
export const AFFILIATION_AFTER = /^\s*\(\s*(?<aff>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2})\s*\)/u;
/** Initials that are abbreviations of countries and bodies, not of given names. */
export const ABBREVIATION_INITIALS: ReadonlySet<string> = new Set(['U.S.', 'U.N.', 'U.K.', 'E.U.', 'U.S.A.', 'U.A.E.', 'D.C.', 'N.Y.', 'L.A.', 'A.D.', 'B.C.']);
/** Particles written with a capital that open a name at the start of a sentence: "El Hadji Diouf", "Van der Merwe". */
export const CAPITAL_PARTICLES: ReadonlySet<string> = new Set(['el', 'al', 'van', 'von', 'de', 'le', 'la', 'da', 'di', 'du', 'abu', 'ben', 'bin', 'dos', 'del']);
/** Royal titles before a regnal name: "King Baudouin I". */
export const ROYAL_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'emperor', 'empress', 'pope', 'tsar', 'czar', 'shah', 'sultan', 'prince', 'princess', 'emir']);
/** Hyphenated compounds that are adjectives, not names: "York-based", "Iraqi-born". */
export const COMPOUND_ADJECTIVE = /-(?:based|born|led|backed|style|era|like|owned|run|made|bound|speaking|held|controlled|sponsored|funded|linked|related|type|wide|level|class|area|built|educated|trained|minded)$/iu;
/** Prepositions of place before a lone capitalized word: "in Jordan", "at Washington" are not people. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'into', 'across', 'throughout', 'inside', 'outside', 'toward', 'towards', 'via']);
