// What is committed: the action phrase, its recipient and its deadline.
import nlp from 'compromise';
import type { Commitment, DateMention, EntityRef } from '../../types.js';
import type { Mention } from './actor.js';
import { DEADLINE_PREPOSITIONS, RECIPIENT_PREPOSITIONS } from './cues.js';
import { NEGATIVE_DETERMINERS } from './lexicon.js';
import { within } from './spans.js';
import { isWhiteSpace } from '../../chars.js';

const MAX_ACTION_WORDS = 10;

// Regexes anchored at the end ("…$") are tried from every position; one that opens with \s+ would
// rescan a long run of white space from each of its characters (quadratic). "(?<!\s)" starts them
// only where a run starts, which is where their leftmost match starts anyway: same matches.

/** A deadline preposition the action was cut before ("… by"). */
export const TRAILING_PREPOSITION = /(?<!\s)\s+(?:by|before|until|within|in)\s*$/i;
/** "… will not be allowed either": the adverb and what follows leave the action. */
export const TRAILING_ADVERB = /(?<!\s)\s+(?:either|too|also|anymore|any\s+longer)\b.*$/i;

/** The first date in the clause after a deadline preposition ("by end of 2024", "within 48 hours"). */
export function deadlineIn(dates: DateMention[], from: number, to: number, text: string): Commitment['deadline'] {
  // Only the dates inside [from, to), found by binary search (dates are sorted by start).
  for (const d of within(dates, from, to)) {
    const lead = text.slice(Math.max(0, d.start - 20), d.start);
    // "for the first time in seven years" looks back, it sets no deadline.
    if (/\btime\s+in\s+$|\bin\s+(?:the\s+)?(?:past|last)\s+$/i.test(lead)) continue;
    if (DEADLINE_PREPOSITIONS.test(lead) && (d.type === 'DATE' || d.type === 'DURATION') && !/_REF$/.test(d.value)) {
      return { value: d.value, mod: d.mod, text: d.text, start: d.start, end: d.end };
    }
  }
  return null;
}

/** The first party after "for", "to", "with" in the action that is not the actor ("for Ukraine", "to Kyiv"). */
export function recipientIn(text: string, mentions: Mention[], from: number, to: number, actor: EntityRef | null): EntityRef | null {
  // Only the mentions inside [from, to), found by binary search (mentions are sorted by start).
  for (const m of within(mentions, from, to)) {
    if (m.ref.key === actor?.key) continue;
    if (actor?.members?.some((x) => x.key === m.ref.key)) continue;
    const lead = text.slice(Math.max(from, m.start - 14), m.start).replace(/\b(?:the|President|Prime Minister|people of)\s+$/i, '');
    if (RECIPIENT_PREPOSITIONS.test(lead)) return m.ref;
    // "provide Ukraine with …", "offer Ukraine long-term …": a party right after the verb.
    if (/^\s*\S+\s+$/.test(text.slice(from, m.start)) && /^(?:provide|offer|give|send|grant|supply|assure|help|equip|arm)/i.test(text.slice(from, m.start).trim())) return m.ref;
  }
  return null;
}

/**
 * The action: the verb's base form and what follows it, up to the clause end or the deadline,
 * at most ten words ("provide Ukraine with additional air defense systems").
 */
export function actionPhrase(text: string, verbStart: number, stop: number, verb = ''): string {
  const first = verb || (/^[\p{L}-]+/u.exec(text.slice(verbStart, stop))?.[0] ?? '');
  const rest = text.slice(verbStart + first.length, stop).replace(TRAILING_PREPOSITION, '');
  return tidy(`${baseForm(first)}${rest}`);
}

/** A negative determiner, which the polarity carries ("No U.S. troops will be deployed" → "deploy U.S. troops", negative). */
const NEGATIVE_DETERMINER = new RegExp(String.raw`^(?:${NEGATIVE_DETERMINERS})\s+`, 'i');

/** The action of a passive ban or plan: "Nuclear weapons … will not be allowed" → "allow nuclear weapons …". */
export function passiveAction(text: string, verb: string, objectStart: number, objectEnd: number, after: string): string {
  const object = text.slice(objectStart, objectEnd).replace(/^\W+|\W+$/g, '').replace(NEGATIVE_DETERMINER, '').replace(/^the\s+/i, '');
  const tailText = after.replace(TRAILING_ADVERB, '');
  // "Nuclear weapons …" → "nuclear weapons …", but "A National Water Authority" keeps its name.
  const first = /^(\S+)(\s+\S)?/.exec(object);
  const lowered = first && (/^(?:a|an)$/i.test(first[1]) || !first[2] || /^\s+\p{Ll}/u.test(first[2])) ? lowerFirst(object) : object;
  return tidy(`${baseForm(verb)} ${lowered}${tailText}`);
}

/**
 * At most ten words of a phrase, without quotes, trailing punctuation or a trailing preposition.
 * Reads only as far as it needs: the words are the runs between white space (quotes dropped), and
 * trailing punctuation can only shorten the first ten when every later word is punctuation.
 * (Same result as splitting s.replace(/[“”"]/g, '').replace(/\s+/g, ' ').replace(/[\s,.;:!]+$/, '').trim().)
 */
export function tidy(s: string): string {
  const kept: string[] = [];
  let cut = false;
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isWhiteSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const from = i;
    let allPunct = true;
    let quoted = false;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isWhiteSpace(c)) break;
      if (c === 0x201c || c === 0x201d || c === 0x22) quoted = true;
      else if (!TRAILING.has(c)) allPunct = false;
    }
    const word = quoted ? s.slice(from, i).replace(/[“”"]/g, '') : s.slice(from, i);
    if (!word) continue;
    if (kept.length < MAX_ACTION_WORDS) kept.push(word);
    else if (!allPunct) {
      // A later word the trailing punctuation cannot remove: the first ten stand as they are.
      cut = true;
      break;
    }
  }
  if (!cut) {
    // Every word after the first ten (if any) is punctuation: strip it from the end of what is kept.
    while (kept.length) {
      const w = kept[kept.length - 1];
      let e = w.length;
      while (e > 0 && TRAILING.has(w.charCodeAt(e - 1))) e--;
      if (e > 0) {
        kept[kept.length - 1] = w.slice(0, e);
        break;
      }
      kept.pop();
    }
  }
  // A phrase cut before its deadline or at the word limit does not end on a preposition.
  while (kept.length > 1 && /^(?:by|before|until|within|in|on|at|from|to|for|of|and|the|a|an|with|or|its|their|our)$/i.test(kept[kept.length - 1])) kept.pop();
  return kept.join(' ').replace(/[,;:]$/, '');
}

/** What the trailing strip removes besides white space: , . ; : ! */
const TRAILING = new Set([0x2c, 0x2e, 0x3b, 0x3a, 0x21]);

export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** Participles compromise's past-tense rules do not undo ("done" would become "dine"). */
const IRREGULAR_BASE: Record<string, string> = {
  given: 'give', taken: 'take', done: 'do', seen: 'see', undertaken: 'undertake', written: 'write', shown: 'show', known: 'know',
  drawn: 'draw', driven: 'drive', chosen: 'choose', spoken: 'speak', broken: 'break', forgotten: 'forget', withdrawn: 'withdraw',
  overseen: 'oversee', begun: 'begin', thrown: 'throw', grown: 'grow', flown: 'fly', sworn: 'swear', beaten: 'beat', fallen: 'fall',
  hidden: 'hide', risen: 'rise', proven: 'prove', struck: 'strike', upheld: 'uphold', been: 'be', gone: 'go', stolen: 'steal',
};

// compromise's conjugation rules, called directly: building a document per word is slow on first use.
const world = (
  nlp as unknown as {
    world(): { methods: { two: { transform: { verb: { toInfinitive(w: string, model: unknown, tense?: string): string } } } }; model: { one: { lexicon: Record<string, string> } } };
  }
).world();
const toInfinitive = world.methods.two.transform.verb.toInfinitive;

const baseCache = new Map<string, string>();
/** The infinitive of a verb form ("providing" → "provide", "sought" → "seek", "pledges" → "pledge"). */
export function baseForm(word: string): string {
  const w = word.toLowerCase();
  if (!w) return w;
  const cached = baseCache.get(w);
  if (cached) return cached;
  let base = IRREGULAR_BASE[w] ?? w;
  const lex = world.model.one.lexicon[w];
  if (!IRREGULAR_BASE[w] && lex !== 'Infinitive' && /^[a-z-]+$/.test(w)) {
    let tense: string | null = null;
    if (/ing$/.test(w)) tense = 'Gerund';
    else if ((/ed$/.test(w) && !/eed$/.test(w)) || lex === 'PastTense' || lex === 'Participle') tense = 'PastTense';
    else if (/s$/.test(w) && !/(?:us|ss|is|os|as)$/.test(w)) tense = 'PresentTense';
    const inf = tense ? toInfinitive(w, world.model, tense) : '';
    if (inf && /^[a-z-]+$/.test(inf)) base = inf;
  }
  baseCache.set(w, base);
  return base;
}

const SPAN_LEAD = /[\s“"'‘(,;:—–-]/;
const SPAN_TRAIL = /[\s.,;:”"'’)!—–]/;

/** A span without surrounding quotes, commas, bullets and a trailing "; and". */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && SPAN_LEAD.test(text[s])) s++;
  for (;;) {
    const before = e;
    while (e > s && SPAN_TRAIL.test(text[e - 1])) e--;
    e -= trailingConjunction(text, s, e);
    if (e === before) break;
  }
  return { start: s, end: e };
}

/**
 * The length of /[\s,;]+(?:and|or)$/i in text[s, e), 0 if none: read from the end, since the regex
 * scanned the whole span each round (quadratic on a long list line of ", and , and …").
 */
function trailingConjunction(text: string, s: number, e: number): number {
  let w: number;
  if (e - s >= 3 && lowerAt(text, e - 3) === 97 && lowerAt(text, e - 2) === 110 && lowerAt(text, e - 1) === 100) w = e - 3; // and
  else if (e - s >= 2 && lowerAt(text, e - 2) === 111 && lowerAt(text, e - 1) === 114) w = e - 2; // or
  else return 0;
  let p = w;
  while (p > s && CONJ_RUN.test(text[p - 1])) p--;
  return p < w ? e - p : 0;
}

const CONJ_RUN = /[\s,;]/;

/** The code unit at i, ASCII letters in lower case (as /i folds them without the u flag). */
function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Participles of a passive ("will be reactivated", "will be set up"). */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return /(?:ed|en|wn)$/.test(w) || IRREGULAR_PARTICIPLES.has(w);
}

const IRREGULAR_PARTICIPLES = new Set([
  'set', 'put', 'made', 'built', 'held', 'kept', 'brought', 'taken', 'given', 'sent', 'met', 'paid', 'sold', 'spent', 'laid', 'led',
  'cut', 'run', 'done', 'begun', 'bought', 'found', 'sought', 'taught', 'told', 'won', 'hit', 'left', 'lent', 'dealt', 'meant',
  'shut', 'spread', 'struck', 'thrown', 'upheld', 'withdrawn', 'undertaken', 'overseen', 'rebuilt', 'reset', 'set up', 'felt',
]);
