// The country extractor: names, abbreviations, adjectives/demonyms and capitals used for their
// governments, normalized to ISO 3166-1 alpha-2 (docs/annotation.md, "Countries").
//
// One pass per run of non-boilerplate sentences: tokenize (./phrase-trie.ts), take the
// leftmost-longest lexicon match at each token (so "Papua New Guinea" beats "Guinea" and
// "Indian Ocean" swallows "Indian"), then let the context rules of ./rules.ts veto a match.
// Organizations run first (src/extract/index.ts): a country word inside one of their spans
// ("Danish Ministry of Foreign Affairs") is part of that name, not a country mention.
import type { CountryMention, Token } from '../../types.js';
import type { Extractor, ExtractorContext } from '../types.js';
import { COUNTRY_TRIE, type LexiconEntry } from './lexicon.js';
import { tokenize, type PhraseToken, type TrieMatch } from './phrase-trie.js';
import { SpanIndex, contentRanges, sentenceIndexAt } from './ranges.js';
import {
  ACTOR_VERBS,
  ACTOR_VERB_FILLERS,
  GOVERNMENT_NOUNS,
  KOREA_RULE,
  METONYMY_RULE,
  PERSON_NAMES,
  PLACE_PREPOSITIONS,
  SKIP_RULES,
  isNameWord,
  type MatchEnv,
} from './rules.js';
import { posAt } from '../../segment/index.js';

export { countryByCode, lookupCountry, allCountryCodes, lexiconSize, type CountryInfo } from './lexicon.js';
export { countryAt, countryAdjectiveAt, countryBefore, type CountryPhrase } from './phrase.js';

const RULE_BY_FORM: Record<CountryMention['form'], string> = {
  name: 'country/name',
  abbreviation: 'country/abbreviation',
  adjective: 'country/adjective',
  capital: METONYMY_RULE.id,
};

export const countryExtractor: Extractor<CountryMention> = {
  id: 'country',
  version: '1',
  extract(ctx: ExtractorContext): CountryMention[] {
    const text = ctx.doc.text;
    if (typeof text !== 'string' || text.length === 0) return [];
    const blocked = blockedSpans(ctx);
    let out: CountryMention[] = [];
    /** Person-name countries seen as a surname ("Neil Jordan"): the bare word is him in this text. */
    const surnames = new Set<string>();
    for (const range of contentRanges(ctx.sentences)) {
      const tokens = tokenize(text, range.start, range.end);
      for (const m of COUNTRY_TRIE.matchAll(tokens)) {
        const verdict = judge(text, tokens, m, ctx.tokens, range.sentence(m.start));
        if (typeof verdict === 'string') {
          if (verdict === SURNAME_RULE) {
            const surface = text.slice(m.start, m.end);
            if (PERSON_NAMES.has(surface)) surnames.add(surface);
          }
        } else if (verdict && !blocked.overlaps(verdict.start, verdict.end)) out.push(verdict);
      }
    }
    if (surnames.size > 0) out = out.filter((m) => !surnames.has(m.text));
    addKoreaEllipsis(ctx, out, blocked);
    out.sort((a, b) => a.start - b.start);
    return out;
  },
};

const SURNAME_RULE = 'country/skip-surname';

/** A country mention, or the id of the skip rule that vetoed the match, or null (not a country). */
function judge(
  text: string,
  tokens: PhraseToken[],
  m: TrieMatch<LexiconEntry>,
  wink: Token[],
  sentence: number,
): CountryMention | string | null {
  const entry = m.value;
  if (entry.code === null) return null; // a region or sea ("Indian Ocean")
  const surface = text.slice(m.start, m.end);
  const env: MatchEnv = {
    text,
    tokens,
    match: m,
    surface,
    caps: capsContext(tokens, m),
    pos: (tok) => posAt(wink, tok.start),
  };
  for (const rule of SKIP_RULES) if (rule.skip(env)) return rule.id;
  if (entry.form === 'capital' && !capitalIsActor(env, wink)) return null;
  return {
    start: m.start,
    end: m.end,
    text: surface,
    rule: RULE_BY_FORM[entry.form],
    sentence,
    code: entry.code,
    form: entry.form,
    metonymy: entry.form === 'capital',
  };
}

// ---- Capital metonymy -------------------------------------------------------------------------

/** "Washington said", "Moscow has repeatedly denied", "Beijing's position"; not "in Kyiv". */
function capitalIsActor(env: MatchEnv, wink: Token[]): boolean {
  const { tokens, match } = env;
  const first = tokens[match.from];
  const before = match.from > 0 && !first.broken ? tokens[match.from - 1] : null;
  // "anti-Pyongyang propaganda", "pro-Moscow separatists": the government, not the city.
  if (before?.text === '-' && !first.spaced && match.from > 1 && !before.spaced) {
    const prefix = tokens[match.from - 2].text.toLowerCase();
    if (prefix === 'anti' || prefix === 'pro') return true;
  }
  if (before) {
    const b = before.text.toLowerCase();
    if (PLACE_PREPOSITIONS.has(b) || b === 'the') return false;
    if (isNameWord(before) && !env.caps) return false; // "Denzel Washington said"
  }
  let i = match.to;
  const at = (k: number): PhraseToken | null => (k < tokens.length && !tokens[k].broken ? tokens[k] : null);
  // "Beijing's position", "Moscow's response"
  if (at(i)?.text.toLowerCase() === "'s") {
    for (let k = i + 1; k <= i + 2; k++) {
      const t = at(k);
      if (!t) return false;
      if (GOVERNMENT_NOUNS.has(t.text.toLowerCase())) return true;
    }
    return false;
  }
  // "Washington and Moscow agreed": skip a coordinated capital or country.
  if (at(i)?.text === 'and') {
    const other = at(i + 1) ? COUNTRY_TRIE.longestAt(tokens, i + 1) : null;
    if (other && other.value.code !== null) i = other.to;
  }
  for (let n = 0; n < 4; n++) {
    const t = at(i);
    if (!t || !t.spaced) return false;
    const w = t.text.toLowerCase();
    if (ACTOR_VERBS.has(w)) return true;
    if (ACTOR_VERB_FILLERS.has(w)) {
      i++;
      continue;
    }
    return /^\p{Ll}/u.test(t.text) && posAt(wink, t.start) === 'VERB';
  }
  return false;
}


// ---- North and South Korea ---------------------------------------------------------------------

const KOREA_PAIR = /\b(?<side>North|South)(?= and (?:North|South) Korea\b)/g;
const KOREA_SIDE = /\b[Tt]he (?<side>North|South)\b(?![\s-]*\p{Lu})(?!-)/gu;

/**
 * "North and South Korea" → North KP; and "the North"/"the South" in a text that names both
 * Koreas (they cannot mean anything else there).
 */
function addKoreaEllipsis(ctx: ExtractorContext, out: CountryMention[], blocked: SpanIndex): void {
  const text = ctx.doc.text;
  if (!text.includes('North') && !text.includes('South')) return;
  const taken = out.map((m) => ({ start: m.start, end: m.end }));
  const add = (start: number, end: number, code: string): void => {
    if (taken.some((t) => t.start < end && start < t.end) || blocked.overlaps(start, end)) return;
    const sentence = sentenceIndexAt(ctx.sentences, start);
    if (sentence < 0 || ctx.sentences[sentence].boilerplate) return;
    out.push({ start, end, text: text.slice(start, end), rule: KOREA_RULE.id, sentence, code, form: 'name', metonymy: false });
    taken.push({ start, end });
  };
  for (const m of text.matchAll(KOREA_PAIR)) {
    const side = m.groups?.side ?? '';
    add(m.index, m.index + side.length, side === 'North' ? 'KP' : 'KR');
  }
  const codes = new Set(out.map((m) => m.code));
  if (!(codes.has('KP') && codes.has('KR'))) return;
  for (const m of text.matchAll(KOREA_SIDE)) {
    const side = m.groups?.side ?? '';
    const start = m.index + 4;
    add(start, start + side.length, side === 'North' ? 'KP' : 'KR');
  }
}

// ---- Blocked spans --------------------------------------------------------------------------------

/** Organization spans (and people's, when known): country words inside them are not mentions. */
function blockedSpans(ctx: ExtractorContext): SpanIndex {
  const spans: { start: number; end: number }[] = [...(ctx.organizations ?? [])];
  for (const p of ctx.people ?? []) for (const m of p.mentions ?? []) spans.push(m);
  return new SpanIndex(spans);
}

// ---- ALL-CAPS context ----------------------------------------------------------------------------

const LETTERS = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** The nearest words around the match (up to two each side) are all in capitals. */
function capsContext(tokens: PhraseToken[], m: TrieMatch<LexiconEntry>): boolean {
  let seen = 0;
  for (let k = m.from - 1, n = 0; k >= 0 && n < 2; k--) {
    const t = tokens[k];
    if (t.text === '.' || t.text === '!' || t.text === '?') break;
    if (LETTERS.test(t.text)) {
      if (LOWER.test(t.text)) return false;
      seen++;
      n++;
    }
    if (t.broken) break;
  }
  for (let k = m.to, n = 0; k < tokens.length && n < 2 && !tokens[k].broken; k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === '!' || t.text === '?') break;
    if (LETTERS.test(t.text)) {
      if (LOWER.test(t.text)) return false;
      seen++;
      n++;
    }
  }
  return seen > 0 && !LOWER.test(tokens.slice(m.from, m.to).map((t) => t.text).join(''));
}
