// What the country lexicon adds to, and takes from, the world-countries data (mledoze).
//
// world-countries gives, per ISO 3166-1 entry: common and official names, alternative spellings,
// the English demonym and the capitals. ./lexicon.ts reads it and applies this file: surface forms
// that news writes but the data lacks (abbreviations, "Britain", plurals like "Danes"), historical
// states with their ISO 3166-3 codes, alternative spellings and capitals that collide with ordinary
// words or names, and phrases that contain a country word but name a region or a sea.

export type CountryForm = 'name' | 'abbreviation' | 'adjective' | 'capital';

export interface CountryAdditions {
  names?: string[];
  /** Matched exactly as written (case-sensitive, no ALL-CAPS variant needed). */
  abbreviations?: string[];
  /** Adjectives and demonyms, singular and plural ("Dane", "Danes"). */
  adjectives?: string[];
  /** Capitals used for their government ("Washington said"). */
  capitals?: string[];
}

/** Forms per ISO 3166-1 alpha-2 code, on top of world-countries. */
export const ADDITIONS: Record<string, CountryAdditions> = {
  US: {
    names: ['America', 'United States of America'],
    abbreviations: ['U.S.', 'U.S', 'US', 'USA', 'U.S.A.', 'U.S.A'],
    adjectives: ['American', 'Americans'],
    capitals: ['Washington'],
  },
  GB: {
    names: ['Britain', 'Great Britain', 'United Kingdom'],
    abbreviations: ['UK', 'U.K.', 'U.K'],
    adjectives: ['British', 'Briton', 'Britons'],
  },
  RU: { names: ['Russian Federation'], adjectives: ['Russians'] },
  CN: { names: ["People's Republic of China", 'Mainland China'], abbreviations: ['PRC', 'P.R.C.'] },
  TW: { names: ['Taiwan', 'Chinese Taipei', 'Republic of China'], capitals: ['Taipei'] },
  KP: {
    names: ['North Korea', 'N. Korea', "Democratic People's Republic of Korea"],
    abbreviations: ['DPRK', 'D.P.R.K.'],
    adjectives: ['North Korean', 'North Koreans'],
  },
  KR: {
    names: ['South Korea', 'S. Korea', 'Republic of Korea'],
    abbreviations: ['ROK', 'R.O.K.'],
    adjectives: ['South Korean', 'South Koreans'],
  },
  AE: { abbreviations: ['UAE', 'U.A.E.'], adjectives: ['Emirati', 'Emiratis'] },
  UA: { adjectives: ['Ukrainians'], capitals: ['Kyiv', 'Kiev'] },
  DK: { adjectives: ['Dane', 'Danes'] },
  SE: { adjectives: ['Swede', 'Swedes'] },
  FI: { adjectives: ['Finn', 'Finns'] },
  PL: { adjectives: ['Poles'] },
  NO: { adjectives: ['Norwegians'] },
  TR: { names: ['Turkey', 'Turkiye', 'Türkiye'], adjectives: ['Turk', 'Turks'] },
  NL: { names: ['Holland', 'Netherlands'], adjectives: ['Dutch', 'Dutchman', 'Dutchmen'] },
  CH: { adjectives: ['Swiss'], capitals: ['Berne'] },
  IS: { adjectives: ['Icelandic', 'Icelanders'] },
  IE: { adjectives: ['Irish'] },
  FR: { adjectives: ['French', 'Frenchman', 'Frenchmen'] },
  DE: { names: ['West Germany'], adjectives: ['West German', 'West Germans'], capitals: ['Bonn'] },
  ES: { adjectives: ['Spaniard', 'Spaniards'] },
  PH: { adjectives: ['Philippine', 'Filipinos', 'Filipina'] },
  CZ: { names: ['Czech Republic', 'Czechia'], adjectives: ['Czech', 'Czechs'] },
  SK: { adjectives: ['Slovak', 'Slovaks', 'Slovakian'] },
  SI: { adjectives: ['Slovenian', 'Slovenians', 'Slovenes'] },
  BA: {
    names: ['Bosnia', 'Bosnia-Hercegovina', 'Bosnia and Hercegovina', 'Bosnia-Herzegovina'],
    adjectives: ['Bosnian', 'Bosnians'],
  },
  MK: { names: ['Macedonia', 'North Macedonia'], abbreviations: ['FYROM'], adjectives: ['Macedonian', 'Macedonians'] },
  CD: {
    names: [
      'Congo',
      'DR Congo',
      'D.R. Congo',
      'Democratic Republic of Congo',
      'Democratic Republic of the Congo',
      'Dem. Republic of Congo',
      'Dem. Republic of the Congo',
      'Congo-Kinshasa',
      'Zaire',
    ],
    abbreviations: ['DRC', 'D.R.C.'],
    adjectives: ['Congolese', 'Zairean', 'Zaireans', 'Zairian'],
  },
  CG: { names: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo Republic'] },
  CI: { names: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"], adjectives: ['Ivorian', 'Ivorians'] },
  VA: { names: ['Holy See', 'Vatican'] },
  SZ: { names: ['Swaziland'] },
  LA: { names: ['Laos'], adjectives: ['Lao', 'Laotians'] },
  TL: { names: ['East Timor'] },
  CV: { names: ['Cape Verde', 'Cabo Verde'], adjectives: ['Cape Verdean', 'Cape Verdeans'] },
  SA: { adjectives: ['Saudi', 'Saudis', 'Saudi Arabian', 'Saudi Arabians'] },
  MM: { names: ['Burma', 'Myanmar'], adjectives: ['Burmese'], capitals: ['Naypyitaw', 'Nay Pyi Taw'] },
  BY: { names: ['Byelorussia', 'Belorussia'], adjectives: ['Belarussian', 'Byelorussian', 'Belarusians'] },
  KG: { names: ['Kirghizia'], adjectives: ['Kyrgyz', 'Kyrgyzstani'] },
  TJ: { adjectives: ['Tajik', 'Tajiks', 'Tajikistani'] },
  UZ: { adjectives: ['Uzbek', 'Uzbeks'] },
  KZ: { adjectives: ['Kazakh', 'Kazakhs'], capitals: ['Nur-Sultan'] },
  AZ: { adjectives: ['Azeri', 'Azeris'] },
  NP: { adjectives: ['Nepali', 'Nepalis'] },
  GL: { adjectives: ['Greenlanders'] },
  XK: { names: ['Kosovo'], adjectives: ['Kosovar', 'Kosovars', 'Kosovan'] },
  PS: { names: ['Palestine', 'State of Palestine'], adjectives: ['Palestinians'] },
  GR: { names: ['Hellenic Republic'], adjectives: ['Greeks'] },
  IR: { capitals: ['Teheran'] },
  YE: { capitals: ['Sanaa'] },
  CO: { capitals: ['Bogota'] },
  BR: { capitals: ['Brasilia'] },
  MD: { capitals: ['Chisinau'] },
  MN: { capitals: ['Ulaanbaatar'] },
  CM: { capitals: ['Yaounde'] },
  PY: { capitals: ['Asuncion'] },
  TG: { capitals: ['Lome'] },
  IN: { capitals: ['Delhi'] },
  DO: { adjectives: ['Dominican'] },
};

/** Historical states: ISO 3166-3 former alpha-2 codes, with their alpha-3 and forms. */
export interface HistoricalState extends CountryAdditions {
  code: string;
  alpha3: string;
  name: string;
}

export const HISTORICAL_STATES: HistoricalState[] = [
  {
    code: 'SU',
    alpha3: 'SUN',
    name: 'Soviet Union',
    names: ['Soviet Union', 'Union of Soviet Socialist Republics'],
    abbreviations: ['USSR', 'U.S.S.R.'],
    adjectives: ['Soviet', 'Soviets'],
  },
  {
    code: 'YU',
    alpha3: 'YUG',
    name: 'Yugoslavia',
    names: ['Yugoslavia', 'Federal Republic of Yugoslavia'],
    adjectives: ['Yugoslav', 'Yugoslavs', 'Yugoslavian', 'Yugoslavians'],
  },
  {
    code: 'CS',
    alpha3: 'CSK',
    name: 'Czechoslovakia',
    names: ['Czechoslovakia'],
    adjectives: ['Czechoslovak', 'Czechoslovaks', 'Czechoslovakian'],
  },
  {
    code: 'DD',
    alpha3: 'DDR',
    name: 'East Germany',
    names: ['East Germany', 'German Democratic Republic'],
    abbreviations: ['GDR'],
    adjectives: ['East German', 'East Germans'],
  },
];

/** Kosovo's code is user-assigned (XK); world-countries gives it alpha-3 "UNK". */
export const ALPHA3_OVERRIDES: Record<string, string> = { XK: 'XKX' };

/**
 * Alternative spellings from world-countries that are not used as surface forms: ordinary
 * English words or names ("Island" is Iceland's native name), company-name words ("Nippon"),
 * and short forms that mean something else alone.
 */
export const EXCLUDED_ALT_SPELLINGS = new Set<string>([
  'Island', // IS, Icelandic for Iceland
  'Mann', // IM
  'Mannin',
  'Prathet', // TH
  'Thai', // TH: an adjective, listed below as one
  'Timor', // TL: the island, shared with Indonesia
  'Lao', // LA: an adjective
  'Viti', // FJ
  'Saudi', // SA: an adjective, listed as one
  'Togolese', // TG: an adjective
  'Nippon', // JP: company names (Nippon Steel)
  'Nihon',
  'Bharat', // IN: party and company names
  'Bhārat',
  'Reunion', // RE: the English noun at a sentence start
  'Dominique', // DM: a first name
  'Emirates', // AE: the airline
  'Congo', // CG in world-countries; "Congo" alone means the DRC in news (see ADDITIONS.CD)
  'Guiana', // GF: also the region of South America
  'Mexicanos',
  'Portuguesa',
  'Zhonghua',
  'Zhongguo',
  'Sarnam',
  'Nijar',
  'Pitcairn',
  'Abode of Peace', // BN: "the Abode of Peace"
  'Pleasant Island', // NR
]);

/** Demonyms from world-countries that are not used (a region, or shared by several places). */
export const EXCLUDED_DEMONYMS = new Set<string>([
  'Central African', // also the region ("Central African states"); the name stays
  'Channel Islander',
  'Virgin Islander',
  'Antarctican',
  'American Islander',
  'Heard and McDonald Islander',
  'Gibraltar',
  'Djibouti',
  'Vatican',
  'Thai', // added back below with TH as an adjective
]);

/** When two places share a demonym or name, the code it means in the news. */
export const PREFERRED_CODE: Record<string, string> = {
  American: 'US',
  French: 'FR',
  Indian: 'IN',
  Norwegian: 'NO',
  Dutch: 'NL',
  Congolese: 'CD',
  Dominican: 'DO',
  Dominicans: 'DO',
  Samoan: 'WS',
  Guinean: 'GN',
  Thai: 'TH',
};

/** Extra adjectives keyed by the demonym list of world-countries being incomplete. */
export const EXTRA_ADJECTIVES: Record<string, string> = {
  Thai: 'TH',
  Thais: 'TH',
};

/**
 * Capitals that are also common first names, surnames, English words or other well-known
 * places, or that stand for a bloc rather than a country: never read as metonymy.
 */
export const EXCLUDED_CAPITALS = new Set<string>([
  'Washington D.C.',
  'Brussels', // usually the EU
  'Kingston',
  'Victoria',
  'City of Victoria',
  'Hamilton',
  'Douglas',
  'Stanley',
  'Jamestown',
  'Plymouth',
  'Georgetown',
  "Saint John's",
  'Kingstown',
  'Moroni',
  'Sofia',
  'Wellington',
  'Male',
  'Malé',
  'San José',
  'Santiago',
  'Lima',
  'Victoria',
  'Juba',
  'Cape Town', // the legislature sits there, but the government speaks from Pretoria
  'Bloemfontein',
  'Sucre',
  'Amsterdam', // the government sits in The Hague
  'Avarua',
  'The Valley',
  'West Island',
  'King Edward Point',
  'Flying Fish Cove',
  'Adamstown',
  'Road Town',
  'Saint-Denis',
  'Saint-Pierre',
  'Monaco',
  'Singapore',
  'Djibouti',
  'Luxembourg',
  'Kuwait City',
  'Vatican City',
  'Panama City',
  'Mexico City',
  'Guatemala City',
  'City of San Marino',
  'Gibraltar',
  'Praia',
  'Castries',
  'Basseterre',
  'Gustavia',
  'Marigot',
  'Oranjestad',
  'The Bottom',
  'Kralendijk',
]);

/**
 * Phrases that contain a country word but are not country mentions: regions, seas, US states,
 * cities named after a country. They are matched like names, so the longest match swallows the
 * country word ("Indian Ocean" is not India, "Northern Ireland" is not Ireland), and yield nothing.
 */
export const NOT_COUNTRIES: string[] = [
  'Antarctica', // in ISO 3166-1 (AQ), but a continent, neither a state nor a dependent territory
  'Antarctican',
  'Latin America',
  'Latin American',
  'Latin Americans',
  'South America',
  'South American',
  'South Americans',
  'North America',
  'North American',
  'North Americans',
  'Central America',
  'Central American',
  'Central Americans',
  'West Indies',
  'West Indian',
  'West Indians',
  'East Indies',
  'American Indian',
  'American Indians',
  'Native American',
  'Native Americans',
  'African American',
  'African Americans',
  'African-American',
  'African-Americans',
  'Anglo-American',
  'Indian Ocean',
  'Indian Subcontinent',
  'South China Sea',
  'East China Sea',
  'Sea of Japan',
  'Gulf of Mexico',
  'Irish Sea',
  'Arabian Sea',
  'Arabian Peninsula',
  'Arabian Gulf',
  'Korean Peninsula',
  'Korean War',
  'Northern Ireland',
  'Northern Cyprus',
  'Turkish Cypriot',
  'Turkish Cypriots',
  'Greek Cypriot',
  'Greek Cypriots',
  'New Jersey',
  'New Mexico',
  'New Guinea',
  'Jersey City',
  'Georgia Tech',
  'Niger Delta',
  'Congo River',
  'Congo Basin',
  'North Pole',
  'South Pole',
  'Mexico City',
  'Panama City',
  'Panama Canal',
  'Guatemala City',
  'Kuwait City',
  'Luxembourg City',
  'Djibouti City',
  'Sri Lankan Tamil',
  'Sri Lankan Tamils',
  'Spanish Flu',
  'Santiago de Cuba',
  'South China',
  'North China',
  'East Asia',
  'French Riviera',
  'Swiss Alps',
  'Dutch Caribbean',
];

/** US states and cities: a "Georgia" near one of them is the state. */
export const US_STATE_CONTEXT = new Set<string>([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Carolina', 'Colorado', 'Connecticut',
  'Delaware', 'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
  'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Hampshire', 'York', 'Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Wisconsin', 'Wyoming', 'Atlanta', 'Savannah', 'Augusta', 'Macon', 'Columbus',
]);
