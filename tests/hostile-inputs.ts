// The hostile inputs of the per-stage hostile-input tests, in one place: each stage's test runs its
// own list, and tests/hardening/pipeline-hostile.test.ts runs all of them through the whole
// pipeline (read → segment → extract → store). A case is a label and a generator: texts are made
// when a test runs, not when this module loads.
import { hostileWords, repeatTo } from './helpers.js';

export type HostileCase = [label: string, make: () => string];

const repeat = repeatTo;
const words = hostileWords;
const KB = 1024;
const K100 = 100_000;
const KB100 = K100;

/** The reader's date-stamp, title and front-matter patterns (tests/read/read-hostile.test.ts). */
export const READ_CASES: HostileCase[] = [
  ['100 KB of line breaks', () => 'x' + '\n'.repeat(K100) + 'x'],
  ['"updated" and 100 KB of spaces', () => 'x\nupdated' + ' '.repeat(K100) + 'x'],
  ['"updated", spaces, a colon, spaces', () => 'x\nupdated' + ' '.repeat(K100) + ':' + ' '.repeat(K100) + 'x'],
  ['"\\nupdated " repeated', () => 'x' + '\nupdated '.repeat(K100 / 9)],
  ['"date" and 100 KB of spaces', () => 'date' + ' '.repeat(K100) + 'x'],
  ['line breaks and spaces mixed', () => ' \n \r\n\t'.repeat(K100 / 5) + 'Last updated 2015-03-20'],
  ['a front matter that never closes', () => '---\n' + 'a: b\n'.repeat(K100 / 5)],
  ['a front matter value of 100 KB', () => '---\na: "' + 'x'.repeat(K100) + '\n---\nbody'],
  ['100 KB of spaces before a title', () => ' '.repeat(K100) + 'x'],
];

/** The segmenter's long-run breaker (tests/segment/segment-hostile.test.ts). */
export const LONG_RUN_CASES: HostileCase[] = [
  ['a megabyte of short words', () => 'abc de fgh '.repeat(100_000)],
  ['a megabyte of one word', () => 'x'.repeat(1_000_000)],
];

/** The segmenter's boilerplate rules on long blank lines (tests/segment/segment-hostile.test.ts). */
export const BOILERPLATE_CASES: HostileCase[] = [['"menu" lines of 300 characters, mostly blanks', () => ('menu' + ' '.repeat(290) + 'x\n').repeat(350)]];

/** Deterministic digits that never repeat with a short period. */
function digits(n: number): string {
  let s = '';
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += String(x % 10);
  }
  return s;
}

/** The segmenter and the date extractor (tests/extract/date-hostile.test.ts). */
export const DATE_CASES: HostileCase[] = [
  ['100 KB of digits', () => digits(K100)],
  ['one digit repeated', () => repeat('1', K100)],
  ['"1/1/1/…"', () => repeat('1/', K100)],
  ['"12/12/12/…"', () => repeat('12/', K100)],
  ['"2024-2024-…"', () => repeat('2024-', K100)],
  ['"2024-02-2024-02-…"', () => repeat('2024-02-', K100)],
  ['"1,000,000,…"', () => '1' + repeat(',000', K100)],
  ['"1,000,…,000 x years" (a unit word after the number)', () => '1' + repeat(',000', K100) + ' x years'],
  ['"1.1.1.…"', () => repeat('1.', K100)],
  ['"1:1:1:…"', () => repeat('1:', K100)],
  ['"12:30 12:30 …"', () => repeat('12:30 ', K100)],
  ['"2024 2024 …"', () => repeat('2024 ', K100)],
  ['"1 1 1 …"', () => repeat('1 ', K100)],
  ['100,000 capitalized words', () => words(K100, true)],
  ['a 1 MB line without punctuation', () => words(130_000, false).slice(0, 1_000_000)],
  ['"January January …"', () => repeat('January ', K100)],
  ['"May May …"', () => repeat('May ', K100)],
  ['"the the the …"', () => repeat('the ', K100)],
  ['"last week last week …"', () => repeat('last week ', K100)],
  ['"that year that year …"', () => repeat('that year ', K100)],
  ['"In 2020 … that year" (a year to refer to)', () => 'In 2020 ' + repeat('that year ', K100)],
  ['"the previous Friday …"', () => 'On Monday ' + repeat('the previous Friday ', K100)],
  ['"twenty-one twenty-one …"', () => repeat('twenty-one ', K100)],
  ['"two years two years …"', () => repeat('two years ', K100)],
  ['"a year ago" after a quarter', () => 'In the first quarter ' + repeat('a year ago ', K100)],
  ['"a year ago" after a quarter code', () => 'Q1 2020 ' + repeat('a year ago ', K100)],
  ['"against $5 last year" after a quarter', () => 'In the first quarter, ' + repeat('against $5 last year ', K100)],
  ['"This Week This Week …"', () => repeat('This Week ', K100)],
  ['"Daily Daily …"', () => repeat('Daily ', K100)],
  ['"USA Today USA Today …"', () => repeat('USA Today ', K100)],
  ['"Current Current …"', () => repeat('Current ', K100)],
  ['"as today as today …"', () => repeat('as today ', K100)],
  ['"5 Days 5 Days …"', () => repeat('5 Days ', K100)],
  ['"will meet Friday …"', () => repeat('will meet Friday ', K100)],
  ['"Nov. 19-20 …"', () => repeat('Nov. 19-20 ', K100)],
  ['"He left on Monday. …" (a line of short sentences)', () => repeat('He left on Monday. ', K100)],
  ['a 100 KB run of spaces inside a sentence', () => 'In ' + ' '.repeat(K100) + '2024 the year ended.'],
  ['a 100 KB run of line breaks', () => 'In 2024\n' + '\n'.repeat(K100) + 'it ended on Monday.'],
  ['tabs before years', () => repeat('in \t\t\t\t\t\t\t\t\t\t\t 2024 ', K100)],
  ['control characters', () => repeat('Denmark\u0001will\u0002deploy\u0007troops on 3 May.\u000b', K100)],
  ['NUL characters', () => repeat('Ukraine\u0000 pledged support on Monday. ', K100)],
  ['mixed scripts and right-to-left text', () => repeat('Denmark مرحبا שלום will deploy Мир troops 中国 on 3 May. \u202eevil\u202c ', K100)],
  ['emoji and other astral characters', () => repeat('😀 Denmark 🇩🇰 will deploy 𝕏 troops on Thursday. ', K100)],
  ['100 KB of emoji without a space', () => repeat('😀', K100)],
  ['CRLF and lone CR line ends', () => repeat('Denmark will deploy troops on Monday.\r\nNorway agreed in 2024.\rSweden pledged aid.\r\n', K100)],
  ['byte-order marks inside the text', () => repeat('\uFEFFDenmark will deploy troops on 10 May 2024. ', K100)],
  ['one 100 KB word', () => 'A' + repeat('b', K100)],
  ['hyphen runs', () => repeat('al-Sisi-', K100)],
  ['dates glued together', () => repeat('2024-02-10T12:27', K100)],
];

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

/** The people, countries and organizations stages (tests/extract/person-hostile.test.ts). */
export const PERSON_CASES: HostileCase[] = [
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
  // Each name's affiliation once made the whole sentence be searched for the shape of a results table.
  ['a results table "Kabo Tabo (Raco), …"', () => list(KB100, (i) => `${made(i, 'K')} ${made(i, 'T')} (${made(i, 'R')}), `)],
  ['affiliations that are countries "Kabo Tabo (Denmark), …"', () => list(KB100, (i) => `${made(i, 'K')} ${made(i, 'T')} (Denmark), `)],
  // Each name once made the sentence's country and organization mentions be scanned from the first.
  ['nationalities before names "Danish Kabo Tabo, …"', () => list(KB100, (i) => `Danish ${made(i, 'K')} ${made(i, 'T')}, `)],
  ['titles after nationalities "Danish Minister Kabo Tabo, …"', () => list(KB100, (i) => `Danish Minister ${made(i, 'K')} ${made(i, 'T')}, `)],
  ['names between organizations "NATO Kabo Tabo NATO, …"', () => list(KB100, (i) => `NATO ${made(i, 'K')} ${made(i, 'T')} NATO, `)],
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

/** Person keys on hostile names (tests/extract/person-hostile.test.ts): each name is also a text. */
export const PERSON_NAME_CASES: HostileCase[] = [
  ['a 100 KB run of spaces before Jr.', () => `John${' '.repeat(KB100)}x Jr.`],
  ['opening quotes never closed', () => `John ${'“Benny '.repeat(15_000)}Smith`],
  ['100 KB of initials', () => `George ${'H. '.repeat(30_000)}Bush`],
  ['100 KB of particles', () => `Ursula ${'von der '.repeat(12_000)}Leyen`],
];

/** The commitment stage (tests/extract/commitment-hostile.test.ts). */
export const COMMITMENT_CASES: HostileCase[] = [
  ['"will not " repeated', () => repeat('will not ', 100 * KB)],
  ['"Denmark will not will not …" as one sentence', () => 'Denmark ' + repeat('will not ', 100 * KB) + 'deploy troops.'],
  ['"will will will …"', () => repeat('will ', 100 * KB)],
  // The auxiliary chain before a trigger was read by a regex that was exponential in its length.
  ['"will will … will" before "Denmark will deploy"', () => repeat('will ', 100 * KB) + 'Denmark will deploy troops.'],
  ['100,000 capitalized words in a row', () => words(100_000, true)],
  ['a 1 MB line without punctuation', () => words(130_000, false).slice(0, 1000 * KB)],
  ['"pledged to " repeated', () => repeat('pledged to ', 100 * KB)],
  ['"Denmark pledged to pledged to …"', () => 'Denmark ' + repeat('pledged to ', 100 * KB) + 'deploy troops.'],
  ['nested lists of bullets under lead-ins', () => 'Denmark will:\n' + repeat('  - Denmark will:\n    - Expanding exercises:\n', 100 * KB)],
  ['bullet lines of ", and" runs', () => 'Denmark committed to:\n' + repeat('- Expanding exercises' + ', and'.repeat(200) + '\n', 100 * KB)],
  ['one list item of 100 KB of ", and"', () => 'Denmark committed to:\n- Expanding' + repeat(', and', 100 * KB)],
  ['a list line with 100 KB of white space after a comma', () => 'Denmark committed to:\nfirst the exercises,\nthe force is,' + ' '.repeat(100 * KB) + 'x\n'],
  ['a list item that is one 100 KB word', () => 'Denmark committed to:\n- A' + 'b'.repeat(100 * KB)],
  ['lead-ins without end', () => repeat('Denmark will:\n- deploy troops\n', 100 * KB)],
  ['long runs of "and"', () => 'Denmark will ' + repeat('and ', 100 * KB) + 'deploy troops.'],
  ['"the countries agreed to" repeated', () => 'France and Germany met. ' + repeat('the countries agreed to ', 100 * KB)],
  ['opening quotes never closed (“)', () => repeat('“Denmark will deploy ', 100 * KB)],
  ['opening quotes never closed (")', () => repeat('"Denmark will deploy ', 100 * KB)],
  ['100 KB of white space inside a clause', () => 'Denmark will deploy' + ' '.repeat(100 * KB) + 'troops by 2025.'],
  ['commas and spaces inside a clause', () => 'Denmark will deploy ' + repeat(', ', 100 * KB) + 'troops.'],
  ['"includes" before a colon inside a lead-in', () => repeat('includes ', 50 * KB) + ': ' + repeat('includes ', 50 * KB) + ':\n- x'],
  ['"support for" repeated', () => 'Denmark reaffirmed ' + repeat('its support for and ', 100 * KB)],
];

/** The whole extraction (tests/hardening/hostile.test.ts). */
export const PIPELINE_CASES: HostileCase[] = [
  ['a 1 MB line with no punctuation', () => words(130_000, false).slice(0, 1_000_000)],
  ['100,000 capitalized words in a row', () => words(100_000, true)],
  ['"May May May …"', () => repeat('May ', 100_000)],
  ['"the the the …"', () => repeat('the ', 100_000)],
  ['"U.S. U.S. …"', () => repeat('U.S. ', 100_000)],
  ['one 100 KB number with thousands separators', () => '1' + repeat(',000', 100_000)],
  ['"Mr. Mr. Mr. …"', () => repeat('Mr. ', 100_000)],
  ['"of the of the …"', () => repeat('of the ', 100_000)],
  ['"will not will not …"', () => repeat('Denmark will not ', 100_000)],
  ['nested quotes and brackets', () => repeat('“(“[', 50_000) + repeat(']”)”', 50_000)],
  ['hyphen runs', () => repeat('al-Sisi-', 100_000)],
  ['dates glued together', () => repeat('2024-02-10T12:27', 100_000)],
  ['"Read also:" lists without end', () => repeat('Read also:\n- Denmark will pledge support\n', 100_000)],
  ['bullet lines under a lead-in', () => 'Denmark committed to:\n' + repeat('- Expanding joint exercises by 2027\n', 100_000)],
  ['control characters', () => repeat('Denmark\u0001will\u0002deploy\u0007troops.\u000b', 100_000)],
  ['NUL bytes inside text', () => repeat('Ukraine\u0000 pledged support. ', 100_000)],
  ['mixed scripts and right-to-left text', () => repeat('Denmark مرحبا שלום will deploy Мир troops 中国. \u202eevil\u202c ', 100_000)],
  ['emoji and other astral characters', () => repeat('😀 Denmark 🇩🇰 will deploy 𝕏 troops on Thursday. ', 100_000)],
  ['CRLF and lone CR line ends', () => repeat('Denmark will deploy troops.\r\nNorway agreed.\rSweden pledged aid.\r\n', 100_000)],
  ['a UTF-8 byte-order mark inside the text', () => repeat('\uFEFFDenmark will deploy troops. ', 100_000)],
  ['one 100 KB word', () => 'A' + repeat('b', 100_000)],
  ['only whitespace and punctuation', () => repeat(' .,;:!? \n\t', 100_000)],
];
