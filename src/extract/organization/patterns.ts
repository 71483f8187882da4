// Pattern rules for organizations named by their shape rather than listed in ./lexicon.ts:
// ministries, departments, national defence agencies, armed services, parties, administrations,
// governments and bodies ending in a head noun ("Central Election Commission").
//
// Each rule is data: an id (stored with the mention), a reason, an example, the literal words
// that must occur in a text for the rule to run at all (a cheap prefilter: most sentences name no
// ministry), and a regex read by named groups. ./index.ts interprets the rules: it adds a country
// phrase right before the match ("Danish Ministry of …") or after it ("… of Iraq").

/** Words of a ministry's or department's portfolio ("Foreign Affairs", "Emergency Situations"). */
export const PORTFOLIO_WORDS = [
  'Foreign', 'Affairs', 'Defence', 'Defense', 'Interior', 'Internal', 'Home', 'Justice', 'Finance',
  'Finances', 'Economy', 'Economic', 'Economics', 'Development', 'Trade', 'Industry', 'Industries',
  'Commerce', 'Energy', 'Health', 'Education', 'Science', 'Culture', 'Agriculture', 'Food',
  'Fisheries', 'Environment', 'Environmental', 'Climate', 'Transport', 'Transportation',
  'Infrastructure', 'Communications', 'Communication', 'Digital', 'Transformation', 'Labour', 'Labor',
  'Social', 'Welfare', 'Employment', 'Security', 'Public', 'State', 'Emergency', 'Emergencies',
  'Situations', 'Veterans', 'Veteran', 'Reintegration', 'Temporarily', 'Occupied', 'Territories',
  'Strategic', 'Information', 'Policy', 'Policies', 'Youth', 'Sports', 'Sport', 'Tourism', 'Housing',
  'Urban', 'Regional', 'Local', 'Immigration', 'Integration', 'Refugees', 'Human', 'Rights',
  'Resources', 'Natural', 'Water', 'Mines', 'Mining', 'Oil', 'Petroleum', 'Gas', 'Treasury',
  'Planning', 'Investment', 'Cooperation', 'Co-operation', 'Relations', 'International', 'European',
  'Religious', 'Communities', 'Family', 'Women', 'Children', 'Commonwealth', 'Intelligence',
  'National', 'Homeland', 'Civil', 'Protection', 'Aviation', 'War', 'Peace', 'Unification',
  'Reunification', 'Diaspora', 'Ecology', 'Innovation', 'Technology', 'Technologies', 'Research',
  'Higher', 'Budget', 'Revenue', 'Taxation', 'Customs', 'Border', 'Works', 'Construction', 'Maritime',
  'Ocean', 'Oceans', 'Agrarian', 'Land', 'Lands', 'Forestry', 'Services', 'Affair',
];

const SP = String.raw`[ \t\u00a0]+`;
const PORTFOLIO_WORD = `(?:${[...new Set(PORTFOLIO_WORDS)].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\-])`;
/** "Foreign Affairs", "Health and Human Services", "Foreign, Commonwealth and Development". */
const PORTFOLIO = `${PORTFOLIO_WORD}(?:(?:,?${SP}(?:and|&)${SP}|,${SP}|${SP}(?:of|for)${SP}(?:the${SP})?|${SP})${PORTFOLIO_WORD})*`;

/** US executive departments: "Department of State", "State Department". */
export const US_DEPARTMENTS = [
  'State', 'Defense', 'Justice', 'Treasury', 'the Treasury', 'Commerce', 'Energy', 'Agriculture',
  'Labor', 'Homeland Security', 'Transportation', 'Education', 'Interior', 'the Interior',
  'Health and Human Services', 'Housing and Urban Development', 'Veterans Affairs',
];
const US_DEPARTMENT = `(?:${[...US_DEPARTMENTS].sort((a, b) => b.length - a.length).join('|').replace(/ /g, SP)})`;

/** Armed services named after their country: "U.S. Navy", "Ukrainian Air Force", "Japan Coast Guard". */
const SERVICE = `(?:Air${SP}Force|Air${SP}Forces|Navy|Coast${SP}Guard|Marine${SP}Corps|National${SP}Guard|Border${SP}Guard|Space${SP}Force|Ground${SP}Forces|Naval${SP}Forces|Special${SP}Operations${SP}Forces|Special${SP}Forces|Territorial${SP}Defen[cs]e${SP}Forces|Defen[cs]e${SP}Forces|Aerospace${SP}Forces|Strategic${SP}Rocket${SP}Forces|Airborne${SP}Forces|Marines|Army${SP}Air${SP}Corps)`;

/** Head nouns of named bodies: "Central Election Commission", "National Bank of Ukraine". */
export const BODY_HEADS = [
  'Agency', 'Commission', 'Committee', 'Council', 'Authority', 'Bureau', 'Service', 'Institute',
  'Foundation', 'University', 'Association', 'Federation', 'Organization', 'Organisation', 'Fund',
  'Bank', 'Corporation', 'Company', 'Group', 'Coalition', 'Front', 'Movement', 'Court', 'Tribunal',
  'Board', 'Police', 'Guard', 'Brigade', 'Regiment', 'Battalion', 'Command',
  'Directorate', 'Inspectorate', 'Office', 'Union', 'Congress', 'Assembly',
  'Forum', 'Alliance', 'Institution', 'Society', 'Academy', 'Secretariat', 'Corps',
  'Army', 'Fleet', 'Inc', 'Corp', 'Ltd', 'Plc', 'AG',
  'SA', 'Co',
];

export interface OrgPatternRule {
  id: string;
  reason: string;
  example: string;
  /** The rule runs only on text that contains one of these strings. */
  triggers: string[];
  /** Global, unicode regex; the named groups are read by ./index.ts. */
  pattern: RegExp;
  /** A country phrase before the match is required (not just allowed). */
  needsCountry?: boolean;
  /** Default country when the text names none. */
  defaultCountry?: string;
  /** Canonical name from the groups, the country's short name (or null) and the span's text. */
  name(groups: Record<string, string | undefined>, country: string | null, spanText: string): string;
}

const canonPortfolio = (p: string): string =>
  p === 'Foreign' ? 'Foreign Affairs' : p === 'Defense' ? 'Defence' : p.replace(/\s+/g, ' ');

export const ORG_PATTERN_RULES: OrgPatternRule[] = [
  {
    id: 'organization/ministry-of',
    reason: 'a ministry named by its portfolio is a government body',
    example: 'Danish Ministry of Foreign Affairs; Ministry for Foreign Affairs of Finland',
    triggers: ['Ministry'],
    pattern: new RegExp(String.raw`\bMinistry${SP}(?:of|for)${SP}(?:the${SP})?(?<portfolio>${PORTFOLIO})`, 'gu'),
    name: (g, c) => `Ministry of ${canonPortfolio(g.portfolio ?? '')}${c ? ` of ${c}` : ''}`,
  },
  {
    id: 'organization/ministry-suffix',
    reason: '"<portfolio> Ministry" is the same body named the short way',
    example: 'Russian Defence Ministry; Foreign Ministry of Iraq',
    triggers: ['Ministry'],
    pattern: new RegExp(String.raw`\b(?<portfolio>${PORTFOLIO})${SP}Ministry\b`, 'gu'),
    name: (g, c) => `Ministry of ${canonPortfolio(g.portfolio ?? '')}${c ? ` of ${c}` : ''}`,
  },
  {
    id: 'organization/department',
    reason: 'US executive departments ("Department of State", "State Department"); other countries when named',
    example: 'U.S. State Department; Department of Defense',
    triggers: ['Department'],
    pattern: new RegExp(
      String.raw`\bDepartment${SP}of${SP}(?<of>${US_DEPARTMENT})\b|\b(?<short>${US_DEPARTMENT})${SP}Department\b`,
      'gu',
    ),
    defaultCountry: 'US',
    name: (g, c) => {
      const d = (g.of ?? g.short ?? '').replace(/\s+/g, ' ');
      const full = d === 'Treasury' || d === 'Interior' ? `the ${d}` : d;
      return `${c ? `${c} ` : ''}Department of ${full}`;
    },
  },
  {
    id: 'organization/department-for',
    reason: 'British departments are "Department for <portfolio>"',
    example: 'Department for International Development',
    triggers: ['Department for'],
    pattern: new RegExp(String.raw`\bDepartment${SP}for${SP}(?<portfolio>${PORTFOLIO})`, 'gu'),
    defaultCountry: 'GB',
    name: (g) => `Department for ${(g.portfolio ?? '').replace(/\s+/g, ' ')}`,
  },
  {
    id: 'organization/defence-agency',
    reason: '"<country adjective> Defence" not followed by a capitalized word is the national defence agency',
    example: 'Danish Defence has focused on … (but not "Danish Defence Minister")',
    triggers: ['Defence', 'Defense'],
    pattern: /\bDefen[cs]e\b(?![ \t\u00a0]*(?:\p{Lu}|-|&|\d))/gu,
    needsCountry: true,
    name: (_g, _c, span) => span,
  },
  {
    id: 'organization/armed-service',
    reason: 'an armed service named with its country is an organization (an army named by an adjective is not: "Syrian Army" is a country mention)',
    example: 'U.S. Navy; Ukrainian Air Force; Japan Coast Guard',
    triggers: ['Force', 'Navy', 'Guard', 'Corps', 'Marines'],
    pattern: new RegExp(String.raw`\b(?<service>${SERVICE})\b`, 'gu'),
    needsCountry: true,
    name: (_g, _c, span) => span.replace(/\s+/g, ' '),
  },
  {
    id: 'organization/government',
    reason: '"<country> Government" with a capital G names that government as a body',
    example: 'U.S. Government; Government of Ukraine',
    triggers: ['Government'],
    pattern: /\bGovernment\b/gu,
    needsCountry: true,
    name: (_g, c) => `${c ?? ''} Government`.trim(),
  },
  {
    id: 'organization/office-of',
    reason: 'the office of a head of state or government is a body',
    example: "Office of the Prime Minister; Prime Minister's Office",
    triggers: ['Office'],
    pattern: new RegExp(
      String.raw`\bOffice${SP}of${SP}the${SP}(?<head>Prime${SP}Minister|President|Vice${SP}President|Chancellor|Director${SP}of${SP}National${SP}Intelligence|High${SP}Commissioner)\b|\b(?<head2>Prime${SP}Minister|Chancellor)['’]s${SP}Office\b`,
      'gu',
    ),
    name: (g, c) =>
      `Office of the ${(g.head ?? g.head2 ?? '').replace(/\s+/g, ' ')}${c ? ` of ${c}` : ''}`,
  },
];

/** Title words that never start a body's name (function words, titles of people). */
export const NOT_NAME_START = new Set(
  (
    'The A An This That These Those Its His Her Their Our My Your Both Each Every Any Some No ' +
    'Former New Mr Mrs Ms Dr President Minister Secretary Chairman Chairwoman Chair Head Deputy ' +
    'Director Spokesman Spokeswoman Spokesperson General Gen Lt Col Sen Rep Ambassador Prime King ' +
    'Queen Prince Chief Commander In On At Of For And But Or With From By To As If When While After ' +
    'Before Since During Under Over Between Against Among Across Via Into Through Eg Also Then Now ' +
    'Yesterday Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday Last Next Earlier Later ' +
    'Several Many Most Other Another According Following Member Members January February March April ' +
    'May June July August September October November December Shares Economist Analyst Analysts ' +
    'Representatives Representative Officials Official Sources Source Lead Company Name Underwriter'
  ).split(/\s+/),
);

/** Corporate suffixes: a company's "of <country>" is its origin, not part of its name ("Kia Motor Corp of South Korea"). */
export const CORPORATE_HEADS = new Set(['Inc', 'Corp', 'Ltd', 'Plc', 'AG', 'SA', 'Co', 'Company', 'Corporation']);

/** Words after which "of", "for", "in" stay inside a body's name ("Bank of Japan", "Cinema for Peace Foundation" does not). */
export const INSTITUTION_NOUNS = new Set([
  ...BODY_HEADS,
  'Ministry', 'Department', 'Republic', 'Party', 'House', 'Friends', 'School', 'College', 'Campaign',
  'Network', 'Government', 'Endowment', 'Centre', 'Center', 'Council', 'Chamber', 'Federation',
]);

/** Capitalized phrases with a head noun that are places or events, not bodies. */
export const NOT_BODIES = new Set([
  'West Bank', 'Left Bank', 'South Bank', 'World Group', 'Gold Coast', 'State Party', 'States Parties',
  'Oval Office', 'Eastern Front', 'Western Front', 'Home Front', 'Southern Front', 'Northern Front',
]);

/** Words whose possessive stays inside a name ("People's Liberation Army", "Workers' Party"). */
export const POSSESSIVE_IN_NAME = new Set(['People', 'Workers', 'Women', 'Children', 'Veterans', 'Peoples']);

// ---- News media named by their context or by a newspaper word ------------------------------------

/**
 * Lower-case nouns for a news medium, next to its name: "the Polish daily Rzeczpospolita",
 * "Zycie Warszawy daily", "news agency PAP", "the Sabah newspaper". Not "paper" or "agency" alone
 * ("a paper Smith wrote", "the agency Smith heads").
 */
export const MEDIA_NOUNS = [
  'daily', 'newspaper', 'weekly', 'tabloid', 'broadsheet', 'magazine', 'news magazine', 'newsweekly', 'news agency',
  'press agency', 'wire service', 'broadcaster', 'news channel', 'news website', 'news site', 'news portal', 'news outlet',
  'radio station', 'television station', 'tv station', 'television channel', 'tv channel', 'state broadcaster',
];

/**
 * Words that make a capitalized name a newspaper's, in the languages news quotes most: "Gazeta
 * Wyborcza", "Frankfurter Allgemeine Zeitung", "Asahi Shimbun", "Corriere della Sera". With another
 * capitalized word they are a medium wherever they stand in the name.
 */
export const MEDIA_HEADS = [
  'Gazeta', 'Gazzetta', 'Gazette', 'Zeitung', 'Nachrichten', 'Kurier', 'Kurjer', 'Pravda', 'Izvestia', 'Shimbun', 'Ilbo',
  'Sinmun', 'Sanomat', 'Dagblad', 'Dagbladet', 'Tidning', 'Tidningen', 'Tidende', 'Avisen', 'Posten', 'Diario', 'Diário',
  'Jornal', 'Giornale', 'Corriere', 'Courrier', 'Noticias', 'Notícias', 'Nieuws', 'Nieuwsblad', 'Courant', 'Rundschau',
  'Anzeiger', 'Tagblatt', 'Tageblatt', 'Allgemeine', 'Quotidiano', 'Periódico', 'Periodico', 'Gazete', 'Novosti', 'Vesti',
  'Vecernji', 'Večernji', 'Vjesnik', 'Noviny', 'Novine', 'Hirlap', 'Ziarul', 'Daily',
];

/**
 * English newspaper words, a medium's name only as its last word after another capitalized word
 * ("Sunday Times", "Irish Times", "Jakarta Post"): alone or first they are other things ("Times
 * Square", "Post Office").
 */
export const MEDIA_HEADS_LAST = ['Times', 'Post', 'Herald', 'Tribune', 'Journal', 'Chronicle', 'Telegraph', 'Inquirer', 'Courier', 'Examiner', 'Dispatch', 'Monitor'];

/**
 * What may follow a medium named after its noun ("the daily Rzeczpospolita said", "… in the
 * weekly Wprost, which"): punctuation, a verb of reporting or publishing, a preposition. Anything
 * else ("the newspaper Murdoch bought") leaves the name unread. Lower-cased.
 */
export const MEDIA_FOLLOWERS = new Set(
  (
    "said says reported reports quoted quotes wrote writes published publishes cited cites carried carries ran " +
    "claimed claims added adds revealed reveals disclosed alleged says on in at that which as quoting citing " +
    "and or but newspaper daily weekly 's"
  ).split(/\s+/),
);

export const MEDIA_RULE = {
  id: 'organization/media',
  reason:
    'a news medium named by its context ("the Polish daily X", "X newspaper", "news agency X") or by a newspaper word in its name ' +
    '("Gazeta", "Zeitung", "Shimbun"; "… Times", "… Post"), and its other mentions in the document',
  example: 'the daily Zycie Warszawy said … Zycie Warszawy said; Gazeta Wyborcza reported; the Sunday Times',
};
