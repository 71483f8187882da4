// The tense around a date mention, read from the sentence's tokens (wink-nlp gives universal POS
// tags without tense, so the forms themselves are read). It decides whether "Thursday" or "July"
// points back (past: "said Thursday") or forward (future: "will meet on Thursday").
//
// Each verb group yields one cue: future after will/shall/'ll/going to/is to/is due to; past for a
// past form (-ed or irregular) or a perfect (has/had + participle); nothing for present tense and
// modals. Words like "next"/"last" are cues of their own. The cue nearest to the mention wins.
import type { Token } from '../../types.js';
import {
  FUTURE_AUXILIARIES,
  FUTURE_BEFORE_TO,
  FUTURE_WORDS,
  IRREGULAR_PAST,
  MODALS,
  PAST_WORDS,
  PERFECT_AUXILIARIES,
  PRESENT_AUXILIARIES,
} from './lexicon.js';

export type Tense = 'past' | 'future' | 'none';

export interface TenseCue {
  start: number;
  end: number;
  tense: 'past' | 'future';
}

/** Participles that put "is …" in the future without "to": "is scheduled for Monday". */
const SCHEDULED = new Set(['scheduled', 'due', 'expected', 'slated', 'set', 'planned']);

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "'d"]);

function isPastForm(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const w = t.lower;
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/** Is the token at i a verb in its base form ("to meet", "to be")? */
function verbAt(tokens: Token[], i: number, end: number): boolean {
  return i < end && (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX');
}

/** Index after the verb group that starts at i (auxiliaries, adverbs, particles, up to the first main verb). */
function skipGroup(tokens: Token[], i: number, end: number): number {
  let j = i;
  while (j < end) {
    const p = tokens[j].pos;
    if (p === 'VERB') return j + 1;
    if (p !== 'AUX' && p !== 'ADV' && p !== 'PART') return j;
    j++;
  }
  return j;
}

/** Tense cues of the tokens [from, to). */
export function tenseCues(tokens: Token[], from: number, to: number): TenseCue[] {
  const cues: TenseCue[] = [];
  const cue = (t: Token, tense: 'past' | 'future'): void => {
    cues.push({ start: t.start, end: t.end, tense });
  };
  let i = from;
  while (i < to) {
    const t = tokens[i];
    const w = t.lower;
    if (FUTURE_AUXILIARIES.has(w) && (t.pos === 'AUX' || t.pos === 'VERB' || w === "'ll" || w === '’ll')) {
      cue(t, 'future');
      i = skipGroup(tokens, i + 1, to);
      continue;
    }
    if (MODALS.has(w) && t.pos === 'AUX') {
      i = skipGroup(tokens, i + 1, to);
      continue;
    }
    if (PRESENT_AUXILIARIES.has(w) && t.pos === 'AUX') {
      // "is to meet", "is due to", "are scheduled to", "is going to": future; otherwise present.
      // "is to meet", "is scheduled to close", "are expected to vote"
      let j = i + 1;
      while (j < to && tokens[j].pos === 'ADV') j++;
      const scheduled = j < to && SCHEDULED.has(tokens[j].lower);
      if (j < to && FUTURE_BEFORE_TO.has(tokens[j].lower)) j++;
      if ((j < to && tokens[j].lower === 'to' && verbAt(tokens, j + 1, to)) || scheduled) {
        cue(t, 'future'); // "is to meet", "is expected on Friday", "are scheduled for Monday"
        i = j + 1;
        continue;
      }
      i = skipGroup(tokens, i + 1, to);
      continue;
    }
    if ((PERFECT_AUXILIARIES.has(w) || PAST_AUXILIARIES.has(w)) && t.pos === 'AUX') {
      cue(t, 'past');
      i = skipGroup(tokens, i + 1, to);
      continue;
    }
    const n1 = tokens[i + 1];
    if (FUTURE_BEFORE_TO.has(w) && n1 && i + 1 < to && n1.lower === 'to' && verbAt(tokens, i + 2, to)) {
      cue(t, 'future'); // "set to resume", "plans to visit", "agreed to meet"
      i += 2;
      continue;
    }
    if (isPastForm(t)) cue(t, 'past');
    else if (FUTURE_WORDS.has(w) && !(n1 && n1.lower === 'to') && (w !== 'coming' || t.pos === 'ADJ')) cue(t, 'future');
    else if (PAST_WORDS.has(w)) cue(t, 'past');
    i++;
  }
  return cues;
}

/** The tense of the cue nearest to [start, end); a cue before the mention wins a tie. */
export function tenseNear(cues: TenseCue[], start: number, end: number): Tense {
  let best: Tense = 'none';
  let bestDistance = Infinity;
  for (const c of cues) {
    if (c.start >= start && c.end <= end) continue; // a word of the mention itself
    const d = c.end <= start ? start - c.end : c.start >= end ? c.start - end + 0.5 : 0;
    if (d < bestDistance) {
      bestDistance = d;
      best = c.tense;
    }
  }
  return best;
}
