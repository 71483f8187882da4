// Hostile input for the people, countries and organizations stages: long runs of what their
// patterns look for (capitalized words, titles, particles, names, capitals, newspaper words).
// What this catches is catastrophic or polynomial backtracking and quadratic loops, which take
// minutes, not seconds: the bound is loose (3 s per 100 KB, so that a busy machine passes) while
// the goal measured on the loaded development machine is under 0.3 s per 100 KB. Times are
// printed for the record. Segmentation is done before the clock starts: it is not these stages.
import { describe, expect, it } from 'vitest';
import { contextFor, repeatTo } from '../helpers.js';
import { EXTRACTORS } from '../../src/extract/index.js';
import { foldPersonKey, personKey, splitName } from '../../src/resolve/people.js';

const repeat = repeatTo;
const KB100 = 100_000;

/** Capitalized made-up words, none a given name: every one of them a name-like word. */
function capitalized(n: number): string {
  const stems = ['Arvol', 'Brenk', 'Corath', 'Dunmil', 'Esk', 'Farrow', 'Gult', 'Hessin'];
  return Array.from({ length: n }, (_, i) => `${stems[i % stems.length]}${String.fromCharCode(97 + (i % 26))}`).join(' ');
}

/** A made-up capitalized word for each number: thousands of different names. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const made = (i: number, first: string): string => `${first}${LETTERS[i % 26]}${LETTERS[Math.floor(i / 26) % 26]}${LETTERS[Math.floor(i / 676) % 26]}o`;

/** A list of `bytes` characters, item i written by `item(i)`. */
function list(bytes: number, item: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0, n = 0; n < bytes; i++) {
    const s = item(i);
    out.push(s);
    n += s.length;
  }
  return out.join('').slice(0, bytes);
}

/** Known given names with one surname: thousands of different people in one document. */
function manyPeople(bytes: number): string {
  const given = ['John', 'Maria', 'Peter', 'Anna', 'David', 'Laura', 'Paul', 'Sarah', 'Mark', 'Helen', 'James', 'Emma'];
  const out: string[] = [];
  for (let i = 0, n = 0; n < bytes; i++) {
    const s = `${given[i % given.length]} ${String.fromCharCode(65 + (i % 26))}. Smith, `;
    out.push(s);
    n += s.length;
  }
  return out.join('').slice(0, bytes);
}

const CASES: [string, () => string][] = [
  ['100,000 capitalized words in a row', () => capitalized(100_000)],
  ['"Mr. Mr. Mr. …"', () => repeat('Mr. ', KB100)],
  ['"Mr Mr Mr …"', () => repeat('Mr ', KB100)],
  ['"al-al-al-…"', () => repeat('al-', KB100)],
  ['"Al-Al-Al-…"', () => repeat('Al-', KB100)],
  ['"John Smith, John Smith, …"', () => repeat('John Smith, ', KB100)],
  ['"John Smith and John Smith and …"', () => repeat('John Smith and ', KB100)],
  ['a 1 MB line without punctuation', () => repeat('the minister said that washington and moscow will talk about the war ', 1_000_000)],
  ['one 1 MB capitalized word', () => 'A' + repeat('b', 1_000_000)],
  ['initials "J. J. J. …"', () => repeat('J. ', KB100)],
  ['initials without spaces "J.J.J.…"', () => repeat('J.', KB100)],
  ['particles "von der von der …"', () => repeat('von der ', KB100)],
  ['an opening quote never closed', () => repeat('John “Benny ', KB100)],
  ['brackets "John (Jim) John (Jim) …"', () => repeat('John (Jim) ', KB100)],
  ['hyphenated names "Zia-ul-Zia-ul-…"', () => repeat('Zia-ul-', KB100)],
  ['titles "Prime Minister Prime Minister …"', () => repeat('Prime Minister ', KB100)],
  ['a full title chain', () => repeat('Deputy Head of the Presidential Office of the Ministry of Foreign Affairs ', KB100)],
  ['"President Joseph R. Biden, Jr. said …"', () => repeat('President Joseph R. Biden, Jr. said ', KB100)],
  ['thousands of people named Smith', () => manyPeople(KB100)],
  ['surnames with commas "Smith, Smith, …"', () => repeat('Smith, ', KB100)],
  ['thousands of namesakes told apart by middle initials', () => list(KB100, (i) => `Minister ${made(i, LETTERS[i % 26].toUpperCase())} ${LETTERS[(i >> 1) % 26].toUpperCase()}. ${LETTERS[(i >> 5) % 26].toUpperCase()}. Smith, `)],
  ['thousands of different surnames after one given name', () => list(KB100, (i) => `John ${made(i, 'S')}, ${made(i + 7, 'S').slice(0, -1)}a, `)],
  ['thousands of different two-word names in a list', () => 'Minister Ivo Kaabo said. ' + list(KB100, (i) => `${made(i, 'K')} ${made(i, 'T')}, `)],
  ['thousands of different surnames after "Mr"', () => list(KB100, (i) => `Mr ${made(i, 'K')} and ${made(i, 'T')} `)],
  ['"Washington said Washington said …"', () => repeat('Washington said ', KB100)],
  ['"Washington and Moscow and …"', () => repeat('Washington and Moscow and ', KB100)],
  ['"talks between Washington and …"', () => repeat('talks between Washington and ', KB100)],
  ['capitals as surnames "MaliVai Washington, …"', () => repeat('MaliVai Washington, ', KB100)],
  ['headline capitals "WASHINGTON SAID …"', () => repeat('WASHINGTON SAID ', KB100)],
  ['"the daily Zycie Warszawy reported …"', () => repeat('the daily Zycie Warszawy reported ', KB100)],
  ['newspaper words "Gazeta Gazeta …"', () => repeat('Gazeta ', KB100)],
  ['"Daily Times Post Herald …"', () => repeat('Daily Times Post Herald ', KB100)],
  ['"news agency news agency …"', () => repeat('news agency ', KB100)],
  ['possessives "Smith\'s wife Smith\'s wife …"', () => repeat("Smith's wife ", KB100)],
  ['ages "Smith, 35, Smith, 35, …"', () => repeat('Smith, 35, ', KB100)],
  ['"North and South Korea …"', () => repeat('North and South Korea ', KB100)],
  ['accented capitals "Éé Éé …"', () => repeat('Éé ', KB100)],
];

describe('people, countries and organizations on hostile input', () => {
  it.each(CASES)('%s', (label, make) => {
    const text = make();
    const ctx = contextFor(text, '2024-02-12');
    const t = performance.now();
    ctx.organizations = EXTRACTORS.organization.extract(ctx);
    ctx.countries = EXTRACTORS.country.extract(ctx);
    const people = EXTRACTORS.person.extract(ctx);
    const ms = performance.now() - t;
    const per100KB = (ms * KB100) / text.length;
    console.log(`hostile ${label}: ${(text.length / 1000).toFixed(0)} KB in ${ms.toFixed(0)} ms (${per100KB.toFixed(0)} ms per 100 KB)`);
    expect(per100KB, `${label}: ${ms.toFixed(0)} ms`).toBeLessThan(3000);
    for (const s of [...ctx.organizations, ...ctx.countries, ...people.flatMap((p) => p.mentions)]) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('person keys on hostile names', () => {
  it.each([
    ['a 100 KB run of spaces before Jr.', `John${' '.repeat(KB100)}x Jr.`],
    ['opening quotes never closed', `John ${'“Benny '.repeat(15_000)}Smith`],
    ['100 KB of initials', `George ${'H. '.repeat(30_000)}Bush`],
    ['100 KB of particles', `Ursula ${'von der '.repeat(12_000)}Leyen`],
  ])('%s', (_label, name) => {
    const t = performance.now();
    const key = personKey(name);
    splitName(name);
    foldPersonKey(key, new Map([[key, name]]), name);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
