// The cross-document person key and how keys fold into each other across documents.
import { describe, expect, it } from 'vitest';
import { foldPersonKey, foldPersonKeys, linkPeople, personKey, PersonKeyIndex, splitName, type NameCandidate } from '../../src/resolve/people.js';

describe('middle initials: what personKey keeps', () => {
  it.each([
    ['George W. Bush', ['w']],
    ['George H. W. Bush', ['h', 'w']],
    ['George H.W. Bush', ['h', 'w']],
    ['Joseph R. Biden, Jr.', ['r']],
    ['Lloyd J. Austin III', ['j']],
    ['John Fitzgerald Kennedy', []],
    ['P. Simmons', []],
    ['J.R.R. Tolkien', []],
    ['Benjamin “Benny” Gantz', []],
    ['Kim Jong-un', []],
    ['Joe Biden', []],
  ])('%s → %j', (name, middle) => {
    expect(splitName(name).middle).toEqual(middle);
  });
});

/** Stored keys with their display names, as the store has them. */
const stored = (...names: string[]): Map<string, string> => new Map(names.map((n) => [personKey(n), n]));

describe('foldPersonKey: which stored key a new key folds into', () => {
  const CASES: [string, string | null, Map<string, string>, string][] = [
    // [new key, its display name, stored keys → names, expected key]
    // Without initials into the only key with initials.
    ['joseph biden', 'Joe Biden', stored('Joseph R. Biden, Jr.'), 'joseph r biden'],
    ['joseph biden', 'Joseph Biden', stored('Joseph R. Biden, Jr.', 'Joseph Biden'), 'joseph r biden'],
    ['joseph biden', null, stored('Joseph R. Biden, Jr.'), 'joseph r biden'],
    // A key with initials never folds, whatever is stored.
    ['joseph r biden', 'Joseph R. Biden', stored('Joe Biden'), 'joseph r biden'],
    ['george w bush', 'George W. Bush', stored('George H. W. Bush'), 'george w bush'],
    ['george h w bush', 'George H. W. Bush', stored('George W. Bush', 'George Bush'), 'george h w bush'],
    // Two keys with initials: no fold, unless middle names written out pick one.
    ['george bush', 'George Bush', stored('George W. Bush', 'George H. W. Bush'), 'george bush'],
    ['george bush', 'George Herbert Walker Bush', stored('George W. Bush', 'George H. W. Bush'), 'george h w bush'],
    ['george bush', 'George Walker Bush', stored('George H. W. Bush'), 'george bush'],
    // Another given name is another person.
    ['hunter biden', 'Hunter Biden', stored('Joseph R. Biden'), 'hunter biden'],
    ['joseph biden', 'Joseph Biden', stored('Hunter Biden'), 'joseph biden'],
    // Surname only: the only full-name person with that surname (after folding).
    ['biden', 'Biden', stored('Joseph R. Biden, Jr.'), 'joseph r biden'],
    ['biden', 'Biden', stored('Joe Biden'), 'joseph biden'],
    ['biden', 'Biden', stored('Joe Biden', 'Joseph R. Biden, Jr.'), 'joseph r biden'],
    ['biden', null, stored('Joe Biden', 'Joseph R. Biden, Jr.', 'Biden'), 'joseph r biden'],
    ['biden', 'Biden', stored('Joseph R. Biden, Jr.', 'Hunter Biden'), 'biden'],
    ['bush', 'Bush', stored('George W. Bush', 'George H. W. Bush'), 'bush'],
    ['bush', 'Bush', stored('George W. Bush', 'George H. W. Bush', 'George Bush'), 'bush'],
    ['biden', 'Biden', stored('Biden'), 'biden'],
    ['biden', 'Biden', new Map(), 'biden'],
    // Surnames with particles and articles; a lone last word of a particle surname.
    ['von der leyen', 'von der Leyen', stored('Ursula von der Leyen'), 'ursula von der leyen'],
    ['leyen', 'Leyen', stored('Ursula von der Leyen'), 'ursula von der leyen'],
    ['sisi', 'el-Sisi', stored('Abdel Fattah al-Sisi'), 'abdel sisi'],
    ['de silva', 'de Silva', stored('Aravinda de Silva'), 'aravinda de silva'],
    ['silva', 'Silva', stored('Aravinda de Silva', 'Luiz Inácio Lula da Silva'), 'silva'],
    // East Asian names: the family name comes first.
    ['wang', 'Wang', stored('Wang Jianguo'), 'wang jianguo'],
    ['jianguo', 'Jianguo', stored('Wang Jianguo'), 'jianguo'],
    // A surname is not a given name: "Jordan" does not fold into "jordan henderson".
    ['jordan', 'Jordan', stored('Jordan Henderson'), 'jordan'],
  ];
  it.each(CASES)('%s (%s) with %o → %s', (key, name, existing, expected) => {
    expect(foldPersonKey(key, existing, name)).toBe(expected);
    // The same answer from a prebuilt index, and from the keys alone when the key is plain.
    expect(foldPersonKey(key, new PersonKeyIndex(existing), name)).toBe(expected);
  });

  it('takes the keys alone', () => {
    expect(foldPersonKey('biden', ['joseph r biden'])).toBe('joseph r biden');
    expect(foldPersonKey('bush', ['george w bush', 'george h w bush'])).toBe('bush');
    expect(foldPersonKey('joseph biden', new Set(['joseph r biden', 'hunter biden']))).toBe('joseph r biden');
  });
});

describe('foldPersonKeys: stored keys to re-key, whatever order they came in', () => {
  it.each([
    [['Biden', 'Joe Biden', 'Joseph R. Biden, Jr.'], { biden: 'joseph r biden', 'joseph biden': 'joseph r biden' }],
    [['Joseph R. Biden, Jr.', 'Joe Biden', 'Biden'], { biden: 'joseph r biden', 'joseph biden': 'joseph r biden' }],
    [['George W. Bush', 'George H. W. Bush', 'George Bush', 'Bush'], {}],
    [['Mette Frederiksen', 'Frederiksen', 'Erdoğan'], { frederiksen: 'mette frederiksen' }],
  ] as [string[], Record<string, string>][])('%j', (names, expected) => {
    expect(Object.fromEntries(foldPersonKeys(stored(...names)))).toEqual(expected);
  });
});

describe('within a document, middle initials tell people apart', () => {
  const cand = (text: string, at: number, name: string): NameCandidate => ({
    start: text.indexOf(name, at), end: text.indexOf(name, at) + name.length, text: name, sentence: 0, words: name.split(' '), rule: 'person/first-name', role: null, roleCountry: null,
  });
  it.each([
    ['George W. Bush met George H. W. Bush.', ['George W. Bush', 'George H. W. Bush'], [['George W. Bush', 'george w bush'], ['George H. W. Bush', 'george h w bush']]],
    ['Joe Biden spoke. Joseph R. Biden, Jr. signed.', ['Joe Biden', 'Joseph R. Biden, Jr.'], [['Joseph R. Biden, Jr.', 'joseph r biden']]],
    ['Joseph R. Biden spoke. Joseph Robinette Biden signed.', ['Joseph R. Biden', 'Joseph Robinette Biden'], [['Joseph Robinette Biden', 'joseph r biden']]],
  ] as [string, string[], [string, string][]][])('%s', (text, names, expected) => {
    let at = 0;
    const confirmed = names.map((n) => {
      const c = cand(text, at, n);
      at = c.end;
      return c;
    });
    expect(linkPeople(text, confirmed, []).map((p) => [p.name, p.key])).toEqual(expected);
  });
});
