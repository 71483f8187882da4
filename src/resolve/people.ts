// Within-document person linking: full names become people; surname-only and clearly misspelled
// later mentions ("Frederiksen", "Frederiks") join the person they name. Across documents, a
// person is one entity by key (the normalized full name), see personKey.
import type { Person, PersonMention, Sentence } from '../types.js';

export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  sentence: number;
  words: string[];
  /** The rule that confirmed the name, or null for a lone capitalized word awaiting a link. */
  rule: string | null;
  role: string | null;
  roleCountry: string | null;
}

const SURNAME_RULE = 'person/surname';
const VARIANT_RULE = 'person/surname-variant';

/** Cross-document identity: lower case, no diacritics, no initials or suffixes. */
export function personKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/,?\s+(?:jr|sr)\.?$/, '')
    .split(/[\s.]+/)
    .filter((w) => w.length > 1)
    .join(' ');
}

/** The words that identify a person alone: the surname (last word), with and without a hyphen part. */
function surnames(name: string): string[] {
  const words = name.replace(/,?\s+(?:Jr|Sr)\.?$/, '').split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  if (words.length < 2) return words;
  const last = words[words.length - 1];
  return [last];
}

export function linkPeople(text: string, full: NameCandidate[], singles: NameCandidate[], _sentences: Sentence[]): Person[] {
  const people = new Map<string, Person>();
  const order: string[] = [];
  const add = (key: string, name: string, c: NameCandidate, rule: string): void => {
    let p = people.get(key);
    if (!p) {
      p = { key, name, role: null, country: null, mentions: [] };
      people.set(key, p);
      order.push(key);
    }
    if (name.length > p.name.length) p.name = name;
    p.role ??= c.role;
    p.country ??= c.roleCountry;
    p.mentions.push(mention(text, c, rule));
  };

  // 1. Full names. "Joe Biden" and "Joseph R. Biden, Jr." in one document are one person when
  //    they share the surname and the initial of the given name.
  const bySurname = new Map<string, string>();
  for (const c of full) {
    const name = stripPossessive(c.text);
    const surname = surnames(name)[0].toLowerCase();
    const initial = name[0].toLowerCase();
    const existing = bySurname.get(`${surname}\u0000${initial}`);
    const key = existing ?? personKey(name);
    bySurname.set(`${surname}\u0000${initial}`, key);
    add(key, name, c, c.rule ?? 'person/first-name');
  }

  // 2. Lone words: a surname of a person above, a close variant of one, or a titled name of its own.
  const index = new Map<string, string>();
  for (const key of order) for (const s of surnames(people.get(key)!.name)) index.set(fold(s), key);
  for (const c of singles) {
    const word = stripPossessive(c.text);
    const exact = index.get(fold(word));
    if (exact) {
      add(exact, people.get(exact)!.name, c, c.rule ?? SURNAME_RULE);
      continue;
    }
    const variant = closeVariant(fold(word), index);
    if (variant && c.rule === null) {
      add(variant, people.get(variant)!.name, c, VARIANT_RULE);
      continue;
    }
    if (c.rule) {
      // "Defense Secretary Bødskov" with no full name in the document: a person known by surname.
      const key = personKey(word);
      add(key, word, c, c.rule);
      index.set(fold(word), key);
    }
  }
  for (const p of people.values()) p.mentions.sort((a, b) => a.start - b.start);
  return order.map((k) => people.get(k)!);
}

function mention(text: string, c: NameCandidate, rule: string): PersonMention {
  const name = stripPossessive(c.text);
  const end = c.start + name.length;
  return { start: c.start, end, text: text.slice(c.start, end), rule, sentence: c.sentence, role: c.role, roleCountry: c.roleCountry };
}

function stripPossessive(s: string): string {
  return s.replace(/['’]s?$/u, '');
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A known surname this word is a clear variant of: a truncation keeping most of it
 * ("Frederiks" → "Frederiksen") or one edit away in a long word ("Zelensky" → "Zelenskyy").
 */
function closeVariant(word: string, index: Map<string, string>): string | null {
  if (word.length < 5) return null;
  for (const [surname, key] of index) {
    if (surname.length < 6) continue;
    if (surname.startsWith(word) && word.length >= 0.7 * surname.length) return key;
    if (word.length >= 6 && Math.abs(surname.length - word.length) <= 1 && editDistanceAtMostOne(word, surname)) return key;
  }
  return null;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}
