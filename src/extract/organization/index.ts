// The organization extractor: named organizations of any kind (docs/annotation.md,
// "Organizations"), with a canonical name, an acronym where one is standard, and the country of a
// national body ("U.S. State Department" → US).
//
// Three sources of candidates, then one overlap resolution (longest span wins; on a tie the
// lexicon, then the specific patterns, then the generic ones):
//   1. the lexicon (./lexicon.ts) through one token trie — NATO, Reuters, the Pentagon …;
//   2. pattern rules (./patterns.ts) — ministries, departments, armed services, governments;
//   3. token rules here — parties, administrations, and bodies ending in a head noun
//      ("Central Election Commission", "National Bank of Ukraine").
// A country phrase right before a national body joins its span ("Danish Ministry of Foreign
// Affairs"); a possessive one ("Ukraine's Presidential Office") only sets the country.
import type { OrganizationMention } from '../../types.js';
import type { Extractor, ExtractorContext } from '../types.js';
import { countryByCode } from '../country/lexicon.js';
import { countryAt, countryBefore, type CountryPhrase } from '../country/phrase.js';
import { PhraseTrie, rangeTokens, type PhraseToken } from '../country/phrase-trie.js';
import { contentRanges, type ContentRange } from '../country/ranges.js';
import { NAME_PART_AFTER } from '../country/rules.js';
import type { Token } from '../../types.js';
import { ORGANIZATIONS, type OrgEntry } from './lexicon.js';
import {
  BODY_HEADS, CORPORATE_HEADS, INSTITUTION_NOUNS, MEDIA_FOLLOWERS, MEDIA_HEADS, MEDIA_HEADS_LAST, MEDIA_NOUNS, MEDIA_RULE,
  NOT_BODIES, NOT_NAME_START, POSSESSIVE_IN_NAME, ORG_PATTERN_RULES, type OrgPatternRule,
} from './patterns.js';
import { posAt } from '../../segment/index.js';
import { ENGLISH_VOCABULARY, isCommonWord, isGivenName, isPlaceWord } from '../person/rules.js';

export { ORGANIZATIONS, type OrgEntry } from './lexicon.js';

export const RULES = {
  lexicon: {
    id: 'organization/lexicon',
    reason: 'a known organization by one of its names or its acronym',
    example: 'NATO; the UN Charter → UN; AFP; Financial Times',
  },
  party: {
    id: 'organization/party',
    reason: 'capitalized words ending in "Party" name a political party',
    example: 'Communist Party of China; Indonesian Democratic Party',
  },
  administration: {
    id: 'organization/administration',
    reason: '"<Name> Administration" is a government named after its head',
    example: 'the Biden Administration; the Trump administration',
  },
  namedBody: {
    id: 'organization/named-body',
    reason: 'capitalized words ending in a head noun (Commission, Agency, Bank …) name a body',
    example: 'Central Election Commission; National Bank of Ukraine; Iraqi News Agency',
  },
  media: MEDIA_RULE,
} as const;

// ---- The lexicon trie ---------------------------------------------------------------------------

interface LexiconHit {
  entry: OrgEntry;
  form: string;
}

const ORG_TRIE = new PhraseTrie<LexiconHit>();
for (const entry of ORGANIZATIONS) {
  for (const form of entry.forms) {
    ORG_TRIE.add(form, { entry, form });
    const upper = form.toUpperCase();
    // ALL-CAPS headlines ("UNITED NATIONS"); short single words stay as written ("Fed" ≠ "FED").
    if (upper !== form && (/\s/.test(form) || form.length > 4)) ORG_TRIE.add(upper, { entry, form });
  }
}

/** Number of organizations and of their surface forms, for reports. */
export function organizationLexiconSize(): { organizations: number; forms: number } {
  return { organizations: ORGANIZATIONS.length, forms: ORG_TRIE.size };
}

// ---- The extractor ----------------------------------------------------------------------------

interface Candidate {
  start: number;
  end: number;
  name: string;
  acronym: string | null;
  country: string | null;
  rule: string;
  /** Tie-break between candidates with the same span: higher wins. */
  priority: number;
  /** The lexicon entry, for lexicon candidates. */
  entry?: OrgEntry;
  /** The country came from the text around this mention (not a default). */
  countryInText?: boolean;
}

export const organizationExtractor: Extractor<OrganizationMention> = {
  id: 'organization',
  version: '1',
  extract(ctx: ExtractorContext): OrganizationMention[] {
    const text = ctx.doc.text;
    if (typeof text !== 'string' || text.length === 0) return [];
    const ranges = contentRanges(ctx.sentences);
    const candidates: Candidate[] = [];
    for (const range of ranges) {
      const tokens = rangeTokens(ctx, text, range.start, range.end);
      for (const m of ORG_TRIE.matchAll(tokens)) {
        const c = fromLexicon(text, tokens, m.from, m.to, m.value);
        if (c) candidates.push(c);
      }
      tokenRules(text, tokens, ctx.tokens, candidates);
      mediaRules(text, tokens, candidates);
    }
    for (const rule of ORG_PATTERN_RULES) {
      if (!rule.triggers.some((t) => text.includes(t))) continue;
      for (const c of fromPattern(text, rule)) if (rangeOf(ranges, c.start, c.end)) candidates.push(c);
    }
    otherMediaMentions(text, candidates, ranges);
    return resolve(text, candidates, ranges);
  },
};

/**
 * Keep the longest non-overlapping candidates, in text order: a long name wins over a short one
 * inside it ("UN Security Council" over "UN"); on equal spans the higher priority wins.
 */
function resolve(text: string, candidates: Candidate[], ranges: ContentRange[]): OrganizationMention[] {
  const byLength = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  // Kept spans are disjoint and sorted by start: only the last one starting before c.end can overlap c.
  const kept: Candidate[] = [];
  for (const c of byLength) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < c.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && kept[lo - 1].end > c.start) continue;
    kept.splice(lo, 0, c);
  }
  inheritCountry(kept);
  const out: OrganizationMention[] = [];
  for (const c of kept) {
    const range = rangeOf(ranges, c.start, c.end);
    if (!range) continue;
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      rule: c.rule,
      sentence: range.sentence(c.start),
      name: c.name,
      acronym: c.acronym,
      country: c.country,
    });
  }
  return out;
}

/**
 * "Ukraine's Presidential Office … the Presidential Office": a national body named without its
 * country takes the country another mention of the same body in the document gave, when that
 * country is the only one given.
 */
function inheritCountry(kept: Candidate[]): void {
  const given = new Map<OrgEntry, Set<string>>();
  for (const c of kept) {
    if (!c.entry?.nameWith || !c.countryInText || !c.country) continue;
    const set = given.get(c.entry) ?? new Set<string>();
    set.add(c.country);
    given.set(c.entry, set);
  }
  if (given.size === 0) return;
  for (const c of kept) {
    const set = c.entry && !c.country ? given.get(c.entry) : undefined;
    if (!c.entry?.nameWith || !set || set.size !== 1) continue;
    const [code] = set;
    c.country = code;
    c.name = c.entry.nameWith.replace('{country}', countryName(code) ?? code);
  }
}

/** The content range that holds [start, end) entirely, or null. */
function rangeOf(ranges: ContentRange[], start: number, end: number): ContentRange | null {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (end <= r.start) hi = mid - 1;
    else if (start >= r.end) lo = mid + 1;
    else return r.start <= start && end <= r.end ? r : null;
  }
  return null;
}

// ---- Country before and after a body ------------------------------------------------------------

interface CountryContext {
  /** Span start after absorbing a country prefix ("Danish Ministry …"). */
  start: number;
  /** Span end after absorbing "of <country>". */
  end: number;
  code: string | null;
}

const POSSESSIVE_BEFORE = /['’]s[ \t\u00a0]*$/;

/**
 * The country of a body at [start, end): a country phrase right before it (absorbed), a
 * possessive one ("Ukraine's", not absorbed), or "of <country>" right after (absorbed).
 */
function countryAround(text: string, start: number, end: number, allowPrefix: (p: CountryPhrase) => boolean): CountryContext {
  const res: CountryContext = { start, end, code: null };
  const before = text.slice(Math.max(0, start - 4), start);
  if (POSSESSIVE_BEFORE.test(before) && start > 0) {
    const apos = before.search(/['’]s[ \t\u00a0]*$/) + Math.max(0, start - 4);
    const p = countryBefore(text, apos);
    if (p && p.form !== 'adjective') res.code = p.code;
  } else if (start > 0 && /[ \t\u00a0]/.test(text[start - 1])) {
    const p = countryBefore(text, start);
    if (p && allowPrefix(p)) {
      res.start = compoundStart(text, p.start);
      res.code = p.code;
    }
  }
  const after = /^[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?/.exec(text.slice(end, end + 12));
  if (after) {
    const p = countryAt(text, end + after[0].length);
    if (p && p.form !== 'adjective') {
      res.end = p.end;
      if (res.code === null) res.code = p.code;
    }
  }
  return res;
}

/** "U.S.-ROK Extended Deterrence … Group": a country joined by a hyphen before `start` belongs to the name. */
function compoundStart(text: string, start: number): number {
  if (start > 1 && text[start - 1] === '-') {
    const q = countryBefore(text, start - 1);
    if (q && q.end === start - 1 && q.form !== 'adjective' && q.form !== 'capital') return q.start;
  }
  return start;
}

function countryName(code: string | null): string | null {
  return code ? (countryByCode(code)?.name ?? null) : null;
}

// ---- 1. Lexicon ---------------------------------------------------------------------------------

/** Before a body named after its seat, these make it the building: "at the White House", "a visit to the White House". */
const PLACE_BEFORE = new Set(['at', 'in', 'inside', 'outside', 'near', 'into', 'on', 'around', 'onto', 'across', 'to']);

function fromLexicon(text: string, tokens: PhraseToken[], from: number, to: number, hit: LexiconHit): Candidate | null {
  const { entry, form } = hit;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  if (entry.capsUnsafe?.includes(form) && capsAround(tokens, from, to)) return null;
  if (entry.notAfter?.some((p) => text.slice(Math.max(0, start - p.length - 1), start).trimEnd().endsWith(p))) return null;
  if (entry.notBefore && to < tokens.length && entry.notBefore.includes(tokens[to].text)) return null;
  // "Fed Cup", "U.S. Open": the name of an event, not the body.
  if (to < tokens.length && tokens[to].spaced && /^\p{Lu}/u.test(tokens[to].text) && NAME_PART_AFTER.has(tokens[to].text.toLowerCase())) return null;
  // "Boeing 737-800" is an aircraft, not the company.
  if (entry.kind === 'company' && to < tokens.length && tokens[to].spaced && /^\d/.test(tokens[to].text)) return null;
  if (entry.building) {
    // "at the White House" is the building; "the White House said" the institution.
    let k = from - 1;
    if (k >= 0 && tokens[k].text.toLowerCase() === 'the') k--;
    if (k >= 0 && k < from && PLACE_BEFORE.has(tokens[k].text.toLowerCase()) && !tokens[k + 1].broken) return null;
  }
  const nationalForm = entry.nationalForms?.includes(form) ?? false;
  const absorbs = entry.national || nationalForm || entry.kind === 'government' || entry.kind === 'military' || entry.kind === 'ngo';
  let span = { start, end, code: null as string | null };
  if (absorbs) span = countryAround(text, start, end, (p) => p.form !== 'capital');
  // A national form of an international body after a country ("Russian Security Council").
  if (nationalForm && span.code !== null) {
    const c = countryName(span.code);
    return { start: span.start, end: span.end, name: `${c} ${form}`, acronym: null, country: span.code, rule: RULES.lexicon.id, priority: 3 };
  }
  const country = span.code ?? entry.country ?? null;
  let name = entry.name;
  if (entry.nameWith && country) name = entry.nameWith.replace('{country}', countryName(country) ?? country);
  else if (entry.country && span.code && span.code !== entry.country) name = `${form} of ${countryName(span.code)}`;
  return {
    start: span.start,
    end: span.end,
    name,
    acronym: entry.acronym ?? null,
    country,
    rule: RULES.lexicon.id,
    priority: 3,
    entry,
    countryInText: span.code !== null,
  };
}

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** The words around [from, to) are in capitals (a headline). */
function capsAround(tokens: PhraseToken[], from: number, to: number): boolean {
  let seen = 0;
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    if (LETTER.test(tokens[k].text)) {
      if (LOWER.test(tokens[k].text)) return false;
      seen++;
    }
    if (tokens[k].broken) break;
  }
  for (let k = to; k < tokens.length && k < to + 3 && !tokens[k].broken; k++) {
    if (LETTER.test(tokens[k].text)) {
      if (LOWER.test(tokens[k].text)) return false;
      seen++;
    }
  }
  return seen > 0;
}

// ---- 2. Pattern rules ---------------------------------------------------------------------------

function* fromPattern(text: string, rule: OrgPatternRule): Generator<Candidate> {
  rule.pattern.lastIndex = 0;
  for (const m of text.matchAll(rule.pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const prefixOk = (p: CountryPhrase): boolean =>
      p.form !== 'capital' && (rule.id !== 'organization/defence-agency' || p.form === 'adjective');
    const span = countryAround(text, start, end, prefixOk);
    if (rule.needsCountry && (span.code === null || span.start === start)) {
      // The country must stand right before the body ("Danish Defence", "U.S. Navy"), or after
      // it for a government ("Government of Ukraine").
      if (!(rule.id === 'organization/government' && span.code !== null && span.end > end)) continue;
    }
    const country = span.code ?? rule.defaultCountry ?? null;
    yield {
      start: span.start,
      end: span.end,
      name: rule.name(m.groups ?? {}, countryName(country), text.slice(span.start, span.end)),
      acronym: null,
      country,
      rule: rule.id,
      priority: 2,
    };
  }
}

// ---- 3. Token rules: parties, administrations, named bodies -------------------------------------

const HEADS = new Set(BODY_HEADS);
const TITLE = /^\p{Lu}[\p{L}\p{M}'’.]*$/u;
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'on', 'in', 'to']);

/** Start index of the run of capitalized name words that ends right before token `head`. */
function nameRunStart(text: string, tokens: PhraseToken[], head: number, maxWords = 6): number {
  let i = head;
  let words = 0;
  let start = head;
  while (i > 0 && words < maxWords) {
    const cur = tokens[i];
    if (cur.broken) break;
    const prev = tokens[i - 1];
    if (prev.text === "'s" && i - 2 >= 0 && TITLE.test(tokens[i - 2].text)) {
      // "People's Liberation Army" — but "Ukraine's Presidential Office" is a possessive.
      if (!POSSESSIVE_IN_NAME.has(tokens[i - 2].text)) break;
      i -= 2;
      start = i;
      words++;
      continue;
    }
    if (prev.text === '-' && !prev.spaced && !cur.spaced && i - 2 >= 0 && TITLE.test(tokens[i - 2].text)) {
      // "Self-Defense", "Co-operation"
      i -= 2;
      start = i;
      continue;
    }
    if (!cur.spaced) break;
    if (TITLE.test(prev.text)) {
      i--;
      start = i;
      words++;
      continue;
    }
    if (CONNECTORS.has(prev.text) && i - 2 >= 0 && prev.spaced && connectorJoins(tokens, i - 1)) {
      i -= 2;
      start = i;
      words++;
      continue;
    }
    break;
  }
  // Drop leading function words, titles of people and connectors ("The", "President", "of").
  while (start < head && (NOT_NAME_START.has(tokens[start].text) || CONNECTORS.has(tokens[start].text) || tokens[start].text === "'s" || tokens[start].text === '-')) start++;
  return start;
}

/**
 * Does the connector at token k keep the words on both sides in one name? "Bank of Japan",
 * "Law and Justice Party", "Bank of the Philippines", "Cinema for Peace Foundation" — but not
 * "Shares of Douglas & Lomason Co",
 * "Johnson Controls Inc and Lear Corp".
 */
function connectorJoins(tokens: PhraseToken[], k: number): boolean {
  const c = tokens[k].text;
  let left = tokens[k - 1];
  if (c === 'the') {
    // "of the", "for the": look one further left
    if (k < 2 || (tokens[k - 1].text !== 'of' && tokens[k - 1].text !== 'for')) return false;
    left = tokens[k - 2];
    return TITLE.test(left.text) && INSTITUTION_NOUNS.has(left.text);
  }
  if (!TITLE.test(left.text)) return false;
  // "Treasury Department and Saudi Ministry", "Inc and Lear Corp": two bodies, not one.
  if (c === 'and' || c === '&') return !CORPORATE_HEADS.has(left.text) && !INSTITUTION_NOUNS.has(left.text);
  if (c === 'for') return true; // "Cinema for Peace Foundation", "Organization for Security and …"
  return INSTITUTION_NOUNS.has(left.text);
}

function tokenRules(text: string, tokens: PhraseToken[], wink: Token[], out: Candidate[]): void {
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h].text;
    const isParty = head === 'Party';
    const isAdministration = head === 'Administration' || head === 'administration';
    if (!isParty && !isAdministration && !HEADS.has(head)) continue;
    let runStart = nameRunStart(text, tokens, h);
    // At a sentence start any word is capitalized ("Yesterday Police said"): drop it when wink calls
    // it a function word, verb, adverb or number (nouns and adjectives start names: "Central Election …").
    if (runStart < h && sentenceInitial(tokens, runStart) && NOT_NAME_POS.has(posAt(wink, tokens[runStart].start))) {
      runStart++;
      while (runStart < h && CONNECTORS.has(tokens[runStart].text)) runStart++;
    }
    if (runStart >= h) continue;
    if (endsWithNotBody(text, tokens, runStart, h)) continue;
    let start = tokens[runStart].start;
    let end = tokens[h].end;
    // A country phrase that makes up the whole run ("Syrian Army", "Russian Government") is not a body name.
    const lead = countryAt(text, start);
    const onlyCountry = lead !== null && lead.end >= tokens[h - 1].end;
    // "U.S.-ROK Extended Deterrence … Group": the two parties join the span but not the name.
    let nameStart = start;
    if (lead) {
      const compound = compoundStart(text, start);
      if (compound < start) {
        nameStart = tokens.find((t) => t.start >= lead.end)?.start ?? start;
        start = compound;
      }
    }
    if (isAdministration) {
      // "Biden Administration": one or two name words, not a country ("Russian administration").
      if (lead || h - runStart > 2) continue;
      out.push({ start, end, name: `${text.slice(start, tokens[h - 1].end)} Administration`, acronym: null, country: null, rule: RULES.administration.id, priority: 1 });
      continue;
    }
    if (onlyCountry) continue;
    let code = lead?.code ?? null;
    // "of <country>" or "of <Name words>" after the head: "Communist Party of China", "Bank of Japan"
    const of = /^[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?/.exec(text.slice(end, end + 12));
    if (of && !CORPORATE_HEADS.has(head)) {
      const p = countryAt(text, end + of[0].length);
      if (p && p.form !== 'adjective') {
        end = p.end;
        code ??= p.code;
      }
    }
    // "National Directorate of Security", "National Institute for Space Research"
    if (end === tokens[h].end && !CORPORATE_HEADS.has(head) && !isParty) end = titleTail(text, tokens, h, end);
    if (code === null) {
      const span = countryAround(text, start, end, (p) => p.form !== 'capital');
      if (span.start < start) start = span.start;
      code = span.code;
    }
    // "NationsBank Corp." — the abbreviation's period belongs to the name.
    if ((head === 'Inc' || head === 'Corp' || head === 'Co' || head === 'Ltd') && end === tokens[h].end && text[end] === '.') end++;
    const name = text.slice(Math.max(start, nameStart), end).replace(/\s+/g, ' ');
    out.push({ start, end, name, acronym: null, country: code, rule: isParty ? RULES.party.id : RULES.namedBody.id, priority: isParty ? 2 : 1 });
  }
}

/** End of "of|for <Title words>" after a head (up to three words, "and" between them), or `end`. */
function titleTail(text: string, tokens: PhraseToken[], h: number, end: number): number {
  let k = h + 1;
  if (k >= tokens.length || !tokens[k].spaced || (tokens[k].text !== 'of' && tokens[k].text !== 'for')) return end;
  k++;
  let words = 0;
  let last = -1;
  while (k < tokens.length && words < 3 && tokens[k].spaced && !tokens[k].broken) {
    const t = tokens[k].text;
    if (TITLE.test(t) && !NOT_NAME_START.has(t)) {
      last = k;
      words++;
      k++;
    } else if ((t === 'and' || t === '&') && last === k - 1 && k + 1 < tokens.length && TITLE.test(tokens[k + 1].text)) {
      k++;
    } else break;
  }
  return last > 0 ? tokens[last].end : end;
}

/** "Jewish West Bank": the run ends in a place that merely looks like a body. */
function endsWithNotBody(text: string, tokens: PhraseToken[], runStart: number, head: number): boolean {
  for (let k = head - 1; k >= runStart && k >= head - 3; k--) {
    if (NOT_BODIES.has(text.slice(tokens[k].start, tokens[head].end))) return true;
  }
  return false;
}

const NOT_NAME_POS = new Set(['VERB', 'DET', 'ADV', 'NUM', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ']);

function sentenceInitial(tokens: PhraseToken[], i: number): boolean {
  if (i === 0 || tokens[i].broken) return true;
  return /^[.!?:;"“”'‘’(\-–—•|]$/.test(tokens[i - 1].text);
}


// ---- 4. News media named by context or by a newspaper word -------------------------------------

const MEDIA_NOUN_TRIE = new PhraseTrie<true>();
for (const noun of MEDIA_NOUNS) MEDIA_NOUN_TRIE.add(noun, true);
/** Token texts that may start a media cue, and which: one lookup per token, most tokens start none. */
const MEDIA_TRIGGERS = new Map<string, 'anywhere' | 'last' | 'noun'>([
  ...MEDIA_NOUNS.map((n) => [n.split(' ')[0], 'noun'] as const),
  ...MEDIA_HEADS_LAST.map((h) => [h, 'last'] as const),
  ...MEDIA_HEADS.map((h) => [h, 'anywhere'] as const),
]);
/** Lower-case words inside a medium's name: "Corriere della Sera", "Diario de Noticias", "Argumenty i Fakty". */
const MEDIA_CONNECTORS = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'du', 'des', 'la', 'le', 'el', 'al', 'i', 'y', 'och', 'og', 'und', 'of']);
const MEDIA_PRIORITY = 1;

/** A capitalized word of a medium's name (acronyms too: "news agency PAP"), not a title or a calendar word. */
function mediaWord(t: PhraseToken): boolean {
  return TITLE.test(t.text) && !NOT_NAME_START.has(t.text) && t.text !== 'The';
}

/**
 * The capitalized name starting at token k (a leading "The" stepped over): words joined by spaces,
 * hyphens ("Al-Ahram") and lower-case particles ("Corriere della Sera"), five words at most.
 */
function mediaNameAfter(tokens: PhraseToken[], k: number): { from: number; to: number } | null {
  if (k < tokens.length && tokens[k].text === 'The' && tokens[k].spaced && k + 1 < tokens.length) k++;
  if (k >= tokens.length || !tokens[k].spaced || !mediaWord(tokens[k])) return null;
  let last = k;
  let words = 1;
  for (let i = k + 1; i < tokens.length && words < 5; ) {
    const t = tokens[i];
    if (t.broken) break;
    if (t.text === '-' && !t.spaced && i + 1 < tokens.length && !tokens[i + 1].spaced && /^\p{L}/u.test(tokens[i + 1].text)) {
      last = i + 1;
      i += 2;
      continue;
    }
    if (!t.spaced) break;
    if (mediaWord(t)) {
      last = i;
      words++;
      i++;
      continue;
    }
    if (MEDIA_CONNECTORS.has(t.text) && i + 1 < tokens.length && tokens[i + 1].spaced && mediaWord(tokens[i + 1])) {
      i++;
      continue;
    }
    break;
  }
  return { from: k, to: last + 1 };
}

/** The capitalized name ending right before token `end` (same joins as mediaNameAfter), or null. */
function mediaNameBefore(tokens: PhraseToken[], end: number): { from: number; to: number; words: number } | null {
  let i = end - 1;
  if (i < 0 || !tokens[end].spaced || !mediaWord(tokens[i])) return null;
  let from = i;
  let words = 1;
  while (i > 0 && words < 5 && !tokens[i].broken) {
    const cur = tokens[i];
    const prev = tokens[i - 1];
    if (!cur.spaced && prev.text === '-' && !prev.spaced && i >= 2 && /^\p{L}/u.test(tokens[i - 2].text)) {
      i -= 2;
      from = i;
      continue;
    }
    if (!cur.spaced) break;
    if (mediaWord(prev)) {
      i--;
      from = i;
      words++;
      continue;
    }
    if (MEDIA_CONNECTORS.has(prev.text) && i >= 2 && prev.spaced && mediaWord(tokens[i - 2])) {
      i -= 2;
      from = i;
      words++;
      continue;
    }
    break;
  }
  return { from, to: end, words };
}

/** A capitalized word follows token k-1, directly or after "and", "of", "&": the name goes on. */
function nameGoesOn(tokens: PhraseToken[], k: number): boolean {
  const next = (j: number): PhraseToken | null => (j < tokens.length && !tokens[j].broken && tokens[j].spaced ? tokens[j] : null);
  const a = next(k);
  if (!a) return false;
  if (/^\p{Lu}/u.test(a.text)) return true;
  const b = next(k + 1);
  return (a.text === 'and' || a.text === 'of' || a.text === '&') && b !== null && /^\p{Lu}/u.test(b.text);
}

/** The first token at or after `from` (and before `end`) past the country words that open a run. */
function afterCountryWords(text: string, tokens: PhraseToken[], from: number, end: number): number {
  for (let c = countryAt(text, tokens[from].start); from < end && c; c = from < end ? countryAt(text, tokens[from].start) : null) {
    while (from < end && tokens[from].start < c.end) from++;
  }
  return from;
}

/** Not a medium's name: a person's (a known given name first), a country or a place ("the Moscow daily"). */
function mediaNameOk(text: string, tokens: PhraseToken[], from: number, to: number): boolean {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const phrase = text.slice(start, end);
  if (isGivenName(tokens[from].text) && to - from > 1) return false;
  const country = countryAt(text, start, true);
  if (country && country.end >= end) return false;
  return !isPlaceWord(phrase) && !isPlaceWord(tokens[to - 1].text);
}

function mediaCandidate(text: string, tokens: PhraseToken[], from: number, to: number): Candidate {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { start, end, name: text.slice(start, end).replace(/\s+/g, ' '), acronym: null, country: null, rule: MEDIA_RULE.id, priority: MEDIA_PRIORITY };
}

/**
 * "the Polish daily Rzeczpospolita said", "Zycie Warszawy daily", "news agency PAP"; "Gazeta
 * Wyborcza", "Frankfurter Allgemeine Zeitung", "the Sunday Times", "Daily Star".
 */
function mediaRules(text: string, tokens: PhraseToken[], out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const trigger = MEDIA_TRIGGERS.get(t.text);
    if (trigger === undefined) continue;
    // A newspaper word in a capitalized name: anywhere ("Gazeta Wyborcza", "Novaya Gazeta", "Daily
    // Mail") or last ("Sunday Times", "Irish Times"); with at least one other name word.
    const anywhere = trigger === 'anywhere';
    if (anywhere || trigger === 'last') {
      const before = mediaNameBefore(tokens, i);
      const after = !anywhere || i + 1 >= tokens.length || tokens[i + 1].broken || !tokens[i + 1].spaced ? null : mediaNameAfter(tokens, i + 1);
      let from = before ? before.from : i;
      // A country adjective before a foreign name is not part of it ("the Polish Gazeta Wyborcza").
      if (anywhere) from = afterCountryWords(text, tokens, from, i);
      const to = after ? after.to : i + 1;
      // "Guangdong Post and Telecommunications Administration", "Post Office": a longer name goes on.
      if (!anywhere && nameGoesOn(tokens, i + 1)) continue;
      if (to - from >= 2 && mediaNameOk(text, tokens, from, to)) out.push(mediaCandidate(text, tokens, from, to));
      continue;
    }
    // A media noun in lower case, the name after it or before it.
    const m = MEDIA_NOUN_TRIE.longestAt(tokens, i);
    if (!m) continue;
    const after = m.to < tokens.length && !tokens[m.to].broken ? mediaNameAfter(tokens, m.to) : null;
    if (after) {
      const next = after.to < tokens.length && !tokens[after.to].broken ? tokens[after.to] : null;
      const ok = !next || !/[\p{L}\p{N}]/u.test(next.text) || MEDIA_FOLLOWERS.has(next.text.toLowerCase());
      if (ok && mediaNameOk(text, tokens, after.from, after.to)) out.push(mediaCandidate(text, tokens, after.from, after.to));
    }
    // "Zycie Warszawy daily", "the Sabah newspaper said"; one word only after "the" and before a
    // verb of reporting (else it is often an owner, a party or a city: "a Murdoch tabloid").
    const before = mediaNameBefore(tokens, i);
    if (before) {
      const from = afterCountryWords(text, tokens, before.from, before.to);
      const words = before.to - from;
      const next = m.to < tokens.length && !tokens[m.to].broken ? tokens[m.to].text : '';
      const single =
        words === 1 && from > 0 && tokens[from - 1].text.toLowerCase() === 'the' && MEDIA_FOLLOWERS.has(next) && /^\p{Ll}/u.test(next) &&
        !isCommonWord(tokens[from].text) && !ENGLISH_VOCABULARY.has(tokens[from].text.toLowerCase());
      if ((words >= 2 || single) && mediaNameOk(text, tokens, from, before.to)) out.push(mediaCandidate(text, tokens, from, before.to));
    }
    i = m.to - 1;
  }
}

/**
 * Other mentions of a medium found by its context, in the same document: after "the daily Zycie
 * Warszawy said", a later "Zycie Warszawy said" is the newspaper too.
 */
function otherMediaMentions(text: string, candidates: Candidate[], ranges: ContentRange[]): void {
  const names = new Set<string>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (c.rule !== MEDIA_RULE.id) continue;
    names.add(text.slice(c.start, c.end));
    taken.add(c.start);
  }
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (taken.has(at) || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (!rangeOf(ranges, at, end)) continue;
      taken.add(at);
      candidates.push({ start: at, end, name: name.replace(/\s+/g, ' '), acronym: null, country: null, rule: MEDIA_RULE.id, priority: MEDIA_PRIORITY });
    }
  }
}
