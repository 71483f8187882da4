// Lists under a committing lead-in: "The two leaders committed to:", "The new $800 million
// assistance package includes:", "the United States and Ukraine will work together to:". Each line
// after the lead-in is a commitment of the lead-in's actor; a list of what was done before
// ("previous assistance … includes:") is not.
import type { Commitment, EntityRef, Modality, Sentence } from '../../types.js';
import { baseForm, deadlineIn, recipientIn, tidy, trimSpan } from './action.js';
import { type DocContext } from './actor.js';
import { covering, posAt, within } from './spans.js';
import { LIST_LEAD_IN, PAST_LEAD_IN } from './cues.js';
import { CONDITION, NEGATION } from './lexicon.js';

const BULLET = /^[ \t]*(?:[-–—•*·▪◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+/;

export interface LeadIn {
  actor: EntityRef;
  modality: Modality;
  /** The lead-in offers things ("includes:", "announced:"), so noun items are provided. */
  provides: boolean;
  recipient: EntityRef | null;
}

/** A sentence that introduces a list of commitments. */
export function isLeadIn(sentenceText: string): boolean {
  // LIST_LEAD_IN ends in ":\s*$": test that first, by hand, instead of running it on every sentence.
  if (sentenceText.trimEnd().slice(-1) !== ':' || !LIST_LEAD_IN.test(sentenceText)) return false;
  const verb = LIST_LEAD_IN.exec(sentenceText)!;
  return !PAST_LEAD_IN.test(sentenceText.slice(0, verb.index + verb[0].length));
}

export function leadInModality(sentenceText: string): Modality {
  return /\b(?:plans?|intends?|aims?|seeks?)\b/i.test(sentenceText) ? 'intended' : 'firm';
}

const PROVIDES = /\b(?:includes?|contains?|announced|announces?|provides?|comprises?)\b/i;

/**
 * The lead-in offers things: /\b(?:includes?|…)\b[^:]*:\s*$/i, read as "a verb of PROVIDES between
 * the last two colons, the last one ending the sentence" (the regex rescans to the colon from each
 * verb: quadratic on a long lead-in with a colon inside).
 */
export function leadInProvides(sentenceText: string): boolean {
  const colon = sentenceText.lastIndexOf(':');
  if (colon < 0 || sentenceText.slice(colon + 1).trim() !== '') return false;
  return PROVIDES.test(sentenceText.slice(sentenceText.lastIndexOf(':', colon - 1) + 1, colon));
}

export interface Span {
  start: number;
  end: number;
}

/** The items of a lead-in, and the line that ended them by being a lead-in itself. */
export interface List {
  /** Per line, the item's spans. */
  items: Span[][];
  /** A nested lead-in: its sentence, and its line's spans as an item of this list (none if the line is an item already). */
  nested: { sentence: Sentence; spans: Span[] } | null;
}

/**
 * The item lines after a lead-in: after at most one blank line, the following lines up to a blank
 * line; with bullets, only bulleted lines; never past a line that is a lead-in itself (a nested
 * list: the main loop reads it with its own list, so that each line is an item of one lead-in at
 * most). Returns, per line, the item's own span: the line's first sentence, plus (for bullets)
 * further sentences that continue it without a subject ("Also covers training …"). `itemsBefore`:
 * the items of the list this one continues (a nested lead-in without an actor of its own).
 */
export function listItems(dc: DocContext, lead: Sentence, itemsBefore = 0): List {
  const { text, ctx } = dc;
  const list: List = { items: [], nested: null };
  const { items } = list;
  let pos = lead.end;
  const nl = text.indexOf('\n', pos);
  if (nl < 0 || text.slice(pos, nl).trim() !== '') return list;
  pos = nl + 1;
  // One blank line may separate the lead-in from its list.
  if (/^[ \t]*\n/.test(text.slice(pos))) pos = text.indexOf('\n', pos) + 1;
  let bulleted: boolean | null = null;
  while (pos > 0 && pos < text.length && itemsBefore + items.length < 40) {
    const lineEnd = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
    const line = text.slice(pos, lineEnd);
    if (line.trim() === '') break;
    const bullet = BULLET.exec(line);
    bulleted ??= !!bullet;
    if (bulleted && !bullet) break;
    const start = pos + (bullet ? bullet[0].length : 0);
    const first = covering(ctx.sentences, start);
    const sentences = [...(first ? [first] : []), ...within(ctx.sentences, start, lineEnd + 1).filter((s) => s !== first)].filter((s) => s.end > start && s.start < lineEnd && !s.boilerplate);
    if (!sentences.length) break;
    const spans: Span[] = [];
    for (const [k, s] of sentences.entries()) {
      const from = Math.max(s.start, start);
      const to = Math.min(s.end, lineEnd);
      if (k === 0) spans.push({ start: from, end: to });
      else if (bulleted && startsWithVerb(dc, from)) spans.push({ start: from, end: to });
      else break;
    }
    // Without bullets, a line that reads as a sentence of its own with a subject ends the list.
    if (!bulleted && itemsBefore + items.length > 0 && !startsWithVerb(dc, spans[0].start) && /\b(?:is|are|was|were|will|has|have)\b/.test(text.slice(spans[0].start, spans[0].end)) && !endsOpen(line)) break;
    // A line that ends in a lead-in ends the list: the lines after it are that lead-in's. The line is
    // an item of this list only if the lead-in is a sentence after the item.
    const nested = leadInEnding(dc, pos, lineEnd);
    if (nested && nested.start < spans[spans.length - 1].end) {
      list.nested = { sentence: nested, spans };
      break;
    }
    items.push(spans);
    if (nested) {
      list.nested = { sentence: nested, spans: [] };
      break;
    }
    pos = lineEnd + 1;
  }
  return list;
}

/** The line's last sentence, if it is a lead-in (not boilerplate). */
function leadInEnding(dc: DocContext, lineStart: number, lineEnd: number): Sentence | null {
  let last = lineEnd - 1;
  while (last >= lineStart && /\s/.test(dc.text[last])) last--;
  if (last < lineStart || dc.text[last] !== ':') return null;
  const s = covering(dc.ctx.sentences, last);
  return s && !s.boilerplate && isLeadIn(dc.text.slice(s.start, s.end)) ? s : null;
}

/**
 * The line ends in "," or ";", perhaps followed by "and": /[;,]\s*(?:and)?\s*$/ read from the end
 * (the regex is quadratic in a long run of white space after a comma).
 */
export function endsOpen(line: string): boolean {
  let t = line.trimEnd();
  if (t.endsWith('and')) {
    const before = t.slice(0, -3).trimEnd();
    if (before.endsWith(',') || before.endsWith(';')) return true;
  }
  t = t.slice(-1);
  return t === ',' || t === ';';
}

/** The item opens with a verb ("Equipping …", "Build and maintain …", "Also covers …"). */
function startsWithVerb(dc: DocContext, at: number): boolean {
  const m = /^(?:also\s+|further\s+|and\s+)?([\p{L}-]+)/iu.exec(dc.text.slice(at, at + 40));
  if (!m) return false;
  const w = at + m[0].length - m[1].length;
  return posAt(dc.ctx, w) === 'VERB' && /^\p{L}/u.test(m[1]);
}

export function listCommitment(dc: DocContext, item: Span, sentence: Sentence, lead: LeadIn): Commitment {
  const { text, ctx } = dc;
  const span = trimSpan(text, item.start, item.end);
  const itemText = text.slice(span.start, span.end);
  const firstWord = /^(?:(?:also|further)\s+)?([\p{L}-]+)/iu.exec(itemText);
  const verbAt = firstWord ? span.start + firstWord[0].length - firstWord[1].length : span.start;
  // A gerund opens an item whatever wink calls it ("Co-producing missiles by 2027"); its last seven
  // code units hold two letters and "ing" (the regex is quadratic on a 100 KB word).
  const isVerb = !!firstWord && (posAt(ctx, verbAt) === 'VERB' || /\p{L}{2,}ing$/u.test(firstWord[1].slice(-7)));
  const deadline = deadlineIn(ctx.dates, span.start, span.end, text);
  const stop = deadline ? Math.max(span.start, deadline.start) : span.end;
  let action: string;
  if (isVerb) {
    const w = firstWord![1];
    action = tidy(`${baseForm(w)}${text.slice(verbAt + w.length, stop)}`);
  } else {
    action = tidy(`${lead.provides ? 'provide ' : ''}${text.slice(span.start, stop)}`);
  }
  const negative = /^(?:not|never|no)\b/i.test(itemText) || (isVerb && NEGATION.test(itemText.slice(0, 12)));
  return {
    start: span.start,
    end: span.end,
    text: itemText,
    rule: 'commitment/list-item',
    sentence: sentence.index,
    sentenceText: text.slice(sentence.start, sentence.end),
    actor: lead.actor,
    speaker: null,
    action,
    polarity: negative ? 'negative' : 'positive',
    modality: CONDITION.test(itemText) ? 'conditional' : lead.modality,
    recipient: recipientIn(text, dc.mentions, span.start, span.end, lead.actor) ?? lead.recipient,
    deadline,
    confidence: 0.7,
    cues: ['list under a committing lead-in'],
  };
}
