// Commitment cues as data: triggers by class, negation, groups. Read by ./index.ts.
// Every trigger has an id (stored as the commitment's rule), the modality it implies, a strength
// (the confidence it gives), and examples that tests/extract/commitment.test.ts checks.
import type { Modality, Polarity } from '../../types.js';

export interface Trigger {
  id: string;
  /** Regex source, case-insensitive, matched in the sentence. Group `verb` is the committed action's verb. */
  pattern: string;
  modality: Modality;
  /** Polarity the trigger itself carries ("rules out" is negative); negation cues can flip a positive one. */
  polarity: Polarity;
  strength: number;
  /** Needs an actor found in subject position; without one the match is a forecast, not a commitment. */
  needsActor: boolean;
  /** Passive bans ("will not be allowed") take their actor from the speaker or the country named in the clause. */
  passive?: boolean;
  /** The trigger word must be tagged a verb ("pledges" in "security pledges will" is a noun). */
  verbTrigger?: boolean;
  reason: string;
  examples: string[];
}

const V = String.raw`(?<verb>[a-z][a-z-]+)`;
const ADVERBS = String.raw`(?:(?:also|further|now|then|jointly|together|both|still|soon|continue\s+to|in\s+the\s+future|in\s+turn|[a-z]{3,}ly)\s+){0,3}`;

/** Tried in order; at one position the first matching trigger wins. */
export const TRIGGERS: Trigger[] = [
  {
    id: 'commitment/passive-ban',
    pattern: String.raw`\b(?:will|shall|would|are|is|be)\s+(?:not|never|n't)\s+(?:be\s+)?(?<verb>allowed|permitted|tolerated|accepted|authori[sz]ed)\b`,
    modality: 'firm',
    polarity: 'negative',
    strength: 0.85,
    needsActor: false,
    passive: true,
    reason: 'a ban stated as policy, in the passive',
    examples: ['Nuclear weapons on Danish soil will not be allowed either, Bødskov said.'],
  },
  {
    id: 'commitment/no-plans',
    pattern: String.raw`\b(?:has|have|had)\s+no\s+(?:plans?|intention|intentions)\s+(?:of\s+|to\s+)${V}`,
    modality: 'intended',
    polarity: 'negative',
    strength: 0.85,
    needsActor: true,
    reason: 'a stated absence of intention is a refusal',
    examples: ['Denmark has no plans to allow a U.S. military base on its ground.'],
  },
  {
    id: 'commitment/refusal',
    pattern: String.raw`\b(?:refus(?:e|es|ed)\s+to|rul(?:e|es|ed)\s+out|will\s+never|reject(?:s|ed)?)\s+${V}`,
    modality: 'firm',
    polarity: 'negative',
    strength: 0.8,
    needsActor: true,
    reason: 'a refusal as policy',
    examples: ['Germany ruled out sending troops.', 'Ukraine will never recognize the annexation.'],
  },
  {
    id: 'commitment/pledge-verb',
    verbTrigger: true,
    // "pledged to hold …" names the action's verb; "pledges over 1 million rounds" starts it at the trigger.
    pattern: String.raw`\b(?:pledg|promis|vow|guarante)(?:e|es|ed|ing)?(?:\s+to\s+${V}|(?=\s+(?!to\b)[\p{L}\d$€£]))`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.9,
    needsActor: true,
    reason: 'a verb of pledging',
    examples: ['The Group of Seven nations pledged to hold Russia accountable for war crimes.', 'EU pledges over 1 million ammunition rounds for Ukraine.'],
  },
  {
    id: 'commitment/commit-to',
    verbTrigger: true,
    pattern: String.raw`\b(?:commit(?:s|ted)?|recommit(?:s|ted)?)\s+(?:itself\s+|themselves\s+|ourselves\s+|himself\s+|herself\s+)?to\s+${V}`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.9,
    needsActor: true,
    reason: 'commit to …',
    examples: ['In return, Ukraine commits to reforms upholding democracy.'],
  },
  {
    id: 'commitment/agree',
    pattern: String.raw`\b(?:agree(?:s|d)?\s+(?:to\s+${V}|on\b|upon\b)|(?:reached|signed|concluded|struck)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,4}?(?<noun>agreements?|deals?|treaty|treaties|accords?|memorandum|ceasefire|truce)\b)`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.85,
    needsActor: true,
    reason: 'an agreement reached or signed binds its parties',
    examples: ['Ukraine and Denmark agreed on a timeline for additional negotiations.', 'Israel and Lebanon signed a maritime boundary agreement.'],
  },
  {
    id: 'commitment/undertake',
    pattern: String.raw`\b(?:undertak(?:e|es)|undertook|resolv(?:e|es|ed)|(?:re)?affirm(?:s|ed)?\s+(?:(?:its|their|our|his|her)\s+)?(?:commitment|pledge)s?)\s+to\s+${V}`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.85,
    needsActor: true,
    reason: 'undertake to / reaffirm its commitment to',
    examples: ['NATO leaders reaffirmed their commitment to support Ukraine.'],
  },
  {
    id: 'commitment/intend',
    pattern: String.raw`\b(?:plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?|seek(?:s)?|sought|(?:is|are)\s+(?:planning|preparing|aiming|seeking|going|set))\s+to\s+${ADVERBS}${V}`,
    modality: 'intended',
    polarity: 'positive',
    strength: 0.7,
    needsActor: true,
    reason: 'a stated intention',
    examples: ['Ukraine plans to join the initiative.'],
  },
  {
    id: 'commitment/propose',
    verbTrigger: true,
    pattern: String.raw`\b(?:(?:propos(?:e|es|ed)|offer(?:s|ed)?|(?:stands?|stood|remains?|is|are)\s+(?:ready|prepared|willing))\s+to\s+${V}|(?:propos(?:e|es|ed)|offer(?:s|ed)?)(?=\s+(?!to\b)\p{L}))`,
    modality: 'proposed',
    polarity: 'positive',
    strength: 0.7,
    needsActor: true,
    reason: 'an offer or a proposal',
    examples: ['The United States has approached Denmark and proposed bilateral defense cooperation.'],
  },
  {
    id: 'commitment/modal-possible',
    pattern: String.raw`\b(?:may|might|could)\s+(?<neg>not\s+)?${ADVERBS}${V}`,
    modality: 'possible',
    polarity: 'positive',
    strength: 0.5,
    needsActor: true,
    reason: 'a possible future action by the actor',
    examples: ['Denmark may in the future allow U.S. troops to be deployed on its territory.'],
  },
  {
    id: 'commitment/will',
    pattern: String.raw`\b(?:will|shall|'ll|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?<neg>not\s+|never\s+)?${ADVERBS}${V}`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.75,
    needsActor: true,
    reason: 'announced future action by the actor',
    examples: ['Denmark will deploy two F-16s to the Baltic.'],
  },
  {
    id: 'commitment/providing',
    pattern: String.raw`\b(?:is|are)\s+(?:also\s+|now\s+)?(?<verb>providing|sending|delivering|deploying|committing|investing|allocating|announcing|launching|establishing|imposing|expanding|donating|supplying|contributing|pledging|offering)\b`,
    modality: 'firm',
    polarity: 'positive',
    strength: 0.7,
    needsActor: true,
    reason: 'an action under way, announced as policy (fact sheets)',
    examples: ['The United States is providing an additional $800 million in security assistance.'],
  },
];

/** Negation in the scope of the trigger's verb. */
export const NEGATION = /\b(?:not|never|no\s+longer|n't)\b|n't\b/i;

/** Verbs after a modal that do not make an action of the actor ("will be", "may have"). */
export const NON_ACTION_VERBS = new Set([
  'be', 'have', 'has', 'had', 'been', 'become', 'seem', 'appear', 'need', 'likely', 'probably', 'also', 'include', 'includes',
  'remain', 'take', 'happen', 'get', 'go', 'cost', 'say', 'tell', 'know', 'think', 'believe', 'hope', 'want', 'like', 'mean',
  'not', 'never', 'the', 'a', 'an', 'to',
]);

/** Words that make a clause hypothetical or interrogative, not a commitment. */
export const HYPOTHETICAL = /\b(?:would|whether)\b/i;

/** Noun phrases that stand for a group named earlier ("The countries pledged …"). */
export const GROUP_SUBJECT =
  /\b(?:the|both|all)\s+(?:two\s+|three\s+|four\s+|\d+\s+)?(?:countries|nations|leaders|presidents|parties|sides|governments|allies|partners|members|signatories|ministers)\s*$/i;

/** Pronouns that refer to the actor of the previous commitment or the speaker's country. */
export const PRONOUN_SUBJECT = /\b(?<pronoun>we|it|they|he|she|i)\s*$/i;

/** Lead-ins whose following list lines are each a commitment of the lead-in's actor. */
export const LIST_LEAD_IN =
  /\b(?:committed|commit|pledged|pledge|agreed|agree|will|announced|announce|announces|includes?|outlines?|resolved|decided|intends?|plans?)\b[^:]{0,80}:\s*$/i;

/** Prepositions that introduce a recipient after the action. */
export const RECIPIENT_PREPOSITIONS = /\b(?:for|to|with|toward|towards)\s+$/i;

/** Prepositions that make a date in the clause a deadline. */
export const DEADLINE_PREPOSITIONS = /\b(?:by|before|until|till|no\s+later\s+than|within|in|from|starting|beginning|through)\s+$/i;
