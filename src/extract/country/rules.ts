// Context rules of the country extractor, as data: each has an id (stored as the mention's rule
// or, for the skip rules, named in tests), a reason and an example. ./index.ts interprets them.
import type { PhraseToken, TrieMatch } from './phrase-trie.js';
import type { LexiconEntry } from './lexicon.js';

/** What a rule sees of one lexicon match. */
export interface MatchEnv {
  text: string;
  tokens: PhraseToken[];
  match: TrieMatch<LexiconEntry>;
  /** The matched text as written. */
  surface: string;
  /** Every word around the match is in capitals (a headline: "JAPAN GET LUCKY WIN"). */
  caps: boolean;
  /** The wink POS tag of a token (PROPN, ADJ, …), or '' when wink split the text differently. */
  pos(tok: PhraseToken): string;
}

export interface SkipRule {
  id: string;
  reason: string;
  example: string;
  /** True when the match is NOT a country mention. */
  skip(env: MatchEnv): boolean;
}

// ---- Word lists -------------------------------------------------------------------------------

/** Capitalized words that start sentences or clauses without being names. Lower-cased. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an in on at of for and or but nor to from with by as if when while after before since ' +
    'during under over between both neither either this that these those it he she they we i you ' +
    'his her their its our my your meanwhile however also now then yet still later earlier today ' +
    'yesterday tomorrow separately elsewhere instead only even nearby unlike like including ' +
    'besides against across via where whereas though although because so thus hence why how what ' +
    'which who whom whose all some many most several each every neither no not nor eg e.g ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december neighbouring neighboring neighbour neighbor ' +
    'fellow visiting rival western eastern northern southern central north south east west ' +
    'said says told according asked nazi communist soviet imperial tsarist ancient modern greater ' +
    'red free occupied independent mainland continental former top total controversial leading ' +
    'senior veteran young new old late acting missing escaped jailed exiled wounded dead one two ' +
    'ally allies partner partners member members neighbor neighbour friend friends nation nations ' +
    'three four five six seven eight nine ten dozens hundreds thousands many several few'
  ).split(/\s+/),
);

/** Words after a country word that make the whole a proper name of something else ("U.S. Open"). Lower-cased. */
export const NAME_PART_AFTER = new Set(
  (
    'open cup grand championship championships amateur masters classic games league football ' +
    'airlines airways telecom times herald post daily tribune standard telegraph gazette railways ' +
    'railway rail television tv radio broadcasting press stock exchange steel motors orthodox derby ' +
    'tour today inc corp ltd plc holdings petroleum universities university college succession ' +
    'treasuries gulf'
  ).split(/\s+/),
);

/** Words before a country word that make the whole a proper name ("Air France", "Bank of Japan", "Tour of the Netherlands"). */
export const NAME_PART_BEFORE = new Set(['Air', 'Bank', 'University', 'Radio', 'Royal', 'Banque', 'Deutsche', 'Tour', 'Rights']);

/** Countries and demonyms that are also personal names: a name next to them makes a person. */
export const PERSON_NAMES = new Set(['Jordan', 'Chad', 'Georgia', 'Holland', 'Finn', 'India', 'Israel', 'Kenya', 'Cuba']);

/** Capitalized words after a country that are titles or offices, not a surname ("Jordan Foreign Minister"). */
const ROLE_WORDS = new Set(
  (
    'President Prime Premier Minister Foreign Defence Defense Interior Finance Government Ambassador ' +
    'Embassy King Queen Crown Prince Chancellor Secretary Army Navy Air Parliament Senate Deputy ' +
    'Vice State National Central Supreme Chief Security Special'
  ).split(/\s+/),
);

/** Words before an ALL-CAPS "US" that make it the pronoun ("LET US"). */
const US_PRONOUN_BEFORE = new Set([
  'LET', 'LETS', 'TELL', 'TELLS', 'TOLD', 'GIVE', 'GIVES', 'GAVE', 'HELP', 'HELPS', 'JOIN', 'JOINS',
  'OF', 'WITH', 'FOR', 'AMONG', 'BEHIND', 'ABOUT', 'BEAT', 'BEATS', 'SHOW', 'SHOWS', 'TAKE', 'MAKE',
  'MAKES', 'LEAVE', 'LEAVES', 'ALL', 'BOTH', 'FROM', 'TO', 'BY', 'UPON', 'WANT', 'WANTS', 'ASK',
  'ASKS', 'PUT', 'GET', 'GETS', 'SEND', 'SENT', 'INTO',
]);

export { US_STATE_CONTEXT } from './additions.js';
import { US_STATE_CONTEXT } from './additions.js';

/** "Georgia, the U.S. state", "Georgia (US state)", "Georgia, an American state". */
const US_STATE_AFTER = /^\s*[,(]\s*(?:the\s+|a\s+|an\s+)?(?:U\.\s?S\.?|US|American|southern|southeastern)\s+state\b/i;

// ---- Token helpers ----------------------------------------------------------------------------

const WORD = /^[\p{L}\p{M}][\p{L}\p{M}'.\-]*$/u;
const CAPITALIZED = /^\p{Lu}/u;

function tokenBefore(env: MatchEnv, k = 1): PhraseToken | null {
  let i = env.match.from;
  for (let n = 0; n < k; n++) {
    if (env.tokens[i].broken) return null;
    i--;
    if (i < 0) return null;
  }
  return env.tokens[i];
}

function tokenAfter(env: MatchEnv, k = 1): PhraseToken | null {
  const i = env.match.to + k - 1;
  if (i >= env.tokens.length) return null;
  for (let j = env.match.to; j <= i; j++) if (env.tokens[j].broken) return null;
  return env.tokens[i];
}

/** A capitalized word that is not a function word: a name, or part of one. */
export function isNameWord(tok: PhraseToken | null): boolean {
  if (!tok || !WORD.test(tok.text) || !CAPITALIZED.test(tok.text)) return false;
  return !NOT_NAME_WORDS.has(tok.text.toLowerCase().replace(/\.$/, ''));
}

/** "Trevor", "Statistics": a capital then lower-case letters (not an acronym like "EU"). */
function isTitleWord(tok: PhraseToken): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'\-]+$/u.test(tok.text);
}

function lower(tok: PhraseToken | null): string {
  return tok ? tok.text.toLowerCase() : '';
}

// ---- Skip rules -------------------------------------------------------------------------------

export const SKIP_RULES: SkipRule[] = [
  {
    id: 'country/skip-currency',
    reason: '"US$" is a currency sign, not a mention of the country',
    example: 'US$ 5 million',
    skip: (env) => env.match.value.form === 'abbreviation' && env.text[env.match.end] === '$',
  },
  {
    id: 'country/skip-us-pronoun',
    reason: 'in an ALL-CAPS headline "US" after a verb or preposition is the pronoun',
    example: 'LET US PRAY',
    skip: (env) => env.surface === 'US' && env.caps && US_PRONOUN_BEFORE.has(tokenBefore(env)?.text ?? ''),
  },
  {
    id: 'country/skip-us-state',
    reason: 'Georgia next to a US state or city, or called a state, is the US state',
    example: 'Atlanta, Georgia; the state of Georgia; Georgia, the U.S. state',
    skip: (env) => {
      if (!/^georgia$/i.test(env.surface)) return false;
      const b1 = tokenBefore(env);
      const b2 = tokenBefore(env, 2);
      const b3 = tokenBefore(env, 3);
      const a1 = tokenAfter(env);
      const a2 = tokenAfter(env, 2);
      const a3 = tokenAfter(env, 3);
      if (lower(b1) === 'of' && lower(b2) === 'state') return true;
      if (lower(a1) === 'state' || lower(a1) === 'governor' || lower(a1) === 'legislature') return true;
      // "Atlanta, Georgia", "Florida and Georgia", "Georgia and South Carolina"
      for (const t of [b1, b2, b3, a1, a2, a3]) if (t && US_STATE_CONTEXT.has(t.text)) return true;
      // "Georgia, the U.S. state" / "Georgia (U.S. state)"
      return US_STATE_AFTER.test(env.text.slice(env.match.end, env.match.end + 30));
    },
  },
  {
    id: 'country/skip-person-name',
    reason: 'Jordan, Chad, Georgia … are also first names: a capitalized word right after them makes a name',
    example: 'Chad Johnson; Jordan Henderson; Israel Radio',
    skip: (env) => {
      if (!PERSON_NAMES.has(env.surface) || env.caps) return false;
      const a1 = tokenAfter(env);
      return a1 !== null && a1.spaced && isTitleWord(a1) && !ROLE_WORDS.has(a1.text);
    },
  },
  {
    id: 'country/skip-surname',
    reason: 'a country word right after a capitalized name word is a surname or the end of a name ("Trevor Holland", "Cleveland Indians")',
    example: 'Michael Jordan; Richard Finn; Statistics Canada',
    skip: (env) => {
      if (env.caps || !env.tokens[env.match.from].spaced) return false;
      const b1 = tokenBefore(env);
      if (b1 === null || !isTitleWord(b1) || !isNameWord(b1)) return false;
      // At a sentence start any word is capitalized ("Missing German girl"): only a proper noun counts.
      const b2 = tokenBefore(env, 2);
      const initial = b1.broken || b2 === null || /^[.!?:;"“”'‘’(\-–—•|]$/.test(b2.text);
      return !initial || env.pos(b1) === 'PROPN';
    },
  },
  {
    id: 'country/skip-name-part',
    reason: 'a country word inside the proper name of an event, company or newspaper is not a country mention',
    example: 'U.S. Open; Air France; Bank of Japan; Japan Airlines; Tour of the Netherlands',
    skip: (env) => {
      const a1 = tokenAfter(env);
      if (a1 && a1.spaced && CAPITALIZED.test(a1.text) && NAME_PART_AFTER.has(a1.text.toLowerCase())) return true;
      const b1 = tokenBefore(env);
      if (b1 && env.tokens[env.match.from].spaced && NAME_PART_BEFORE.has(b1.text)) return true;
      // "Bank of Japan", "Tour of the Netherlands"
      let k = 1;
      if (lower(tokenBefore(env, k)) === 'the') k++;
      if (lower(tokenBefore(env, k)) !== 'of') return false;
      const head = tokenBefore(env, k + 1);
      return head !== null && NAME_PART_BEFORE.has(head.text);
    },
  },
];

// ---- Capital metonymy -------------------------------------------------------------------------

/** Verbs (and verb phrases' heads) that make a capital an actor: "Moscow denied". Lower-cased. */
export const ACTOR_VERBS = new Set(
  (
    'said says say denied denies deny welcomed welcomes welcome warned warns warn accused accuses ' +
    'rejected rejects reject announced announces insisted insists condemned condemns claimed claims ' +
    'responded responds demanded demands urged urges called calls agreed agrees refused refuses ' +
    'threatened threatens vowed vows pledged pledges promised promises signaled signalled signals ' +
    'imposed imposes sent sends supplied supplies decided decides approved approves expelled expels ' +
    'recalled recalls protested protests criticized criticised criticizes criticises blamed blames ' +
    'argued argues believes believed fears feared wants wanted sees saw views viewed hopes hoped ' +
    'expects expected retaliated retaliates pressed presses pushed pushes sought seeks backed backs ' +
    'supports supported opposed opposes recognized recognised recognizes recognises maintains ' +
    'maintained reiterated reiterates stressed stresses confirmed confirms dismissed dismisses ' +
    'considers considered launched launches ordered orders summoned summons suspended suspends ' +
    'froze freezes halted halts offered offers proposed proposes signed signs ratified ratifies ' +
    'responded reacted reacts objected objects complained complains acknowledged acknowledges ' +
    'admitted admits announced notified informed told tells asked asks invited invites hailed hails ' +
    'praised praises slammed slams blasted blasts vetoed vetoes pulled withdrew withdraws ' +
    'deployed deploys boosted boosts cut cuts raised raises lifted lifts eased eases tightened ' +
    'tightens intends intended plans planned aims aimed seems appears insisted denounced denounces ' +
    'regards regarded countered counters replied replies respond retaliate insist deny reject ' +
    'warn accuse demand refuse agree continue continues continued'
  ).split(/\s+/),
);

/** Words between a capital and its verb that keep it an actor: "Moscow has repeatedly denied". */
export const ACTOR_VERB_FILLERS = new Set(
  (
    'has have had is was will would could can may might must should does did also again already ' +
    'repeatedly strongly now officially publicly reportedly firmly swiftly quickly previously long ' +
    'never not still then just has been been so far yet immediately promptly angrily sharply ' +
    'formally recently apparently'
  ).split(/\s+/),
);

/** Nouns after "<capital>'s" that make it the government: "Beijing's position". Lower-cased. */
export const GOVERNMENT_NOUNS = new Set(
  (
    'position positions stance policy policies decision decisions response reaction demands demand ' +
    'claims claim move moves support government leadership ambassador envoy envoys officials plan ' +
    'plans proposal proposals offer refusal ties relations behavior behaviour aggression invasion war ' +
    'actions action intentions efforts interests influence ally allies military troops forces ' +
    'sanctions approach strategy concerns concern view views rhetoric threats threat backing ' +
    'objections objection involvement role response retaliation insistence diplomacy ' +
    'announcement accusations accusation denial warning warnings request withdrawal disregard ' +
    'ambitions ambition goals goal aims aim objectives motives failure violation violations ' +
    'compliance non-compliance commitment commitments obligations assurances pledge pledges promise ' +
    'promises arsenal missiles missile weapons arms nuclear program programme regime administration ' +
    'cabinet diplomats diplomat negotiators delegation spokesman spokeswoman spokesperson ministry ' +
    'foreign defence defense territorial annexation occupation campaign offensive attack attacks ' +
    'strikes bombardment blockade backing patience resolve determination readiness willingness ' +
    'opposition recognition agenda priorities interest grip control claims support'
  ).split(/\s+/),
);

/** Words before a capital that make it a place: "in Kyiv", "the mayor of Moscow". Lower-cased. */
export const PLACE_PREPOSITIONS = new Set(
  'in at from to near outside inside into toward towards via across around of through within throughout'.split(
    ' ',
  ),
);

/** Modals and auxiliaries after which any verb keeps a capital an actor: "Washington will balance the budget". */
export const ACTOR_AUXILIARIES = new Set('will would could can may might must should shall has have had'.split(' '));

/** Nouns of relations between governments before "between": "talks between Washington and Moscow". Lower-cased. */
export const RELATION_NOUNS = new Set(
  (
    'talks relations relationship ties tension tensions dialogue negotiations rift row dispute disputes deal ' +
    'agreement accord treaty summit standoff stand-off rapprochement cooperation co-operation detente détente ' +
    'hotline exchanges rivalry friction confrontation conflict spat feud understanding contacts consultations ' +
    'truce ceasefire cease-fire split divide gap differences disagreement disagreements alliance partnership'
  ).split(/\s+/),
);

/**
 * Capitalized words before a capital that make a place name, not a person's name: "Fort
 * Washington", "Greater London", "Downtown Moscow". Lower-cased.
 */
export const PLACE_BEFORE_CAPITAL = new Set(
  'mount mt lake fort ft port cape greater downtown central metropolitan metro upper lower inner outer saint st little new old north south east west'.split(' '),
);

/**
 * Person descriptors that also describe governments ("its ally Washington", "rival Beijing"): not a
 * sign that a capital is a person. Lower-cased.
 */
export const GOVERNMENT_DESCRIPTORS = new Set(
  'ally rival partner opponent critic victim successor predecessor international moderate nationalist reformer hardliner loyalist neighbour neighbor member owner'.split(' '),
);

export const METONYMY_RULE = {
  id: 'country/capital-metonymy',
  reason:
    'a capital in actor position stands for its government: before a government verb (said, warned, imposed …, also after "has", "will" …), ' +
    'before a modal or auxiliary and a verb, before "\'s position"; in "talks between X and Y"; after anti-/pro-',
  example: 'Washington said; Kyiv welcomed; Moscow has repeatedly denied; Washington will balance the budget; Beijing\'s position; talks between Washington and Moscow — but not "in Kyiv", "Vilnius summit", "Washington fell short"',
};

export const CAPITAL_PERSON_RULE = {
  id: 'country/skip-capital-person',
  reason:
    'a capital that names a person in the document — after a name word ("MaliVai Washington"), after a person descriptor ("finalist Washington"), ' +
    'before ", who" or "\'s wife" — is that person in every mention of the document, never its government',
  example: 'Wimbledon finalist MaliVai Washington lost. … Washington said he was tired.',
};

export const KOREA_RULE = {
  id: 'country/korea-ellipsis',
  reason: '"North and South Korea" names two states; "the North"/"the South" in a text about both Koreas names one',
  example: 'North and South Korea exchanged fire; the South retaliated',
};
