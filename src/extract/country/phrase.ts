// Country phrases at a given place in a text, for other extractors: the organization extractor
// asks "is there a country adjective right before 'Ministry of Defence'?", the person extractor
// "which country is this role's?".
import { COUNTRY_TRIE, type LexiconEntry } from './lexicon.js';
import { tokenize } from './phrase-trie.js';

export interface CountryPhrase {
  start: number;
  end: number;
  text: string;
  code: string;
  form: LexiconEntry['form'];
}

/** Longest country phrase (name, abbreviation, adjective; capitals too when asked) that starts exactly at `start`. */
export function countryAt(text: string, start: number, withCapitals = false): CountryPhrase | null {
  if (start < 0 || start >= text.length) return null;
  const tokens = tokenize(text, start, Math.min(text.length, start + 120));
  if (tokens.length === 0 || tokens[0].start !== start) return null;
  const m = COUNTRY_TRIE.longestAt(tokens, 0);
  if (!m || m.value.code === null) return null;
  if (m.value.form === 'capital' && !withCapitals) return null;
  // "U.S" must not be read out of "U.S.A" cut short: the match must end at a token boundary.
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end), code: m.value.code, form: m.value.form };
}

/**
 * Longest country phrase that ends exactly at `end` (after skipping whitespace backwards), or null.
 * Capitals are not included: "Kyiv Ministry" is not a ministry of Ukraine.
 */
export function countryBefore(text: string, end: number): CountryPhrase | null {
  let e = Math.min(end, text.length);
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\u00a0')) e--;
  if (e <= 0) return null;
  const from = Math.max(0, e - 100);
  const tokens = tokenize(text, from, e);
  if (tokens.length === 0 || tokens[tokens.length - 1].end !== e) return null;
  const last = tokens.length - 1;
  for (let i = Math.max(0, last - 9); i <= last; i++) {
    if (i === 0 && from > 0) continue; // possibly a cut token
    const m = COUNTRY_TRIE.longestAt(tokens, i);
    if (m && m.to === last + 1) {
      if (m.value.code === null || m.value.form === 'capital') return null;
      return { start: m.start, end: m.end, text: text.slice(m.start, m.end), code: m.value.code, form: m.value.form };
    }
  }
  return null;
}

/** A country adjective or demonym that starts exactly at `start` ("Danish" → DK), or null. */
export function countryAdjectiveAt(text: string, start: number): CountryPhrase | null {
  const p = countryAt(text, start);
  return p && p.form === 'adjective' ? p : null;
}
