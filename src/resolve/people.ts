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
import { countBelow } from '../sorted.js';

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
  /** Initials written between the given name and the surname, folded ("George H. W. Bush" → h, w). */
  middle: string[];
  familyFirst: boolean;
}

/**
 * Names already split (the same names recur in every document: "Blair", "Mr Blair"), and what is
 * derived from them. NameParts are never changed once made. Bounded: a hostile text of a million
 * different names only costs a refill.
 */
const SPLIT_CACHE = new Map<string, NameParts>();
const DERIVED = new WeakMap<NameParts, { surnames?: string[]; full?: string[]; key?: string }>();

function derived(p: NameParts): { surnames?: string[]; full?: string[]; key?: string } {
  let d = DERIVED.get(p);
  if (!d) DERIVED.set(p, (d = {}));
  return d;
}

/** Splits a name into given name and surname. Initials, Jr./Sr. and a nickname in quotes are left out (middle initials are kept aside). */
export function splitName(name: string): NameParts {
  let p = SPLIT_CACHE.get(name);
  if (!p) {
    if (SPLIT_CACHE.size > 50_000) SPLIT_CACHE.clear();
    SPLIT_CACHE.set(name, (p = splitNameUncached(name)));
  }
  return p;
}

function splitNameUncached(name: string): NameParts {
  // White space is collapsed first: the patterns below then meet single spaces only and stay
  // linear whatever the input (a name typed in a query, a hostile text).
  const bare = name
    .replace(/\s+/g, ' ')
    .replace(/ ?[“"][^“”"]*[”"] ?/g, ' ')
    .replace(/['’]s?$/u, '')
    .replace(/,? (?:Jr|Sr)\.?,?$/u, '')
    .trim();
  const initialMatch = /^(\p{Lu})\./u.exec(bare);
  const raw = bare.split(/\s+/);
  const words = raw
    .map((w) => w.replace(/^(?:\p{Lu}\.)+(?=\p{L})/u, ''))
    .filter((w) => w && !/^(?:\p{Lu}\.)+$/u.test(w));
  const initial = initialMatch ? initialMatch[1].toLowerCase() : null;
  const none: string[] = [];
  if (words.length <= 1) return { given: null, surname: words[0] ?? bare, words, initial, middle: none, familyFirst: false };
  // A regnal name ("Henry VIII", "Baudouin I") is one unit: no surname to mention alone.
  if (words.length === 2 && ROMAN.test(words[1])) return { given: null, surname: words.join(' '), words, initial, middle: none, familyFirst: true };
  if (SURNAME_OPENERS.has(words[0].toLowerCase()) || PARTICLES.has(words[0])) return { given: null, surname: words.join(' '), words, initial, middle: none, familyFirst: false };
  if (FAMILY_NAMES_FIRST.has(fold(words[0])) && words.length <= 3 && words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,6}(?:-\p{L}\p{Ll}{1,5})?$/u.test(w))) {
    return { given: words.slice(1).join(' '), surname: words[0], words, initial, middle: none, familyFirst: true };
  }
  const particle = words.findIndex((w, i) => i >= 1 && i < words.length - 1 && PARTICLES.has(w.toLowerCase()));
  const surname = particle > 0 ? words.slice(particle).join(' ') : words[words.length - 1];
  return { given: words[0], surname, words, initial, middle: middleInitials(raw), familyFirst: false };
}

/**
 * Initials written right after the first name word and before the next one: "George H. W. Bush",
 * "George H.W. Bush" → h, w; "Joseph R. Biden" → r. Leading initials ("P. Simmons") and middle
 * names written out ("John Fitzgerald Kennedy") are not middle initials.
 */
function middleInitials(raw: string[]): string[] {
  const out: string[] = [];
  let seenWord = false;
  for (const token of raw) {
    const w = token.endsWith(',') ? token.slice(0, -1) : token;
    if (w === '') continue;
    if (/^(?:\p{Lu}\.)+$/u.test(w)) {
      if (seenWord) for (const letter of w.replace(/\./g, '')) out.push(fold(letter));
    } else if (seenWord) return out;
    else seenWord = true;
  }
  // Initials with no word after them are not between a given name and a surname.
  return [];
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
 * Cross-document identity of a person: the formal given name, the middle initials as written, and
 * the surname, folded — no diacritics, middle names written out, nicknames or Jr./Sr.: "Joe Biden"
 * and "President Joseph Biden" → `joseph biden`; "Joseph R. Biden, Jr." → `joseph r biden`;
 * "George W. Bush" → `george w bush` and "George H. W. Bush" → `george h w bush` (two people);
 * "Erdoğan" → `erdogan`; "Abdel Fattah el-Sisi" → `abdel sisi`. East Asian names keep every word in
 * order ("Kim Jong-un" → `kim jong un`). A person known only by surname in a document has the
 * surname as key; within a document such a mention is linked to the full name whenever the
 * document gives one (see linkPeople). Across documents, keys that name the same person with less
 * detail ("joseph biden", "biden") are folded into the fuller one by foldPersonKey.
 */
export function personKey(name: string): string {
  const p = splitName(name);
  const d = derived(p);
  return (d.key ??= keyOf(p, name));
}

function keyOf(p: NameParts, name: string): string {
  if (p.words.length === 0) return fold(name).trim();
  if (p.familyFirst) return fold(p.words.join(' ')).replace(/'/g, '').replace(/-/g, ' ');
  if (!p.given) return surnameKey(p.surname);
  const middle = p.middle.length ? ` ${p.middle.join(' ')}` : '';
  return `${formalGiven(p.given)}${middle} ${surnameKey(p.surname)}`;
}

// ---- Folding keys across documents ----------------------------------------------------------------

/** A person key read back into its parts (from the display name when there is one). */
interface KeyParts {
  /** The key without its middle initials ("joseph r biden" → "joseph biden"); the key itself for a surname-only key. */
  bare: string;
  middle: string[];
  /** The surname part of the key ("biden", "von der leyen"; the family name of an East Asian name). */
  surname: string;
  surnameOnly: boolean;
  /** Initials of middle names written out in the display name ("George Herbert Walker Bush" → h w), if any. */
  spelledMiddle: string[];
}

function keyParts(key: string, name?: string | null): KeyParts {
  const words = key.split(' ');
  if (name) {
    const p = splitName(name);
    if (p.words.length > 0 && keyOf(p, name) === key) {
      if (!p.given) return { bare: key, middle: [], surname: key, surnameOnly: true, spelledMiddle: [] };
      if (p.familyFirst) return { bare: key, middle: [], surname: words[0], surnameOnly: false, spelledMiddle: [] };
      const surname = surnameKey(p.surname);
      const given = words[0];
      const spelled = p.words.slice(1, p.words.length - p.surname.split(/\s+/).length).map((w) => fold(w)[0]);
      return { bare: `${given} ${surname}`, middle: p.middle, surname, surnameOnly: false, spelledMiddle: spelled };
    }
  }
  // From the key alone: one word or a particle first is a surname; single letters after the given name are initials.
  if (words.length === 1 || PARTICLES.has(words[0])) return { bare: key, middle: [], surname: key, surnameOnly: true, spelledMiddle: [] };
  let i = 1;
  while (i < words.length - 1 && words[i].length === 1) i++;
  const surname = words.slice(i).join(' ');
  return { bare: `${words[0]} ${surname}`, middle: words.slice(1, i), surname, surnameOnly: false, spelledMiddle: [] };
}

/**
 * The person keys already stored, indexed for foldPersonKey: build it once from the store's keys
 * (with their display names) and `add` each new key, instead of scanning every key per mention.
 */
export class PersonKeyIndex {
  /** Bare key ("joseph biden") → the keys with middle initials that reduce to it ("joseph r biden"). */
  private readonly withInitials = new Map<string, Set<string>>();
  /** Surname (and its last word) → the full-name keys with that surname. */
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly parts = new Map<string, KeyParts>();

  constructor(existing: Iterable<string> | ReadonlyMap<string, string | null> = []) {
    if (existing instanceof Map) for (const [key, name] of existing as ReadonlyMap<string, string | null>) this.add(key, name);
    else for (const key of existing as Iterable<string>) this.add(key);
  }

  add(key: string, name?: string | null): void {
    if (this.parts.has(key) || key === '') return;
    const p = keyParts(key, name);
    this.parts.set(key, p);
    if (p.surnameOnly) return;
    const put = (m: Map<string, Set<string>>, k: string): void => {
      let set = m.get(k);
      if (!set) m.set(k, (set = new Set()));
      set.add(key);
    };
    if (p.middle.length) put(this.withInitials, p.bare);
    put(this.bySurname, p.surname);
    const last = p.surname.slice(p.surname.lastIndexOf(' ') + 1);
    if (last !== p.surname) put(this.bySurname, last);
  }

  /** See foldPersonKey. */
  fold(key: string, name?: string | null): string {
    const p = name ? keyParts(key, name) : (this.parts.get(key) ?? keyParts(key));
    if (p.surnameOnly) {
      // The one person (after folding) with that surname.
      const targets = new Set<string>();
      for (const full of this.bySurname.get(p.surname) ?? []) {
        targets.add(this.foldFull(full, this.parts.get(full)!));
        if (targets.size > 1) return key;
      }
      return targets.size === 1 ? [...targets][0] : key;
    }
    return this.foldFull(key, p);
  }

  private foldFull(key: string, p: KeyParts): string {
    if (p.middle.length) return key;
    const variants = this.withInitials.get(p.bare);
    if (!variants) return key;
    let only: string | null = null;
    for (const v of variants) {
      // "George Herbert Walker Bush" may only fold into the variant with his initials.
      if (p.spelledMiddle.length && this.parts.get(v)!.middle.join(' ') !== p.spelledMiddle.join(' ')) continue;
      if (only !== null) return key;
      only = v;
    }
    return only ?? key;
  }
}

/**
 * Which stored person key a new person key should be stored under, so that one person is one
 * entity across documents when the documents name them with more or less detail. Pure; the store
 * calls it for each person of a document before writing it.
 *
 * - `key`: the new person's key (personKey of its name); `name`: its display name (optional, it
 *   tells a surname-only key from a full one and gives middle names written out).
 * - `existing`: the person keys already stored — a Map key → display name, or just the keys, or a
 *   PersonKeyIndex built once from them (cheaper when folding many keys).
 * - Returns `key` itself unless one of these applies:
 *   1. a full name without middle initials ("joseph biden") folds into the only stored key that adds
 *      middle initials to the same given name and surname ("joseph r biden"); with two such keys
 *      ("george w bush", "george h w bush") it folds into neither. Middle names written out in
 *      `name` ("George Herbert Walker Bush") must match the initials.
 *   2. a surname-only key ("biden", "von der leyen") folds into the only stored full-name person
 *      with that surname, counted after rule 1 ("joseph biden" and "joseph r biden" are one);
 *      with two ("george w bush", "george h w bush"; "joseph r biden", "hunter biden") into none.
 *   A key with middle initials never folds into one without: initials tell people apart.
 * - The answer does not depend on the order keys were stored in: a stored key that a later key
 *   makes foldable ("biden" stored before "joseph r biden") is reported by foldPersonKeys.
 */
export function foldPersonKey(key: string, existing: Iterable<string> | ReadonlyMap<string, string | null> | PersonKeyIndex, name?: string | null): string {
  const index = existing instanceof PersonKeyIndex ? existing : new PersonKeyIndex(existing);
  return index.fold(key, name);
}

/**
 * The stored keys that now fold into another one (key → target), for re-keying a store after new
 * keys arrived; keys that stay are left out. Same rules as foldPersonKey.
 */
export function foldPersonKeys(existing: Iterable<string> | ReadonlyMap<string, string | null>): Map<string, string> {
  const index = new PersonKeyIndex(existing);
  const out = new Map<string, string>();
  const keys = existing instanceof Map ? [...(existing as ReadonlyMap<string, string | null>).keys()] : [...(existing as Iterable<string>)];
  for (const key of keys) {
    const target = index.fold(key);
    if (target !== key) out.set(key, target);
  }
  return out;
}

/** The folded forms a lone mention may use for a person: the surname with and without particles or article. */
function surnameForms(p: NameParts): string[] {
  const d = derived(p);
  return (d.surnames ??= surnameFormsOf(p));
}

function surnameFormsOf(p: NameParts): string[] {
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
  const d = derived(p);
  return (d.full ??= fullFormsOf(p));
}

function fullFormsOf(p: NameParts): string[] {
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
  /** Each person's mention starts in text order, for `nearest` (a binary search, not a scan). */
  const starts = new Map<Person, number[]>();
  const addMention = (p: Person, c: { start: number; end: number; sentence: number; role: string | null; roleCountry: string | null }, rule: string): void => {
    const key = `${c.start}-${c.end}`;
    if (taken.has(key)) return;
    taken.add(key);
    p.role ??= c.role;
    p.country ??= c.roleCountry;
    p.mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), rule, sentence: c.sentence, role: c.role, roleCountry: c.roleCountry });
    const list = starts.get(p)!;
    const at = countBelow(list, c.start);
    if (at === list.length) list.push(c.start);
    else list.splice(at, 0, c.start);
  };
  const newPerson = (name: string, np: NameParts): Person => {
    const display = isAllCaps(name) ? titleCase(name) : name;
    const p: Person = { key: personKey(display), name: display, role: null, country: null, mentions: [] };
    people.push(p);
    parts.set(p, np);
    starts.set(p, []);
    return p;
  };
  const rename = (p: Person, name: string): void => {
    if (isAllCaps(name) || name.length <= p.name.length) return;
    const np = splitName(name);
    // The fullest form names the person; middle initials written in another form stay in the key
    // ("Joseph R. Biden" then "Joseph Robinette Biden": `joseph r biden`).
    const old = parts.get(p)!;
    p.name = name;
    p.key = np.middle.length || !old.middle.length ? personKey(name) : p.key;
    parts.set(p, np.middle.length || !old.middle.length ? np : { ...np, middle: old.middle });
  };

  // Indexes rebuilt as people are added: folded surname forms, full-name forms, given names.
  const bySurname = new Map<string, Person[]>();
  const byFull = new Map<string, Person[]>();
  const byGiven = new Map<string, Person[]>();
  /** Members of the long lists (a hostile text may name thousands of Johns): membership stays O(1). */
  const members = new Map<Person[], Set<Person>>();
  const push = (m: Map<string, Person[]>, k: string, p: Person): void => {
    const list = m.get(k);
    if (!list) m.set(k, [p]);
    else if (list.length < 16) {
      if (!list.includes(p)) list.push(p);
    } else {
      let set = members.get(list);
      if (!set) members.set(list, (set = new Set(list)));
      if (!set.has(p)) {
        set.add(p);
        list.push(p);
      }
    }
  };
  /** Names already indexed for each person: a name repeated a thousand times is indexed once. */
  const indexed = new Map<Person, Set<NameParts>>();
  const index = (p: Person, np: NameParts): void => {
    let done = indexed.get(p);
    if (!done) indexed.set(p, (done = new Set()));
    if (done.has(np)) return;
    done.add(np);
    for (const f of surnameForms(np)) push(bySurname, f, p);
    if (np.given) {
      for (const f of fullForms(np)) push(byFull, f, p);
      if (!np.familyFirst) push(byGiven, fold(np.given.split(/\s+/)[0]), p);
    }
  };
  /** Of several people with one surname, the one mentioned last before `at` (else first after). */
  const nearest = (list: Person[], at: number): Person => {
    let best = list[0];
    if (list.length === 1) return best;
    let bestAt = -Infinity;
    for (const p of list) {
      const s = starts.get(p)!;
      const k = countBelow(s, at) - 1;
      if (k >= 0 && s[k] > bestAt) [best, bestAt] = [p, s[k]];
    }
    return best;
  };

  // 1. Full names, in text order. A full name joins a person with the same surname whose given name
  //    has the same formal initial ("Joe Biden", "Joseph R. Biden, Jr.", "J. Biden").
  const byText = (a: NameCandidate, b: NameCandidate): number => a.start - b.start;
  const isFull = (c: NameCandidate): boolean => nameParts(c.text).words.length >= 2 || /^\p{Lu}\./u.test(c.text);
  const full = confirmed.filter(isFull).sort(byText);
  const singles = confirmed.filter((c) => !isFull(c)).sort(byText);
  for (const c of full) {
    const np = nameParts(c.text);
    const initial = np.given && !np.familyFirst ? formalGiven(np.given)[0] : np.familyFirst ? fold(np.given ?? '')[0] : np.initial;
    const namesakes = bySurname.get(fold(np.surname)) ?? [];
    const sameSurname = namesakes.filter((p) => {
      const q = parts.get(p)!;
      if (q.familyFirst !== np.familyFirst) return false;
      if (np.familyFirst) return fold(q.given ?? '') === fold(np.given ?? '') || !q.given || !np.given;
      const qi = q.given ? formalGiven(q.given)[0] : q.initial;
      // Different middle initials are different people: "George W. Bush", "George H. W. Bush".
      if (np.middle.length && q.middle.length && np.middle.join(' ') !== q.middle.join(' ')) return false;
      return !qi || !initial || qi === initial;
    });
    let p: Person | undefined;
    if (sameSurname.length === 1) p = sameSurname[0];
    else if (sameSurname.length > 1) {
      // Several: those with the same given name ("George Bush" among two George Bushes: the nearest).
      const formal = np.given ? formalGiven(np.given) : null;
      const sameGiven = formal === null ? sameSurname : sameSurname.filter((q) => parts.get(q)!.given && formalGiven(parts.get(q)!.given!) === formal);
      if (sameGiven.length) p = nearest(sameGiven, c.start);
    }
    // Dozens of different people with one surname is a list no news text holds (a hostile one
    // does): past that, a name joins the nearest namesake, and lookups stay short.
    if (!p && namesakes.length >= MAX_NAMESAKES) p = nearest(namesakes, c.start);
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
  const variants = new VariantIndex(bySurname);
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
    const variant = variants.closeVariant(whole);
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

/** People of one document with one surname beyond which a full name no longer makes a new person. */
const MAX_NAMESAKES = 64;

/**
 * Known people whose surname a word is a clear variant of: a truncation keeping most of it
 * ("Frederiks" → "Frederiksen") or one edit away in a long word ("Zelensky" → "Zelenskyy").
 * Surnames are bucketed by first letter and length, so that a word is compared with the few
 * surnames it can be a variant of, not with every surname of the document; of several, the one
 * indexed first wins.
 */
class VariantIndex {
  private readonly buckets = new Map<string, { order: number; surname: string; list: Person[] }[]>();
  constructor(index: Map<string, Person[]>) {
    let order = 0;
    for (const [surname, list] of index) {
      order++;
      if (surname.length < 6 || surname.includes(' ')) continue;
      const key = `${surname[0]}${surname.length}`;
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = []));
      bucket.push({ order, surname, list });
    }
  }

  closeVariant(word: string): Person[] | null {
    if (word.length < 5) return null;
    let best: { order: number; list: Person[] } | null = null;
    // Truncations: the surname is at most word.length / 0.7 long; one edit: one letter more or less.
    const longest = Math.max(word.length + 1, Math.floor(word.length / 0.7) + 1);
    let budget = 4096;
    for (let length = Math.max(6, word.length - 1); length <= longest && budget > 0; length++) {
      for (const e of this.buckets.get(`${word[0]}${length}`) ?? []) {
        if (--budget < 0 || (best && e.order > best.order)) break;
        const { surname } = e;
        if ((surname.startsWith(word) && word.length >= 0.7 * surname.length) || (word.length >= 6 && Math.abs(surname.length - word.length) <= 1 && editDistanceAtMostOne(word, surname))) {
          best = e;
          break;
        }
      }
    }
    return best?.list ?? null;
  }
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

export type { PersonMention };
