// Who commits: the subject before a trigger, resolved to an entity.
//
// The document is read once into a DocContext: entity mentions (countries, organizations, people),
// the country each person speaks for, the publisher's country for official texts, the groups the
// text names (for "the two leaders", "they"), and the spans of direct quotes with their speakers.
// subjectBefore() then finds the subject of one clause and resolveSubject() turns it into an actor.
import type { EntityRef, Person, Sentence } from '../../types.js';
import type { ExtractorContext } from '../types.js';
import { countryByCode } from '../country/index.js';
import { clauseStartBefore, givenNameGender } from './clause.js';
import { covering, lastBefore, posAt, tokenAt, tokensIn, within } from './spans.js';
import { isWhiteSpace } from '../../chars.js';
import { firstIndex } from '../../sorted.js';

export { posAt, tokenAt, tokensIn };
import type { SubjectKind } from './cues.js';
import {
  AGENT_HEADS, alt, DOCUMENT_NOUNS, GOVERNMENT_BODY, GOVERNORS, GROUP_SUBJECT, INSTITUTION_HEADS, INSTRUMENT_NOUNS, INTERNATIONAL_ROLE, PARENTHETICAL,
  PAST_INSTRUMENT, PUBLISHERS, REPORTING_VERBS, SOURCE_NOUNS, SUBJECT_PRONOUNS, SUBORDINATORS,
} from './lexicon.js';

export interface Mention {
  start: number;
  end: number;
  ref: EntityRef;
  /** Country mentions: how the country was named (an adjective needs an agent noun after it to act). */
  form?: string;
}

export interface DocContext {
  ctx: ExtractorContext;
  text: string;
  mentions: Mention[];
  /** The country an official publisher speaks for (White House → US), from the url or source. */
  publisher: EntityRef | null;
  /** Person key → the country the person speaks for, when the text (or the publisher) says. */
  personCountry: Map<string, EntityRef>;
  /** Groups the text names, by the offset where each is named: bloc organizations, "A and B", "A met with B". */
  groups: { at: number; ref: EntityRef }[];
  /** Direct quotes with the person or entity who speaks them. */
  quotes: { start: number; end: number; speaker: EntityRef | null }[];
}

export function countryRef(code: string): EntityRef {
  return { kind: 'country', key: code, name: countryByCode(code)?.name ?? code };
}

const REPORTING = alt(REPORTING_VERBS);
/** "“…,” Bødskov said" / "“…,” he said" after a quote. */
const QUOTE_ATTRIBUTION = new RegExp(String.raw`^[\s,]*(?:(?<pron>he|she|it|they)|(?<name>(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}'’-]+))\s+(?:${REPORTING})\b`, 'u');
/** "X said: “…”", "According to X, “…”" before a quote. */
const QUOTE_INTRO = new RegExp(String.raw`(?:${REPORTING}|according\s+to\s+[^:]{2,40})\s*[:,]?\s*$`, 'iu');
/** A verb of saying that ends the text before a clause ("North Korea stated [it would …]"). */
const REPORTING_BEFORE = new RegExp(String.raw`\b(?:${REPORTING})\b(?:\s+(?:to\s+)?(?:reporters|journalists|the\s+press|him|her|them|parliament))?(?:\s+(?:on\s+\p{Lu}\w+|today|yesterday|in\s+a\s+statement))?\s*(?:,\s*)?(?:that\s*)?$`, 'iu');
/** ", Bødskov of Denmark said" after a name. */
const SAID_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?(?:(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3},?\s+)?(?:${REPORTING})\b`, 'iu');
const BLOC = /^(?:G\d+|G-\d+|Group of|NATO|North Atlantic|EU|European Union|Quad|ASEAN|Association of Southeast|African Union|AU|Arab League|League of Arab|Bucharest Nine|B9|GCC|Gulf Cooperation|BRICS|Nordic|OSCE|CSTO|SCO|Shanghai Cooperation|Five Eyes|AUKUS|Visegrad|V4)\b/i;

export function buildDocContext(ctx: ExtractorContext): DocContext {
  const text = ctx.doc.text;
  const mentions: Mention[] = [];
  for (const c of ctx.countries) mentions.push({ start: c.start, end: c.end, ref: countryRef(c.code), form: c.form });
  for (const o of ctx.organizations) mentions.push({ start: o.start, end: o.end, ref: { kind: 'organization', key: o.acronym ?? o.name, name: o.name } });
  for (const p of ctx.people) for (const m of p.mentions) mentions.push({ start: m.start, end: m.end, ref: { kind: 'person', key: p.key, name: p.name } });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop mentions nested in a longer one ("U.S." inside an organization's name is not separate).
  const flat: Mention[] = [];
  let maxEnd = -1;
  for (const m of mentions) {
    if (m.end <= maxEnd) continue;
    flat.push(m);
    maxEnd = m.end;
  }

  // The person → country map, the groups and the quotes are worked out when first asked for (many
  // documents never need them). They depend on the mentions as named here (the countries) and as
  // resolved below (groups, quotes), which are final by the time anything asks.
  const countries = flat.filter((m) => m.ref.kind === 'country');
  let personCountry: Map<string, EntityRef> | null = null;
  let groups: DocContext['groups'] | null = null;
  let quotes: DocContext['quotes'] | null = null;
  const dc: DocContext = {
    ctx,
    text,
    mentions: flat,
    publisher: publisherOf(ctx),
    get personCountry() {
      if (!personCountry) {
        personCountry = new Map();
        for (const p of ctx.people) {
          const c = personCountryOf(dc, p, countries);
          if (c) personCountry.set(p.key, c);
        }
      }
      return personCountry;
    },
    get groups() {
      return (groups ??= namedGroups(dc));
    },
    get quotes() {
      return (quotes ??= quoteSpans(dc));
    },
  };
  // Organizations of a government speak for their country: resolve them once.
  dc.mentions = dc.mentions.map((m) => {
    const ref = governmentAsCountry(dc, m);
    return ref === m.ref ? m : { ...m, ref };
  });
  return dc;
}

/** The publisher's country from the document's url host or source line. */
function publisherOf(ctx: ExtractorContext): EntityRef | null {
  const meta = ctx.doc.meta ?? {};
  let host = '';
  try {
    host = meta.url ? new URL(meta.url).hostname : '';
  } catch {
    host = '';
  }
  // The source's words, split once for all publishers.
  const words = meta.source ? meta.source.replace(/\(([^)]*)\)/g, ' $1 ').split(/\s+/) : [];
  for (const p of PUBLISHERS) {
    if ((host && p.host.test(host)) || (meta.source && p.host.test(words.find((w) => p.host.test(w)) ?? ''))) return countryRef(p.country);
    if (meta.source && /\bwhite house\b/i.test(meta.source) && p.id === 'us-white-house') return countryRef(p.country);
  }
  return null;
}

/**
 * The country a person speaks for: the role's country from the person extractor; else a country
 * the text ties to a mention ("Vladimir Putin of Russia", "Republic of Korea Vice Foreign Minister
 * Cho", "President Erdoğan and Türkiye"); else, in an official text, the publisher's country for an
 * official named with a role (not of an international organization).
 */
function personCountryOf(dc: DocContext, p: Person, countries: Mention[]): EntityRef | null {
  if (p.country) return countryRef(p.country);
  const text = dc.text;
  for (const m of p.mentions) {
    const after = text.slice(m.end, m.end + 40);
    const of = /^\s+of\s+(?:the\s+)?/.exec(after);
    if (of) {
      const c = covering(countries, m.end + of[0].length);
      if (c && c.start === m.end + of[0].length) return c.ref;
    }
    // A country named before the title: "Republic of Korea 1st Vice Foreign Minister Cho Hyundong".
    const before = lastBefore(countries, m.start, (x) => m.start - x.end <= 45, 3);
    if (before && /^\s+(?:(?:\d+(?:st|nd|rd|th)|[\p{Lu}][\p{L}.-]*|of|the|for)\s+){1,5}$/u.test(text.slice(before.end, m.start))) return before.ref;
  }
  if (p.role) {
    for (const m of p.mentions) {
      const c = within(countries, m.end, m.end + 60).find((x) => x.form === 'name' && /^\s+and\s+(?:the\s+)?$/.test(text.slice(m.end, x.start)));
      if (c && !/^\s+\p{Lu}/u.test(text.slice(c.end, c.end + 3))) return c.ref;
    }
  }
  if (dc.publisher && p.role && !INTERNATIONAL_ROLE.test(p.role)) return dc.publisher;
  return null;
}

/** "The U.S. Government", "the Biden Administration", "Ukraine's Presidential Office" act as their country. */
function governmentAsCountry(dc: DocContext, m: Mention): EntityRef {
  if (m.ref.kind !== 'organization' || !GOVERNMENT_BODY.test(m.ref.name)) return m.ref;
  const org = dc.ctx.organizations.find((o) => o.start === m.start && o.end === m.end);
  if (org?.country) return countryRef(org.country);
  // "<Surname> Administration": the country of that person, else the publisher's.
  const word = /^(\p{Lu}[\p{L}'-]+)\s+(?:Administration|Government)$/u.exec(m.ref.name)?.[1];
  if (word) {
    const person = dc.ctx.people.find((p) => p.name.split(/\s+/).includes(word) || p.key.includes(word.toLowerCase()));
    if (person && dc.personCountry.has(person.key)) return dc.personCountry.get(person.key)!;
    if (dc.publisher) return dc.publisher;
  }
  return m.ref;
}

/** A person as actor: one who speaks for a country (a role and a country) commits the country. */
export function actorOfPerson(dc: DocContext, ref: EntityRef): { actor: EntityRef; speaker: EntityRef | null } {
  if (ref.kind !== 'person') return { actor: ref, speaker: null };
  const person = dc.ctx.people.find((p) => p.key === ref.key);
  const country = dc.personCountry.get(ref.key);
  if (person?.role && country) return { actor: country, speaker: ref };
  return { actor: ref, speaker: null };
}

/** Members → one actor: a single entity, or a group of distinct parties (US+PH). */
export function groupOf(refs: EntityRef[]): EntityRef | null {
  if (refs.length === 1 && !refs[0].members?.length) return refs[0];
  const unique: EntityRef[] = [];
  for (const r of refs.flatMap((x) => (x.members?.length ? x.members : [x]))) if (!unique.some((u) => u.key === r.key)) unique.push(r);
  if (!unique.length) return null;
  if (unique.length === 1) return unique[0];
  return { kind: 'group', key: unique.map((u) => u.key).join('+'), name: unique.map((u) => u.name).join(' and '), members: unique };
}

/**
 * Groups named in the text, for later "they" / "the two leaders" / "both sides": a bloc
 * organization (G7, NATO), parties joined by "and" that are not the object of a preposition
 * ("Norway, Estonia, Latvia and Lithuania have …", "between the United States and Israel"), and
 * the two sides of a meeting ("Biden spoke today with President Putin of Russia").
 */
function namedGroups(dc: DocContext): { at: number; ref: EntityRef }[] {
  const text = dc.text;
  const out: { at: number; ref: EntityRef }[] = [];
  const ms = dc.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    // A bloc that acts or is named as a body ("the Group of Seven nations agreed", "Europe and NATO."),
    // not one that names something else ("G7 Joint Declaration", "NATO summit").
    if (m.ref.kind === 'organization' && BLOC.test(m.ref.name + ' ' + m.ref.key)) {
      const after = text.slice(m.end, m.end + 30);
      const next = /^\s+([\p{L}-]+)/u.exec(after);
      const acts = /^\s*(?:[,.;:)—–]|$)/.test(after) || /^\s+(?:and|or|nations|countries|members|allies|leaders|partners|states|governments)\b/i.test(after) || (!!next && ['VERB', 'AUX'].includes(posAt(dc.ctx, m.end + after.indexOf(next[1]))));
      if (acts) out.push({ at: m.end, ref: m.ref });
    }
    // A chain "A, B and C".
    let j = i + 1;
    while (j < ms.length && joinsNext(text, ms[j - 1].end, ms[j].start)) j++;
    if (j - i > 1) {
      const chain = ms.slice(i, j);
      const lead = text.slice(Math.max(0, m.start - 30), m.start);
      const governed = GOVERNORS.test(lead) && !/\bbetween\s+(?:the\s+)?$/i.test(lead);
      const refs = chain.map((c) => partyOf(dc, c.ref)).filter((r): r is EntityRef => r !== null && r.kind !== 'organization');
      const g = groupOf(refs);
      if (!governed && g?.kind === 'group') out.push({ at: chain[chain.length - 1].end, ref: g });
      i = j - 1;
    }
  }
  // The two sides of a meeting or negotiation: "<A> spoke/met … with <B>".
  for (const s of dc.ctx.sentences) {
    if (s.boilerplate) continue;
    const inS = within(ms, s.start, s.end);
    const first = inS[0];
    if (!first || !/^\s*(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.'-]*\s+){0,4}$/u.test(text.slice(s.start, first.start))) continue;
    const w = MEETING_WITH;
    w.lastIndex = first.end - s.start;
    const sText = text.slice(s.start, s.end);
    const hit = w.exec(sText);
    if (!hit || !MEETING_VERB.test(sText.slice(first.end - s.start, hit.index))) continue;
    const b = inS.find((m) => m.start >= s.start + hit.index + 5 && m.start <= s.start + hit.index + hit[0].length);
    if (!b) continue;
    const a = partyOf(dc, first.ref);
    const other = partyOf(dc, b.ref);
    const g = a && other ? groupOf([a, other]) : null;
    if (g?.kind === 'group') out.push({ at: b.end, ref: g });
  }
  return out.sort((x, y) => x.at - y.at);
}

const MEETING_WITH = /\b(?:with)\s+(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d.'-]*\s+){0,5}/gu;
const MEETING_VERB = /\b(?:spoke|speaks|met|meets|meeting|held|holds|talked|talks|negotiations?|negotiating|call|called|conferred)\b/i;
const CHAIN_GAP = /^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/**
 * The text between two mentions joins them in a chain (", ", " and ", ", and the "). CHAIN_GAP opens
 * with "\s*" and then ",", "and" or "&": the first other character is tested before the regex.
 */
function joinsNext(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isWhiteSpace(text.charCodeAt(i))) i++;
  const c = text[i];
  if (i >= to || (c !== ',' && c !== 'a' && c !== '&')) return false;
  const gap = text.slice(from, to);
  return CHAIN_GAP.test(gap) && !/[.;:]/.test(gap);
}

/** A mention as a party: a person speaking for a country is that country. */
function partyOf(dc: DocContext, ref: EntityRef): EntityRef | null {
  if (ref.kind === 'person') return dc.personCountry.get(ref.key) ?? ref;
  return ref;
}

export function latestGroup(dc: DocContext, before: number): EntityRef | null {
  let lo = 0;
  let hi = dc.groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dc.groups[mid].at <= before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? dc.groups[lo - 1].ref : null;
}

/** Direct quotes (“…” or "…") within a paragraph, each with its speaker when the text names one. */
function quoteSpans(dc: DocContext): DocContext['quotes'] {
  const out: DocContext['quotes'] = [];
  for (const { start, end } of quoteRanges(dc.text)) out.push({ start, end, speaker: quoteSpeaker(dc, start, end) });
  return out;
}

/**
 * The matches of /“([^”\n]{3,}?)(?:”|(?=\n))|"([^"\n]{3,}?)"/g, found in linear time: a quote opens
 * at “ (or "), runs to the first ” or line end (or the next "), and holds at least three characters;
 * “ closed by a line end ends before it. The regex itself rescans the rest of the line from every
 * unclosed opening quote, which is quadratic on text full of them.
 */
export function quoteRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // The next “ " ” and line end at or after the scan position; each pointer only moves forward.
  const next = [-2, -2, -2, -2];
  let p = 0;
  while (p < text.length) {
    const curly = nextIndex(text, next, 0, p);
    const straight = nextIndex(text, next, 1, p);
    const at = Math.min(curly, straight);
    if (at === Infinity) break;
    if (at === curly) {
      const close = Math.min(nextIndex(text, next, 2, at + 1), nextIndex(text, next, 3, at + 1));
      if (close !== Infinity && close - at - 1 >= 3) {
        const end = text[close] === '”' ? close + 1 : close;
        out.push({ start: at, end });
        p = end;
        continue;
      }
    } else {
      const close = Math.min(nextIndex(text, next, 1, at + 1), nextIndex(text, next, 3, at + 1));
      if (close !== Infinity && text[close] === '"' && close - at - 1 >= 3) {
        out.push({ start: at, end: close + 1 });
        p = close + 1;
        continue;
      }
    }
    p = at + 1;
  }
  return out;
}

const QUOTE_CHARS = ['“', '"', '”', '\n'];

/** The index of QUOTE_CHARS[k] at or after `from` (Infinity if none), kept in next[k] for later calls with a larger `from`. */
function nextIndex(text: string, next: number[], k: number, from: number): number {
  if (next[k] !== -1 && next[k] < from) next[k] = text.indexOf(QUOTE_CHARS[k], from);
  return next[k] === -1 ? Infinity : next[k];
}

/** "“…,” Bødskov said", "“…,” he said", "X said: “…”", "According to X: “…”". */
function quoteSpeaker(dc: DocContext, start: number, end: number): EntityRef | null {
  const text = dc.text;
  const after = text.slice(end, end + 60);
  const rep = QUOTE_ATTRIBUTION.exec(after);
  if (rep?.groups?.name) {
    const m = within(dc.mentions, end, end + rep[0].length)[0];
    if (m) return m.ref;
  }
  if (rep?.groups?.pron) {
    const p = rep.groups.pron.toLowerCase();
    if (p === 'he' || p === 'she') return pronounPerson(dc, start, p);
    return lastMention(dc, start, (r) => r.kind !== 'person');
  }
  const before = text.slice(Math.max(0, start - 80), start);
  if (QUOTE_INTRO.test(before)) {
    const m = lastBefore(dc.mentions, start, (x) => x.start >= start - 80, 20);
    if (m) return m.ref;
  }
  return null;
}

/**
 * The person "he" or "she" at `at` stands for: the last one named, when named in this sentence or
 * the one before; else the person named most often so far (ties: the latest). A feature about one
 * person names others in passing ("… worked with Vladimir Putin"), and the story's "he" goes on
 * meaning its subject.
 */
function pronounPerson(dc: DocContext, at: number, pronoun: string): EntityRef | null {
  // "she" is not a man named by a given name compromise knows as male ("Gordon"), "he" not a woman.
  const unlike = /^(?:she|her)$/i.test(pronoun) ? 'male' : 'female';
  const fits = (r: EntityRef): boolean => r.kind === 'person' && givenNameGender(r.name.split(/\s+/)[0] ?? '') !== unlike;
  const last = lastBefore(dc.mentions, at, (m) => fits(m.ref));
  if (!last || sentenceIndex(dc, at) - sentenceIndex(dc, last.start) <= 1) return last?.ref ?? null;
  const counts = new Map<string, { ref: EntityRef; n: number }>();
  // The 400 mentions before it at most (a hostile text of thousands of names stays linear).
  lastBefore(dc.mentions, at, (m) => {
    if (fits(m.ref)) {
      const c = counts.get(m.ref.key);
      if (c) c.n++;
      else counts.set(m.ref.key, { ref: m.ref, n: 1 });
    }
    return false;
  });
  let best = { ref: last.ref, n: counts.get(last.ref.key)?.n ?? 1 };
  for (const c of counts.values()) if (c.n > best.n) best = c;
  return best.ref;
}

/** The index of the sentence that holds (or last starts before) offset `at`. */
function sentenceIndex(dc: DocContext, at: number): number {
  const sentences = dc.ctx.sentences;
  return firstIndex(sentences.length, (k) => sentences[k].start > at) - 1;
}

function lastMention(dc: DocContext, before: number, ok: (r: EntityRef) => boolean): EntityRef | null {
  return lastBefore(dc.mentions, before, (m) => ok(m.ref))?.ref ?? null;
}

export function quoteAt(dc: DocContext, at: number): DocContext['quotes'][number] | null {
  const q = covering(dc.quotes, at);
  return q && at > q.start ? q : null;
}

// ---------------------------------------------------------------------------------------------
// The subject of a clause

export interface Subject {
  kind: SubjectKind | 'np' | 'gerund' | 'none' | 'inherited' | 'unnamed';
  start: number;
  end: number;
  /** Named parties in subject position (before resolution of persons to countries). */
  refs: EntityRef[];
  /** The pronoun, or the pronoun possessor ("my Administration"), when the subject is one. */
  pronoun?: string;
  /** "Together, we …": a joint subject. */
  together?: boolean;
  /** A verb phrase between the subject and the trigger, coordinated by "and" ("conferred … and agreed"). */
  coordinated?: boolean;
}

/** The auxiliary chain between a subject and its trigger ("has also", "will not", "jointly"): lower case only ("Italy will" keeps its subject). */
const AUX_WORDS = ['will', 'would', 'shall', 'has', 'have', 'had', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'not', "n't", 'never', 'also', 'now', 'still', 'already', 'further', 'today', 'then', 'both', 'together', 'again', 'just', 'hereby'];
const AUX_SET = new Set(AUX_WORDS);

/**
 * The auxiliary chain at the end of a text, as a regex: words of AUX_WORDS or [a-z]+ly, and
 * , — – -, each after optional white space. Kept as the definition that auxTailStart() reads from
 * the end; tests check that both agree. (An earlier "(\s* word \s*)+$" split each run of white
 * space between neighbours, exponential on "will will will … x".)
 */
export const AUX_TAIL = new RegExp(String.raw`(?<!\s)(?:\s*(?:\b(?:${AUX_WORDS.join('|')}|[a-z]+ly)\b|[,—–-]))+\s*$`);

/**
 * Where AUX_TAIL's match starts in `s` (-1 if none), read from the end of s: strip white space,
 * then items (a whole word of AUX_WORDS or [a-z]+ly, "n't", or one of , — – -) with the white
 * space before each, as long as one ends there. Linear in the length of the chain, not of s.
 */
export function auxTailStart(s: string): number {
  let i = s.length;
  while (i > 0 && isWhiteSpace(s.charCodeAt(i - 1))) i--;
  let start = -1;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    let j = i - 1;
    if (c === 0x2c || c === 0x2014 || c === 0x2013 || c === 0x2d) {
      // , — – -
    } else if (isWordCode(c)) {
      while (j > 0 && isWordCode(s.charCodeAt(j - 1))) j--;
      const w = s.slice(j, i);
      if (w === 't' && j >= 2 && s[j - 1] === "'" && s[j - 2] === 'n' && (j === 2 || !isWordCode(s.charCodeAt(j - 3)))) j -= 2;
      else if (!AUX_SET.has(w) && !isLyWord(w)) break;
    } else break;
    while (j > 0 && isWhiteSpace(s.charCodeAt(j - 1))) j--;
    start = j;
    i = j;
  }
  return start;
}

/** /^[a-z]+ly$/ */
function isLyWord(w: string): boolean {
  if (w.length < 3 || !w.endsWith('ly')) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** \w without the u flag: [A-Za-z0-9_]. */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * The subject between the clause start and the trigger. The region is cut into comma (and dash)
 * segments; the subject is the last segment that is neither a parenthesis ("together with the
 * Nordics") nor a fronted adverbial ("As Russia prepares to …", "Today"), read as a noun phrase up
 * to its first verb.
 */
export function subjectBefore(dc: DocContext, clauseStart: number, tStart: number, allowVerbPhrase = false): Subject {
  const text = dc.text;
  const tail = auxTailStart(text.slice(clauseStart, tStart));
  const regionEnd = tail >= 0 ? clauseStart + tail : tStart;
  const together = /\btogether\b/i.test(text.slice(clauseStart, tStart));
  const segments = commaSegments(dc, clauseStart, regionEnd);
  for (let k = segments.length - 1; k >= 0; k--) {
    let [s, e] = segments[k];
    const seg = text.slice(s, e);
    const lead = /^[\s“"'‘(]*(?:(?:and|but|so|yet|then|thus|now|also|together|still|rather|instead|moreover|indeed|meanwhile)\b[\s,]*)*/i.exec(seg)![0];
    s += lead.length;
    const body = text.slice(s, e).trim();
    if (!body) continue;
    if (PARENTHETICAL.test(body)) continue;
    // A participial aside ("strengthened by our newest Ally Finland") or an appositive title.
    if (k < segments.length - 1 && /^(?:[a-z]+ed|[a-z]+en)\s+by\b/i.test(body)) continue;
    if (SUBORDINATORS.test(body) || ADVERBIAL_OPENER.test(body)) {
      // "Denmark, through its agency, will …": an adverbial set off by commas between the subject
      // and its verb ("Lord Woolf, to abandon guidelines he proposed" is no such aside).
      if (k > 0 && /^\s*,/.test(text.slice(e, tStart))) continue;
      return { kind: 'none', start: tStart, end: tStart, refs: [] };
    }
    if (k > 0 && /^\s*,/.test(text.slice(e, tStart)) && /^\p{Ll}+ly\s+/u.test(body) && ADVERBIAL_OPENER.test(body.replace(/^\p{Ll}+ly\s+/u, ''))) continue;
    if (isTimeAdverbial(dc, s, e)) return { kind: 'none', start: tStart, end: tStart, refs: [] };
    const subject = readSubject(dc, s, e, tStart, allowVerbPhrase);
    if (subject.kind === 'none' && k > 0 && segments.length > 1 && /^\p{Lu}[\p{L}.]*\s*$/u.test(body)) continue;
    // "the Taliban, once the governing force, seeks …": an appositive after a name; the name is the subject.
    if (subject.kind === 'np' && k > 0 && !subject.coordinated && /^(?:a|an|the|once|now|then|formerly|also)\b/i.test(body) && e - s < 80) {
      const prev = readSubject(dc, segments[k - 1][0], segments[k - 1][1], tStart, allowVerbPhrase);
      if (prev.kind === 'entity' || prev.kind === 'pronoun') {
        prev.together = together;
        return prev;
      }
    }
    subject.together = together;
    return subject;
  }
  return { kind: 'none', start: tStart, end: tStart, refs: [], together };
}

/** Prepositions that open an adverbial segment ("In 2024,", "Under the agreement,", "as a first step,"). */
const ADVERBIAL_OPENER = /^(?:in|on|at|during|with|through|by|under|following|after|before|for|from|since|until|according|despite|amid|over|within|without|to|unlike|like|given|upon)\b/i;

/** "Today", "Earlier this week", "On 14 January": a date stands alone in the segment. */
function isTimeAdverbial(dc: DocContext, s: number, e: number): boolean {
  const body = dc.text.slice(s, e).trim();
  if (/^(?:today|yesterday|tomorrow|now|meanwhile|however|instead|in\s+addition|additionally|furthermore|moreover|also|finally|first|second|third|again|separately|similarly|likewise|in\s+return|in\s+turn|as\s+a\s+result|to\s+this\s+end|for\s+example)$/i.test(body)) return true;
  const d = within(dc.ctx.dates, s, e)[0];
  return !!d && dc.text.slice(s, d.start).trim().split(/\s+/).filter(Boolean).length <= 1 && dc.text.slice(d.end, e).trim() === '';
}

/** Comma and dash segments of [from, to), keeping chains of names and names with commas ("Biden, Jr.") whole. */
function commaSegments(dc: DocContext, from: number, to: number): [number, number][] {
  const text = dc.text;
  const near = within(dc.mentions, from - 200, to + 200);
  const out: [number, number][] = [];
  let s = from;
  // Only the separator characters are visited (found by the regex engine, not one by one).
  const region = text.slice(from, to);
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(region); m; m = SEPARATOR.exec(region)) {
    const i = from + m.index;
    const ch = m[0];
    if ((ch === ',' && !inMentionAt(near, i) && !betweenNamesAt(text, near, i)) || ch === '—' || ch === '–' || (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  out.push([s, to]);
  return out;
}

const SEPARATOR = /[,—–-]/g;

function inMentionAt(near: readonly Mention[], i: number): boolean {
  return near.some((m) => i > m.start && i < m.end);
}

/** A comma inside a list of names ("Norway, Estonia, Latvia and Lithuania"): the list ends in "and <name>". */
function betweenNamesAt(text: string, near: readonly Mention[], i: number): boolean {
  const prev = near.filter((m) => m.end <= i && i - m.end <= 1).pop();
  if (!prev) return false;
  let k = near.findIndex((m) => m.start > i);
  if (k < 0 || !/^,\s*(?:and\s+)?(?:the\s+)?$/.test(text.slice(i, near[k].start))) return false;
  if (/^,\s*and\s/.test(text.slice(i, i + 6))) return true;
  for (; k < near.length - 1; k++) {
    const gap = text.slice(near[k].end, near[k + 1].start);
    if (/^,?\s*(?:and|&)\s+(?:the\s+)?$/.test(gap)) return true;
    if (!/^,\s*(?:the\s+)?$/.test(gap)) return false;
  }
  return false;
}

/**
 * A segment read as a subject noun phrase: from its start up to the first verb (a verb phrase
 * after it must end in "and": "The parties conferred on … and agreed").
 */
function readSubject(dc: DocContext, s: number, e: number, tStart: number, allowVerbPhrase = false): Subject {
  const { ctx, text } = dc;
  const toks = tokensIn(ctx, s, e).filter((t) => !covering(dc.mentions, t.start));
  // The noun phrase ends at the first verb; a word right before a modal is a noun ("security pledges will").
  let npEnd = e;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (i === toks.length - 1 && /^(?:will|would|shall|may|might|could|can|must|is|are|has|have)\b/i.test(text.slice(e, tStart).trim() || text.slice(tStart, tStart + 6))) {
      if (!/ing$/.test(t.lower) && i > 0) continue;
    }
    // A gerund opening the subject ("Having Sweden as a NATO Ally will …") is not an actor.
    if (i === 0 && /ing$/i.test(t.lower) && t.start === firstWordStart(text, s)) return { kind: 'gerund', start: s, end: e, refs: [] };
    npEnd = t.start;
    break;
  }
  let coordinated = false;
  if (npEnd < e) {
    const vp = text.slice(npEnd, e);
    if (!allowVerbPhrase && (!/\band\s*$/i.test(vp) || vp.length > 120)) return { kind: 'np', start: s, end: e, refs: [] };
    coordinated = true;
  }
  const np = text.slice(s, npEnd).trimEnd();
  const npStop = s + np.length;
  const words = np.trim().split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  if (words.length === 1 && SUBJECT_PRONOUNS.test(first)) return { kind: 'pronoun', start: s + np.indexOf(words[0]), end: npStop, refs: [], pronoun: first, coordinated };
  // "John Smith told Reuters he will …": a pronoun right after a name opens the clause; the name is
  // the one told ("Denmark and we will …" is a coordination, "the work we do" a relative clause).
  const lastWord = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length > 1 && SUBJECT_PRONOUNS.test(lastWord) && !/^(?:and|or|nor|&)$/i.test(words[words.length - 2])) {
    const pronounStart = npStop - words[words.length - 1].length;
    if (within(dc.mentions, s, pronounStart).some((m) => text.slice(m.end, pronounStart).trim() === '')) {
      return { kind: 'pronoun', start: pronounStart, end: npStop, refs: [], pronoun: lastWord, coordinated };
    }
  }
  if (GROUP_SUBJECT.test(np.trim().replace(/['’]s?$/, ''))) return { kind: 'group', start: s + np.search(/\S/), end: npStop, refs: [], coordinated };
  const head = headOf(np);
  // "The President will …", "the Administration is …" in an official text: the publisher's government.
  if (/^[Tt]he\s+(?:President|Administration|Government|White\s+House|Prime\s+Minister|Chancellor)$/.test(np.trim())) return { kind: 'pronoun', start: s + np.search(/\S/), end: npStop, refs: [], pronoun: 'the-government', coordinated };
  // "my Administration", "our forces", "its troops": a possessive pronoun on an agent noun.
  const possPron = /^(?:the\s+)?(my|our|his|her|its|their)\s+/i.exec(np.trim());
  if (possPron && AGENT_HEADS.has(head)) return { kind: 'pronoun', start: s + np.search(/\S/), end: npStop, refs: [], pronoun: possPron[1].toLowerCase(), coordinated };

  // Named parties in subject position.
  const cands = within(dc.mentions, s, npStop);
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const lead = text.slice(s, c.start);
    if (GOVERNORS.test(lead)) continue;
    if (lead.trim().split(/\s+/).filter(Boolean).length > 5) continue;
    // Chain "A, B and C", skipping a country adjective that belongs to the next person's title.
    const members: Mention[] = [];
    let end = c.end;
    let n = k;
    let cur = c;
    for (;;) {
      const nextPerson = cands.slice(n + 1).find((x) => x.ref.kind === 'person' && x.start - cur.end <= 40 && /^\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.test(text.slice(cur.end, x.start)));
      if (cur.ref.kind === 'country' && cur.form === 'adjective' && nextPerson) {
        cur = nextPerson;
        n = cands.indexOf(nextPerson);
      }
      members.push(cur);
      end = cur.end;
      const next = cands[n + 1];
      if (!next || !/^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'-]*\s+){0,3}$/u.test(text.slice(cur.end, next.start)) || /[.;:]/.test(text.slice(cur.end, next.start))) break;
      n += 1;
      cur = next;
    }
    // An adjective or a possessive acts only through an agent noun ("the American people", "Denmark's
    // security pledges"); "a further Russian invasion" is an event.
    const after = text.slice(end, npStop);
    const possessive = /^['’]s?\b|^['’]/.test(after);
    const adjective = members.length === 1 && c.form === 'adjective' && c.ref.kind === 'country';
    const nounAfter = after.replace(/^['’]s?/, '').trim();
    const compound = !!nounAfter && /^\p{Ll}/u.test(nounAfter) && posAt(ctx, end + after.indexOf(nounAfter)) === 'NOUN';
    if ((possessive || adjective || compound) && nounAfter) {
      const h = headOf(nounAfter);
      if (!AGENT_HEADS.has(h)) continue;
    }
    return { kind: 'entity', start: c.start, end, refs: members.map((m) => m.ref), coordinated };
  }
  if (INSTRUMENT_NOUNS.has(head) && !PAST_INSTRUMENT.test(np)) return { kind: 'instrument', start: s + np.search(/\S/), end: npStop, refs: [], coordinated };
  // An agent the text does not name as an entity: a proper name ("The BJP") or an institution ("The Commission").
  const lastTok = tokensIn(ctx, s, npStop).filter((t) => t.pos !== 'PUNCT').pop();
  if (INSTITUTION_HEADS.has(head) || (lastTok?.pos === 'PROPN' && /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(lastTok.text) && words.length <= 4)) {
    return { kind: 'unnamed', start: s + np.search(/\S/), end: npStop, refs: [], coordinated };
  }
  if (DOCUMENT_NOUNS.has(head) || (words.length === 1 && first === 'it')) return { kind: 'document', start: s + np.search(/\S/), end: npStop, refs: [], coordinated };
  if (!np.trim()) return { kind: 'none', start: tStart, end: tStart, refs: [] };
  return { kind: 'np', start: s + np.search(/\S/), end: npStop, refs: [], coordinated };
}

function firstWordStart(text: string, s: number): number {
  const m = /\S/.exec(text.slice(s));
  return m ? s + m.index : s;
}

/** Where a noun phrase's head ends: a preposition or a relative word ("(?<!\s)": see TRAILING_PREPOSITION in ./action.ts). */
export const HEAD_CUT = /(?<!\s)\s+(?:of|in|on|at|for|from|with|to|by|under|across|that|which|who|whose)\s+/i;

/** The head noun of a noun phrase: its last word before a preposition or a relative word. */
export function headOf(np: string): string {
  const cut = np.split(HEAD_CUT)[0];
  const words = cut.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Resolution

export interface Resolved {
  actor: EntityRef | null;
  speaker: EntityRef | null;
  /** The actor was taken from context (a pronoun, a group, the publisher), not named in the clause. */
  fromContext: boolean;
}

export interface Memory {
  lastActor: EntityRef | null;
  lastActorSentence: number;
}

/**
 * The actor for a subject. Pronouns: "I"/"we" in a quote are the speaker (or the speaker's
 * country), in an official text the publisher's country; "together, we" is the group named last;
 * "he"/"she" the person named last; "it"/"they" the reporting subject ("North Korea stated it
 * would …") or the group / actor named just before.
 */
export function resolveSubject(dc: DocContext, subject: Subject, sentence: Sentence, at: number, memory: Memory, reporter: EntityRef | null): Resolved {
  const none: Resolved = { actor: null, speaker: null, fromContext: false };
  switch (subject.kind) {
    case 'entity': {
      const parts = subject.refs.map((r) => actorOfPerson(dc, r));
      const actor = groupOf(parts.map((p) => p.actor));
      const speakers = parts.map((p) => p.speaker).filter((x): x is EntityRef => !!x);
      return { actor, speaker: speakers.length === 1 && parts.length === 1 ? speakers[0] : null, fromContext: false };
    }
    case 'pronoun': {
      const p = subject.pronoun ?? '';
      const quote = quoteAt(dc, at);
      if (p === 'i' || p === 'my') {
        if (quote?.speaker) return { ...actorOfPerson(dc, quote.speaker), fromContext: true };
        if (dc.publisher && !quote) return { actor: dc.publisher, speaker: null, fromContext: true };
        return none;
      }
      if (p === 'we' || p === 'our') {
        if (subject.together) {
          const g = latestGroup(dc, at);
          if (g) return { actor: g, speaker: null, fromContext: true };
        }
        if (quote) {
          if (!quote.speaker) return none;
          const r = actorOfPerson(dc, quote.speaker);
          return r.actor.kind === 'person' ? none : { ...r, fromContext: true };
        }
        if (dc.publisher) return { actor: dc.publisher, speaker: null, fromContext: true };
        return none;
      }
      if (p === 'the-government') {
        if (dc.publisher && !quote) return { actor: dc.publisher, speaker: null, fromContext: true };
        // "The White House will …" in a news text: the one White House there is.
        if (!quote && /^\W*the\s+White\s+House$/i.test(dc.text.slice(subject.start, subject.end).trim())) return { actor: countryRef('US'), speaker: null, fromContext: true };
        return none;
      }
      if (p === 'he' || p === 'she' || p === 'his' || p === 'her') {
        const ref = reporter?.kind === 'person' ? reporter : pronounPerson(dc, subject.start, p);
        return ref ? { ...actorOfPerson(dc, ref), fromContext: true } : none;
      }
      if (p === 'it' || p === 'its') {
        if (reporter && reporter.kind !== 'person' && reporter.kind !== 'group') return { actor: reporter, speaker: null, fromContext: true };
        if (memory.lastActor && memory.lastActor.kind !== 'person' && memory.lastActor.kind !== 'group' && sentence.index - memory.lastActorSentence <= 2) {
          return { actor: memory.lastActor, speaker: null, fromContext: true };
        }
        return none;
      }
      if (p === 'they' || p === 'their') {
        if (reporter && reporter.kind === 'group') return { actor: reporter, speaker: null, fromContext: true };
        const g = latestGroup(dc, at);
        if (g) return { actor: g, speaker: null, fromContext: true };
        if (memory.lastActor?.kind === 'group') return { actor: memory.lastActor, speaker: null, fromContext: true };
        return none;
      }
      return none;
    }
    case 'group': {
      const g = latestGroup(dc, at) ?? (memory.lastActor?.kind === 'group' ? memory.lastActor : null);
      return g ? { actor: g, speaker: null, fromContext: true } : none;
    }
    case 'instrument': {
      if (reporter) return { ...actorOfPerson(dc, reporter), fromContext: true };
      if (memory.lastActor && sentence.index - memory.lastActorSentence <= 8) return { actor: memory.lastActor, speaker: null, fromContext: true };
      return none;
    }
    case 'document': {
      if (memory.lastActor && sentence.index - memory.lastActorSentence <= 4) return { actor: memory.lastActor, speaker: null, fromContext: true };
      return none;
    }
    default:
      return none;
  }
}

/**
 * The reporting subject of a clause that follows a verb of saying in the same sentence ("North
 * Korea stated [it would …]", "South Korea says [the broadcasts will …]").
 */
export function reporterBefore(dc: DocContext, sentence: Sentence, clauseStart: number): { ref: EntityRef; verbStart: number } | null {
  const text = dc.text;
  const before = text.slice(sentence.start, clauseStart);
  const m = REPORTING_BEFORE.exec(before);
  if (!m) return null;
  const verbStart = sentence.start + m.index;
  // The name right before the verb ("… and South Korea says …"), else the subject of its clause.
  const adjacent = lastBefore(dc.mentions, verbStart, (x) => x.start >= sentence.start && /^\s*$/.test(text.slice(x.end, verbStart)), 1);
  if (adjacent) return { ref: adjacent.ref, verbStart };
  const subj = subjectBefore(dc, clauseStartBefore(text, sentence.start, verbStart), verbStart);
  if (subj.kind === 'entity') {
    const ref = groupOf(subj.refs);
    return ref ? { ref, verbStart } : null;
  }
  if (subj.kind === 'pronoun' && subj.pronoun && /^(?:he|she)$/.test(subj.pronoun)) {
    const ref = pronounPerson(dc, subj.start, subj.pronoun);
    return ref ? { ref, verbStart } : null;
  }
  return null;
}

/** The noun after a country that makes it a source ("the Polish government said"). */
const SOURCE_NOUN = new RegExp(String.raw`^\s+(?:${SOURCE_NOUNS})\b`, 'i');

/** A country or an organization named as the source after the clause ("…, the State Department said"), or null. */
export function attributedTo(dc: DocContext, sentence: Sentence, after: number): EntityRef | null {
  for (const m of within(dc.mentions, after, sentence.end)) {
    if (m.ref.kind !== 'country' && m.ref.kind !== 'organization') continue;
    const lead = dc.text.slice(Math.max(after, m.start - 12), m.start);
    const rest = dc.text.slice(m.end, Math.min(sentence.end, m.end + 40)).replace(SOURCE_NOUN, '');
    if (/,\s*(?:the\s+)?$/i.test(lead) && SAID_AFTER.test(rest)) return m.ref;
  }
  return null;
}

/** The person the sentence attributes its words to (", Bødskov said"; "according to X"; a quote's speaker). */
export function speakerOf(dc: DocContext, sentence: Sentence, at: number): EntityRef | null {
  const text = dc.text;
  const q = quoteAt(dc, at);
  if (q?.speaker?.kind === 'person') return q.speaker;
  for (const m of within(dc.mentions, sentence.start, sentence.end)) {
    if (m.ref.kind !== 'person') continue;
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 40));
    const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
    if (SAID_AFTER.test(after) || /\b(?:said|according to|says)\s+(?:\S+\s+){0,4}$/i.test(before)) {
      return m.ref;
    }
  }
  return null;
}
