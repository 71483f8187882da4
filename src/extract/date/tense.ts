// The tense around a date mention, read from the sentence's tokens (wink-nlp gives universal POS
// tags without tense, so the forms themselves are read). It decides whether "Thursday" or "July"
// points back (past: "said Thursday") or forward (future: "will meet on Thursday").
//
// Each verb group yields one cue: future after will/shall/'ll/would/going to/is to/is due to, and
// for plans ("planned for", "is scheduled to", "agreed to"); past for a past form (-ed or
// irregular) or a perfect (has/had + participle, "could have met"); present for a present verb
// ("meet separately Monday", "is heard in May") or a modal ("may soon seek"), reporting verbs
// (says, tells) aside. Words like
// "next"/"last" are cues of their own. The nearest cue in the mention's own clause wins (a clause
// ends at a comma, a semicolon, a colon, a quote or a bracket: "The deal, which had been announced,
// is part of a plan to cut debt by February" reads "plan to cut", not "had"); with none there, the
// nearest cue of the sentence. "and"/"but" end a clause too ("planned a march on Saturday and were
// hoping to block the port on Monday").
import type { Token } from '../../types.js';
import { countAtMost, countBelow } from '../../sorted.js';
import {
  FUTURE_AUXILIARIES,
  FUTURE_BEFORE_TO,
  FUTURE_WORDS,
  IRREGULAR_PAST,
  MODALS,
  PAST_WORDS,
  PERFECT_AUXILIARIES,
  DEFERRAL_VERBS,
  PAST_INTENT_BEFORE_TO,
  PRESENT_AUXILIARIES,
  REPORTING_PRESENT,
} from './lexicon.js';

export type Tense = 'past' | 'future' | 'present' | 'none';

export interface TenseCue {
  start: number;
  end: number;
  tense: 'past' | 'future' | 'present';
}

/** Participles that put "is …" in the future without "to": "is scheduled for Monday". */
const SCHEDULED = new Set(['scheduled', 'due', 'expected', 'slated', 'set', 'planned']);

/** Prepositions after a SCHEDULED participle that name the planned time ("planned for late May"). */
const SCHEDULED_FOR = new Set(['for', 'on', 'in', 'to', 'until', 'at']);

/** Plans that take their object directly: "has scheduled a briefing for Monday". */
const SCHEDULED_OBJECT = new Set(['scheduled', 'planned', 'slated']);

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "'d"]);

/** Tokens that end a clause for the purpose of finding its verb. */
const CLAUSE_BREAK = new Set([',', ';', ':', '"', '“', '”', '``', "''", '(', ')', '—', '--', '–']);

function isPastForm(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const w = t.lower;
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/** A finite present verb: "meet", "leaves" — not a participle, not after "to", not a reporting verb. */
function isPresentForm(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB') return false;
  const w = t.lower;
  if (w.endsWith('ing') || w.endsWith('ed') || IRREGULAR_PAST.has(w) || REPORTING_PRESENT.has(w)) return false;
  const prev = i > from ? tokens[i - 1] : null;
  // "to meet", "a televised address": no finite verb.
  if (prev && (prev.lower === 'to' || ['AUX', 'DET', 'ADP', 'ADJ', 'VERB', 'NUM'].includes(prev.pos))) return false;
  return true;
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

/** The main verb of the group that starts at i, or null. */
function mainVerb(tokens: Token[], i: number, end: number): number | null {
  const after = skipGroup(tokens, i, end);
  return after > i && tokens[after - 1].pos === 'VERB' ? after - 1 : null;
}

/** "planned for", "set to", "scheduled on": a plan, so the time named is ahead. */
function plannedAt(tokens: Token[], v: number | null, end: number): boolean {
  if (v === null || !SCHEDULED.has(tokens[v].lower)) return false;
  const w = tokens[v].lower;
  const next = v + 1 < end ? tokens[v + 1] : null;
  if (!next) return false;
  if (w === 'set') return next.lower === 'for'; // "a summit set for April", not "a record set on Aug. 6"
  return SCHEDULED_FOR.has(next.lower) || (SCHEDULED_OBJECT.has(w) && (next.pos === 'DET' || next.pos === 'NOUN'));
}

/** "postponed until Tuesday", "gave Merieux until mid-November": the new time is ahead. */
function deferredAt(tokens: Token[], v: number | null, end: number): boolean {
  if (v === null || !DEFERRAL_VERBS.has(tokens[v].lower)) return false;
  for (let j = v + 1; j < Math.min(end, v + 6); j++) {
    const w = tokens[j].lower;
    if (w === 'until' || w === 'till' || w === 'to') return true;
    if (CLAUSE_BREAK.has(tokens[j].text)) return false;
  }
  return false;
}

/** Tense cues of the tokens [from, to). */
export function tenseCues(tokens: Token[], from: number, to: number): TenseCue[] {
  const cues: TenseCue[] = [];
  const cue = (t: Token, tense: TenseCue['tense']): void => {
    cues.push({ start: t.start, end: t.end, tense });
  };
  // A verb group's cue spans it, so that the distance to a date is measured from its main verb
  // ("were forced to leave the talks in June but now they are back": "leave" is nearer).
  const groupCue = (first: Token, last: Token, tense: TenseCue['tense']): void => {
    cues.push({ start: first.start, end: Math.max(first.end, last.end), tense });
  };
  let i = from;
  while (i < to) {
    const t = tokens[i];
    const w = t.lower;
    if (CLAUSE_BREAK.has(t.text) || t.pos === 'CCONJ') {
      cues.push({ start: t.start, end: t.end, tense: BREAK });
      i++;
      continue;
    }
    if (FUTURE_AUXILIARIES.has(w) && (t.pos === 'AUX' || t.pos === 'VERB' || w === "'ll" || w === '’ll')) {
      i = skipGroup(tokens, i + 1, to);
      groupCue(t, tokens[i - 1], 'future');
      continue;
    }
    if (w === 'would' && t.pos === 'AUX') {
      // "would be held on April 24": the future of a reported plan; "would have" looks back.
      const n = i + 1 < to ? tokens[i + 1].lower : '';
      const first = t;
      i = skipGroup(tokens, i + 1, to);
      if (n !== 'have' && n !== "'ve" && n !== '’ve') groupCue(first, tokens[i - 1], 'future');
      continue;
    }
    if (MODALS.has(w) && t.pos === 'AUX') {
      // "may soon seek", "could meet Monday": not past; "could have met" is.
      const n = i + 1 < to ? tokens[i + 1].lower : '';
      const first = t;
      i = skipGroup(tokens, i + 1, to);
      // "could" is also the past of "can" ("could not be located Wednesday"): no cue of its own.
      if (n === 'have' || n === "'ve" || n === '’ve') groupCue(first, tokens[i - 1], 'past');
      else if (first.lower !== 'could') groupCue(first, tokens[i - 1], 'present');
      continue;
    }
    if (PRESENT_AUXILIARIES.has(w) && t.pos === 'AUX') {
      // "is to meet", "is due to", "are scheduled to", "is going to", "is expected on Friday": future;
      // "is traveling to Kenya on Tuesday": the present progressive of a plan; otherwise present.
      let j = i + 1;
      while (j < to && tokens[j].pos === 'ADV') j++;
      const scheduled = j < to && SCHEDULED.has(tokens[j].lower);
      if (j < to && FUTURE_BEFORE_TO.has(tokens[j].lower)) j++;
      if ((j < to && tokens[j].lower === 'to' && verbAt(tokens, j + 1, to)) || scheduled) {
        cue(t, 'future');
        i = j + 1;
        continue;
      }
      i = skipGroup(tokens, i + 1, to);
      groupCue(t, tokens[i - 1], 'present');
      continue;
    }
    if ((PERFECT_AUXILIARIES.has(w) || PAST_AUXILIARIES.has(w)) && t.pos === 'AUX') {
      // "has scheduled a briefing Monday", "was planned for late May": a plan ahead;
      // "had been due to end on Friday" is a plan of the past.
      const v = mainVerb(tokens, i + 1, to);
      i = skipGroup(tokens, i + 1, to);
      groupCue(t, tokens[i - 1], w !== 'had' && w !== "'d" && (plannedAt(tokens, v, to) || deferredAt(tokens, v, to)) ? 'future' : 'past');
      // "has decided to admit them in March" looks ahead; "had been scheduled to close Monday" is a past plan.
      const pastPerfect = w === 'had' || w === "'d";
      if (!pastPerfect && v !== null && (PAST_INTENT_BEFORE_TO.has(tokens[v].lower) || FUTURE_BEFORE_TO.has(tokens[v].lower)) && i + 1 < to && tokens[i].lower === 'to' && verbAt(tokens, i + 1, to)) {
        cue(tokens[i + 1], 'future'); // "has decided to admit them in early March"
        i += 2;
      } else if (pastPerfect && i + 2 < to && FUTURE_BEFORE_TO.has(tokens[i].lower) && tokens[i + 1].lower === 'to' && verbAt(tokens, i + 2, to)) {
        i += 3; // "had been due to end on Friday": the plan and its time are past
      }
      continue;
    }
    const n1 = tokens[i + 1];
    if (FUTURE_BEFORE_TO.has(w) && n1 && i + 1 < to && n1.lower === 'to' && verbAt(tokens, i + 2, to)) {
      cue(t, 'future'); // "set to resume", "plans to visit", "a plan to cut debt"
      i += 3;
      continue;
    }
    if (PAST_INTENT_BEFORE_TO.has(w) && n1 && i + 1 < to && n1.lower === 'to' && verbAt(tokens, i + 2, to)) {
      cue(t, 'past'); // "In July, the G7 agreed to offer …": the agreeing is past
      cue(tokens[i + 2], 'future'); // "… agreed to withdraw by March": the withdrawing is ahead
      i += 3;
      continue;
    }
    const afterTo = i > from && tokens[i - 1].lower === 'to';
    if (plannedAt(tokens, i, to) || deferredAt(tokens, i, to)) cue(t, 'future'); // "a summit set for April", "postponed until Tuesday"
    else if (isPastForm(t) && !afterTo) cue(t, 'past'); // "to cut", "to set": base forms
    else if (FUTURE_WORDS.has(w) && !(n1 && n1.lower === 'to') && (w !== 'coming' || t.pos === 'ADJ')) cue(t, 'future');
    else if (PAST_WORDS.has(w)) cue(t, 'past');
    else if (isPresentForm(tokens, i, from)) cue(t, 'present');
    i++;
  }
  return cues;
}

/** A clause boundary among the cues (not a tense). */
const BREAK = 'break' as unknown as TenseCue['tense'];

/**
 * The tense of the cue nearest to [start, end) in the mention's clause, else in the sentence; a cue
 * before the mention wins a tie.
 */
export function tenseNear(cues: TenseCue[], start: number, end: number): Tense {
  if (cues.length <= 32) return tenseNearScan(cues, start, end);
  let index = INDEXES.get(cues);
  if (index === undefined) {
    index = indexCues(cues);
    INDEXES.set(cues, index);
  }
  return index ? tenseNearIndexed(index, start, end) : tenseNearScan(cues, start, end);
}

/** `tenseNear` by a scan of all the cues: the definition (and the way for a few cues). */
export function tenseNearScan(cues: TenseCue[], start: number, end: number): Tense {
  let lo = -Infinity;
  let hi = Infinity;
  for (const c of cues) {
    if (c.tense !== BREAK) continue;
    if (c.end <= start) lo = Math.max(lo, c.end);
    else if (c.start >= end) hi = Math.min(hi, c.start);
  }
  const inClause = nearest(cues, start, end, (c) => c.start >= lo && c.end <= hi);
  if (inClause !== 'none') return inClause;
  // Outside its clause, a date goes with the verb before it ("agreed to admit Sweden, Finland and
  // Norway in late May, a diplomat said"), else with the one after it ("On Tuesday, the ministers met").
  const before = nearest(cues, start, end, (c) => c.end <= start);
  return before !== 'none' ? before : nearest(cues, start, end, () => true);
}

function nearest(cues: TenseCue[], start: number, end: number, ok: (c: TenseCue) => boolean): Tense {
  let best: Tense = 'none';
  let bestDistance = Infinity;
  for (const c of cues) {
    if (c.tense === BREAK || !ok(c)) continue;
    if (c.start >= start && c.end <= end) continue; // a word of the mention itself
    // A date goes with the verb before it more often than with the one after ("dismissed a protest
    // from the embassy on Monday that talks might …"): a cue after counts twice as far.
    const d = c.end <= start ? start - c.end : c.start >= end ? 2 * (c.start - end) + 0.5 : 0;
    if (d < bestDistance) {
      bestDistance = d;
      best = c.tense;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// The same answer by binary search, for the long sentences where a scan per mention was quadratic
// ("will meet Friday will meet Friday …"). Cues come in text order without overlapping (one per
// token or verb group), so their starts and their ends both rise: the cues wholly before a mention
// are a prefix, those wholly after it a suffix, and distance only grows away from the mention.

interface CueIndex {
  breakStarts: number[];
  breakEnds: number[];
  /** The tense cues (no breaks), in order. */
  cues: TenseCue[];
  starts: number[];
  ends: number[];
}

const INDEXES = new WeakMap<TenseCue[], CueIndex | null>();

/** The index of the cues, or null when they are not in order without overlaps (then they are scanned). */
function indexCues(all: TenseCue[]): CueIndex | null {
  for (let k = 0; k < all.length; k++) {
    if (all[k].end < all[k].start || (k > 0 && all[k - 1].end > all[k].start)) return null;
  }
  const breaks = all.filter((c) => c.tense === BREAK);
  const cues = all.filter((c) => c.tense !== BREAK);
  return {
    breakStarts: breaks.map((c) => c.start),
    breakEnds: breaks.map((c) => c.end),
    cues,
    starts: cues.map((c) => c.start),
    ends: cues.map((c) => c.end),
  };
}

function tenseNearIndexed(ix: CueIndex, start: number, end: number): Tense {
  // The clause: after the last break that ends by `start`, before the first that starts from `end`.
  const b = countAtMost(ix.breakEnds, start);
  const lo = b > 0 ? ix.breakEnds[b - 1] : -Infinity;
  const a = countBelow(ix.breakStarts, end);
  const hi = a < ix.breakStarts.length ? ix.breakStarts[a] : Infinity;
  const inClause = nearestIndexed(ix, start, end, lo, hi);
  if (inClause !== 'none') return inClause;
  const before = nearestIndexed(ix, start, end, -Infinity, start);
  return before !== 'none' ? before : nearestIndexed(ix, start, end, -Infinity, Infinity);
}

/** `nearest` for the cues with start ≥ lo and end ≤ hi. */
function nearestIndexed(ix: CueIndex, start: number, end: number, lo: number, hi: number): Tense {
  const { cues } = ix;
  const inside = (c: TenseCue): boolean => c.start >= start && c.end <= end;
  const p = countAtMost(ix.ends, start); // cues [0, p) end by `start`
  const q = countBelow(ix.starts, end); // cues [q, n) start from `end`
  let best = -1;
  let bestDistance = Infinity;
  // Before: the nearest end by `start`; of equal ends, the first. Their starts fall going back, so
  // once one starts before `lo` so do all before it (their ends are all by `start` ≤ hi).
  for (let k = p - 1; k >= 0; k--) {
    const c = cues[k];
    if (c.start < lo) break;
    if (inside(c)) continue;
    const d = start - c.end;
    if (best >= 0 && d > bestDistance) break;
    best = k;
    bestDistance = d;
  }
  // Overlapping the mention: distance 0, the first wins.
  for (let k = p; k < q; k++) {
    const c = cues[k];
    if (c.start < lo || c.end > hi || inside(c)) continue;
    if (0 < bestDistance) {
      best = k;
      bestDistance = 0;
    }
    break;
  }
  // After: the first that starts from `end` (ends rise, so past `hi` none is left).
  for (let k = q; k < cues.length; k++) {
    const c = cues[k];
    if (c.end > hi) break;
    if (inside(c)) continue;
    if (2 * (c.start - end) + 0.5 < bestDistance) best = k;
    break;
  }
  return best >= 0 ? cues[best].tense : 'none';
}
