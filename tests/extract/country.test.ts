import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { contextFor } from '../helpers.js';
import { countryExtractor, countryAt, countryBefore, countryByCode, lookupCountry, lexiconSize } from '../../src/extract/country/index.js';
import { organizationExtractor } from '../../src/extract/organization/index.js';
import type { CountryMention } from '../../src/types.js';

/** Countries of a text, with the organizations found first (as in the pipeline). */
function countries(text: string, withOrganizations = true): CountryMention[] {
  const ctx = contextFor(text);
  if (withOrganizations) ctx.organizations = organizationExtractor.extract(ctx);
  return countryExtractor.extract(ctx);
}

/** [span text, code] or [span text, code, form]; spans are located in order of appearance. */
type Expected = [string, string] | [string, string, CountryMention['form']];

function expectedSpans(text: string, expected: Expected[]): { start: number; end: number; text: string; code: string; form?: string }[] {
  let from = 0;
  return expected.map(([span, code, form]) => {
    const start = text.indexOf(span, from);
    if (start < 0) throw new Error(`test row: "${span}" not found in "${text}" after ${from}`);
    from = start + span.length;
    return { start, end: start + span.length, text: span, code, ...(form ? { form } : {}) };
  });
}

const CASES: { text: string; mentions: Expected[] }[] = [
  // Seed articles
  { text: 'Denmark may in the future allow U.S. troops to be deployed on its territory.', mentions: [['Denmark', 'DK'], ['U.S.', 'US', 'abbreviation']] },
  { text: 'A separate agreement covers Greenland, which has a US Thule air base in Greenland.', mentions: [['Greenland', 'GL'], ['US', 'US'], ['Greenland', 'GL']] },
  { text: 'a new bilateral defense agreement between the United States and Denmark', mentions: [['United States', 'US', 'name'], ['Denmark', 'DK']] },
  { text: 'Nuclear weapons are not allowed on Danish soil.', mentions: [['Danish', 'DK', 'adjective']] },
  { text: 'according to news agency AFP and the British newspaper Financial Times.', mentions: [['British', 'GB']] },
  { text: 'when it banned Soviet pressure from the United States to deploy troops', mentions: [['Soviet', 'SU'], ['United States', 'US']] },
  { text: 'the crisis between the West and Russia and the situation in Ukraine', mentions: [['Russia', 'RU'], ['Ukraine', 'UA']] },
  { text: 'Norway, Estonia, Latvia and Lithuania have already concluded similar agreements.', mentions: [['Norway', 'NO'], ['Estonia', 'EE'], ['Latvia', 'LV'], ['Lithuania', 'LT']] },
  { text: 'pursuant to direction from Ukrainian President Volodymyr Zelenskyy', mentions: [['Ukrainian', 'UA']] },
  { text: 'Ukraine’s Presidential Office announced on 8 February.', mentions: [['Ukraine', 'UA']] },
  { text: "Ukraine's sovereignty and Russia's invasion", mentions: [['Ukraine', 'UA'], ['Russia', 'RU']] },
  { text: 'The Ukrainian delegation was led by Ihor Zhovkva, while Lisbet Zilmer-Johns headed the Danish delegation.', mentions: [['Ukrainian', 'UA'], ['Danish', 'DK']] },
  { text: 'Eg. Serbia and Bosnia-Hercegovina.', mentions: [['Serbia', 'RS'], ['Bosnia-Hercegovina', 'BA']] },
  { text: 'Eg. Georgia and Ukraine.', mentions: [['Georgia', 'GE'], ['Ukraine', 'UA']] },
  { text: 'the Danish prime minister said', mentions: [['Danish', 'DK']] },
  // Names, short and official
  { text: 'the Russian Federation and the People’s Republic of China', mentions: [['Russian Federation', 'RU'], ['People’s Republic of China', 'CN']] },
  { text: "the People's Republic of China", mentions: [["People's Republic of China", 'CN']] },
  { text: 'the Republic of Korea and the DPRK', mentions: [['Republic of Korea', 'KR'], ['DPRK', 'KP', 'abbreviation']] },
  { text: 'North Korea fired at South Korea.', mentions: [['North Korea', 'KP'], ['South Korea', 'KR']] },
  { text: 'The report comes after North and South Korea exchanged artillery fire.', mentions: [['North', 'KP'], ['South Korea', 'KR']] },
  { text: 'North Korea shelled South Korea. The South retaliated by firing dozens of rounds.', mentions: [['North Korea', 'KP'], ['South Korea', 'KR'], ['South', 'KR']] },
  { text: 'Palestinian officials met in Taiwan.', mentions: [['Palestinian', 'PS'], ['Taiwan', 'TW']] },
  { text: 'Israelis and Palestinians', mentions: [['Israelis', 'IL'], ['Palestinians', 'PS']] },
  { text: 'the Islamic Republic of Iran', mentions: [['Islamic Republic of Iran', 'IR']] },
  { text: 'I congratulate Turkey, Finland and Sweden.', mentions: [['Turkey', 'TR'], ['Finland', 'FI'], ['Sweden', 'SE']] },
  { text: 'Türkiye and Turkiye', mentions: [['Türkiye', 'TR'], ['Turkiye', 'TR']] },
  { text: 'Papua New Guinea, Equatorial Guinea and Guinea', mentions: [['Papua New Guinea', 'PG'], ['Equatorial Guinea', 'GQ'], ['Guinea', 'GN']] },
  { text: 'Niger borders Nigeria.', mentions: [['Niger', 'NE'], ['Nigeria', 'NG']] },
  { text: 'the Democratic Republic of the Congo and the Republic of the Congo', mentions: [['Democratic Republic of the Congo', 'CD'], ['Republic of the Congo', 'CG']] },
  { text: 'Dem. Republic of Congo prepares to confront Rwanda', mentions: [['Dem. Republic of Congo', 'CD'], ['Rwanda', 'RW']] },
  { text: "with Congo's president accusing Rwanda", mentions: [['Congo', 'CD'], ['Rwanda', 'RW']] },
  { text: "Côte d'Ivoire, also called Ivory Coast", mentions: [["Côte d'Ivoire", 'CI'], ['Ivory Coast', 'CI']] },
  { text: 'the Netherlands, Holland and the Dutch', mentions: [['Netherlands', 'NL'], ['Holland', 'NL'], ['Dutch', 'NL']] },
  { text: 'Britain, the UK and the U.K. government', mentions: [['Britain', 'GB'], ['UK', 'GB'], ['U.K.', 'GB']] },
  { text: 'the UAE and Emirati officials', mentions: [['UAE', 'AE'], ['Emirati', 'AE']] },
  { text: 'the PRC and the ROK', mentions: [['PRC', 'CN'], ['ROK', 'KR']] },
  { text: 'the USSR, the Soviet Union and the Soviets', mentions: [['USSR', 'SU'], ['Soviet Union', 'SU'], ['Soviets', 'SU']] },
  { text: 'former Yugoslavia and the Yugoslav army', mentions: [['Yugoslavia', 'YU'], ['Yugoslav', 'YU']] },
  { text: 'Czechoslovakia and East Germany', mentions: [['Czechoslovakia', 'CS'], ['East Germany', 'DD']] },
  { text: 'East German and West German athletes', mentions: [['East German', 'DD'], ['West German', 'DE']] },
  { text: 'Kosovo and Kosovar Albanians', mentions: [['Kosovo', 'XK'], ['Kosovar', 'XK']] },
  { text: 'Hong Kong and Sri Lanka', mentions: [['Hong Kong', 'HK'], ['Sri Lanka', 'LK']] },
  { text: 'South Africa and South African troops', mentions: [['South Africa', 'ZA'], ['South African', 'ZA']] },
  { text: 'Vietnam, also written Viet Nam', mentions: [['Vietnam', 'VN'], ['Viet Nam', 'VN']] },
  // Abbreviations
  { text: 'U.S.-Ukraine bilateral security agreement', mentions: [['U.S.', 'US'], ['Ukraine', 'UA']] },
  { text: 'lauded U.S-ROK efforts and the U.S extended deterrence commitment', mentions: [['U.S', 'US'], ['ROK', 'KR'], ['U.S', 'US']] },
  { text: 'a US-based company and the USA', mentions: [['US', 'US'], ['USA', 'US']] },
  { text: 'Saudi-led efforts to end the war', mentions: [['Saudi', 'SA']] },
  // Adjectives and demonyms
  { text: 'Syrian Army units advanced.', mentions: [['Syrian', 'SY']] },
  { text: 'American officials and Brazilian deputies', mentions: [['American', 'US'], ['Brazilian', 'BR']] },
  { text: 'Bulgarian, Estonian, Hungarian, Latvian, Lithuanian, Polish and Romanian leaders', mentions: [['Bulgarian', 'BG'], ['Estonian', 'EE'], ['Hungarian', 'HU'], ['Latvian', 'LV'], ['Lithuanian', 'LT'], ['Polish', 'PL'], ['Romanian', 'RO']] },
  { text: 'Danes and Swedes', mentions: [['Danes', 'DK'], ['Swedes', 'SE']] },
  { text: 'Greenlandic politicians', mentions: [['Greenlandic', 'GL']] },
  // Capitals for governments
  { text: 'Washington said it would respond.', mentions: [['Washington', 'US', 'capital']] },
  { text: 'Kyiv welcomed the decision.', mentions: [['Kyiv', 'UA', 'capital']] },
  { text: "Beijing's position has not changed.", mentions: [['Beijing', 'CN', 'capital']] },
  { text: 'Moscow has repeatedly denied the claims.', mentions: [['Moscow', 'RU', 'capital']] },
  { text: 'Tehran and Washington agreed on a swap.', mentions: [['Tehran', 'IR', 'capital'], ['Washington', 'US', 'capital']] },
  { text: 'a loudspeaker that broadcasts anti-Pyongyang propaganda', mentions: [['Pyongyang', 'KP', 'capital']] },
  // … with government-like context: a modal or auxiliary and a verb, a relation "between" two capitals, an ally
  { text: 'Investors expect that Washington will balance the budget.', mentions: [['Washington', 'US', 'capital']] },
  { text: 'Moscow is sending more troops.', mentions: [['Moscow', 'RU', 'capital']] },
  { text: 'Talks between Washington and Moscow resumed.', mentions: [['Washington', 'US', 'capital'], ['Moscow', 'RU', 'capital']] },
  { text: 'relations between Beijing and Tokyo', mentions: [['Beijing', 'CN', 'capital'], ['Tokyo', 'JP', 'capital']] },
  { text: 'Its ally Washington said it would help.', mentions: [['Washington', 'US', 'capital']] },
  { text: 'Washington said the grant stands, though George Washington University had closed.', mentions: [['Washington', 'US', 'capital']] },
  // Person-name countries used as countries
  { text: 'Egypt, Jordan and Israel', mentions: [['Egypt', 'EG'], ['Jordan', 'JO'], ['Israel', 'IL']] },
  { text: 'King Abdullah of Jordan', mentions: [['Jordan', 'JO']] },
  { text: 'Chad and Niger', mentions: [['Chad', 'TD'], ['Niger', 'NE']] },
  // … and not as the US state
  { text: 'Georgia, the U.S. state, voted.', mentions: [['U.S.', 'US']] },
  // Headlines in capitals
  { text: 'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .', mentions: [['JAPAN', 'JP'], ['CHINA', 'CN']] },
  { text: 'UNITED STATES - Prices were trading sharply lower.', mentions: [['UNITED STATES', 'US']] },
];

/** Texts that must yield no country mention at all. */
const NEGATIVES: string[] = [
  'Talks were held in Kyiv.',
  'On 14 January, in Davos, talks started.',
  'the Vilnius summit',
  'Officials in Moscow said the talks would continue.',
  'Atlanta, Georgia is hot.',
  'the state of Georgia',
  'Michael Jordan scored 40 points.',
  'Chad Johnson caught the ball.',
  'We ate roast turkey for dinner.',
  'a guinea pig and fine china',
  'the West must sustain support',
  'together with the Nordics',
  'The Balkans and the Euro-Atlantic security architecture',
  'central and eastern European states',
  'State Secretary of the Danish Ministry of Foreign Affairs Lisbet Zilmer-Johns',
  'The U.S. State Department issued a warning.',
  'Danish Defence has focused on new issues.',
  'the Japan Self-Defense Forces',
  'a mission in the Indian Ocean',
  'Latin America and Northern Ireland',
  'New Jersey and New Mexico',
  'patrols in the South China Sea',
  'a US$ 5 million grant',
  'tensions on the Korean Peninsula',
  'Korea',
  'LET US PRAY',
  'NATO, the EU, the G7 and the UN Charter',
  'Denzel Washington said he was honoured.',
  // Capitals that are people: part of a name, after a person descriptor, before ", who" — in the whole document
  'Washington beat Agassi in the final.',
  'Wimbledon finalist MaliVai Washington lost in five sets. Washington said he was tired.',
  'The 11th-seeded Washington fell short of another comeback.',
  'Washington, who climbed back from two sets down, said he was proud.',
  'Jack London wrote about the Yukon. London said he wrote every morning.',
  'The veteran striker Brasilia scored twice. Brasilia said the team deserved it.',
  "Mr Lima arrived late. Lima's wife said he would speak. Lima said little.",
  // … and without government-like context: an object of a preposition, a passive, a verb people do
  'The deal to open talks with Ankara came despite the objections.',
  'One morning London has been flooded.',
  'before Washington came charging back',
  'flights between Washington and Moscow were cancelled',
  'TENNIS - RESULTS FROM THE U.S. OPEN .',
  'The Washington Post reported.',
  'A flight on Air France landed.',
];

describe('country extractor: case table', () => {
  it.each(CASES)('$text', ({ text, mentions }) => {
    const got = countries(text).map((m) => ({ start: m.start, end: m.end, text: m.text, code: m.code, form: m.form }));
    const want = expectedSpans(text, mentions);
    expect(got.map(({ start, end, text: t, code }) => ({ start, end, text: t, code }))).toEqual(
      want.map(({ start, end, text: t, code }) => ({ start, end, text: t, code })),
    );
    want.forEach((w, i) => {
      if (w.form) expect(got[i].form).toBe(w.form);
    });
  });

  it.each(NEGATIVES)('no country in %j', (text) => {
    expect(countries(text).map((m) => `${m.text}:${m.code}`)).toEqual([]);
  });
});

describe('country extractor: contract', () => {
  it('marks capitals as metonymy and gives each mention a rule and a sentence', () => {
    const [m] = countries('Kyiv welcomed the decision.');
    expect(m).toMatchObject({ code: 'UA', form: 'capital', metonymy: true, rule: 'country/capital-metonymy', sentence: 0 });
    const [n] = countries('Danish soil');
    expect(n).toMatchObject({ code: 'DK', form: 'adjective', metonymy: false, rule: 'country/adjective' });
  });

  it('does not report a country word inside an organization span', () => {
    const text = 'State Secretary of the Danish Ministry of Foreign Affairs Lisbet Zilmer-Johns';
    expect(countries(text, false).map((m) => m.text)).toEqual(['Danish']);
    expect(countries(text, true)).toEqual([]);
  });

  it('skips boilerplate sentences', () => {
    const text = 'Go to content Go to search about Danish Defence website Go to right bar\n\nMain menu\n\nDenmark is a NATO member.';
    const got = countries(text);
    expect(got.map((m) => m.text)).toEqual(['Denmark']);
  });

  it('finds the seed-article mentions with exact offsets', () => {
    const text = readFileSync('corpus/seed-denmark-may-allow-us-troops.txt', 'utf8');
    const got = countries(text);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
    const codes = new Set(got.map((m) => m.code));
    expect([...codes].sort()).toEqual(['DK', 'EE', 'GB', 'GL', 'LT', 'LV', 'NO', 'RU', 'SU', 'UA', 'US']);
  });

  it('never throws, is deterministic, and keeps span text equal to the document slice', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('U.S.', 'US$', "Ukraine's", 'the', 'Danish', 'Ministry of', 'Kyiv', 'said', '-', '’s', '\n', ' ', 'GEORGIA', 'Jordan', 'North', 'South Korea', 'Congo', 'Dem.', '.'),
            fc.string({ maxLength: 8 }),
          ),
          { maxLength: 40 },
        ),
        (parts) => {
          const text = parts.join(' ');
          const a = countries(text);
          const b = countries(text);
          expect(b).toEqual(a);
          for (const m of a) expect(text.slice(m.start, m.end)).toBe(m.text);
        },
      ),
      { numRuns: 150 },
    );
  });

  // Speed is measured by the benchmark (npm run bench); this only catches a pathological slowdown
  // (measured: about 7 M characters/s), with a bound loose enough for a busy machine.
  it('is not pathologically slow', () => {
    const text = readFileSync('corpus/seed-ukraine-denmark-security-talks.txt', 'utf8').repeat(40);
    const ctx = contextFor(text);
    ctx.organizations = organizationExtractor.extract(ctx);
    countryExtractor.extract(ctx); // warm-up
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) countryExtractor.extract(ctx);
    const perSecond = (text.length * 5) / ((performance.now() - t0) / 1000);
    expect(perSecond).toBeGreaterThan(100_000);
  });
});

describe('country API', () => {
  it.each([
    ['Danish', 'DK'],
    ['Denmark', 'DK'],
    ['U.S.', 'US'],
    ['the United States', 'US'],
    ['dk', 'DK'],
    ['DNK', 'DK'],
    ['us', 'US'],
    ['Ukraine’s', 'UA'],
    ['Soviet', 'SU'],
    ['Türkiye', 'TR'],
    ['turkey', 'TR'],
    ['British', 'GB'],
    ['Emirati', 'AE'],
  ])('lookupCountry(%j) = %s', (word, code) => {
    expect(lookupCountry(word)).toBe(code);
  });

  it.each(['Indian Ocean', 'Korea', 'European', 'the West', '', 'Nordics', 'Kyiv'])('lookupCountry(%j) = null', (word) => {
    expect(lookupCountry(word)).toBeNull();
  });

  it('finds capitals only when asked', () => {
    expect(lookupCountry('Kyiv', { capitals: true })).toBe('UA');
  });

  it('gives name and alpha-3 by code, historical states included', () => {
    expect(countryByCode('DK')).toEqual({ code: 'DK', alpha3: 'DNK', name: 'Denmark' });
    expect(countryByCode('su')).toEqual({ code: 'SU', alpha3: 'SUN', name: 'Soviet Union' });
    expect(countryByCode('XK')?.alpha3).toBe('XKX');
    expect(countryByCode('USA')?.code).toBe('US');
    expect(countryByCode('ZZ')).toBeNull();
  });

  it('reads a country phrase at or before an offset', () => {
    const text = 'the Danish Ministry of Foreign Affairs';
    expect(countryAt(text, 4)).toMatchObject({ text: 'Danish', code: 'DK', form: 'adjective' });
    expect(countryBefore(text, 11)).toMatchObject({ text: 'Danish', code: 'DK' });
    expect(countryAt(text, 0)).toBeNull();
  });

  it('builds its lexicon from world-countries plus the additions', () => {
    const size = lexiconSize();
    expect(size.name).toBeGreaterThan(500);
    expect(size.adjective).toBeGreaterThan(300);
    expect(size.abbreviation).toBeGreaterThan(15);
  });
});
