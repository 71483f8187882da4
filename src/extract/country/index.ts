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
import { rangeTokens, type PhraseToken, type TrieMatch } from './phrase-trie.js';
import { SpanIndex, contentRanges, sentenceIndexAt, type ContentRange } from './ranges.js';
import {
  ACTOR_AUXILIARIES,
  ACTOR_VERBS,
  ACTOR_VERB_FILLERS,
  CAPITAL_PERSON_RULE,
  GOVERNMENT_DESCRIPTORS,
  GOVERNMENT_NOUNS,
  KOREA_RULE,
  METONYMY_RULE,
  PERSON_NAMES,
  PLACE_BEFORE_CAPITAL,
  PLACE_PREPOSITIONS,
  RELATION_NOUNS,
  SKIP_RULES,
  isNameWord,
  type MatchEnv,
} from './rules.js';
import { DESCRIPTORS, POSSESSED_PERSONAL } from '../person/titles.js';
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
    const found: { range: ContentRange; tokens: PhraseToken[]; m: TrieMatch<LexiconEntry> }[] = [];
    let capitals = false;
    for (const range of contentRanges(ctx.sentences)) {
      const tokens = rangeTokens(ctx, text, range.start, range.end);
      for (const m of COUNTRY_TRIE.matchAll(tokens)) {
        found.push({ range, tokens, m });
        if (m.value.form === 'capital') capitals = true;
      }
    }
    // Capitals that name a person somewhere in the document are that person everywhere in it.
    const people = capitals ? capitalsNamingPeople(text, found, ctx.tokens, blocked) : NONE;
    for (const { range, tokens, m } of found) {
      const verdict = judge(text, tokens, m, ctx.tokens, range.sentence(m.start), people);
      if (typeof verdict === 'string') {
        if (verdict === SURNAME_RULE) {
          const surface = text.slice(m.start, m.end);
          if (PERSON_NAMES.has(surface)) surnames.add(surface);
        }
      } else if (verdict && !blocked.overlaps(verdict.start, verdict.end)) out.push(verdict);
    }
    if (surnames.size > 0) out = out.filter((m) => !surnames.has(m.text));
    addKoreaEllipsis(ctx, out, blocked);
    out.sort((a, b) => a.start - b.start);
    return out;
  },
};

const SURNAME_RULE = 'country/skip-surname';
const NONE: ReadonlySet<string> = new Set();

/** A country mention, or the id of the skip rule that vetoed the match, or null (not a country). */
function judge(
  text: string,
  tokens: PhraseToken[],
  m: TrieMatch<LexiconEntry>,
  wink: Token[],
  sentence: number,
  people: ReadonlySet<string>,
): CountryMention | string | null {
  const entry = m.value;
  if (entry.code === null) return null; // a region or sea ("Indian Ocean")
  const surface = text.slice(m.start, m.end);
  if (entry.form === 'capital' && people.has(surface.toLowerCase())) return CAPITAL_PERSON_RULE.id;
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

/**
 * "Washington said", "Moscow has repeatedly denied", "Washington will balance the budget",
 * "Beijing's position", "talks between Washington and Moscow"; not "in Kyiv", not "Washington fell
 * short" (a verb that does not say what a government does, with no auxiliary before it).
 */
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
    if (b === 'between' || (b === 'and' && betweenFrame(tokens, match.from - 1))) return relationBefore(tokens, match.from);
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
  // Fillers ("has", "repeatedly", "will") then a government verb; or a modal or auxiliary then any
  // verb ("will balance", "has moved", "is sending"), but not a passive ("has been nuked").
  let auxiliary = false;
  let copula = false;
  for (let n = 0; n < 5; n++) {
    const t = at(i);
    if (!t || !t.spaced) return false;
    const w = t.text.toLowerCase();
    if (ACTOR_VERBS.has(w)) return true;
    if (ACTOR_VERB_FILLERS.has(w)) {
      if (ACTOR_AUXILIARIES.has(w)) auxiliary = true;
      if (w === 'been' || w === 'is' || w === 'was') copula = true;
      i++;
      continue;
    }
    if (!/^\p{Ll}/u.test(t.text) || posAt(wink, t.start) !== 'VERB') return false;
    return copula ? w.endsWith('ing') : auxiliary;
  }
  return false;
}

/** Token k is "and" in "between <country or capital> and": the second of a pair after "between". */
function betweenFrame(tokens: PhraseToken[], k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - 4; j--) {
    if (tokens[j].broken) return false;
    if (tokens[j].text.toLowerCase() === 'between') {
      const m = COUNTRY_TRIE.longestAt(tokens, j + 1);
      return m !== null && m.value.code !== null && m.to === k;
    }
  }
  return false;
}

/** "talks between", "relations between" before the pair whose member starts at token `from`. */
function relationBefore(tokens: PhraseToken[], from: number): boolean {
  let j = from - 1;
  while (j > 0 && tokens[j].text.toLowerCase() !== 'between') j--;
  for (let k = j - 1; k >= 0 && k >= j - 2; k--) {
    if (tokens[k + 1].broken) return false;
    if (RELATION_NOUNS.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

/** Nouns for a person right before a name ("striker", "finalist", "seeded"), less those that also describe governments ("ally"). */
const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set(DESCRIPTORS.filter((d) => !GOVERNMENT_DESCRIPTORS.has(d)));
const PERSONAL_AFTER_POSSESSIVE: ReadonlySet<string> = new Set(POSSESSED_PERSONAL);
/** A capitalized word with a lower-case letter: a name word ("MaliVai", "Denzel"), not an acronym (two linear tests, no backtracking). */
const NAME_CHARS = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const HAS_LOWER = /\p{Ll}/u;
const nameShape = (word: string): boolean => NAME_CHARS.test(word) && HAS_LOWER.test(word);
const CLAUSE_PUNCT = /^[.!?:;"“”'‘’(\-–—•|]$/;

/**
 * Capitals (lower-cased) that name a person in this document: after a name word ("MaliVai
 * Washington", "Mr Washington"), after a person descriptor ("finalist Washington", "the 11th-seeded
 * Washington"), before ", who" or a possessive kin noun ("Washington's wife"). Not inside an
 * organization's name ("George Washington University"), not a place ("Fort Washington").
 */
function capitalsNamingPeople(text: string, found: { tokens: PhraseToken[]; m: TrieMatch<LexiconEntry> }[], wink: Token[], blocked: SpanIndex): Set<string> {
  const out = new Set<string>();
  for (const { tokens, m } of found) {
    if (m.value.form !== 'capital' || blocked.overlaps(m.start, m.end)) continue;
    const surface = text.slice(m.start, m.end).toLowerCase();
    if (out.has(surface)) continue;
    const first = tokens[m.from];
    const b1 = m.from > 0 && !first.broken && first.spaced ? tokens[m.from - 1] : null;
    let person = false;
    if (b1 && nameShape(b1.text) && isNameWord(b1) && !PLACE_BEFORE_CAPITAL.has(b1.text.toLowerCase())) {
      // At a sentence start any word is capitalized ("Yesterday Washington …"): only a proper noun counts.
      const b2 = m.from > 1 && !b1.broken ? tokens[m.from - 2] : null;
      const initial = b2 === null || CLAUSE_PUNCT.test(b2.text);
      const other = COUNTRY_TRIE.longestAt(tokens, m.from - 1);
      person = (!initial || posAt(wink, b1.start) === 'PROPN') && !(other && other.to === m.from);
    } else if (b1 && PERSON_DESCRIPTORS.has(b1.text)) person = true;
    const a1 = m.to < tokens.length && !tokens[m.to].broken ? tokens[m.to] : null;
    const a2 = a1 && m.to + 1 < tokens.length && !tokens[m.to + 1].broken ? tokens[m.to + 1] : null;
    if (a1?.text === ',' && a2?.text === 'who') person = true;
    if (a1?.text === "'s" && a2 && PERSONAL_AFTER_POSSESSIVE.has(a2.text)) person = true;
    if (person) out.add(surface);
  }
  return out;
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
