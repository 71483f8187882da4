// Clause boundaries, coordinated actions, negation scope and conditions.
import nlp from 'compromise';
import type { ExtractorContext } from '../types.js';
import { tokensIn } from './spans.js';
import { alt, CONDITION, FUTURE_CONDITION, NEGATION, NEGATIVE_DETERMINERS, REPORTING_VERBS, SOURCE_NOUNS } from './lexicon.js';

const REPORTING = alt(REPORTING_VERBS);

/**
 * The clause holding the trigger starts after the last ; or : or opening quote before it, after a
 * conjunction that opens a new clause (", and", "while", "but"), after a complementizer ("that",
 * "which", "who"), or after a verb of saying that takes a bare clause ("South Korea says [the
 * broadcasts will continue]").
 */
const CLAUSE_START = new RegExp(
  String.raw`[;:“"]\s*|,\s+(?:and|but|while|whereas|as|because|although|so|yet)\s+|\b(?:that|which|who|whom|what|but|while|whereas)\s+(?=\S)|\b(?:${REPORTING})\s+(?=(?:the|a|an|its|their|his|her|it|they|he|she|we|I)\b|\p{Lu})`,
  'gu',
);

export function clauseStartBefore(text: string, sentenceStart: number, at: number): number {
  sentenceStart = Math.max(sentenceStart, at - MAX_CLAUSE);
  const region = text.slice(sentenceStart, at);
  const re = CLAUSE_START;
  re.lastIndex = 0;
  let start = sentenceStart;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    // Only cut where something follows that could be a subject.
    if (m.index + m[0].length < region.length) start = sentenceStart + m.index + m[0].length;
  }
  return start;
}

/** The longest clause read after a trigger, and the look-back before it, in characters. */
export const MAX_CLAUSE = 600;

// ", and will …" is tried at a comma or where white space starts, not inside a run of it (quadratic).
export const CLAUSE_END = new RegExp(
  String.raw`;|:\s|,\s+(?:and|but|while|whereas|although|even\s+if|according\s+to|which|who|where)\b|,\s+[a-z]+ing\s+(?:to|on|that)\b|(?:,|(?<!\s))\s+and\s+(?:will|would|shall|may|might|could|must|is|are|has|have)\b|,\s*["”]|["”]\s*,|,\s+(?:the\s+)?\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)*(?:\s+(?:${SOURCE_NOUNS}))?\s+(?:said|says|told|added)\b|\.\s+\p{Lu}`,
  'gu',
);

/**
 * The clause ends at ; or : or a new clause with its own subject (", and Frederiksen said", ", the
 * Pentagon said", ", agreeing to …"), a closing quote, or the sentence end. ", and" before a verb
 * continues the clause with a coordinated action (split later by coordinatedActions).
 */
export function clauseEndAfter(text: string, from: number, sentenceEnd: number, ctx?: ExtractorContext): number {
  // A clause is not longer than this; the bound keeps very long sentences linear.
  sentenceEnd = Math.min(sentenceEnd, from + MAX_CLAUSE);
  const region = text.slice(from, sentenceEnd);
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(region); m; m = CLAUSE_END.exec(region)) {
    if (ctx && /^,\s+and\s+$/.test(m[0] + ' ')) {
      const at = from + m.index + m[0].length;
      const word = /^\s*([a-z][a-z-]*)/.exec(text.slice(at, at + 30));
      if (word && isVerbWord(ctx, at + word[0].length - word[1].length, word[1])) continue;
    }
    return from + m.index;
  }
  return sentenceEnd;
}

const verbCache = new Map<string, boolean>();
/** wink-nlp tags the word a verb, or, when it says noun, compromise reads it as an infinitive ("and work with …"). */
export function isVerbWord(ctx: ExtractorContext, at: number, word: string, anyTag = false): boolean {
  const t = tokensIn(ctx, at, at + 1)[0];
  if (t?.pos === 'VERB') return true;
  if (t?.pos !== 'NOUN' && !anyTag) return false;
  return canBeVerb(word);
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
/** compromise's lexicon knows the word (its frame test below takes any unknown word for a verb: "they wigan with them"). */
export function knownWord(word: string): boolean {
  return LEXICON[word.toLowerCase()] !== undefined;
}

/** 'male' or 'female' for a given name compromise's lexicon knows as one ("Margaret", "Gordon"), else null. */
export function givenNameGender(word: string): 'male' | 'female' | null {
  const tag = LEXICON[word.toLowerCase()];
  return tag === 'MaleName' ? 'male' : tag === 'FemaleName' ? 'female' : null;
}

/** The word can be a verb in the base form, by compromise's lexicon ("they set with them"); cached per word. */
export function canBeVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (!verbCache.has(w)) {
    const tags = (nlp(`they ${w} with them`).json() as { terms: { tags: string[] }[] }[])[0]?.terms[1]?.tags ?? [];
    verbCache.set(w, tags.includes('Infinitive'));
  }
  return verbCache.get(w)!;
}

/**
 * Coordinated actions with different objects are separate commitments: "will respond decisively
 * and impose swift and severe costs", "will preserve X, defend Y, and meet Z". A verb after "and"
 * (or after a comma, for a series) starts a new action when it has the form of the head verb and
 * nothing in between governs it: not an infinitive ("work … to strengthen X and to deter"), not a
 * "by/including …-ing" phrase ("by helping Ukraine win the war and strengthening …"), not a
 * relative clause ("a just peace that respects …, and includes …"). "Build and maintain X" shares
 * its object and stays one. Returns the start of each action after the first.
 */
export function coordinatedActions(ctx: ExtractorContext, headStart: number, clauseEnd: number): number[] {
  const toks = tokensIn(ctx, headStart, clauseEnd);
  if (toks.length < 4) return [];
  let head = form(toks[0].lower);
  const out: number[] = [];
  let sinceHead = 0;
  let blocked = false;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    const prev2 = toks[i - 2];
    if (/^(?:that|which|who|whom|whose|where|when|if|unless|because|as|so)$/.test(t.lower)) blocked = true;
    if (t.lower === 'to' && toks[i + 1]?.pos === 'VERB') blocked = true;
    if (/^(?:by|including|through|while|without|after|before|via)$/.test(t.lower) && /ing$/.test(toks[i + 1]?.lower ?? '')) blocked = true;
    sinceHead++;
    if (blocked || sinceHead < 3) continue;
    const afterAnd = prev.lower === 'and' || prev.lower === 'or';
    const afterComma = prev.text === ',' && !afterAnd;
    if (!afterAnd && !afterComma) continue;
    if (t.pos !== 'VERB' && !(afterAnd && prev2?.text === ',' && isVerbWord(ctx, t.start, t.text))) continue;
    const f = form(t.lower);
    const next = toks[i + 1];
    // "and emerging security issues": an -ing word before a noun is a modifier, not a new action.
    const sameForm = f === head || (afterAnd && head === 'base' && f === 'ing' && !!next && !['NOUN', 'ADJ', 'PROPN'].includes(next.pos));
    if (!sameForm || (afterComma && f !== 'base')) continue;
    // The new verb has its own object ("and combat aircraft." is a noun).
    if (!next || next.pos === 'PUNCT') continue;
    out.push(afterAnd && prev2?.text === ',' ? t.start : t.start);
    head = f === 'ing' && head === 'base' ? 'base' : f;
    sinceHead = 0;
  }
  return out;
}

/** The form of a verb: -ing, -ed, third person -s, or the base form. */
function form(w: string): string {
  return /ing$/.test(w) ? 'ing' : /ed$/.test(w) ? 'ed' : /[^s]s$/.test(w) ? 's' : 'base';
}

/** "will not", "does not plan to", "has never", "no longer": a negation in the words right before the trigger. */
export function negatedBefore(text: string, clauseStart: number, tStart: number): boolean {
  const before = text.slice(Math.max(clauseStart, tStart - 40), tStart);
  const m = /(?:\b(?:not|never|no\s+longer)|n't)\s+(?:(?:\w+ly|also|yet|now|then|be|been|ever|even)\s+)*$/i.exec(before);
  return !!m;
}

/** A negative determiner opening the clause's subject ("No U.S. troops will be deployed", "Not a single soldier will …"). */
const NEGATIVE_SUBJECT = new RegExp(String.raw`^[\s“"(]*(?:${NEGATIVE_DETERMINERS})\s+(?!doubt\b|matter\b|wonder\b|longer\b|one\s+knows\b)[^,;:]*$`, 'i');

/** The subject between the clause start and the trigger is negated by its determiner: the commitment is a refusal. */
export function negativeSubject(text: string, clauseStart: number, tStart: number): boolean {
  return tStart - clauseStart <= 120 && NEGATIVE_SUBJECT.test(text.slice(clauseStart, tStart));
}

export { NEGATION };

/**
 * A condition in the sentence around the clause makes the commitment conditional ("will pay a
 * steeper price if it invades"; "if Russia invades, the United States will …"). "in response to"
 * counts only with a future modal ("will act firmly … in response to actions that harm us").
 */
export function isConditional(text: string, sentenceStart: number, clauseStart: number, clauseEnd: number, future: boolean): boolean {
  const region = text.slice(sentenceStart, clauseEnd);
  if (CONDITION.test(region)) {
    // A condition in an earlier, separate clause ("…; if …") does not bind this one.
    const m = CONDITION.exec(region)!;
    const at = sentenceStart + m.index;
    if (at >= clauseStart || !/[;]/.test(text.slice(at, clauseStart))) return true;
  }
  return future && FUTURE_CONDITION.test(text.slice(clauseStart, clauseEnd));
}
