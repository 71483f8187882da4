// Commitment triggers as data, read by ./index.ts. Each has an id (stored as the commitment's
// rule), the modality it implies, a strength (the confidence it gives), the kinds of subject that
// can carry it, a reason, and examples that tests/extract/commitment.test.ts checks one by one.
//
// All triggers are matched in a sentence; matches are taken from left to right (at one position
// the earlier trigger in this list wins), and a match that overlaps one already taken is skipped.
// So "agreed to offer Ukraine …" is an agreement, not an offer, and "may sign a deal" is possible.
import type { Modality, Polarity } from '../../types.js';
import { EXPRESSIVE_OBJECTS } from './lexicon.js';

/**
 * What stands in subject position before the trigger:
 * - `entity`: a country, organization or person named there (or by an adjective/possessive on an
 *   agent noun: "the American people", "Denmark's security pledges");
 * - `pronoun`: we, I, he, she, it, they, resolved from the speaker, the publisher or the context;
 * - `group`: "the two leaders", "both sides", resolved to the group named earlier;
 * - `instrument`: an announced aid package or activity ("The assistance will …", "the broadcasts
 *   will continue"), committing whoever provides it;
 * - `document`: a declaration or agreement, committing its parties;
 * - `passive`: the patient of a passive ("Nuclear weapons … will not be allowed"), the actor then
 *   being the agent after "by", the speaker's country, the publisher or unknown.
 */
export type SubjectKind = 'entity' | 'pronoun' | 'group' | 'instrument' | 'document' | 'passive';

export interface Trigger {
  id: string;
  /**
   * Regex source, matched case-insensitively in the sentence. Named groups: `verb` (the committed
   * action's verb), `neg` (a negation inside the match), `noun` (a commitment noun or object).
   */
  pattern: string;
  modality: Modality;
  /** Polarity the trigger itself carries ("rules out" is negative); negation cues can flip a positive one. */
  polarity: Polarity;
  /** Confidence the trigger gives a commitment whose actor is stated (0..1). */
  strength: number;
  /** Subject kinds that can carry the trigger; any other subject makes the match no commitment. */
  subjects: SubjectKind[];
  /** May be stored with actor null when the subject is an unresolved "we", an agentless passive or absent (manifestos). */
  nullActor?: boolean;
  /** The word at the match start must be tagged a verb ("pledges" in "security pledges will" is a noun). */
  verbTrigger?: boolean;
  /** Only inside reported speech: a verb of saying must come before it in the sentence ("stated it would attack"). */
  reported?: boolean;
  /** A commitment noun ("commitment to", "support for"), checked by ./nominal.ts. */
  nominal?: boolean;
  /** The subject must stand right before the trigger ("agreements Ukraine has signed"). */
  adjacentSubject?: boolean;
  reason: string;
  examples: string[];
}

const V = String.raw`(?<verb>[a-z][a-z-]+)`;
/** Adverbs and aspect verbs between a modal and its verb ("will also continue to provide"). */
const ADVERBS = String.raw`(?:(?:also|further|now|then|jointly|together|both|still|soon|immediately|equally|again|just|only|even|simply|well|continue\s+to|keep\s+on|in\s+the\s+future|in\s+turn|[a-z]{3,}ly)\s+){0,3}`;
/** A negation after a modal: "will not", "would never", "will no longer", "won't", "wouldn't". */
const NEG = String.raw`(?<neg>n['’]t\s+|not\s+|never\s+|no\s+longer\s+)?`;
/** The space after a modal, or none before "n't". */
const MODAL_END = String.raw`(?:\s+|(?=n['’]t\s))`;
/** An expressive object after "offer"/"propose", with a determiner and an adjective before it ("his sincere congratulations"). */
const EXPRESSIVE_OBJECT = String.raw`(?:(?:his|her|their|its|our|my|your|the|a|an)\s+)?(?:[a-z]+\s+)?(?:${EXPRESSIVE_OBJECTS.join('|')})\b`;
const REFLEXIVE = String.raw`(?:(?:itself|themselves|ourselves|himself|herself|myself)\s+)?`;
const AGREEMENT_NOUNS = String.raw`agreements?|deals?|treaty|treaties|accords?|memorandum|memoranda|ceasefire|truce|pacts?|arrangements?|protocol|declaration|compact`;
const PROVISION_VERBS = [
  'providing', 'sending', 'delivering', 'deploying', 'committing', 'investing', 'allocating', 'launching', 'establishing',
  'imposing', 'expanding', 'donating', 'supplying', 'contributing', 'pledging', 'offering', 'authorizing', 'authorising',
  'approving', 'helping', 'training', 'equipping', 'funding', 'financing', 'increasing', 'raising', 'extending', 'doubling',
  'tripling', 'creating', 'building', 'opening', 'introducing', 'expediting', 'accelerating', 'strengthening', 'deepening',
];

const ENTITY_AGENTS = ['entity', 'pronoun', 'group'] as const satisfies readonly SubjectKind[];

export const TRIGGERS: Trigger[] = [
  {
    id: 'commitment/passive-ban',
    pattern: String.raw`\b(?:will|shall|would|are|is|be|wo(?=n['’]t))(?:\s+|(?=n['’]t))(?<neg>not|never|n['’]t)\s+(?:be\s+)?(?<verb>allowed|permitted|tolerated|accepted|authori[sz]ed)\b|\b(?:is|are|will\s+be|shall\s+be|remains?)\s+(?:strictly\s+|completely\s+)?(?<ban>banned|prohibited|forbidden|outlawed)\b`,
    modality: 'firm',
    polarity: 'negative',
    strength: 0.85,
    subjects: ['passive'],
    reason: 'a ban stated as policy, in the passive: the government of the speaker or of the place bans it',
    examples: ['Nuclear weapons on Danish soil will not be allowed either, Bødskov said.', 'Nuclear weapons are not allowed on Danish soil.'],
  },
  {
    id: 'commitment/no-plans',
    pattern: String.raw`\b(?:has|have|had)\s+no\s+(?:plans?|intention|intentions)\s+(?:of\s+|to\s+)${V}`,
    modality: 'intended',
    polarity: 'negative',
    strength: 0.85,
    subjects: [...ENTITY_AGENTS],
    reason: 'a stated absence of intention is a refusal',
    examples: ['Denmark has no plans to allow a U.S. military base on its ground.'],
  },
  {
    id: 'commitment/refusal',
    pattern: String.raw`\b(?:refus(?:e|es|ed|ing)\s+to\s+${ADVERBS}|rul(?:e|es|ed|ing)\s+out\s+)${V}`,
    modality: 'firm',
    polarity: 'negative',
    strength: 0.8,
    subjects: [...ENTITY_AGENTS],
    reason: 'a refusal as policy',
    examples: ['Germany ruled out sending troops.', 'Poland refused to recognize the result.', 'The Rwandan president is refusing to back down from the threat.'],
  },
  {
    id: 'commitment/intend',
    verbTrigger: true,
    pattern: String.raw`\b(?:plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?|seek(?:s)?|sought|(?:is|are|am)\s+(?:planning|preparing|aiming|seeking|going|set|poised|determined|resolved))\s+to\s+${ADVERBS}${V}`,
    modality: 'intended',
    polarity: 'positive',
    strength: 0.7,
    subjects: [...ENTITY_AGENTS],
    nullActor: true,
    reason: 'a stated intention',
    examples: ['Germany plans to send two frigates to the Baltic Sea.', 'We intend to double the number of border guards by 2026.'],
  },
  {
    id: 'commitment/goal',
    // "Our goal is to …", "The aim would be to …", "One of our main targets will be to …": a goal
    // stated for oneself. The possessor is the subject; without a named one it needs a checkable detail.
    pattern: String.raw`\b(?:goal|aim|target|objective|priority|mission)s?\s+(?:is|are|will\s+be|would\s+be|shall\s+be|remains?)\s+to\s+${ADVERBS}${V}`,
    modality: 'intended',
    polarity: 'positive',
    strength: 0.6,
    subjects: [...ENTITY_AGENTS],
    nullActor: true,
    reason: 'a goal stated as one\'s own',
    examples: ["Germany's goal is to double its support for Ukraine by 2027.", 'Our target is to connect 5,000 villages to the grid by 2026.'],
  },
  {
    id: 'commitment/modal-possible',
    pattern: String.raw`\b(?:may|might|could)${MODAL_END}${NEG}${ADVERBS}${V}`,
    modality: 'possible',
    polarity: 'positive',
    strength: 0.5,
    subjects: [...ENTITY_AGENTS],
    reason: 'a possible future action by the actor',
    examples: ['Denmark may in the future allow U.S. troops to be deployed on its territory.'],
  },
  {
    id: 'commitment/pledge-verb',
    verbTrigger: true,
    // "pledged to hold …" names the action's verb; "pledges over 1 million rounds" starts it at the trigger.
    pattern: String.raw`\b(?:pledg|promis|vow|guarante)(?:e|es|ed|ing)?(?:\s+to:?\s+${ADVERBS}${V}|(?=\s+(?!to\b|that\b)[\p{L}\d$€£]))`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.9,
    subjects: [...ENTITY_AGENTS, 'document'],
    nullActor: true,
    reason: 'a verb of pledging',
    examples: ['The Group of Seven nations pledged to hold Russia accountable for war crimes.', 'EU pledges over 1 million ammunition rounds for Ukraine.', 'Mr. Yanukovich vowed to challenge the outcome in the Supreme Court.'],
  },
  {
    id: 'commitment/commit-to',
    pattern: String.raw`\b(?:(?:re)?commit(?:s|ted|ting)?\s+${REFLEXIVE}|(?:is|are|am|remains?|stays?)\s+(?:[a-z]+ly\s+)?committed\s+)to:?\s+${ADVERBS}${V}`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.9,
    subjects: [...ENTITY_AGENTS, 'document'],
    nullActor: true,
    reason: 'commit to …',
    examples: ['In return, Ukraine commits to reforms upholding democracy.', 'Japan remains firmly committed to supporting Ukraine.'],
  },
  {
    id: 'commitment/agree',
    pattern: String.raw`\b(?:agree(?:s|d)?|agreeing)\s+(?:to\s+${ADVERBS}${V}|on\b|upon\b)|\b(?:reached|signed|concluded|struck|signing|concluding|reaching|sign|signs|conclude|concludes)\s+(?:an?\s+|the\s+|their\s+|its\s+|this\s+)?(?:[\p{L}\d.'’-]+\s+){0,4}?(?<noun>${AGREEMENT_NOUNS})\b`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.85,
    subjects: [...ENTITY_AGENTS],
    reason: 'an agreement reached or signed binds its parties (past tense allowed)',
    examples: [
      'Ukraine and Denmark agreed on a timeline for additional negotiations.',
      'Israel and Lebanon signed a maritime boundary agreement.',
      'I congratulate Turkey, Finland and Sweden on signing a trilateral memorandum.',
    ],
  },
  {
    id: 'commitment/signed',
    adjacentSubject: true,
    // The agreement noun before it is checked in code (AGREEMENT_BEFORE): a look-behind here is slow.
    pattern: String.raw`\b(?:has|have|had)\s+(?:already\s+|now\s+)?(?<verb>signed|concluded|reached)\b(?!\s+(?:an?|the|their|its|this|that|these|those)\b)`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.75,
    subjects: ['entity'],
    reason: 'an agreement named before the party that has signed it ("the agreements Ukraine has signed")',
    examples: ['These are the security agreements Ukraine has signed with its partners.'],
  },
  {
    id: 'commitment/undertake',
    pattern: String.raw`\b(?:undertak(?:e|es|ing)|undertook|resolv(?:e|es|ed))\s+to\s+${ADVERBS}${V}`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.85,
    subjects: [...ENTITY_AGENTS, 'document'],
    nullActor: true,
    reason: 'undertake to / resolve to',
    examples: ['NATO allies resolved to strengthen their deterrence.'],
  },
  {
    id: 'commitment/propose',
    verbTrigger: true,
    pattern: String.raw`\b(?:(?:propos(?:e|es|ed)|offer(?:s|ed)?|(?:stands?|stood|remains?|is|are|am)\s+(?:[a-z]+ly\s+)?(?:ready|prepared|willing))\s+to\s+${ADVERBS}${V}|(?:propos(?:e|es|ed)|offer(?:s|ed)?)(?=\s+(?!to\b|that\b|no\b|${EXPRESSIVE_OBJECT})\p{L}))`,
    modality: 'proposed',
    polarity: 'positive',
    strength: 0.7,
    subjects: [...ENTITY_AGENTS],
    reason: 'an offer or a proposal',
    examples: ['The United States has approached Denmark and proposed bilateral defense cooperation.', 'The United States stands ready to work with Türkiye on defense.'],
  },
  {
    id: 'commitment/prepared-for',
    pattern: String.raw`\b(?:is|are|am|remains?|stands?)\s+(?:[a-z]+ly\s+)?(?<verb>prepared|ready)\s+for\b`,
    modality: 'possible',
    polarity: 'positive',
    strength: 0.6,
    subjects: [...ENTITY_AGENTS],
    reason: 'readiness for a contingency',
    examples: ['The United States is equally prepared for other scenarios.'],
  },
  {
    id: 'commitment/passive-future',
    pattern: String.raw`\b(?:will|shall|would|wo(?=n['’]t\s))${MODAL_END}${NEG}(?:also\s+|further\s+|now\s+|soon\s+|then\s+|immediately\s+|progressively\s+)?be\s+(?:[a-z]+ly\s+)?${V}`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.6,
    subjects: ['passive'],
    nullActor: true,
    reason: 'a future action stated in the passive; the actor is the agent after "by", the speaker\'s country or the publisher',
    examples: ['A National Fund will be created for this purpose.'],
  },
  {
    id: 'commitment/will',
    pattern: String.raw`\b(?:will|shall|'ll|’ll|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to|wo(?=n['’]t\s))${MODAL_END}${NEG}${ADVERBS}${V}`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.75,
    subjects: [...ENTITY_AGENTS, 'instrument'],
    nullActor: true,
    reason: 'announced future action by the actor',
    examples: ['Denmark will deploy two F-16s to the Baltic.', 'South Korea says the broadcasts will continue.'],
  },
  {
    id: 'commitment/reported-would',
    reported: true,
    pattern: String.raw`\bwould${MODAL_END}${NEG}${ADVERBS}${V}`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.65,
    subjects: [...ENTITY_AGENTS, 'instrument'],
    reason: 'future action in reported speech ("stated it would attack"); a writer\'s "would" is a hypothetical',
    examples: ['North Korea stated it would attack any loudspeakers broadcasting propaganda.'],
  },
  {
    id: 'commitment/continue',
    verbTrigger: true,
    pattern: String.raw`\bcontinu(?:e|es)\s+to\s+${ADVERBS}${V}`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.7,
    subjects: [...ENTITY_AGENTS],
    nullActor: true,
    reason: 'an ongoing policy stated in the present ("continues to expedite")',
    examples: ['The United States continues to expedite additional assistance to Ukraine.'],
  },
  {
    id: 'commitment/providing',
    pattern: String.raw`\b(?:is|are|am)\s+(?:also\s+|now\s+|currently\s+|already\s+|today\s+)?(?<verb>${PROVISION_VERBS.join('|')})\b(?!\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,3}(?:message|signal|warning|letter|note)s?\b)`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.7,
    subjects: [...ENTITY_AGENTS],
    reason: 'an action under way, announced as policy (fact sheets: "is providing")',
    examples: ['The United States is providing an additional $800 million in security assistance.', 'Germany is authorizing an additional $800 million in weapons.'],
  },
  {
    id: 'commitment/support',
    verbTrigger: true,
    pattern: String.raw`\b(?<verb>supports?|stands?\s+(?:with|by|behind)|backs?)\b(?!\s+(?:to|up|down|off|away|for|of)\b)`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.7,
    subjects: [...ENTITY_AGENTS],
    reason: 'support stated in the present affirms continuing backing',
    examples: ['The United States strongly supports their membership.', 'The United States stands with the people of Ukraine.'],
  },
  {
    id: 'commitment/announce',
    pattern: String.raw`\bannounc(?:e|es|ed|ing)\s+(?:today\s+|on\s+\p{Lu}\w+\s+)?(?:that\s+)?(?:(?:it|they|he|she|we)\s+(?:was|were|is|are|will|would)\s+(?:be\s+)?${V}|(?:(?:an?|the|its|their|his|her|our|new|additional|further|another|more|today)\s+){1,3}(?:[\p{L}\d$€£.,-]+\s+){0,4}?(?<noun>package|assistance|aid|sanctions|funding|tranche|deployment|measures|initiative|contribution|loan|grant|investment|[$€£][\d.,]+))`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.8,
    subjects: [...ENTITY_AGENTS],
    reason: 'an announced package or an announced action',
    examples: ['President Biden today announced an additional $800 million in security assistance to Ukraine.', 'Denmark announced it was raising the readiness of its defense forces.'],
  },
  {
    id: 'commitment/approve',
    pattern: String.raw`\b(?:has|have)\s+(?:also\s+|now\s+|today\s+)?(?<verb>approved|authori[sz]ed|ordered)\s+(?:the\s+|an?\s+|additional\s+|new\s+|further\s+)+(?:[a-z-]+\s+){0,2}?(?<noun>transfer|delivery|deliveries|sale|sales|provision|shipment|deployment|release|package|tranche)\b`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.75,
    subjects: [...ENTITY_AGENTS],
    reason: 'a decision just taken to provide something (present perfect; a simple past is a report)',
    examples: ['The United States has also approved the transfer of additional helicopters.'],
  },
  {
    id: 'commitment/directive',
    pattern: String.raw`\b(?:task(?:s|ed)?|instruct(?:s|ed)?|direct(?:s|ed)?|order(?:s|ed)?)\s+(?:their|its|his|her|our|the)\s+(?:[a-z-]+\s+){0,2}?(?:teams?|ministers?|officials|forces|military|militaries|troops|units|governments?|negotiators|staffs?|agencies)\s+to\s+${V}`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.75,
    subjects: [...ENTITY_AGENTS],
    reason: 'an order or tasking commits the one who gives it',
    examples: ['The United States and Russia tasked their teams to follow up.'],
  },
  {
    id: 'commitment/vote',
    pattern: String.raw`\bvot(?:e|es|ed|ing)\s+(?:on|for|in\s+favou?r\s+of)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:resolution|bill|motion|measure)\s+to\s+${V}`,
    modality: 'proposed',
    polarity: 'positive',
    strength: 0.6,
    subjects: [...ENTITY_AGENTS],
    reason: 'a vote on a resolution to act proposes the action (not yet binding)',
    examples: ['The Parliament of Iraq voted on a resolution to expel United States troops from the country.'],
  },
  {
    id: 'commitment/make-commitment',
    pattern: String.raw`\b(?:make|makes|making|made|give|gives|giving|gave|provide|provides|providing|offer|offers|offering|offered)\s+(?:(?:new|firm|long-term|additional|further|concrete|clear|the|a|an|its|their|our|these|specific)\s+){0,3}(?<noun>commitments?|pledges?|guarantees?|assurances?)\s+(?:to|for|on)\b`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.8,
    subjects: [...ENTITY_AGENTS],
    reason: 'making a commitment / giving guarantees',
    examples: ['Japan is not waiting for the process to be completed to make long-term commitments to Ukraine’s security.'],
  },
  {
    id: 'commitment/includes',
    pattern: String.raw`\b(?:will\s+)?(?<verb>include|includes|contain|contains|comprise|comprises|consists?\s+of|covers?)\b`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.6,
    subjects: ['instrument', 'document'],
    reason: 'what an announced package contains is provided by the one who announces it',
    examples: ['President Biden announced a new package. These new capabilities include artillery systems.'],
  },
  {
    id: 'commitment/nominal',
    nominal: true,
    pattern: String.raw`\b(?<noun>commitments?|support|determination|willingness|readiness|resolve|pledges?|promises?|guarantees?|proposal|offer|intention|assurances?)\b(?=\s+(?:to|for|of|by)\b)`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.75,
    subjects: [...ENTITY_AGENTS, 'document'],
    reason: 'a commitment noun held by someone: "reaffirmed the United States’ firm support for …", "the U.S. proposal of a ceasefire"',
    examples: [
      'President Biden reaffirmed the United States’ firm support for Ukraine’s sovereignty.',
      'Israel and the United States expressed their determination to counter these threats.',
      'Mr. Sullivan reaffirmed the U.S extended deterrence commitment to the ROK.',
    ],
  },
  {
    id: 'commitment/imperative',
    pattern: String.raw`^(?:[\p{L}\d]{1,3}[.)]\s+)?(?<verb>\p{L}\p{Ll}+)\b`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.45,
    subjects: [],
    nullActor: true,
    reason: 'a programme line that starts with a verb in the base form ("Create cluster based storage systems.")',
    examples: ['Streamline the appointment procedure of judges in the higher judiciary.'],
  },
  {
    id: 'commitment/gerund-item',
    // Matched in code (see gerundItem in ./index.ts): the line must hold no finite verb.
    pattern: String.raw`^(?:[\p{L}\d]{1,3}[.)]\s+)?(?<verb>\p{L}\p{Ll}+ing)\b`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.4,
    subjects: [],
    nullActor: true,
    reason: 'a programme line that is a gerund phrase with no finite verb ("Setting up a National Child Labour Commission.")',
    examples: ['Setting up a national grid for drinking water by 2026.'],
  },
];

/** An agreement named shortly before "… has signed" ("the security agreements Ukraine has signed"). */
export const AGREEMENT_BEFORE = new RegExp(String.raw`\b(?:${AGREEMENT_NOUNS})\b[^.;:]{0,80}$`, 'i');

/** Trigger by id, for code that needs one rule's data. */
export const TRIGGER_BY_ID = new Map(TRIGGERS.map((t) => [t.id, t]));

/** Lead-ins whose following lines are each a commitment of the lead-in's actor ("The two leaders committed to:"). */
export const LIST_LEAD_IN =
  /\b(?:committed|commit|commits|pledged|pledge|pledges|agreed|agree|agrees|will|shall|announced|announce|announces|includes?|outlines?|resolved|decided|intends?|plans?|undertakes?|undertook|aims?|seeks?)\b[^:]{0,100}:\s*$/i;

/** Lead-ins that list what was done before, not what is committed ("previous assistance … includes:"). */
export const PAST_LEAD_IN = /\b(?:previous(?:ly)?|prior|earlier|to\s+date|so\s+far|already|in\s+the\s+past|have\s+(?:provided|delivered|sent)|has\s+(?:provided|delivered|sent)|were|was)\b/i;

/** Prepositions that introduce a recipient after the action. */
export const RECIPIENT_PREPOSITIONS = /\b(?:for|to|with|toward|towards)\s+$/i;

/** Prepositions that make a date in the clause a deadline. */
export const DEADLINE_PREPOSITIONS = /\b(?:by|before|until|till|no\s+later\s+than|within|in|from|starting|beginning|through)\s+$/i;
