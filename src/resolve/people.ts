// Within-document person linking, and the cross-document person key.
//
// Within a document, full names become people ("Joe Biden" and "Joseph R. Biden, Jr." are one
// person: same surname, same given name up to nicknames and initials); then lone words and other
// unconfirmed runs join the person they name: by surname ("Biden", "Van der Westhuizen"), by a
// clear misspelling ("Frederiks"), by the given name when only one person has it ("Hillary"), by a
// repeat of the full name, and all-capitals headline words ("BLAIR"). Across documents, a
// person is one entity by key, see personKey. Design notes: ../extract/person/README.md.
import type { Person, PersonMention } from '../types.js';
import { NICKNAMES } from '../extract/person/nicknames.js';
import { FAMILY_NAMES_FIRST } from '../extract/person/given-names.js';

export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  sentence: number;
  words: string[];
  /** The rule that confirmed the name, or null for a run awaiting a link. */
  rule: string | null;
  role: string | null;
  roleCountry: string | null;
}

/** An all-capitals run ("TENNIS - HARTLEY WINS IN ROME"), its words outside other mentions. */
export interface CapsRun {
  start: number;
  end: number;
  sentence: number;
  words: { start: number; end: number; text: string }[];
}

const RULE = {
  surname: 'person/surname',
  variant: 'person/surname-variant',
  givenName: 'person/given-name',
  knownName: 'person/known-name',
  firstName: 'person/first-name',
};

/** Particles that open a surname written alone ("Van der Westhuizen", "De Wilde"). */
const SURNAME_OPENERS = new Set(['van', 'von', 'de', 'del', 'della', 'di', 'da', 'du', 'le', 'la', 'ter', 'den', 'der', 'dos', 'das', 'zu']);
/** Particles inside a full name; the surname starts at the first ("Ursula von der Leyen" → "von der Leyen"). */
const PARTICLES = new Set([...SURNAME_OPENERS, 'bin', 'ibn', 'ben', 'wa', 'al', 'el']);
/** Particles that start a new part of a surname chain, whatever their case ("Al Saud"). */
const CHAIN_PARTICLES = new Set(['bin', 'ibn', 'ben', 'al', 'el', 'abu', 'ould']);

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

function fold(s: string): string {
  // Most names are plain ASCII: skip the Unicode normalization for them.
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'");
}

interface NameParts {
  /** Given name as written, or null for a surname alone. */
  given: string | null;
  /** Surname with its particles ("von der Leyen"), or the family name of an East Asian name. */
  surname: string;
  /** The name words without nickname, initials and Jr./Sr. */
  words: string[];
  /** The first initial when the name starts with initials ("P. Simmons" → "p"). */
  initial: string | null;
  familyFirst: boolean;
}

/** Splits a name into given name and surname. Initials, Jr./Sr. and a nickname in quotes are left out. */
export function splitName(name: string): NameParts {
  const bare = name
    .replace(/\s?[“"][^”"]*[”"]\s?/g, ' ')
    .replace(/['’]s?$/u, '')
    .replace(/,?\s+(?:Jr|Sr)\.?,?$/u, '')
    .trim();
  const initialMatch = /^(\p{Lu})\./u.exec(bare);
  const words = bare
    .split(/\s+/)
    .map((w) => w.replace(/^(?:\p{Lu}\.)+(?=\p{L})/u, ''))
    .filter((w) => w && !/^(?:\p{Lu}\.)+$/u.test(w));
  const initial = initialMatch ? initialMatch[1].toLowerCase() : null;
  if (words.length <= 1) return { given: null, surname: words[0] ?? bare, words, initial, familyFirst: false };
  // A regnal name ("Henry VIII", "Baudouin I") is one unit: no surname to mention alone.
  if (words.length === 2 && ROMAN.test(words[1])) return { given: null, surname: words.join(' '), words, initial, familyFirst: true };
  if (SURNAME_OPENERS.has(words[0].toLowerCase()) || PARTICLES.has(words[0])) return { given: null, surname: words.join(' '), words, initial, familyFirst: false };
  if (FAMILY_NAMES_FIRST.has(fold(words[0])) && words.length <= 3 && words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,6}(?:-\p{L}\p{Ll}{1,5})?$/u.test(w))) {
    return { given: words.slice(1).join(' '), surname: words[0], words, initial, familyFirst: true };
  }
  const particle = words.findIndex((w, i) => i >= 1 && i < words.length - 1 && PARTICLES.has(w.toLowerCase()));
  const surname = particle > 0 ? words.slice(particle).join(' ') : words[words.length - 1];
  return { given: words[0], surname, words, initial, familyFirst: false };
}

/** The formal form of a given name: "joe" → "joseph", "bill" → "william". */
function formalGiven(given: string): string {
  const g = fold(given);
  return NICKNAMES.get(g) ?? g;
}

/** A surname for keys: lower case, no diacritics or apostrophes, no Arabic article ("al-Sisi" → "sisi"). */
function surnameKey(surname: string): string {
  return fold(surname)
    .replace(/'/g, '')
    .replace(/^(?:al|el)[-\s]/, '')
    .replace(/\s+/g, ' ');
}

/**
 * Cross-document identity of a person: the formal given name and the surname, folded — no
 * diacritics, initials, middle names, nicknames or Jr./Sr.: "Joe Biden", "Joseph R. Biden, Jr."
 * and "President Joseph Biden" → `joseph biden`; "Erdoğan" → `erdogan`; "Abdel Fattah el-Sisi" →
 * `abdel sisi`. East Asian names keep every word in order ("Kim Jong-un" → `kim jong un`). A
 * person known only by surname in a document has the surname as key; within a document such a
 * mention is linked to the full name whenever the document gives one (see linkPeople).
 */
export function personKey(name: string): string {
  const p = splitName(name);
  if (p.words.length === 0) return fold(name).trim();
  if (p.familyFirst) return fold(p.words.join(' ')).replace(/'/g, '').replace(/-/g, ' ');
  if (!p.given) return surnameKey(p.surname);
  return `${formalGiven(p.given)} ${surnameKey(p.surname)}`;
}

/** The folded forms a lone mention may use for a person: the surname with and without particles or article. */
function surnameForms(p: NameParts): string[] {
  const forms = new Set<string>([fold(p.surname)]);
  if (!p.familyFirst) {
    const parts = p.surname.split(/\s+/);
    forms.add(fold(parts[parts.length - 1]));
    const noArticle = fold(parts[parts.length - 1]).replace(/^(?:al|el)-/, '');
    if (noArticle.length >= 3) forms.add(noArticle);
    // Particle chains: each stretch between particles is a surname form too ("bin Salman" and
    // "Al Saud" in "Khalid bin Salman Al Saud").
    const bounds = [0, ...parts.map((w, i) => (i > 0 && CHAIN_PARTICLES.has(w.toLowerCase()) ? i : -1)).filter((i) => i > 0), parts.length];
    for (let a = 0; a < bounds.length - 1; a++) for (let b = a + 1; b < bounds.length; b++) forms.add(fold(parts.slice(bounds[a], bounds[b]).join(' ')));
  }
  return [...forms];
}

/** The folded forms of a full name: as written (without nickname, initials, suffix) and given + surname. */
function fullForms(p: NameParts): string[] {
  const forms = new Set<string>([fold(p.words.join(' '))]);
  if (p.given && !p.familyFirst) forms.add(fold(`${p.given} ${p.surname}`));
  return [...forms];
}

const isAllCaps = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/**
 * People of one document from its name candidates. `isCommon` tells a common English word ("will",
 * "grace"): a lone word that is one is never linked by given name alone.
 */
export function linkPeople(
  text: string,
  confirmed: NameCandidate[],
  pending: NameCandidate[],
  caps: CapsRun[] = [],
  isCommon: (lowerWord: string) => boolean = () => false,
): Person[] {
  const partsOf = new Map<string, NameParts>();
  const nameParts = (name: string): NameParts => {
    let p = partsOf.get(name);
    if (!p) partsOf.set(name, (p = splitName(name)));
    return p;
  };
  const people: Person[] = [];
  const parts = new Map<Person, NameParts>();
  const taken = new Set<string>();
  const addMention = (p: Person, c: { start: number; end: number; sentence: number; role: string | null; roleCountry: string | null }, rule: string): void => {
    const key = `${c.start}-${c.end}`;
    if (taken.has(key)) return;
    taken.add(key);
    p.role ??= c.role;
    p.country ??= c.roleCountry;
    p.mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), rule, sentence: c.sentence, role: c.role, roleCountry: c.roleCountry });
  };
  const newPerson = (name: string, np: NameParts): Person => {
    const display = isAllCaps(name) ? titleCase(name) : name;
    const p: Person = { key: personKey(display), name: display, role: null, country: null, mentions: [] };
    people.push(p);
    parts.set(p, np);
    return p;
  };
  const rename = (p: Person, name: string): void => {
    if (isAllCaps(name) || name.length <= p.name.length) return;
    p.name = name;
    p.key = personKey(name);
    parts.set(p, splitName(name));
  };

  // Indexes rebuilt as people are added: folded surname forms, full-name forms, given names.
  const bySurname = new Map<string, Person[]>();
  const byFull = new Map<string, Person[]>();
  const byGiven = new Map<string, Person[]>();
  const push = (m: Map<string, Person[]>, k: string, p: Person): void => {
    const list = m.get(k) ?? [];
    if (!list.includes(p)) list.push(p);
    m.set(k, list);
  };
  const index = (p: Person, np: NameParts): void => {
    for (const f of surnameForms(np)) push(bySurname, f, p);
    if (np.given) {
      for (const f of fullForms(np)) push(byFull, f, p);
      if (!np.familyFirst) push(byGiven, fold(np.given.split(/\s+/)[0]), p);
    }
  };
  /** Of several people with one surname, the one mentioned last before `at` (else first after). */
  const nearest = (list: Person[], at: number): Person => {
    let best = list[0];
    let bestAt = -Infinity;
    for (const p of list) {
      for (const m of p.mentions) if (m.start < at && m.start > bestAt) [best, bestAt] = [p, m.start];
    }
    return best;
  };

  // 1. Full names, in text order. A full name joins a person with the same surname whose given name
  //    has the same formal initial ("Joe Biden", "Joseph R. Biden, Jr.", "J. Biden").
  const byText = (a: NameCandidate, b: NameCandidate): number => a.start - b.start;
  const full = confirmed.filter((c) => nameParts(c.text).words.length >= 2 || /^\p{Lu}\./u.test(c.text)).sort(byText);
  const singles = confirmed.filter((c) => !full.includes(c)).sort(byText);
  for (const c of full) {
    const np = nameParts(c.text);
    const initial = np.given && !np.familyFirst ? formalGiven(np.given)[0] : np.familyFirst ? fold(np.given ?? '')[0] : np.initial;
    const sameSurname = (bySurname.get(fold(np.surname)) ?? []).filter((p) => {
      const q = parts.get(p)!;
      if (q.familyFirst !== np.familyFirst) return false;
      if (np.familyFirst) return fold(q.given ?? '') === fold(np.given ?? '') || !q.given || !np.given;
      const qi = q.given ? formalGiven(q.given)[0] : q.initial;
      return !qi || !initial || qi === initial;
    });
    let p =
      sameSurname.length === 1
        ? sameSurname[0]
        : np.given
          ? sameSurname.find((q) => parts.get(q)!.given && formalGiven(parts.get(q)!.given!) === formalGiven(np.given!))
          : sameSurname.length
            ? nearest(sameSurname, c.start)
            : undefined;
    if (!p) p = newPerson(c.text, np);
    else rename(p, c.text);
    index(p, parts.get(p)!);
    index(p, np);
    addMention(p, c, c.rule ?? RULE.firstName);
  }

  // 2. Lone words with a cue of their own ("President Biden", "Mr. Erdoğan"): the person with that
  //    surname, else a person known by surname alone.
  for (const c of singles) {
    const np = nameParts(c.text);
    const word = fold(np.surname);
    const known = bySurname.get(word);
    if (known) {
      addMention(nearest(known, c.start), c, c.rule!);
      continue;
    }
    // "Sir Alan" after "Sir Alan Walters": the only person with that given name.
    const byFirst = byGiven.get(word);
    if (byFirst?.length === 1 && !isCommon(word)) {
      addMention(byFirst[0], c, c.rule!);
      continue;
    }
    const p = newPerson(np.surname, np);
    index(p, np);
    addMention(p, c, c.rule!);
  }

  // 3. Runs without a cue: a repeat of a full name, a surname, a misspelling, a given name.
  for (const c of [...pending].sort(byText)) {
    const np = nameParts(c.text);
    const whole = fold(np.words.join(' '));
    const fullMatch = byFull.get(whole);
    if (fullMatch) {
      addMention(nearest(fullMatch, c.start), c, RULE.knownName);
      continue;
    }
    const surnameMatch = bySurname.get(whole);
    if (surnameMatch) {
      addMention(nearest(surnameMatch, c.start), withParticle(text, c, parts.get(nearest(surnameMatch, c.start))!), RULE.surname);
      continue;
    }
    if (np.words.length !== 1) continue;
    const variant = closeVariant(whole, bySurname);
    if (variant) {
      addMention(nearest(variant, c.start), c, RULE.variant);
      continue;
    }
    const given = byGiven.get(whole);
    if (given?.length === 1 && !isCommon(c.text.toLowerCase())) addMention(given[0], c, RULE.givenName);
  }

  // 4. All-capitals runs: the longest stretch of words that is a known full name or surname.
  for (const run of caps) {
    const w = run.words;
    for (let i = 0; i < w.length; ) {
      let matched = 0;
      for (let n = Math.min(4, w.length - i); n >= 1 && !matched; n--) {
        const stretch = w.slice(i, i + n);
        if (stretch.some((x, k) => k > 0 && !/^\s+$/.test(text.slice(stretch[k - 1].end, x.start)))) continue;
        const form = fold(stretch.map((x) => x.text).join(' ')).replace(/['’]s$/, '');
        if (form.replace(/[^a-z]/g, '').length < 3) continue;
        const hit = byFull.get(form) ?? bySurname.get(form);
        if (!hit) continue;
        const span = { start: stretch[0].start, end: stretch[n - 1].end, sentence: run.sentence, role: null, roleCountry: null };
        addMention(nearest(hit, span.start), span, byFull.has(form) ? RULE.knownName : RULE.surname);
        matched = n;
      }
      i += matched || 1;
    }
  }

  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  return people.filter((p) => p.mentions.length > 0);
}

/** "de Silva" for a lone "Silva" when the particle stands right before it and belongs to the surname. */
function withParticle<T extends { start: number; end: number }>(text: string, c: T, p: NameParts): T {
  const parts = p.surname.split(/\s+/);
  if (parts.length < 2) return c;
  const lead = parts.slice(0, -1).join(' ');
  const before = text.slice(Math.max(0, c.start - lead.length - 1), c.start);
  if (fold(before) === `${fold(lead)} `) return { ...c, start: c.start - lead.length - 1 };
  return c;
}

/**
 * Known people whose surname this word is a clear variant of: a truncation keeping most of it
 * ("Frederiks" → "Frederiksen") or one edit away in a long word ("Zelensky" → "Zelenskyy").
 */
function closeVariant(word: string, index: Map<string, Person[]>): Person[] | null {
  if (word.length < 5) return null;
  for (const [surname, list] of index) {
    if (surname.length < 6 || surname.includes(' ') || surname[0] !== word[0]) continue;
    if (surname.startsWith(word) && word.length >= 0.7 * surname.length) return list;
    if (word.length >= 6 && Math.abs(surname.length - word.length) <= 1 && editDistanceAtMostOne(word, surname)) return list;
  }
  return null;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

export type { PersonMention };
