// People: names with their role and the role's country, and later mentions linked to them.
//
// compromise's people() misses most names in political news ("Mette Frederiksen", "Morten
// Bødskov"), so names come from capitalized runs confirmed by a cue: a title or a descriptor
// before, a role, an age or "who" after, an honorific, a known given name, a verb of saying, a
// list of names. Spans already taken by a country or an organization are not names, nor are
// names inside the name of a place or organization ("Victoria Street", "Biden Administration").
// Linking (surname-only, all-capitals, given-name-only and misspelled mentions) is in
// ../../resolve/people.ts. How it fits together: ./README.md.
//
// Cheap by design: regular expressions over each sentence and lexicon lookups; no parse.
import type { CountryMention, OrganizationMention, Person, PersonMention, Sentence } from '../../types.js';
import type { Extractor, ExtractorContext } from '../types.js';
import {
  ABBREVIATION_INITIALS, AFFILIATION_AFTER, AGE_AFTER, CAPITAL_PARTICLES, CAPS_RUN, COMPOUND_ADJECTIVE, DESCRIPTOR_SET,
  ENGLISH_VOCABULARY, FAMILY_NAMES_FIRST, fold, HONORIFIC_SET, HUMAN_VERB_AFTER, IS_INITIAL, IS_PARTICLE, IS_SUFFIX,
  isCommonWord, isDemonym, isGivenName, isPlaceWord, isRomanizedGivenName, NAME_RUN, NOT_NAME, ORG_PLACE_HEAD, PERSON_RULES,
  PLACE_PREPOSITIONS, POSSESSIVE_KIN_AFTER, REPORTING_AFTER, REPORTING_SET, ROLE_AFTER, ROMAN_NUMERAL, ROYAL_TITLES,
  SINGULAR_TITLE_WORDS, THING_AFTER_SET, THING_BEFORE_SET, TITLE_BEFORE, TITLE_SURNAME, TITLE_TOKENS, TITLE_WORDS, WHO_AFTER,
} from './rules.js';
import { linkPeople, type CapsRun, type NameCandidate } from '../../resolve/people.js';
import { lookupCountry } from '../country/index.js';
import { type Blocked, BlockedSpans } from './blocked.js';
import { isWhiteSpace } from '../../chars.js';

/** How far back a title may start before a name. */
const TITLE_WINDOW = 90;

export const personExtractor: Extractor<Person> = {
  id: 'person',
  version: '2',
  extract(ctx: ExtractorContext): Person[] {
    const all = blockedSpans(ctx.organizations, ctx.countries);
    const doc = new DocInfo(ctx.doc.text);
    const confirmed: NameCandidate[] = [];
    const pending: NameCandidate[] = [];
    const caps: CapsRun[] = [];
    let first = 0;
    for (const sentence of ctx.sentences) {
      if (sentence.boilerplate) continue;
      // The spans of this sentence (sentences and spans are both in text order).
      while (first < all.length && all[first].end <= sentence.start) first++;
      let last = first;
      while (last < all.length && all[last].start < sentence.end) last++;
      doc.blocked = new BlockedSpans(all.slice(first, last));
      const found = collectCandidates(doc, sentence);
      coordinate(doc, found);
      for (const c of found) {
        if (c.rejected) continue;
        (c.rule ? confirmed : pending).push(c);
      }
      collectCaps(doc, sentence, caps, confirmed);
    }
    return linkPeople(doc.text, confirmed, pending, caps, (word) => isCommonWord(word) || ENGLISH_VOCABULARY.has(word) || doc.writtenLower(word));
  },
};

/** A name and its affiliation in brackets: "Smith (Leeds)", the line shape of a results table. */
const AFFILIATION_SHAPE = /\p{Lu}\p{Ll}+\s*\(\s*\p{Lu}[^()\n]{0,30}\)/gu;

class DocInfo {
  /** Country and organization spans of the sentence at hand. */
  blocked = new BlockedSpans([]);
  private lower = new Map<string, boolean>();
  /** Words of letters written in the text, not after a hyphen or apostrophe: read once, on first need. */
  private runs: Set<string> | null = null;
  /** Characters left to scan for words that are not plain letters ("zia-ul-haq"): a hostile text of thousands cannot make this quadratic. */
  private scanBudget: number;
  /** Whether the sentence last asked about reads as a results table (listsAffiliations). */
  private tableShape = { sentence: -1, listed: false };
  constructor(readonly text: string) {
    this.scanBudget = 64 * text.length + 100_000;
  }
  /**
   * The shape "Name (Affiliation)" repeats in the sentence or the lines around it (a results
   * table). Asked for each name with an affiliation, answered once per sentence (a table of
   * thousands of names made this quadratic).
   */
  listsAffiliations(sentence: Sentence): boolean {
    if (this.tableShape.sentence !== sentence.index) {
      const around = this.text.slice(Math.max(0, sentence.start - 200), Math.min(this.text.length, sentence.end + 200));
      let shapes = 0;
      AFFILIATION_SHAPE.lastIndex = 0;
      while (shapes < 2 && AFFILIATION_SHAPE.exec(around)) shapes++;
      this.tableShape = { sentence: sentence.index, listed: shapes >= 2 };
    }
    return this.tableShape.listed;
  }
  /** The word is written in lower case somewhere in the document ("road", "such"): a common word here. */
  writtenLower(word: string): boolean {
    let found = this.lower.get(word);
    if (found === undefined) {
      // Not inside a word, nor the tail of a hyphenated or elided one ("Zia-ul-Haq", "O'brien").
      if (lettersOnly(word)) found = this.letterRuns().has(word);
      else {
        found = false;
        for (let i = this.text.indexOf(word); i >= 0 && !found && this.scanBudget > 0; i = this.text.indexOf(word, i + 1)) {
          const before = this.text.charCodeAt(i - 1);
          found = !isLetter(before) && before !== 45 && before !== 39 && before !== 0x2019 && !isLetter(this.text.charCodeAt(i + word.length));
        }
        this.scanBudget -= this.text.length;
      }
      this.lower.set(word, found);
    }
    return found;
  }
  /** Every maximal run of letters that starts in lower case and does not follow a hyphen or an apostrophe. */
  private letterRuns(): Set<string> {
    if (this.runs) return this.runs;
    const runs = new Set<string>();
    const t = this.text;
    for (let i = 0; i < t.length; ) {
      if (!isLetter(t.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < t.length && isLetter(t.charCodeAt(i))) i++;
      const before = t.charCodeAt(start - 1);
      const first = t.charCodeAt(start);
      if (before !== 45 && before !== 39 && before !== 0x2019 && !(first >= 65 && first <= 90)) runs.add(t.slice(start, i));
    }
    return (this.runs = runs);
  }
}

/** Every character of the word is a letter as isLetter reads it. */
function lettersOnly(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) if (!isLetter(word.charCodeAt(i))) return false;
  return true;
}

/** A letter (ASCII or beyond: accented letters count; NaN at the text's ends does not). */
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && /\p{L}/u.test(String.fromCharCode(code)));
}

/** A candidate with what the sentence pass needs besides the linker's fields. */
interface Candidate extends NameCandidate {
  /** Words that carry the name (no initials, particles, nickname, suffix). */
  core: string[];
  /** A cue says this is not a person (part of a place or organization name, a ship, …). */
  rejected: boolean;
}

function blockedSpans(orgs: OrganizationMention[], countries: CountryMention[]): Blocked[] {
  // One object shape for both kinds (the same properties in the same order): code reading them stays monomorphic.
  const spans: Blocked[] = [
    ...orgs.map((o) => ({ start: o.start, end: o.end, org: o, country: undefined })),
    ...countries.map((c) => ({ start: c.start, end: c.end, org: undefined, country: c })),
  ];
  return spans.sort((a, b) => a.start - b.start);
}

function collectCandidates(doc: DocInfo, sentence: Sentence): Candidate[] {
  const text = doc.text;
  const sText = text.slice(sentence.start, sentence.end);
  const out: Candidate[] = [];
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(sText); m; m = NAME_RUN.exec(sText)) {
    const runStart = sentence.start + m.index;
    const runEnd = runStart + m[0].length;
    for (const piece of unblockedPieces(runStart, runEnd, text, doc.blocked)) {
      for (const seg of nameSegments(text, piece.start, piece.end, sentence.start)) {
        const c: Candidate = {
          start: seg.start, end: seg.end, text: text.slice(seg.start, seg.end), sentence: sentence.index, words: seg.words, core: seg.core,
          rule: null, role: null, roleCountry: null, rejected: seg.beforeHead,
        };
        if (c.rejected) continue;
        const before = wordsBefore(text, c.start, sentence.start, 2);
        if (rejectedByContext(text, sentence, c, before)) continue;
        const found = classify(doc, sentence, c, before);
        if (found) Object.assign(c, found);
        // "in Jordan", "from Washington": a place, not a person, whoever shares the name.
        if (!c.rule && c.core.length === 1 && PLACE_PREPOSITIONS.has(before[before.length - 1]?.lower ?? '')) continue;
        out.push(c);
      }
    }
  }
  return out;
}

/** Split a capitalized run where a country or organization mention sits inside it. */
function unblockedPieces(start: number, end: number, text: string, blocked: BlockedSpans): { start: number; end: number }[] {
  // Most runs touch no other mention; a run starts and ends on a word, so there is no space to trim.
  const inside = blocked.overlapping(start, end);
  if (!inside.length) return [{ start, end }];
  const pieces: { start: number; end: number }[] = [];
  let s = start;
  for (const b of inside) {
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

interface Segment {
  start: number;
  end: number;
  words: string[];
  core: string[];
  /** The segment stands right before a place or organization word in the same run ("Victoria Street"). */
  beforeHead: boolean;
}

type TokenKind = 'word' | 'initial' | 'particle' | 'suffix' | 'nickname' | 'split' | 'head';

/**
 * The name-like segments of a capitalized run: words that cannot be part of a name (titles,
 * calendar words, "The") split it ("Commission President Ursula von der Leyen" → "Commission",
 * "Ursula von der Leyen"); a place or organization word ends it and takes the words before it
 * along ("Victoria Street": no name); a common word opening the sentence is dropped ("Later
 * Frederiksen"). A title word that is also a surname stays as the last word after a given name
 * ("Billie Jean King").
 */
function nameSegments(text: string, start: number, end: number, sentenceStart: number): Segment[] {
  const slice = text.slice(start, end);
  // Most runs are one word: those that cannot be names ("The", "President") end here, the others
  // are one segment (the rules below, for one word).
  if (!/\s/.test(slice)) {
    const lower = slice.toLowerCase();
    const surname = TITLE_SURNAME.has(lower);
    if ((NOT_NAME.has(lower) || TITLE_WORDS.has(lower)) && !surname) return [];
    if (opensNickname(slice.charCodeAt(0))) return [];
    const kind = wordKind(slice).first;
    if (kind !== 'word' && !(kind === 'split' && surname)) return [];
    const word = slice.endsWith(',') ? slice.slice(0, -1) : slice;
    return [{ start, end: start + word.length, words: [word], core: [word], beforeHead: false }];
  }
  const tokens: Token[] = [];
  for (let i = 0; i < slice.length; ) {
    while (i < slice.length && isWhiteSpace(slice.charCodeAt(i))) i++;
    if (i >= slice.length) break;
    const from = i;
    while (i < slice.length && !isWhiteSpace(slice.charCodeAt(i))) i++;
    const s = start + from;
    const w = slice.slice(from, i);
    const last = tokens[tokens.length - 1];
    // A nickname in quotes is one token: “Benny”, " Hands of Stone ".
    if (last?.kind === 'nickname' && !/[”")]$/.test(last.w.slice(1))) {
      last.e = s + w.length;
      last.w = text.slice(last.s, last.e);
      continue;
    }
    tokens.push({ s, e: s + w.length, w, kind: opensNickname(w.charCodeAt(0)) ? 'nickname' : 'word' });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'nickname') continue;
    const k = wordKind(t.w);
    t.kind = i > 0 ? k.inside : k.first;
    // A common word opening the sentence ("Later Frederiksen", "Full-back Andre Joubert").
    if (i === 0 && k.opener && tokens.length > 1 && opensSentence(text, sentenceStart, t.s)) t.kind = 'split';
  }
  // A title word that is also a surname, last in the run after a given name: "John Major".
  const lastWord = tokens.length - 1 - (tokens[tokens.length - 1]?.kind === 'suffix' ? 1 : 0);
  // Alone, it may be the surname of a person of the document ("King said"): the linker decides.
  if (lastWord >= 0 && tokens[lastWord].kind === 'split' && TITLE_SURNAME.has(tokens[lastWord].w.toLowerCase())) {
    let firstOfName = lastWord;
    while (firstOfName > 0 && tokens[firstOfName - 1].kind !== 'split' && tokens[firstOfName - 1].kind !== 'head') firstOfName--;
    if (lastWord === 0 || (firstOfName < lastWord && isGivenName(tokens[firstOfName].w))) tokens[lastWord].kind = 'word';
  }

  const segments: Segment[] = [];
  let current: Token[] = [];
  // A regnal numeral after a royal title before the run: "King Baudouin I".
  let afterRoyal = /\s(?:I|V|X)/.test(slice) && ROYAL_TITLES.has(wordsBefore(text, start, sentenceStart, 1)[0]?.lower ?? '');
  for (const t of tokens) {
    if (t.kind === 'split' || t.kind === 'head') {
      closeSegment(current, t.kind === 'head', afterRoyal, segments);
      current = [];
      afterRoyal = ROYAL_TITLES.has(t.w.toLowerCase());
    } else current.push(t);
  }
  closeSegment(current, false, afterRoyal, segments);
  return segments;
}

/** “, " or ( : what opens a nickname or a bracket inside a name. */
const opensNickname = (code: number): boolean => code === 0x201c || code === 34 || code === 40;


interface Token {
  s: number;
  e: number;
  w: string;
  kind: TokenKind;
}

/** What a word of a capitalized run is, first in the run and further in; `opener`: a common word that may open a sentence. */
interface WordKind {
  first: TokenKind;
  inside: TokenKind;
  opener: boolean;
}

/** Memo of wordKind: the words of news repeat ("Mr", "Blair", "The"); bounded so a hostile text cannot grow it without end. */
const WORD_KINDS = new Map<string, WordKind>();

function wordKind(w: string): WordKind {
  let k = WORD_KINDS.get(w);
  if (k) return k;
  const first = tokenKind(w, false);
  const lower = (w.endsWith(',') ? w.slice(0, -1) : w).toLowerCase().replace(/\.$/, '');
  const opener =
    first === 'word' && !CAPITAL_PARTICLES.has(lower) && !isGivenName(lower) && (isCommonWord(lower) || ENGLISH_VOCABULARY.has(lower) || DESCRIPTOR_SET.has(lower));
  k = { first, inside: tokenKind(w, true), opener };
  if (WORD_KINDS.size > 50_000) WORD_KINDS.clear();
  WORD_KINDS.set(w, k);
  return k;
}

/** The kind of a word of a capitalized run (not a nickname in quotes), first in the run or further in. */
function tokenKind(w: string, inside: boolean): TokenKind {
  const bare = w.endsWith(',') ? w.slice(0, -1) : w;
  const lower = bare.toLowerCase().replace(/\.$/, '');
  if (w.startsWith('(')) {
    // A bracket inside a name holds a given name or initials ("(Jim)", "(J.R.R.)"), else it ends the name.
    const inner = (w.endsWith(')') ? w.slice(1, -1) : w.slice(1)).trim();
    return isGivenName(inner) || IS_INITIAL.test(inner) ? 'nickname' : 'split';
  }
  if (IS_INITIAL.test(bare)) return 'initial';
  if (IS_SUFFIX.test(bare) || (inside && ROMAN_NUMERAL.test(bare))) return 'suffix';
  if (IS_PARTICLE.test(bare)) return 'particle';
  if (inside && ORG_PLACE_HEAD.has(lower)) return 'head';
  if (NOT_NAME.has(lower) || TITLE_WORDS.has(lower) || COMPOUND_ADJECTIVE.test(bare) || /^ex-/.test(lower)) return 'split';
  // "Lieutenant-Colonel": a hyphenated title.
  if (lower.includes('-') && lower.split('-').every((part) => TITLE_WORDS.has(part))) return 'split';
  return 'word';
}

const TRIMMED_AT_END: ReadonlySet<TokenKind> = new Set(['initial', 'particle', 'nickname']);

function closeSegment(current: Token[], beforeHead: boolean, royal: boolean, segments: Segment[]): void {
    // Trim what cannot start or end a name.
    while (current.length && (current[0].kind === 'nickname' || current[0].kind === 'suffix')) current.shift();
    while (current.length && TRIMMED_AT_END.has(current[current.length - 1].kind)) current.pop();
    // A roman numeral is a regnal number after a lone name: "Henry VIII", "King Baudouin I"; "I"
    // only after a given name or a royal title (else it is the pronoun).
    if (current.length && current[current.length - 1].kind === 'suffix' && ROMAN_NUMERAL.test(current[current.length - 1].w)) {
      const names = current.filter((t) => t.kind === 'word');
      const numeral = current[current.length - 1].w;
      if (!(names.length === 1 && (numeral !== 'I' || royal || isGivenName(names[0].w)))) current.pop();
    }
    const core = current.filter((t) => t.kind === 'word').map((t) => t.w.replace(/,$/, ''));
    if (core.length) {
      const lastTok = current[current.length - 1];
      const endAt = lastTok.e - (/,$/.test(lastTok.w) ? 1 : 0);
      segments.push({
        start: current[0].s,
        end: endAt,
        words: current.filter((t) => t.kind !== 'nickname').map((t) => t.w.replace(/,$/, '')),
        core,
        beforeHead,
      });
    }
}

/** Only punctuation, a list number or a bullet stands between the sentence start and `at`. */
function opensSentence(text: string, sentenceStart: number, at: number): boolean {
  if (at - sentenceStart > 12) return false;
  return /^[\s“"'‘(\-–—•*]*(?:\d{1,3}[.)]\s*)?$/.test(text.slice(sentenceStart, at));
}

/** Context that makes a capitalized run the name of a thing: "the Ronald Reagan", "aircraft carrier Nimitz". */
function rejectedByContext(text: string, sentence: Sentence, c: Candidate, before: WordAt[]): boolean {
  // "the Ronald Reagan": a name after "the" is a thing's, except a lone surname used as a modifier
  // ("the Dole campaign", "the Clinton administration"), which the linker may still take.
  if (before[before.length - 1]?.lower === 'the' && !(c.core.length === 1 && /^\s+\p{Ll}/u.test(text.slice(c.end, c.end + 3)))) return true;
  if (endsWithPhrase(before, THING_BEFORE_SET, true)) return true;
  // "John Lennon airport", "the Michael Collins bridge": a place named after a person.
  if (c.core.length >= 2) {
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(c.end, Math.min(sentence.end, c.end + 20)));
    if (next && THING_AFTER_SET.has(next[1])) return true;
  }
  // "H.J. Baxter & Sons", "Procter & Gamble": a firm.
  for (let k = c.end; k < Math.min(sentence.end, c.end + 3); k++) {
    const code = text.charCodeAt(k);
    if (code === 38) return true;
    if (!isWhiteSpace(code)) break;
  }
  // "Santiago de Chile": a country after a particle makes a place.
  for (let i = 1; i < c.words.length; i++) if (/^(?:de|del|da|di|do|la|el)$/.test(c.words[i - 1]) && lookupCountry(c.words[i])) return true;
  return false;
}

/**
 * Not a common word, a place or an organization word: a run of these reads as a name. `strict`
 * (for the weakest cues) also refuses words of the English vocabulary and words the document
 * writes in lower case ("Autonomous Community").
 */
function nameLike(doc: DocInfo, core: string[], strict: boolean, placeSurname = false): boolean {
  let vocabulary = 0;
  for (let i = 0; i < core.length; i++) {
    const w = core[i];
    if (isGivenName(w)) continue;
    // After a strong cue a place may be the surname: "finalist MaliVai Washington", "Jack London".
    if (placeSurname && i === core.length - 1 && i > 0 && isPlaceWord(w)) continue;
    const lower = w.toLowerCase();
    if (isCommonWord(lower) || ORG_PLACE_HEAD.has(lower) || isPlaceWord(lower)) return false;
    if (strict && (ENGLISH_VOCABULARY.has(lower) || doc.writtenLower(lower))) vocabulary++;
  }
  // One everyday word is allowed in a longer name ("Zafar Khan"), not a name made of them ("Autonomous Community").
  return vocabulary === 0 || (vocabulary === 1 && core.length >= 2 && !ENGLISH_VOCABULARY.has(core[0].toLowerCase()));
}

type Classified = Pick<NameCandidate, 'rule' | 'role' | 'roleCountry'>;

function cue(rule: { id: string }, role: string | null = null, roleCountry: string | null = null): Classified {
  return { rule: rule.id, role, roleCountry };
}

function classify(doc: DocInfo, sentence: Sentence, c: Candidate, before: WordAt[]): Classified | null {
  const { text, blocked } = doc;
  const { start, end, core } = c;
  const after = text.slice(end, Math.min(sentence.end, end + 120));
  const multi = core.length >= 2;

  const title = roleBefore(text, start, sentence, blocked);
  // A plural title ("Presidents", "managers") stands before names of two words or more.
  // A title that is also an adjective stands before a name only if the words read as one ("General
  // Election", "Chief Constable" are not names).
  const plausible = !title || ((!title.plural || multi) && (!title.adjectival || multi)) && (!(title.plural || title.ambiguous) || nameLike(doc, core, false));
  if (title && plausible) return cue(PERSON_RULES.title, title.role, title.country);
  // A role after a comma ("…, State Secretary of …") is read for names of two words or more.
  const appos = multi ? ROLE_AFTER.exec(after) : null;
  if (appos?.groups) {
    const g = appos.groups;
    // ", the Danish prime minister": the adjective is the role's country (or, if not a country, part of the role).
    const adjCountry = g.adj ? lookupCountry(g.adj) : null;
    let role = g.adj && !adjCountry ? `${g.adj} ${g.role}` : g.role;
    let roleCountry = adjCountry ?? countryInRole(role);
    // ", State Secretary of the Danish Ministry of Foreign Affairs": the organization is not part of the role.
    if (g.complement) {
      const complementStart = end + appos[0].length - g.complement.length;
      const org = blocked.orgStartingIn(complementStart, end + appos[0].length + 60);
      if (org?.org) {
        role = role.slice(0, role.length - g.complement.length);
        roleCountry ??= org.org.country;
      }
    }
    return cue(PERSON_RULES.apposition, tidyRole(role), roleCountry);
  }
  if (HONORIFIC_SET.has(before[before.length - 1]?.lower ?? '')) return cue(PERSON_RULES.honorific);
  const opener = before.length === 1 && opensSentence(text, sentence.start, before[0].start);
  if (endsWithPhrase(before, DESCRIPTOR_SET, opener) && nameLike(doc, core, !multi, true)) return cue(PERSON_RULES.descriptor);
  if (POSSESSIVE_KIN_AFTER.test(after) && nameLike(doc, core, false)) return cue(PERSON_RULES.possessive);
  // Leading initials make a surname a name: "P. Simmons", "J.O'Neill" (not "U.S. Marines").
  const initials = /^(?:\p{Lu}\.)+/u.exec(c.text)?.[0];
  if (initials && !ABBREVIATION_INITIALS.has(initials) && surnameAfterInitials(core)) return cue(PERSON_RULES.initials);
  // A regnal name: "Henry VIII".
  if (!multi && /\s[IVX]+$/.test(c.text) && isGivenName(core[0])) return cue(PERSON_RULES.firstName);
  if (!multi) return null;
  if (FAMILY_NAMES_FIRST.has(fold(core[0])) && core.length <= 3 && core.slice(1).every(isRomanizedGivenName)) return cue(PERSON_RULES.familyName);
  if (isGivenName(core[0])) return cue(PERSON_RULES.firstName);
  const nationality = blocked.find(start - 2, start, (b) => b.country?.form === 'adjective' && b.end === start - 1 && /\s/.test(text[b.end]));
  if (nationality && nameLike(doc, core, true)) return cue(PERSON_RULES.nationality);
  if (AGE_AFTER.test(after) && nameLike(doc, core, false)) return cue(PERSON_RULES.age);
  if (WHO_AFTER.test(after) && nameLike(doc, core, true)) return cue(PERSON_RULES.who);
  if ((REPORTING_AFTER.test(after) || REPORTING_SET.has(before[before.length - 1]?.lower ?? '') || HUMAN_VERB_AFTER.test(after)) && nameLike(doc, core, false)) return cue(PERSON_RULES.reporting);
  const aff = AFFILIATION_AFTER.exec(after);
  if (aff && nameLike(doc, core, true)) {
    const affStart = end + aff[0].indexOf(aff.groups!.aff);
    const isCountry = blocked.find(affStart - 1, affStart + 1, (b) => !!b.country && b.start === affStart);
    if (isCountry || doc.listsAffiliations(sentence)) return cue(PERSON_RULES.affiliation);
  }
  return null;
}

/** After initials, words that are not a place, a nationality or an organization word ("N. Irish", "H.J. Baxter & Sons"). */
function surnameAfterInitials(core: string[]): boolean {
  for (const w of core) if (ORG_PLACE_HEAD.has(w.toLowerCase()) || isPlaceWord(w) || isDemonym(w) || lookupCountry(w)) return false;
  return true;
}

/** Separators in a list of names: commas, "and", and what list items carry (a team in brackets, a score). */
const LIST_GAP = /^(?:\s*\([^()]{1,40}\))?[\s\d.:()-]*(?:,|;|\band\b|\bor\b|&)(?:\s*(?:and|or)\b)?[\s\d.:-]*$/u;

/** A full name, or one hyphenated word ("Zia-ul-Haq"): what a list of people holds. */
function listable(c: Candidate): boolean {
  return c.core.length >= 2 || (c.core.length === 1 && /^\p{Lu}\p{Ll}+-\p{L}+-?\p{L}*$/u.test(c.core[0]) && !COMPOUND_ADJECTIVE.test(c.core[0]));
}

/**
 * Names in a list with a confirmed person are people too: "Tuncay Ozbilgin, Ersun Kaptanoglu and
 * Vural Ceylan" once one of them is confirmed. Repeated until nothing changes.
 */
function coordinate(doc: DocInfo, found: Candidate[]): void {
  const live = found.filter((c) => !c.rejected);
  // Sweeps forward and backward, so that a chain of names is confirmed in one sweep whichever end
  // the confirmed name is at.
  let changed = true;
  for (let sweep = 0; changed; sweep++) {
    changed = false;
    for (let k = 0; k < live.length; k++) {
      const i = sweep % 2 === 0 ? k : live.length - 1 - k;
      const c = live[i];
      if (c.rule || !listable(c) || !nameLike(doc, c.core, true)) continue;
      const prev = live[i - 1];
      const next = live[i + 1];
      const linked =
        (prev?.rule && listable(prev) && LIST_GAP.test(doc.text.slice(prev.end, c.start))) ||
        (next?.rule && listable(next) && LIST_GAP.test(doc.text.slice(c.end, next.start)));
      if (linked) {
        c.rule = PERSON_RULES.coordination.id;
        changed = true;
      }
    }
  }
}

/**
 * All-capitals runs (headlines): kept for the linker, which matches them against the people of
 * the document; a capitalized title word before a name word makes a person of its own
 * ("PRESIDENT CLINTON").
 */
function collectCaps(doc: DocInfo, sentence: Sentence, caps: CapsRun[], confirmed: NameCandidate[]): void {
  const sText = doc.text.slice(sentence.start, sentence.end);
  if (!/\p{Lu}{2}/u.test(sText)) return;
  CAPS_RUN.lastIndex = 0;
  for (let m = CAPS_RUN.exec(sText); m; m = CAPS_RUN.exec(sText)) {
    const start = sentence.start + m.index;
    // Acronyms ("NATO", "US") are not kept unless a run has a word of three letters or more outside other mentions.
    const words: CapsRun['words'] = [];
    let useful = false;
    for (const w of m[0].matchAll(/\S+/g)) {
      const word = { start: start + w.index, end: start + w.index + w[0].length, text: w[0] };
      if (doc.blocked.find(word.start, word.end, () => true)) continue;
      words.push(word);
      if (word.text.length >= 3 && !NOT_NAME.has(word.text.toLowerCase())) useful = true;
    }
    if (!useful) continue;
    caps.push({ start, end: start + m[0].length, sentence: sentence.index, words });
    for (let i = 0; i + 1 < words.length; i++) {
      const title = words[i].text.toLowerCase();
      const name = words[i + 1];
      const lower = name.text.toLowerCase();
      if (!TITLE_WORDS.has(title) || name.text.length < 3) continue;
      if (NOT_NAME.has(lower) || TITLE_WORDS.has(lower) || isCommonWord(lower) || ORG_PLACE_HEAD.has(lower) || doc.writtenLower(lower)) continue;
      const next = words[i + 2]?.text.toLowerCase();
      if (next && ORG_PLACE_HEAD.has(next)) continue;
      const c: Candidate = {
        start: name.start, end: name.end, text: name.text, sentence: sentence.index, words: [name.text], core: [name.text],
        rule: PERSON_RULES.title.id, role: tidyRole(title.toLowerCase()), roleCountry: null, rejected: false,
      };
      confirmed.push(c);
    }
  }
}

interface WordAt {
  start: number;
  /** The word as written. */
  raw: string;
  /** Lower case, leading punctuation removed ("(the" → "the"). */
  lower: string;
}

/** What separates words for wordsBefore: spaces, dashes and brackets ("Organization—President Truman"). */
const isWordGap = (code: number): boolean =>
  code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 0x2014 || code === 0x2013 || code === 40 || code === 91 ||
  code === 0x201c || code === 34 || code === 0x2018 || code === 47;

/** The last `n` words before `at` (not before `from`), in text order. */
function wordsBefore(text: string, at: number, sentenceStart: number, n: number): WordAt[] {
  const out: WordAt[] = [];
  // Never further back than a few words could reach (a 100 KB "word" must not be walked for every name).
  const from = Math.max(sentenceStart, at - 120);
  let i = at;
  while (out.length < n) {
    while (i > from && isWordGap(text.charCodeAt(i - 1))) i--;
    if (i <= from) break;
    const end = i;
    while (i > from && !isWordGap(text.charCodeAt(i - 1))) i--;
    const raw = text.slice(i, end);
    const lower = raw.toLowerCase();
    const c = lower.charCodeAt(0);
    out.unshift({ start: i, raw, lower: (c >= 97 && c <= 122) || /^\p{L}/u.test(lower) ? lower : lower.replace(/^[^\p{L}]+/u, '') });
  }
  return out;
}

/** The words end with a phrase of the set (one or two words); `anyCase` allows "Hurricane", else lower case only ("striker"). */
function endsWithPhrase(words: WordAt[], set: ReadonlySet<string>, anyCase: boolean): boolean {
  const form = (w: WordAt): string | null => (anyCase || w.raw === w.raw.toLowerCase() ? w.lower : null);
  const last = words[words.length - 1];
  if (!last) return false;
  const one = form(last);
  if (one !== null && set.has(one)) return true;
  const prev = words[words.length - 2];
  const two = prev ? form(prev) : null;
  return one !== null && two !== null && set.has(`${two} ${one}`);
}

/**
 * Where a title may start before `at`: the earliest title word among the words before it, walking
 * back over what may stand between a title and a name (capitalized complement words, "of", "the",
 * "and", a comma, a verb of saying, an acronym in brackets) and stopping at anything else. -1: none.
 */
function titleStart(text: string, at: number, from: number): number {
  let earliest = -1;
  let i = at;
  for (let n = 0; n < 10; n++) {
    while (i > from && isWordGap(text.charCodeAt(i - 1))) i--;
    if (i <= from) break;
    const end = i;
    while (i > from && !isWordGap(text.charCodeAt(i - 1))) i--;
    const raw = text.slice(i, end);
    const bare = bareWord(raw);
    const lower = bare.toLowerCase();
    if (TITLE_TOKENS.has(lower) || (bare !== raw && TITLE_TOKENS.has(raw.toLowerCase()))) earliest = i;
    else if (!(startsUpper(bare) || lower === 'of' || lower === 'the' || lower === 'and' || REPORTING_SET.has(lower) || bare === '')) break;
  }
  return earliest;
}

/** A word without what may stand around it before a name: leading non-letters, a trailing comma or bracket. */
function bareWord(raw: string): string {
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  if (((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) && last !== 44 && last !== 41) return raw;
  return raw.replace(/^[^\p{L}]+|[,)]+$/gu, '');
}

/** Starts with an upper-case letter (ASCII checked without a regular expression). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word);
}

/** Titles that are everyday adjectives or nouns when written in lower case on their own. */
const ADJECTIVE_TITLES: ReadonlySet<string> = new Set(['major', 'general', 'official', 'chief', 'head', 'principal', 'justice', 'deputy', 'first', 'senior']);

/** The role written before a name, with the country of the role when the text gives it. */
function roleBefore(text: string, nameStart: number, sentence: Sentence, blocked: BlockedSpans): { role: string; country: string | null; plural: boolean; adjectival: boolean; ambiguous: boolean } | null {
  let cut = nameStart;
  let orgCountry: string | null = null;
  // "State Secretary of the Danish Ministry of Foreign Affairs Lisbet Zilmer-Johns":
  // step over the organization the title belongs to.
  let orgBefore: Blocked | undefined;
  // Organizations do not overlap: only the one ending last before the cut can be right before it.
  const lastOrg = blocked.orgEndingBy(cut);
  if (lastOrg && text.slice(lastOrg.end, cut).trim() === '') orgBefore = lastOrg;
  if (orgBefore?.org) {
    const lead = text.slice(Math.max(sentence.start, orgBefore.start - 8), orgBefore.start);
    if (/\bof\s+(?:the\s+)?$/i.test(lead)) {
      orgCountry = orgBefore.org.country;
      cut = orgBefore.start - (lead.length - lead.replace(/\s*\bof\s+(?:the\s+)?$/i, '').length);
    }
  }
  // The regular expression is anchored at the end; it runs only from the earliest title word among
  // the last words before the name (most names have none: then there is no title).
  const from = titleStart(text, cut, Math.max(sentence.start, cut - TITLE_WINDOW));
  if (from < 0) return null;
  const window = text.slice(from, cut);
  const m = TITLE_BEFORE.exec(window);
  if (!m?.groups) return null;
  const roleStart = cut - window.length + m.index;
  // The country of the role: an adjective or name right before the title ("Danish Defence Minister",
  // "Ukraine's President"), else inside it ("Minister of Defense of Denmark"), else the organization's.
  // Only white space and "'s" stand between: the country ends inside the run of those before the title.
  let gap = roleStart;
  while (gap > 0 && /[\s'’s]/.test(text[gap - 1])) gap--;
  const adjacent = blocked.find(gap - 1, roleStart, (b) => !!b.country && b.end <= roleStart && /^(?:\s?['’]s)?\s+$/.test(text.slice(b.end, roleStart)));
  const country = adjacent?.country?.code ?? countryInRole(m.groups.role) ?? orgCountry;
  const singular = singularTitle(m.groups.role);
  // "the major Leeds hotels", "the official Surrey residence": in lower case and alone these are adjectives.
  return {
    role: tidyRole(singular),
    country,
    plural: singular !== m.groups.role,
    adjectival: ADJECTIVE_TITLES.has(m.groups.role),
    ambiguous: ADJECTIVE_TITLES.has(m.groups.role.toLowerCase()),
  };
}

/** "Presidents" → "President": a plural title before several names is stored in the singular. */
function singularTitle(role: string): string {
  return role.replace(/^(.*?)(\p{L}+)s\b(?=(?:\s+of\b.*)?$)/u, (all, lead: string, word: string) =>
    SINGULAR_TITLE_WORDS.has(word.toLowerCase()) && !SINGULAR_TITLE_WORDS.has(`${word.toLowerCase()}s`) ? `${lead}${word}` : all,
  );
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
