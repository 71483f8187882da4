// The country lexicon: world-countries (mledoze) as the base, ./additions.ts on top, built once at
// module load into one phrase trie and the lookup tables of the small API the rest of the
// project uses (countryByCode, lookupCountry).
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import {
  ADDITIONS,
  ALPHA3_OVERRIDES,
  EXCLUDED_ALT_SPELLINGS,
  EXCLUDED_CAPITALS,
  EXCLUDED_DEMONYMS,
  EXTRA_ADJECTIVES,
  HISTORICAL_STATES,
  NOT_COUNTRIES,
  PREFERRED_CODE,
  type CountryForm,
} from './additions.js';
import { PhraseTrie } from './phrase-trie.js';

// world-countries ships CommonJS with a JSON default export; require() loads it the same way under
// node, tsx and vitest.
const require = createRequire(import.meta.url);
const WORLD: Country[] = require('world-countries') as Country[];

export interface CountryInfo {
  /** ISO 3166-1 alpha-2, or the former alpha-2 of a historical state (SU, YU, CS, DD). */
  code: string;
  alpha3: string;
  name: string;
}

/** A surface form in the trie; `code: null` marks a phrase that is not a country ("Indian Ocean"). */
export interface LexiconEntry {
  code: string | null;
  form: CountryForm;
  /** Higher wins when two sources give the same surface form. */
  priority: number;
}

const INFO = new Map<string, CountryInfo>();
for (const c of WORLD) {
  INFO.set(c.cca2, { code: c.cca2, alpha3: ALPHA3_OVERRIDES[c.cca2] ?? c.cca3, name: c.name.common });
}
for (const h of HISTORICAL_STATES) INFO.set(h.code, { code: h.code, alpha3: h.alpha3, name: h.name });

/** Surface form (as written) → entry, before it goes into the trie. */
const SURFACES = new Map<string, LexiconEntry>();

function put(surface: string, entry: LexiconEntry): void {
  const text = surface.trim().replace(/^the\s+/i, '');
  if (text === '') return;
  const old = SURFACES.get(text);
  if (!old || entry.priority > old.priority) SURFACES.set(text, entry);
}

/** Latin letters, marks, spaces and a few joiners only: drops native names in other scripts. */
const LATIN_PHRASE = /^[\p{Script=Latin}\p{M}\s'’.\-]+$/u;
/** A code-like word (2–4 capitals) inside an alternative spelling ("BES islands"). */
const CODE_WORD = /\b[A-Z]{2,4}\b/;

function usableName(s: string): boolean {
  if (EXCLUDED_ALT_SPELLINGS.has(s)) return false;
  if (!LATIN_PHRASE.test(s)) return false;
  if (s.includes(',') || s.includes('(')) return false;
  if (CODE_WORD.test(s)) return false;
  const first = s.replace(/^the\s+/i, '')[0];
  return first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase();
}

/** "Bogotá" → "Bogota": news copy often drops the accents. */
function withoutMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Plural of a demonym that has one ("Ukrainian" → "Ukrainians"; "Danish", "Swiss" have none). */
function pluralOf(demonym: string): string | null {
  if (/(?:ish|ese|ss|ch|sh|x|s)$/.test(demonym) && demonym !== 'Czech') return null;
  if (/\s/.test(demonym)) {
    // "South African" → "South Africans"; only the last word changes.
    return /(?:an|er|i)$/.test(demonym) ? demonym + 's' : null;
  }
  return demonym + 's';
}

function addForms(code: string, forms: CountryAdditionsLike, base: number): void {
  for (const n of forms.names ?? []) put(n, { code, form: 'name', priority: base + 3 });
  for (const a of forms.abbreviations ?? []) put(a, { code, form: 'abbreviation', priority: base + 3 });
  for (const a of forms.adjectives ?? []) put(a, { code, form: 'adjective', priority: base + 2 });
  for (const c of forms.capitals ?? []) put(c, { code, form: 'capital', priority: base + 1 });
}

interface CountryAdditionsLike {
  names?: string[];
  abbreviations?: string[];
  adjectives?: string[];
  capitals?: string[];
}

// 1. world-countries. Independent states outrank territories for a shared form ("French": FR, not TF).
for (const c of WORLD) {
  const base = c.independent || c.cca2 === 'TW' || c.cca2 === 'PS' || c.cca2 === 'XK' ? 20 : 10;
  const names = [c.name.common, c.name.official, ...c.altSpellings].filter(usableName);
  const adjectives: string[] = [];
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (!d) continue;
    for (const part of d.split(/\s*,\s*|\s+or\s+/)) {
      if (part === '' || EXCLUDED_DEMONYMS.has(part)) continue;
      adjectives.push(part);
      const plural = pluralOf(part);
      if (plural) adjectives.push(plural);
    }
  }
  const capitals = base === 20 ? (c.capital ?? []).filter((x) => !EXCLUDED_CAPITALS.has(x)) : [];
  addForms(c.cca2, { names, adjectives, capitals }, base);
}

// 2. Hand-made additions and historical states outrank the data.
for (const [code, forms] of Object.entries(ADDITIONS)) addForms(code, forms, 40);
for (const h of HISTORICAL_STATES) addForms(h.code, h, 40);
for (const [adj, code] of Object.entries(EXTRA_ADJECTIVES)) put(adj, { code, form: 'adjective', priority: 42 });
for (const [surface, code] of Object.entries(PREFERRED_CODE)) {
  const e = SURFACES.get(surface);
  if (e) SURFACES.set(surface, { ...e, code, priority: 45 });
}

// 3. Regions and seas swallow the country word inside them.
for (const p of NOT_COUNTRIES) put(p, { code: null, form: 'name', priority: 100 });

// 4. Accent-free and ALL-CAPS variants ("Turkiye", "UNITED STATES"). Abbreviations are written as is.
for (const [surface, entry] of [...SURFACES]) {
  const plain = withoutMarks(surface);
  if (plain !== surface && !EXCLUDED_ALT_SPELLINGS.has(plain)) put(plain, { ...entry, priority: entry.priority - 1 });
}
for (const [surface, entry] of [...SURFACES]) {
  if (entry.form === 'abbreviation') continue;
  const upper = surface.toUpperCase();
  if (upper !== surface) put(upper, { ...entry, priority: entry.priority - 1 });
}

/** The trie over every surface form, built once. */
export const COUNTRY_TRIE = new PhraseTrie<LexiconEntry>();
for (const [surface, entry] of SURFACES) COUNTRY_TRIE.add(surface, entry);

/** Number of surface forms by form, for reports. */
export function lexiconSize(): Record<CountryForm | 'not-country', number> {
  const out = { name: 0, abbreviation: 0, adjective: 0, capital: 0, 'not-country': 0 };
  for (const e of SURFACES.values()) {
    if (e.code === null) out['not-country']++;
    else out[e.form]++;
  }
  return out;
}

// Lookup for user input and role countries: case- and accent-insensitive surface forms, then codes.
const LOOKUP = new Map<string, string>();
const LOOKUP_CAPITALS = new Map<string, string>();
function lookupKey(s: string): string {
  return withoutMarks(s)
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
// Exact-case abbreviations first so that "US" (the country) is found before anything lower-case.
const byPriority = [...SURFACES].sort((a, b) => b[1].priority - a[1].priority);
for (const [surface, entry] of byPriority) {
  if (entry.code === null) continue;
  const key = lookupKey(surface);
  const table = entry.form === 'capital' ? LOOKUP_CAPITALS : LOOKUP;
  if (!table.has(key)) table.set(key, entry.code);
}

/** Name and codes of a country by its alpha-2 (or alpha-3) code, or null. */
export function countryByCode(code: string): CountryInfo | null {
  if (typeof code !== 'string') return null;
  const c = code.trim().toUpperCase();
  const hit = INFO.get(c);
  if (hit) return hit;
  if (c.length === 3) for (const info of INFO.values()) if (info.alpha3 === c) return info;
  return null;
}

/**
 * The alpha-2 code for a word or phrase naming a country: a name, abbreviation, adjective or
 * demonym ("Danish", "Denmark", "U.S.", "the United States", "Ukraine's"), or an ISO alpha-2 or
 * alpha-3 code in any case ("dk", "DNK"). Case- and accent-insensitive. A capital ("Kyiv") counts
 * only with `{ capitals: true }`: a city is not a country unless it stands for its government.
 * Null when it names no country (regions too: "Indian Ocean", "Latin America").
 */
export function lookupCountry(word: string, options: { capitals?: boolean } = {}): string | null {
  if (typeof word !== 'string') return null;
  const key = lookupKey(word);
  if (key === '') return null;
  const hit = LOOKUP.get(key);
  if (hit) return hit;
  if (/^[a-z]{2,3}$/.test(key)) {
    const info = countryByCode(key);
    if (info) return info.code;
  }
  return options.capitals ? (LOOKUP_CAPITALS.get(key) ?? null) : null;
}

/** Every known code (ISO 3166-1 alpha-2 and the historical ones). */
export function allCountryCodes(): string[] {
  return [...INFO.keys()].sort();
}

/** Every surface form with its entry, for tests and reports. */
export function lexiconEntries(): [string, LexiconEntry][] {
  return [...SURFACES];
}
