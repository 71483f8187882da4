// People: names with their role and the role's country, and later mentions linked to them.
//
// compromise's people() misses most names in political news ("Mette Frederiksen", "Morten
// Bødskov"), so names come from capitalized runs confirmed by a cue: a title before, a role
// after, an honorific, a known given name, or a verb of saying. Spans already taken by a country
// or an organization are not names. Linking (surname-only and misspelled mentions) is in
// ../../resolve/people.ts.
import type { CountryMention, OrganizationMention, Person, PersonMention, Sentence } from '../../types.js';
import type { Extractor, ExtractorContext } from '../types.js';
import {
  FIRST_NAMES, HONORIFIC_BEFORE, isCommonWord, NAME_RUN, NOT_NAME, PERSON_RULES, REPORTING_AFTER, REPORTING_BEFORE, ROLE_AFTER, TITLE_BEFORE,
} from './rules.js';
import { linkPeople, type NameCandidate } from '../../resolve/people.js';
import { lookupCountry } from '../country/index.js';

/** How far back a title may start before a name. */
const TITLE_WINDOW = 90;

export const personExtractor: Extractor<Person> = {
  id: 'person',
  version: '1',
  extract(ctx: ExtractorContext): Person[] {
    const blocked = blockedSpans(ctx.organizations, ctx.countries);
    const candidates: NameCandidate[] = [];
    const singles: NameCandidate[] = [];
    for (const sentence of ctx.sentences) {
      if (sentence.boilerplate) continue;
      collectCandidates(ctx, sentence, blocked, candidates, singles);
    }
    return linkPeople(ctx.doc.text, candidates, singles, ctx.sentences);
  },
};

interface Blocked {
  start: number;
  end: number;
  org?: OrganizationMention;
  country?: CountryMention;
}

function blockedSpans(orgs: OrganizationMention[], countries: CountryMention[]): Blocked[] {
  const spans: Blocked[] = [...orgs.map((o) => ({ start: o.start, end: o.end, org: o })), ...countries.map((c) => ({ start: c.start, end: c.end, country: c }))];
  return spans.sort((a, b) => a.start - b.start);
}

function collectCandidates(ctx: ExtractorContext, sentence: Sentence, blocked: Blocked[], out: NameCandidate[], singles: NameCandidate[]): void {
  const text = ctx.doc.text;
  const sText = text.slice(sentence.start, sentence.end);
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(sText); m; m = NAME_RUN.exec(sText)) {
    for (const piece of unblockedPieces(sentence.start + m.index, sentence.start + m.index + m[0].length, text, blocked)) {
     for (const cand of nameSegments(text, piece.start, piece.end, sentence.start)) {
      const found = classify(ctx, sentence, cand.start, cand.end, blocked);
      if (found) {
        const c: NameCandidate = { ...found, start: cand.start, end: cand.end, text: text.slice(cand.start, cand.end), sentence: sentence.index };
        (c.words.length >= 2 ? out : singles).push(c);
      } else if (cand.words.length === 1) {
        // A lone capitalized word is a name only if it links to a person found elsewhere.
        singles.push({ start: cand.start, end: cand.end, text: text.slice(cand.start, cand.end), sentence: sentence.index, words: cand.words, rule: null, role: null, roleCountry: null });
      }
     }
    }
  }
}

/** Split a capitalized run where a country or organization mention sits inside it. */
function unblockedPieces(start: number, end: number, text: string, blocked: Blocked[]): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let s = start;
  for (const b of blocked) {
    if (b.end <= s || b.start >= end) continue;
    if (b.start > s) pieces.push({ start: s, end: b.start });
    s = Math.max(s, b.end);
  }
  if (s < end) pieces.push({ start: s, end });
  return pieces
    .map((p) => ({ start: p.start + leadingSpace(text, p.start, p.end), end: p.end - trailingSpace(text, p.start, p.end) }))
    .filter((p) => p.end > p.start);
}

const leadingSpace = (t: string, s: number, e: number): number => t.slice(s, e).length - t.slice(s, e).trimStart().length;
const trailingSpace = (t: string, s: number, e: number): number => t.slice(s, e).length - t.slice(s, e).trimEnd().length;

/**
 * The name-like segments of a capitalized run: words that cannot be part of a name (titles,
 * calendar words, "The") split it ("Commission President Ursula von der Leyen" → "Commission",
 * "Ursula von der Leyen"), and a common word opening the sentence is dropped ("Later Frederiksen").
 */
function nameSegments(text: string, start: number, end: number, sentenceStart: number): { start: number; end: number; words: string[] }[] {
  const re = /\S+/g;
  const slice = text.slice(start, end);
  const words: { s: number; e: number; w: string }[] = [];
  for (let m = re.exec(slice); m; m = re.exec(slice)) words.push({ s: start + m.index, e: start + m.index + m[0].length, w: m[0] });
  const bare = (w: string): string => w.toLowerCase().replace(/[.,]$/, '');
  const isInitialOrSuffix = (w: string): boolean => /^(?:\p{Lu}\.|Jr\.?,?|Sr\.?,?)$/u.test(w);
  const opensSentence = (i: number): boolean => /^[\s“"'‘(\-–—•*]*$/.test(text.slice(sentenceStart, words[i].s));
  const segments: { start: number; end: number; words: string[] }[] = [];
  let current: typeof words = [];
  const close = (): void => {
    while (current.length && isInitialOrSuffix(current[current.length - 1].w) && !/^(?:Jr|Sr)/.test(current[current.length - 1].w)) current.pop();
    if (current.length) {
      const last = current[current.length - 1];
      const endAt = last.e - (/,$/.test(last.w) ? 1 : 0);
      segments.push({ start: current[0].s, end: endAt, words: current.map((w) => w.w.replace(/,$/, '')) });
    }
    current = [];
  };
  words.forEach((word, i) => {
    const notName = NOT_NAME.has(bare(word.w)) || (i === 0 && opensSentence(0) && isCommonWord(bare(word.w)) && words.length > 1);
    if (notName && !isInitialOrSuffix(word.w)) close();
    else if (current.length || !isInitialOrSuffix(word.w)) current.push(word);
  });
  close();
  return segments;
}

type Classified = Omit<NameCandidate, 'start' | 'end' | 'text' | 'sentence'>;

function classify(ctx: ExtractorContext, sentence: Sentence, start: number, end: number, blocked: Blocked[]): Classified | null {
  const text = ctx.doc.text;
  const words = text.slice(start, end).split(/\s+/);
  const before = text.slice(Math.max(sentence.start, start - TITLE_WINDOW), start);
  const after = text.slice(end, Math.min(sentence.end, end + 120));

  const title = roleBefore(text, start, sentence, blocked);
  if (title) return { words, rule: PERSON_RULES.title.id, role: title.role, roleCountry: title.country };
  const appos = ROLE_AFTER.exec(after);
  if (appos?.groups && words.length >= 2) {
    const g = appos.groups;
    // ", the Danish prime minister": the adjective is the role's country (or, if not a country, part of the role).
    const adjCountry = g.adj ? lookupCountry(g.adj) : null;
    let role = g.adj && !adjCountry ? `${g.adj} ${g.role}` : g.role;
    let roleCountry = adjCountry ?? countryInRole(role);
    // ", State Secretary of the Danish Ministry of Foreign Affairs": the organization is not part of the role.
    if (g.complement) {
      const complementStart = end + appos[0].length - g.complement.length;
      const org = blocked.find((b) => b.org && b.start >= complementStart && b.start < end + appos[0].length + 60);
      if (org?.org) {
        role = role.slice(0, role.length - g.complement.length);
        roleCountry ??= org.org.country;
      }
    }
    return { words, rule: PERSON_RULES.apposition.id, role: tidyRole(role), roleCountry };
  }
  if (HONORIFIC_BEFORE.test(before)) return { words, rule: PERSON_RULES.honorific.id, role: null, roleCountry: null };
  if (words.length < 2) return null;
  if (FIRST_NAMES.has(words[0].toLowerCase())) return { words, rule: PERSON_RULES.firstName.id, role: null, roleCountry: null };
  if (REPORTING_AFTER.test(after) || REPORTING_BEFORE.test(before)) return { words, rule: PERSON_RULES.reporting.id, role: null, roleCountry: null };
  return null;
}

/** The role written before a name, with the country of the role when the text gives it. */
function roleBefore(text: string, nameStart: number, sentence: Sentence, blocked: Blocked[]): { role: string; country: string | null } | null {
  let cut = nameStart;
  let orgCountry: string | null = null;
  // "State Secretary of the Danish Ministry of Foreign Affairs Lisbet Zilmer-Johns":
  // step over the organization the title belongs to.
  const orgBefore = [...blocked].reverse().find((b) => b.org && b.end <= cut && text.slice(b.end, cut).trim() === '');
  if (orgBefore?.org) {
    const lead = text.slice(Math.max(sentence.start, orgBefore.start - 8), orgBefore.start);
    if (/\bof\s+(?:the\s+)?$/i.test(lead)) {
      orgCountry = orgBefore.org.country;
      cut = orgBefore.start - (lead.length - lead.replace(/\s*\bof\s+(?:the\s+)?$/i, '').length);
    }
  }
  const window = text.slice(Math.max(sentence.start, cut - TITLE_WINDOW), cut);
  const m = TITLE_BEFORE.exec(window);
  if (!m?.groups) return null;
  const roleStart = cut - window.length + m.index;
  // The country of the role: an adjective or name right before the title ("Danish Defence Minister",
  // "Ukraine's President"), else inside it ("Minister of Defense of Denmark"), else the organization's.
  const adjacent = blocked.find((b) => b.country && b.end <= roleStart && /^(?:['’]s)?\s+$/.test(text.slice(b.end, roleStart)));
  const country = adjacent?.country?.code ?? countryInRole(m.groups.role) ?? orgCountry;
  return { role: tidyRole(m.groups.role), country };
}

function countryInRole(role: string): string | null {
  const of = /\bof\s+(?:the\s+)?([\p{Lu}][\p{L} ]+)$/u.exec(role);
  return of ? lookupCountry(of[1].trim()) : null;
}

/** Roles are stored in title case, the way analysts write them ("Prime Minister"). */
function tidyRole(role: string): string {
  return role
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (/^(?:of|the|and|for)$/i.test(w) ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1)))
    .join(' ');
}

export type { PersonMention };
