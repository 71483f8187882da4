// Word lists the commitment rules read (./cues.ts holds the triggers, ./actor.ts the actor rules).
// General English and diplomatic vocabulary, not phrases of any one document: each list says what
// role a word plays in finding who commits to what.

/** Builds a case-insensitive alternation from a word list (longest first, so "stands by" beats "stands"). */
export function alt(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/**
 * Head nouns that can act: after a country adjective or possessive they make the country the actor
 * ("the American people will", "Danish security cooperation will", "Denmark's security pledges
 * will"); "a Russian invasion would" is an event, not an actor.
 */
export const AGENT_HEADS = new Set([
  'people', 'government', 'governments', 'administration', 'authorities', 'officials', 'official', 'president', 'presidency',
  'minister', 'ministers', 'ministry', 'leader', 'leaders', 'leadership', 'military', 'militaries', 'army', 'armies', 'navy',
  'forces', 'force', 'troops', 'delegation', 'delegations', 'side', 'diplomats', 'parliament', 'lawmakers', 'legislature',
  'cabinet', 'state', 'nation', 'cooperation', 'defence', 'defense', 'pledges', 'pledge', 'commitment', 'commitments',
  'support', 'assistance', 'aid', 'contribution', 'contributions', 'guarantees', 'guarantee', 'presence', 'partners', 'allies',
  'coalition', 'command', 'commanders', 'embassy', 'mission', 'team', 'teams', 'negotiators', 'envoy', 'spokesperson',
  'spokesman', 'spokeswoman', 'agency', 'department', 'office', 'regime', 'junta', 'party', 'congress', 'senate', 'nations',
  'countries', 'members', 'states', 'governments', 'group', 'alliance', 'union', 'bloc', 'council',
]);

/**
 * Nouns for the instruments of a policy that is being announced: a clause whose subject is one of
 * them ("The assistance will take the form of …", "These new capabilities include …", "the
 * broadcasts will continue") commits whoever provides it — the actor announced just before, or
 * the one who says so.
 */
export const INSTRUMENT_NOUNS = new Set([
  'assistance', 'aid', 'package', 'packages', 'tranche', 'funding', 'funds', 'capabilities', 'equipment', 'weapons', 'support',
  'sanctions', 'measures', 'deployment', 'deployments', 'exercises', 'drills', 'patrols', 'broadcasts', 'operations', 'operation',
  'talks', 'negotiations', 'deliveries', 'shipments', 'loan', 'loans', 'grant', 'grants', 'investment', 'investments', 'programme',
  'program', 'initiative', 'mission', 'troops', 'forces', 'contribution', 'transfers', 'transfer',
]);

/** Words before an instrument noun that make it a report of the past, not an announcement ("previous assistance"). */
export const PAST_INSTRUMENT = /\b(?:previous|prior|earlier|past|former|last|already|existing|ongoing)\b/i;

/**
 * Documents that bind their parties: as a subject they commit their parties ("The declaration
 * affirms support for …", "It outlines cooperation on:"), but "it will secure the interests of
 * both" is a forecast, so they only take the document-content triggers.
 */
export const DOCUMENT_NOUNS = new Set([
  'declaration', 'agreement', 'statement', 'communiqué', 'communique', 'treaty', 'accord', 'memorandum', 'pact', 'charter',
  'resolution', 'plan', 'framework', 'roadmap', 'annex', 'protocol', 'joint statement',
]);

/** Nouns that stand for the group of parties named earlier ("The two presidents agreed …"). */
export const GROUP_NOUNS = [
  'countries', 'nations', 'leaders', 'presidents', 'prime ministers', 'parties', 'sides', 'governments', 'allies', 'partners',
  'members', 'signatories', 'ministers', 'foreign ministers', 'defence ministers', 'defense ministers', 'delegations', 'states',
];

/** A group noun phrase in subject position. */
const GROUP_NP = new RegExp(
  String.raw`^(?:(?:the|both|all)\s+(?:(?:two|three|four|five|six|seven|\d+)\s+)?|(?:two|three|four|five|six|seven|\d+)\s+)(?:${alt(GROUP_NOUNS)})$`,
  'i',
);
/** Capitalized bare plurals in official texts ("Allies will agree …", "Leaders will endorse …"). */
const GROUP_BARE = /^(?:Allies|Leaders|Partners|Members|Signatories)$/;
export const GROUP_SUBJECT = { test: (np: string): boolean => GROUP_NP.test(np) || GROUP_BARE.test(np) };

/**
 * Verbs that state a commitment held by someone ("reaffirmed … support for", "underscore the
 * United States' commitment to", "expressed their determination to"). A commitment noun after one
 * of them is a commitment even without a named possessor.
 */
export const STATEMENT_VERBS = [
  'affirm', 'affirms', 'affirmed', 'affirming', 'reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming', 'reiterate', 'reiterates',
  'reiterated', 'reiterating', 'restate', 'restates', 'restated', 'confirm', 'confirms', 'confirmed', 'confirming', 'underscore',
  'underscores', 'underscored', 'underscoring', 'underline', 'underlines', 'underlined', 'stress', 'stresses', 'stressed',
  'stressing', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasised', 'express', 'expresses',
  'expressed', 'expressing', 'voice', 'voiced', 'pledge', 'pledged', 'pledges', 'announce', 'announced', 'announces', 'signal',
  'signaled', 'signalled', 'demonstrate', 'demonstrated', 'declare', 'declared', 'discuss', 'discussed', 'discussing', 'welcome',
  'welcomes', 'welcomed', 'highlight', 'highlighted', 'renew', 'renewed', 'renews', 'offer', 'offered', 'offers', 'make', 'made',
  'made clear', 'reinforce', 'reinforced',
];

/**
 * Verbs that introduce reported speech. "would" after one of them is the future of the reported
 * statement ("North Korea stated it would attack …"); without one it is the writer's hypothetical.
 */
export const REPORTING_VERBS = [
  'said', 'says', 'say', 'stated', 'states', 'told', 'tells', 'announced', 'announces', 'warned', 'warns', 'made clear',
  'makes clear', 'was clear', 'were clear', 'is clear', 'assured', 'assures', 'indicated', 'indicates', 'agreed', 'agree', 'agrees',
  'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'confirmed', 'confirms', 'reiterated', 'reiterates', 'stressed',
  'insisted', 'declared', 'declares', 'added', 'noted', 'emphasized', 'emphasised', 'signaled', 'signalled', 'threatened',
  'decided', 'decides', 'affirmed', 'reaffirmed', 'explained', 'replied', 'responded', 'wrote', 'tweeted', 'underscored',
];

/** Verbs of thinking: "he thought he could divide Europe" is a belief, not a commitment. */
export const COGNITION_VERBS = /\b(?:thought|believed|hoped|feared|expected|assumed|wondered|imagined|calculated|suspected|think|thinks|believe|believes|hope|hopes|fear|fears|expect|expects)\b/i;

/** Verbs that take a "that" clause of knowing or judging ("might conclude that …", "will find that …"): no act then. */
export const JUDGING_VERBS = new Set(['conclude', 'realize', 'realise', 'discover', 'find', 'notice', 'accept', 'admit', 'acknowledge', 'recognize', 'recognise', 'learn', 'see', 'show', 'prove']);

/** Verbs after a modal that are not an action of the actor ("will be", "may have"). */
export const NON_ACTION_VERBS = new Set([
  'be', 'have', 'has', 'had', 'been', 'become', 'seem', 'appear', 'need', 'likely', 'probably', 'also', 'include', 'includes',
  'happen', 'get', 'cost', 'say', 'tell', 'know', 'think', 'believe', 'hope', 'want', 'like', 'mean', 'feel', 'see',
  'not', 'never', 'the', 'a', 'an', 'to', 'lead', 'result', 'affect', 'depend', 'face', 'suffer', 'lose', 'fail', 'expire',
  'come', 'go', 'find', 'look', 'wonder', 'prove', 'turn', 'fall', 'rise', 'grow', 'decline', 'exist', 'matter', 'depend',
  'comment', 'predict', 'remember', 'afford', 'recall', 'imagine', 'understand', 'explain', 'speculate', 'guess', 'tell', 'argue',
  'bet', 'wager', 'reckon', 'suppose', 'miss', 'prefer', 'receive',
]);

/**
 * Passives of grounding: what a policy rests on or is steered by ("will be guided by the following
 * principles", "will be based on national interest") describes it; it names no act. A place after
 * "based on" is a deployment ("troops will be based on the island", "on Bornholm"), and ships
 * "anchored in the bay" are deployed, so neither is read as grounding.
 */
export const GROUNDING_PASSIVE =
  /^(?:(?:guided|governed|informed|inspired|driven|shaped|determined|dictated|underpinned)\s+by|(?:based|founded|premised)\s+(?:up)?on\s+(?!(?:(?:the|a|an)\s+)?(?:\p{Lu}|(?:island|islands|ship|ships|vessels?|soil|territory|coast|border|carriers?|bases?|land|ground|board|site|sites|frontier|flank|peninsula)\b))|(?:rooted|grounded)\s+in)\b/u;

/**
 * Passives of perceiving, judging or needing: "will be seen as a blow", "will be needed for decades"
 * report how something is regarded, not what someone will do.
 */
export const NON_ACTION_PARTICIPLES = new Set([
  'seen', 'regarded', 'viewed', 'considered', 'expected', 'known', 'remembered', 'perceived', 'judged', 'thought', 'believed',
  'deemed', 'needed', 'required', 'revealed', 'disclosed', 'asked', 'told', 'affected', 'hit', 'welcomed', 'criticised',
  'criticized', 'described', 'called', 'reported', 'named', 'felt', 'faced', 'found', 'hoped', 'feared', 'watched', 'missed',
  'forgotten', 'judged', 'tested', 'challenged', 'blamed', 'accused', 'elected', 'defeated', 'born', 'killed', 'injured',
  'experienced', 'justified', 'understood', 'surprised', 'disappointed', 'pleased', 'concerned', 'worried', 'interested',
  // What will happen to someone (a forecast), not what someone will do: "will be isolated", "will be
  // damaged", "will be decided by a few seats".
  'horrified', 'delighted', 'shocked', 'appalled', 'alarmed', 'isolated', 'damaged', 'harmed', 'hurt', 'pushed', 'battered',
  'decided', 'dominated', 'overshadowed', 'squeezed', 'undermined', 'weakened', 'threatened', 'wasted', 'lost', 'doomed',
  'sidelined',
]);

/**
 * Objects of "offer" or "propose" that express a feeling or a view, not a future act: "offered his
 * congratulations", "offered no comment", "proposed a toast".
 */
export const EXPRESSIVE_OBJECTS = [
  'congratulations', 'condolences', 'thanks', 'sympathy', 'sympathies', 'apology', 'apologies', 'prayers', 'wishes', 'greetings',
  'regrets', 'resignation', 'praise', 'tribute', 'view', 'views', 'opinion', 'opinions', 'comment', 'comments', 'explanation',
  'excuse', 'excuses', 'toast', 'glimpse', 'reassurance', 'reassurances',
];

/**
 * A row of a results or figures table: three numbers in a row ("Stoke 4 3 1 0 7 4 10", "Net 415
 * million 490 million 412 million"), or a score line "Name N Name N" ("Bury 4 Bristol City 0"). No
 * programme line of the author's ("Stoke", "Net", "Bury" read as verbs).
 */
export const TABLE_ROW =
  /(?:^|\s)\d[\d.,:]*\s+(?:(?:million|billion|pct)\s+)?\d[\d.,:]*\s+(?:(?:million|billion|pct)\s+)?\d|^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*\s+\d+\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*\s+\d+\b/u;

/** Nouns after a country that make it the source of a statement ("the Polish government said"). */
export const SOURCE_NOUNS = String.raw`government|ministry|authorities|officials?|spokes(?:man|woman|person)`;

/** Determiners that negate a noun phrase ("No U.S. troops", "Not a single soldier", "None of the funds"). */
export const NEGATIVE_DETERMINERS = String.raw`no|not\s+(?:a\s+single|one|any)|none\s+of|neither(?:\s+of)?`;

/** Words that report someone's speech: a line holding them is no programme line of the author's. */
export const SPEECH_REPORT = /\b(?:said|says|told|tells|stated|added|claimed|insisted|argued|warned|according\s+to)\b/i;

/** Verbs of saying after "refused to": declining to comment is no refusal of a policy. */
export const SAYING_VERBS = /^(?:say|comment|discuss|confirm|deny|answer|reveal|disclose|speculate|elaborate|name|specify|give|explain|respond|talk|speak|identify|release|divulge|detail|be\s+drawn)$/i;

/**
 * Verbs of effort or attitude rather than of a checkable act ("will strengthen", "will encourage",
 * "will focus on"), of manner ("will adopt an approach", "will work for", "will do everything") or of
 * an outcome without the act that reaches it ("will ensure"). With a named actor they still commit
 * someone ("The United States will bolster Ukraine's security"); without one, and without a number,
 * a date or a programme named in quotes to check, they commit no one to anything, so an actor-less
 * commitment needs a concrete verb (set up, enact, double, abolish …). Verbs of pace ("accelerate",
 * "speed up", "expedite", "sustain") quicken or keep up what is under way, as "intensify" does.
 */
export const EFFORT_VERBS = new Set([
  'encourage', 'strengthen', 'promote', 'review', 'continue', 'develop', 'enhance', 'address', 'focus', 'pursue', 'protect',
  'empower', 'use', 'support', 'strive', 'take', 'give', 'foster', 'nurture', 'consider', 'examine',
  'explore', 'study', 'look', 'emphasize', 'emphasise', 'prioritize', 'prioritise', 'accord', 'pay', 'motivate', 'sensitize',
  'sensitise', 'respect', 'recognize', 'recognise', 'safeguard', 'maintain', 'preserve', 'help', 'assist', 'revitalize',
  'revitalise', 'try', 'seek', 'aim', 'facilitate', 'improve', 'deal', 'tackle', 'care', 'attend', 'follow', 'act', 'move', 'keep',
  'remain', 'stand', 'stay', 'play', 'treat', 'evolve', 'rationalize', 'rationalise', 'harness',
  'ensure', 'endeavour', 'endeavor', 'engage', 'intensify', 'work', 'do', 'adopt', 'enforce', 'accelerate',
  'sustain', 'speed', 'expedite',
]);

/**
 * Heads of noun phrases that name an unnamed institution ("The Commission will subsume …", "The
 * Government will …"): an agent, kept with actor null when the text names it no further.
 */
export const INSTITUTION_HEADS = new Set([
  'commission', 'board', 'authority', 'committee', 'council', 'agency', 'fund', 'ministry', 'department', 'corporation', 'bank',
  'party', 'government', 'administration', 'parliament', 'assembly', 'court', 'tribunal', 'regulator', 'body', 'centre', 'center',
  'institute', 'cell', 'forum', 'secretariat', 'directorate', 'bureau', 'office', 'task force', 'mission',
]);

/** Subordinators that open a fronted adverbial clause ("As Russia prepares …, the United States will …"). */
export const SUBORDINATORS = /^(?:as|if|when|whenever|while|whilst|although|though|because|since|after|before|until|unless|once|whereas|where)\b/i;

/** Openers of a comma segment that is a parenthesis, not the subject ("Denmark, together with the Nordics, was"). */
export const PARENTHETICAL = /^(?:together\s+with|along\s+with|as\s+well\s+as|including|in\s+(?:close\s+|full\s+)?coordination\s+with|like|such\s+as|alongside|in\s+turn|however|too|also|again|for\s+(?:its|their|his|her|our)\s+part)\b/i;

/** Prepositions and verbs that govern a following name, which then is no subject ("approached Denmark", "in Ukraine"). */
export const GOVERNORS =
  /\b(?:in|on|at|to|for|with|from|by|of|against|between|about|into|than|toward|towards|as|over|under|after|before|without|within|across|through|during|via|per|like|approached|met|called|urged|told|asked|and|congratulate|congratulated|welcome|welcomed|thank|thanked|encourage|encouraged|help|helping|having|against|support|supports|supporting)\s+(?:the\s+|a\s+|an\s+)?$/i;

/** Personal pronouns in subject position. */
export const SUBJECT_PRONOUNS = /^(?:we|i|it|they|he|she)$/i;

/** Condition cues that make a commitment conditional ("will pay a steeper price if it invades"). */
export const CONDITION = /(?<!\beven\s)(?<!\bas\s)(?<!\b(?:ask|asks|asked|wonder|wondered|see|know|decide|decided)\s)\b(?:if|unless|in\s+the\s+event\s+(?:of|that)|in\s+case\s+of|provided\s+that|on\s+condition\s+that|should\s+(?:Russia|China|Iran|it|they|the\s+\w+)\s+\w+)\b/i;

/** Conditions that only count with a future modal in the clause ("will act … in response to actions that harm us"). */
export const FUTURE_CONDITION = /\bin\s+response\s+to\b/i;

/** Negation in the auxiliary chain right before a trigger ("will not", "does not plan to", "no longer"). */
export const NEGATION = /\b(?:not|never|no\s+longer|n't)\b|n't\b/i;

/**
 * Government bodies that act for their country: an actor named so is the country ("The U.S.
 * Government will …" → US; "the Biden Administration will …" → US). Legislatures, armed forces and
 * agencies keep their own name.
 */
export const GOVERNMENT_BODY = /^(?:.*\b(?:government|administration|cabinet|white\s+house|kremlin|élysée|elysee|presidential\s+office|office\s+of\s+the\s+(?:president|prime\s+minister))\b.*)$/i;

/** Roles of international organizations: their holders do not speak for the publisher's country. */
export const INTERNATIONAL_ROLE = /\b(?:secretary[\s-]general|high\s+representative|commissioner|secretary\s+of\s+the\s+un|director[\s-]general|special\s+(?:envoy|representative)\s+of\s+the\s+un)\b/i;

/**
 * Official publishers: a text from one of these sites speaks for that country's government, so
 * "we", "I" in a statement, "my Administration" and the officials it names without a country are
 * that country. Matched against the host of the document's url and its source.
 */
export const PUBLISHERS: { id: string; host: RegExp; country: string; reason: string }[] = [
  { id: 'us-white-house', host: /(?:^|\.)(?:\w*whitehouse\.(?:archives\.)?gov|whitehouse\.gov)$|\bwhite house\b/i, country: 'US', reason: 'The White House speaks for the United States' },
  { id: 'us-departments', host: /(?:^|\.)(?:state|defense|treasury|commerce|dhs|justice)\.gov$/i, country: 'US', reason: 'U.S. executive departments' },
  { id: 'gb-gov', host: /(?:^|\.)(?:gov\.uk|number10\.gov\.uk)$/i, country: 'GB', reason: 'UK government' },
  { id: 'ru-kremlin', host: /(?:^|\.)(?:kremlin\.ru|mid\.ru|government\.ru)$/i, country: 'RU', reason: 'Russian presidency and government' },
  { id: 'ua-president', host: /(?:^|\.)(?:president\.gov\.ua|mfa\.gov\.ua|mod\.gov\.ua|kmu\.gov\.ua)$/i, country: 'UA', reason: 'Ukrainian presidency and ministries' },
  { id: 'fr-elysee', host: /(?:^|\.)(?:elysee\.fr|diplomatie\.gouv\.fr|gouvernement\.fr)$/i, country: 'FR', reason: 'French presidency and government' },
  { id: 'de-government', host: /(?:^|\.)(?:bundesregierung\.de|auswaertiges-amt\.de|bmvg\.de)$/i, country: 'DE', reason: 'German government' },
  { id: 'dk-government', host: /(?:^|\.)(?:um\.dk|fmn\.dk|stm\.dk|regeringen\.dk)$/i, country: 'DK', reason: 'Danish government' },
  { id: 'jp-government', host: /(?:^|\.)(?:kantei\.go\.jp|mofa\.go\.jp|mod\.go\.jp)$/i, country: 'JP', reason: 'Japanese government' },
  { id: 'ca-government', host: /(?:^|\.)(?:pm\.gc\.ca|canada\.ca)$/i, country: 'CA', reason: 'Canadian government' },
  { id: 'au-government', host: /(?:^|\.)(?:pm\.gov\.au|dfat\.gov\.au|defence\.gov\.au)$/i, country: 'AU', reason: 'Australian government' },
];
