// Commitments: who commits to what, toward whom, by when, with polarity and modality.
//
// Per sentence: the gate (./gate.ts) finds in one pass which triggers of ./cues.ts can match; only
// their regexes run (and only if the older stem test QUICK passes too). Each match is analysed: the
// clause around it (./clause.ts), the subject and the actor it stands for (./actor.ts), the
// action, recipient and deadline (./action.ts).
// Commitment nouns are read by ./nominal.ts, lists under a lead-in by ./lists.ts. See README.md.
import type { Commitment, EntityRef, Modality, Polarity, Sentence } from '../../types.js';
import type { Extractor, ExtractorContext } from '../types.js';
import { actionPhrase, deadlineIn, isParticiple, passiveAction, recipientIn, trimSpan } from './action.js';
import {
  attributedTo,
  actorOfPerson, buildDocContext, countryRef, type DocContext, type Memory, posAt, quoteAt, reporterBefore, resolveSubject,
  type Resolved, speakerOf, type Subject, subjectBefore, tokenAt, tokensIn,
} from './actor.js';
import { canBeVerb, clauseEndAfter, clauseStartBefore, coordinatedActions, isConditional, isVerbWord, knownWord, MAX_CLAUSE, negatedBefore, negativeSubject } from './clause.js';
import { AGREEMENT_BEFORE, TRIGGERS, type Trigger } from './cues.js';
import { covering, indexAt, lastBefore, within } from './spans.js';
import { alt, COGNITION_VERBS, CONDITION, EFFORT_VERBS, GROUNDING_PASSIVE, JUDGING_VERBS, NON_ACTION_PARTICIPLES, NON_ACTION_VERBS, REPORTING_VERBS, SAYING_VERBS, SPEECH_REPORT, TABLE_ROW } from './lexicon.js';
import { isLeadIn, type LeadIn, leadInModality, leadInProvides, type List, listCommitment, listItems, type Span } from './lists.js';
import { analyseNominal } from './nominal.js';
import { Gate } from './gate.js';
import { isWhiteSpace } from '../../chars.js';

export { countryRef };

/** Triggers matched in code, on the whole line, when no other trigger matched. */
const LINE_TRIGGERS = new Set(['commitment/imperative', 'commitment/gerund-item']);
const MATCHED = TRIGGERS.filter((t) => !LINE_TRIGGERS.has(t.id));
const COMPILED = MATCHED.map((t, order) => ({ trigger: t, order, re: new RegExp(t.pattern, 'giu') }));
/** The literals each trigger's pattern requires, tested in one pass per sentence before its regex runs (./gate.ts). */
const GATE = new Gate(MATCHED.map((t) => t.pattern));
const IMPERATIVE = TRIGGERS.find((t) => t.id === 'commitment/imperative')!;
const IMPERATIVE_RE = new RegExp(IMPERATIVE.pattern, 'u');
const GERUND_ITEM = TRIGGERS.find((t) => t.id === 'commitment/gerund-item')!;
const GERUND_ITEM_RE = new RegExp(GERUND_ITEM.pattern, 'u');
/** The optional list marker of IMPERATIVE's pattern ("a) ", "12. "), and the tags its verb may have. */
const LIST_MARKER = /^[\p{L}\d]{1,3}[.)]\s/u;
const IMPERATIVE_TAGS = new Set(['VERB', 'NOUN', 'PROPN', 'ADJ']);
/**
 * The older, hand-typed pre-filter: a sentence without any of these stems is not read for triggers
 * (imperatives are tested apart). It no longer saves time (GATE does, and is derived from the
 * triggers); it now covers a stem of every trigger ("outlawed", "not tolerated", "has no
 * intention", "poised to" were once missing), which tests/extract/commitment-gate.test.ts keeps so.
 */
export const QUICK =
  /will|shall|'ll|’ll|won['’]t|would|pledg|promis|vow|guarant|commit|agree|accord|treaty|deal|ceasefire|truce|plan|intend|aim|seek|sought|going|set to|propos|offer|ready|prepared|willing|may|might|could|refus|rule|never|allow|permit|banned|prohibit|forbid|undert|resolv|is to|are to|ing\b|support|stand|back|determin|readiness|assuranc|announc|approv|authori|continu|task|instruct|direct|order|vot|sign|conclud|reach|struck|includ|contain|compris|consist|cover|outlaw|accept|intention|poised|tolerat|goal|target|objective|priorit|mission/i;
const REPORTED = new RegExp(String.raw`\b(?:${alt(REPORTING_VERBS)})\b`, 'i');
/** Triggers analysed per sentence at most (a guard against pathological text, far above real sentences). */
const MAX_CANDIDATES = 500;
/** Triggers whose verb follows a modal or "to": a non-action verb there ("will be", "may have") is no commitment. */
const VERB_AFTER_MODAL = new Set(['commitment/goal', 'commitment/will', 'commitment/reported-would', 'commitment/modal-possible', 'commitment/intend', 'commitment/continue', 'commitment/pledge-verb', 'commitment/propose', 'commitment/undertake']);
/** Triggers that state a stance (commit, pledge, intend): without an actor they need a checkable detail (specific()). */
const STANCE_TRIGGERS = new Set(['commitment/commit-to', 'commitment/pledge-verb', 'commitment/intend', 'commitment/goal']);
/** An object that only points ahead to a list ("the following", "as follows", "outlined below"). */
const CATAPHORIC = /\b(?:the\s+following|as\s+follows|below)\b/i;
/** An aspect verb that carries on an activity under way ("will continue to provide", "will keep on …"). */
const ONGOING = /\b(?:continue\s+to|keep\s+on)\b/i;
/** Triggers whose participle after "is"/"was" is a passive ("was promised", "is intended to", "was proposed"). */
const PASSIVE_CAPABLE = new Set(['commitment/pledge-verb', 'commitment/intend', 'commitment/propose']);
/** Commitment expressions whose infinitive takes the main clause's subject ("are not waiting … to make long-term commitments"). */
const CONTROLLED = new Set(['commitment/make-commitment', 'commitment/agree', 'commitment/pledge-verb', 'commitment/commit-to']);
/** ", and" between coordinated actions ("(?<![\s,])": see TRAILING_PREPOSITION in ./action.ts). */
export const TRAILING_AND = /(?<![\s,])[\s,]*(?:\b(?:and|or)\s*)?$/i;
/** "… on signing", "for formally concluding" before the trigger. */
export const SIGNING_LEAD = /(?<!\s)(?:\s+(?:on|for|after|upon)(?:\s+(?:officially|formally|finally|successfully|jointly))?)?\s+$/i;
/** Past participles that can modify a noun ("assistance committed to Ukraine", "the ceasefire committed to by"). */
const PARTICIPLE_TRIGGER = /^(?:committed|pledged|promised|agreed|offered|proposed|guaranteed|signed|announced|approved|planned|vowed)\b/i;

/** A list that stopped at a nested lead-in: its lead-in, the nested one, and how many items the list holds. */
interface Enclosing {
  lead: LeadIn;
  nested: NonNullable<List['nested']>;
  items: number;
}

export const commitmentExtractor: Extractor<Commitment> = {
  id: 'commitment',
  version: '2',
  extract(ctx: ExtractorContext): Commitment[] {
    const dc = buildDocContext(ctx);
    const memory: Memory = { lastActor: null, lastActorSentence: -99 };
    const out: Commitment[] = [];
    // List items already read under a lead-in. Sentences come in text order, so a span that ends
    // before the current sentence can never hold a later one: it is dropped, keeping the test short.
    let consumed: [number, number][] = [];
    // The lead-in whose list stopped at a nested lead-in ("Denmark will:\n- strengthen …, in particular
    // will:\n  - deliver …"). A nested lead-in that names no actor of its own is one more item of
    // that list, and its items are too.
    let enclosing = null as Enclosing | null;
    let lastStart = -1;
    for (const sentence of ctx.sentences) {
      if (sentence.boilerplate) continue;
      if (sentence.start >= lastStart && consumed.length > 8) consumed = consumed.filter(([, e]) => e > sentence.start);
      lastStart = Math.max(lastStart, sentence.start);
      // Overlap, not "starts inside": a bulleted item starts after its bullet, which its sentence holds.
      if (consumed.some(([s, e]) => sentence.start < e && sentence.end > s)) continue;
      const sText = ctx.doc.text.slice(sentence.start, sentence.end);
      const leadIn = isLeadIn(sText);
      let found = commitmentsInSentence(dc, sentence, memory);
      let lead: LeadIn | null = null;
      const items: Span[][] = [];
      if (leadIn) {
        // The lead-in's own commitment is its list: keep its actor, drop the clause that reaches the colon.
        const colon = sentence.start + sText.lastIndexOf(':');
        const reaching = found.filter((c) => c.end >= colon - 12);
        const withActor = reaching.find((c) => c.actor);
        const leadActor: Resolved | null = withActor ? { actor: withActor.actor, speaker: withActor.speaker, fromContext: false } : leadInActor(dc, sentence, memory);
        // A nested lead-in without an actor of its own continues the list it ended.
        const continued: Enclosing | null = !leadActor?.actor && enclosing?.nested.sentence.index === sentence.index ? enclosing : null;
        if (leadActor?.actor) {
          const recipient = reaching.find((c) => c.recipient)?.recipient ?? null;
          lead = { actor: leadActor.actor, modality: leadInModality(sText), provides: leadInProvides(sText), recipient };
        } else if (continued) {
          lead = continued.lead;
          if (continued.nested.spans.length) items.push(continued.nested.spans);
        }
        const before: number = continued ? continued.items + items.length : 0;
        const list: List | null = lead ? listItems(dc, sentence, before) : null;
        if (list) items.push(...list.items);
        enclosing = lead && list?.nested ? { lead, nested: list.nested, items: before + list.items.length } : null;
        if (lead && items.length) found = found.filter((c) => !reaching.includes(c));
        // "We will do the following:" with no list after it (a line read alone): an action that only
        // points ahead to its items commits to nothing by itself.
        else found = found.filter((c) => !(reaching.includes(c) && CATAPHORIC.test(c.text)));
      }
      for (const c of found) out.push(c);
      const last = [...found].reverse().find((c) => c.actor);
      if (last) {
        memory.lastActor = last.actor;
        memory.lastActorSentence = sentence.index;
      }
      if (lead) {
        for (const spans of items) {
          for (const span of spans) {
            const s = covering(ctx.sentences, span.start) ?? sentence;
            out.push(listCommitment(dc, span, s, lead));
            consumed.push([span.start, span.end]);
          }
        }
        memory.lastActor = lead.actor;
        memory.lastActorSentence = sentence.index;
      }
    }
    return out;
  },
};

/** The actor of a lead-in that holds no trigger of its own ("It outlines bilateral security cooperation on:"). */
function leadInActor(dc: DocContext, sentence: Sentence, memory: Memory): Resolved | null {
  const text = dc.text;
  const sText = text.slice(sentence.start, sentence.end);
  const verb = /\b(?:outlines?|includes?|covers?|commits?|committed|pledged?|agreed?|will|shall|announced?|resolved|decided|intends?|plans?)\b/i.exec(sText);
  if (!verb) return null;
  const at = sentence.start + verb.index;
  const clauseStart = clauseStartBefore(text, sentence.start, at);
  const subject = subjectBefore(dc, clauseStart, at);
  if (subject.kind === 'none' || subject.kind === 'np' || subject.kind === 'gerund') return null;
  const r = resolveSubject(dc, subject.kind === 'passive' ? { ...subject, kind: 'instrument' } : subject, sentence, at, memory, null);
  if (!r.actor && subject.kind === 'pronoun' && subject.pronoun === 'it') {
    // "It outlines …:" — the declaration just named, committing its parties.
    const d = resolveSubject(dc, { ...subject, kind: 'document' }, sentence, at, memory, null);
    return d.actor ? d : null;
  }
  return r.actor ? r : null;
}

/** The sentence ends in "?", perhaps followed by one closing quote (as /\?\s*["”’]?\s*$/ reads it, without scanning the sentence). */
export function isQuestion(s: string): boolean {
  let e = s.length;
  while (e > 0 && isWhiteSpace(s.charCodeAt(e - 1))) e--;
  if (e > 0 && (s[e - 1] === '"' || s[e - 1] === '”' || s[e - 1] === '’')) {
    e--;
    while (e > 0 && isWhiteSpace(s.charCodeAt(e - 1))) e--;
  }
  return e > 0 && s[e - 1] === '?';
}

/** s.trim().split(/\s+/).length < n, counting only as far as n (no array of every word). */
export function fewerWordsThan(s: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length && words < n; i++) {
    const white = isWhiteSpace(s.charCodeAt(i));
    if (!white && !inWord) words++;
    inWord = !white;
  }
  return Math.max(words, 1) < n;
}

interface Candidate {
  trigger: Trigger;
  order: number;
  m: RegExpExecArray;
  start: number;
  end: number;
}

function commitmentsInSentence(dc: DocContext, sentence: Sentence, memory: Memory): Commitment[] {
  const text = dc.text;
  const sText = text.slice(sentence.start, sentence.end);
  if (isQuestion(sText)) return [];
  const out: Commitment[] = [];
  const open = GATE.open(text, sentence.start, sentence.end);
  if (open.includes(1) && QUICK.test(sText)) {
    const cands: Candidate[] = [];
    for (const { trigger, order, re } of COMPILED) {
      if (!open[order]) continue;
      re.lastIndex = 0;
      for (let m = re.exec(sText); m; m = re.exec(sText)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        cands.push({ trigger, order, m, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
      }
    }
    cands.sort((a, b) => a.start - b.start || a.order - b.order);
    let takenEnd = -1;
    for (const c of cands.slice(0, MAX_CANDIDATES)) {
      if (c.start < takenEnd) continue;
      // In a very long sentence each trigger sees only the text around it.
      const view = sentence.end - sentence.start > 2 * MAX_CLAUSE ? { ...sentence, start: Math.max(sentence.start, c.start - MAX_CLAUSE), end: Math.min(sentence.end, c.end + MAX_CLAUSE) } : sentence;
      const found = c.trigger.nominal
        ? analyseNominal(dc, view, memory, c.trigger, c.m, c.start, c.end, out)
        : analyse(dc, view, memory, c.trigger, c.m, c.start, c.end, out);
      if (!found.length) continue;
      takenEnd = Math.max(takenEnd, c.end);
      out.push(...found);
    }
  }
  if (!out.length) {
    const imp = imperative(dc, sentence) ?? gerundItem(dc, sentence);
    if (imp) out.push(imp);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One verbal trigger: is it a commitment, whose, of what — possibly several coordinated actions. */
function analyse(dc: DocContext, sentence: Sentence, memory: Memory, trigger: Trigger, m: RegExpExecArray, tStart: number, tEnd: number, previous: Commitment[]): Commitment[] {
  const { ctx, text } = dc;
  const verb = (m.groups?.verb ?? m.groups?.ban ?? '').toLowerCase();
  const passive = trigger.subjects.includes('passive');
  const isPassiveFuture = trigger.id === 'commitment/passive-future';

  // --- Is this match a commitment cue at all?
  if (trigger.verbTrigger && !isVerbAt(ctx, tStart) && !headlineVerb(dc, tStart, tEnd)) return [];
  if (VERB_AFTER_MODAL.has(trigger.id) && verb && NON_ACTION_VERBS.has(verb)) return [];
  // "the Iraqis might well conclude that …": a judgment, not an act.
  if (VERB_AFTER_MODAL.has(trigger.id) && JUDGING_VERBS.has(verb) && /^\s+that\b/i.test(text.slice(tEnd, tEnd + 6))) return [];
  // "will remain an issue", "will stay a member": a copula, not an action ("would remain closely engaged" is one).
  if (VERB_AFTER_MODAL.has(trigger.id) && /^(?:remain|stay)$/.test(verb) && /^\s+(?:a|an|the|one|some|part|unclear|unknown|uncertain|high|low)\b/i.test(text.slice(tEnd, tEnd + 12))) return [];
  // "pledged as he unveiled …": a noun object must follow a bare pledge verb, not a conjunction or preposition.
  if (trigger.id === 'commitment/pledge-verb' && !m.groups?.verb) {
    const next = tokensIn(ctx, tEnd + 1, tEnd + 30)[0];
    if (next && ['ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'ADV', 'PART'].includes(next.pos) && !/^(?:over|more|up|about|nearly|almost|at)$/i.test(next.lower)) return [];
  }
  if (isPassiveFuture && !(isParticiple(verb) && posAt(ctx, tStart + m[0].lastIndexOf(m.groups!.verb)) === 'VERB')) return [];
  if (passive && NON_ACTION_PARTICIPLES.has(verb)) return [];
  // "would not be drawn on the claim": declining to comment ("a plan will be drawn up" is an action).
  if (passive && verb === 'drawn' && /^\s+(?:on|into)\b/i.test(text.slice(tEnd, tEnd + 8))) return [];
  // "will be guided by …", "will be based on …": what a policy rests on describes it, it is no act.
  if (passive && m.groups?.verb && GROUNDING_PASSIVE.test(text.slice(tStart + m[0].lastIndexOf(m.groups.verb), tEnd + 30))) return [];
  // "A special scheme would be devised for …": a plan the writer states in the passive. Not in
  // reported speech or quotes ("he said he would be sent to …", "people would be mystified" are
  // forecasts), not under a condition, not in a relative clause ("proposals which would be …").
  if (isPassiveFuture && /^would\b/i.test(m[0]) && writersWouldIsNoPlan(dc, sentence, tStart)) return [];
  if (trigger.id === 'commitment/refusal' && SAYING_VERBS.test(verb)) return [];
  // "could not comment", "could no longer believe", "could never trust": a past inability, not a possible action.
  if (/\bcould(?:\s+not\b|\s+never\b|\s+no\s+longer\b|n['’]t\b)/i.test(m[0])) return [];
  if (reducedRelative(dc, sentence, tStart, m[0])) return [];
  if (trigger.id === 'commitment/signed' && !AGREEMENT_BEFORE.test(text.slice(Math.max(sentence.start, tStart - 100), tStart))) return [];
  // "will continue to work … to continue to impose costs": an infinitive inside an action already taken.
  if (/\bto\s+$/i.test(text.slice(tStart - 4, tStart)) && previous.some((c) => c.sentence === sentence.index && c.start < tStart && c.end >= tStart)) return [];
  const before = text.slice(sentence.start, tStart);
  if (trigger.reported && !REPORTED.test(before)) return [];
  // "he was promised a pension", "the advertisement is intended to …", "the talks were planned to …":
  // in the passive the subject receives the promise or serves the plan; who made it is not said.
  if (PASSIVE_CAPABLE.has(trigger.id) && /^\w+ed\b/i.test(m[0]) && /\b(?:was|were|is|are|am|been|being|be|got|get|gets)\s+(?:[a-z]+ly\s+)?$/i.test(before)) return [];
  // "… to say whether an election will raise …": an open question, not a statement of intent.
  if (/\bwhether\b[^,;:]{0,80}$/i.test(before)) return [];
  // "would pledge", "could have agreed": a hypothetical or a past possibility.
  const auxBefore = /(?:\b(?:would|could|might|may|should|must)\s+(?:(?:not|never|also|still|now|[a-z]+ly|have)\s+)*)$/i.exec(before)?.[0] ?? '';
  if (/\bwould\b/i.test(auxBefore) && !REPORTED.test(before)) return [];
  if (/\b(?:could|might)\b/.test(m[0]) && COGNITION_VERBS.test(before)) return [];
  // "I hope it will be resolved", "analysts expect the talks will resume": a wish or a forecast.
  if (/\b(?:hope|hopes|hoped|hoping|expect|expects|expected|believe|believes|think|thinks|fear|fears|doubt|doubts|predict|predicts|predicted|wish|wishes|bet|suspect)\s+(?:that\s+)?(?:\S+\s+){0,4}$/i.test(before)) return [];

  // --- The clause and its subject.
  const clauseStart = skipListMarker(text, skipDateStamp(dc, clauseStartBefore(text, sentence.start, tStart)));
  let subject: Subject;
  if (passive) {
    const s = subjectBefore(dc, clauseStart, tStart);
    subject = { ...s, kind: 'passive', start: s.kind === 'none' ? clauseStart : s.start, end: tStart };
  } else if (trigger.id === 'commitment/goal') {
    subject = goalHolder(dc, clauseStart, tStart);
  } else if (trigger.adjacentSubject || (/^(?:signing|concluding|reaching|agreeing|committing)\b/i.test(m[0]) && /\b(?:on|for|after|upon)\s+(?:[a-z]+ly\s+)?$/i.test(text.slice(tStart - 30, tStart)))) {
    subject = adjacentChain(dc, sentence, tStart);
  } else {
    subject = subjectBefore(dc, clauseStart, tStart);
    // "We are not waiting … to make long-term commitments": an infinitive's subject is the main clause's.
    if (subject.kind === 'np' && CONTROLLED.has(trigger.id) && /\bto\s+$/i.test(text.slice(clauseStart, tStart))) subject = subjectBefore(dc, clauseStart, tStart, true);
    // A participle or a second verb with no subject of its own (", agreeing to …", "and would respond …")
    // shares the sentence's subject.
    const bare = /(?:,|\band)\s*$/.test(text.slice(clauseStart, tStart));
    if (bare && (subject.kind === 'none' || (subject.kind === 'np' && /^\w+ing\b/i.test(m[0])))) subject = inheritedSubject(dc, sentence, tStart, previous);
  }
  const unnamedAgent = subject.kind === 'unnamed' && trigger.nullActor;
  if (!passive && !unnamedAgent && subject.kind !== 'none' && subject.kind !== 'inherited' && !(trigger.subjects as string[]).includes(subject.kind)) return [];
  // The reporting subject ("North Korea stated [it would …]"), asked only once the subject is accepted.
  const reporter = reporterBefore(dc, sentence, clauseStart)?.ref ?? null;

  // --- The actor.
  let resolved: Resolved = { actor: null, speaker: null, fromContext: false };
  if (passive && isPassiveFuture && (subject.kind === 'pronoun' || (subject.kind === 'entity' && subject.refs.every((r) => r.kind === 'person')))) return [];
  if (passive) resolved = passiveActor(dc, sentence, trigger, tStart, tEnd, clauseStart, reporter);
  else if (subject.kind === 'inherited') resolved = { actor: previous[previous.length - 1]?.actor ?? null, speaker: null, fromContext: true };
  else if (subject.kind !== 'none') resolved = resolveSubject(dc, subject, sentence, tStart, memory, reporter);
  if (!resolved.actor) {
    // Stored without actor: an unresolved "we" / "it" (a manifesto's party), an agent the text does
    // not name ("The BJP", "The Commission"), no subject at all, or an agentless passive.
    const unresolvedPronoun = subject.kind === 'pronoun' && /^(?:we|i|our|my)$/.test(subject.pronoun ?? '') && !quoteAt(dc, tStart);
    const noSubject = subject.kind === 'none' && (trigger.id === 'commitment/goal' || text.slice(sentence.start, tStart).replace(/^\W*(?:[\p{L}\d]{1,3}[.)])?/u, '').trim().split(/\s+/).filter(Boolean).length <= 1);
    if (!(trigger.nullActor && (unresolvedPronoun || noSubject || isPassiveFuture || unnamedAgent))) return [];
  }
  const actor = resolved.actor;
  // "Kennedy is accelerating preparations": a person's ongoing action is narrative; a state's is policy.
  if (trigger.id === 'commitment/providing' && actor?.kind === 'person') return [];
  let speaker = resolved.speaker;
  if (!speaker && actor) {
    const sp = speakerOf(dc, sentence, tStart) ?? (reporter?.kind === 'person' ? reporter : null);
    if (sp) {
      const { actor: spActor } = actorOfPerson(dc, sp);
      if (spActor.key === actor.key || actor.members?.some((x) => x.key === spActor.key)) speaker = sp;
    }
  }
  if (speaker && actor && speaker.key === actor.key) speaker = null;

  // --- Polarity and modality.
  // "No student will be deprived of …": negated by the subject's determiner, a guarantee more than a stance.
  const negatedSubject = negativeSubject(text, clauseStart, tStart);
  const polarity: Polarity = trigger.polarity === 'negative' || m.groups?.neg || negatedBefore(text, clauseStart, tStart) || negatedSubject ? 'negative' : 'positive';
  let modality: Modality = trigger.modality;
  if (/\b(?:may|might|could)\b/i.test(auxBefore) && (modality === 'firm' || modality === 'intended')) modality = 'possible';
  const future = /\b(?:will|would|shall|'ll|’ll)\b/i.test(m[0]) || /\b(?:will|would|shall)\b/i.test(auxBefore);

  // --- The action, split into coordinated actions.
  const clauseEnd = clauseEndAfter(text, tEnd, sentence.end, ctx);
  const namedVerb = m.groups?.verb ? tStart + m[0].lastIndexOf(m.groups.verb) : -1;
  const afterTo = /\sto:?\s+\S+$/i.test(m[0]);
  // wink tags "reforms" in "commits to reforms" as a verb; a base-form verb never ends in a lone -s.
  const verbIsAction = namedVerb >= 0 && !passive && (!afterTo || (!/[^s]s$/.test(verb) && (isVerbAt(ctx, namedVerb) || isVerbWord(ctx, namedVerb, verb, true))));
  const verbStart = verbIsAction ? namedVerb : tStart;
  const splits = verbIsAction && !passive ? coordinatedActions(ctx, verbStart, clauseEnd) : [];
  const bounds = [verbStart, ...splits, clauseEnd];
  const spanStart = subject.kind !== 'none' && subject.kind !== 'passive' && subject.start < tStart && subject.start >= sentence.start ? subject.start : clauseStart;
  const out: Commitment[] = [];
  for (let k = 0; k < bounds.length - 1; k++) {
    const from = bounds[k];
    let to = bounds[k + 1];
    if (k < bounds.length - 2) to = from + text.slice(from, to).replace(TRAILING_AND, '').length;
    const span = trimSpan(text, k === 0 ? (passive ? Math.min(subject.start, tStart) : spanStart) : from, to);
    const deadline = deadlineIn(ctx.dates, from, to, text);
    const stop = deadline ? Math.min(to, Math.max(from, deadline.start)) : to;
    let action: string;
    if (passive) {
      const after = text.slice(tEnd, stop);
      action = passiveAction(text, m.groups?.ban ? 'allow' : verb, subject.start, tStart, after);
    } else {
      action = actionPhrase(text, from, stop);
    }
    // Without an actor these need a checkable detail, as a stance does: carrying on what is under way
    // ("will continue to …", "will keep on …") is no new act, and a refusal ("we will not allow
    // injustice", "we will not compromise on …") states an attitude unless it names what is refused.
    if (!actor && !specific(dc, action, from, to, sentence.end, STANCE_TRIGGERS.has(trigger.id) || ONGOING.test(m[0]) || (polarity === 'negative' && !negatedSubject))) continue;
    const conditional = isConditional(text, sentence.start, clauseStart, to, future);
    let strength = trigger.strength;
    if (resolved.fromContext) strength -= 0.15;
    if (!actor) strength -= 0.25;
    if (k > 0) strength -= 0.05;
    out.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      rule: trigger.id,
      sentence: sentence.index,
      sentenceText: text.slice(sentence.start, sentence.end),
      actor,
      speaker,
      action,
      polarity,
      modality: conditional && (modality === 'firm' || modality === 'intended') ? 'conditional' : modality,
      recipient: recipientIn(text, dc.mentions, from, to, actor),
      deadline,
      confidence: Math.round(Math.max(0.1, Math.min(1, strength)) * 100) / 100,
      cues: [m[0].replace(/\s+/g, ' ').trim().toLowerCase()],
    });
  }
  return out;
}

/**
 * An actor-less commitment must be checkable: a concrete verb, or a number or a date in the rest of
 * the sentence ("will strengthen the public distribution system" commits no one; "will double the
 * number of doctors by 2024", "will ensure that every town is connected within 18 months" do).
 * A stated stance without an actor ("we are committed to …", "we promise to …", "we aim to …")
 * names an attitude; it needs the number, date or named programme whatever its verb.
 */
function specific(dc: DocContext, action: string, from: number, to: number, end = to, stance = false): boolean {
  const words = action.split(' ');
  const head = words[0] ?? '';
  // "every effort will be made", "steps will be taken": an effort named by its noun.
  const effortNoun = /^(?:make|take|give|pay|accord|lay|put|initiate)$/.test(head) && words.slice(1, 5).some((w) => /^(?:efforts?|steps|measures|attention|priority|emphasis|focus|care|consideration|encouragement|thrust|initiatives?)$/i.test(w));
  // "make the system more effective", "make filing easier": an outcome by degree, not an act.
  const comparative = /^(?:make|render)$/.test(head) && COMPARATIVE.test(action);
  if (!stance && !EFFORT_VERBS.has(head) && !effortNoun && !comparative) return true;
  // A number, a date, or a programme named in quotes ("will promote the 'Clean Rivers Mission'")
  // makes the effort checkable, also after the clause ("ensure that … within 18 months").
  const rest = dc.text.slice(from, Math.max(to, end));
  return /\d/.test(rest) || within(dc.ctx.dates, from, Math.max(to, end)).some((d) => d.type !== 'SET') || NAMED_THING.test(rest);
}

/** A comparative that states an outcome by degree ("more effective", "easier"). */
const COMPARATIVE = /\b(?:more|less)\s+\p{L}{3,}|\b(?:better|easier|stronger|faster|simpler|cheaper|safer|smoother|quicker)\b/iu;

/**
 * A programme or body named in quotes ("the 'Clean Rivers Mission'"): a capitalized name, not an
 * apostrophe ("people's") or scare quotes ("on a "case by case basis"").
 */
const NAMED_THING = /(?<![\p{L}\d])['‘"“]\p{Lu}[^'’"”]{2,59}['’"”](?!\p{L})/u;

/** The actor of a passive: the agent after "by", the speaker's country, the country the clause names (bans), the publisher. */
function passiveActor(dc: DocContext, sentence: Sentence, trigger: Trigger, tStart: number, tEnd: number, clauseStart: number, reporter: EntityRef | null): Resolved {
  const text = dc.text;
  const clauseEnd = clauseEndAfter(text, tEnd, sentence.end);
  const by = /^\s+(?:\S+\s+){0,3}?by\s+(?:the\s+)?/i.exec(text.slice(tEnd, clauseEnd));
  if (by) {
    const agent = covering(dc.mentions, tEnd + by[0].length);
    if (agent && agent.start === tEnd + by[0].length) return { ...actorOfPerson(dc, agent.ref), fromContext: false };
  }
  const sp = speakerOf(dc, sentence, tStart) ?? reporter;
  if (sp) {
    const r = actorOfPerson(dc, sp);
    if (r.actor.kind !== 'person') return { ...r, speaker: r.speaker ?? (sp.kind === 'person' ? sp : null), fromContext: true };
  }
  // "…, the State Department said": a country or an organization that states it.
  const source = attributedTo(dc, sentence, tEnd);
  if (source) return { actor: source, speaker: null, fromContext: true };
  if (trigger.id === 'commitment/passive-ban') {
    const c = within(dc.mentions, clauseStart, clauseEnd).find((x) => x.ref.kind === 'country');
    if (c) return { actor: c.ref, speaker: null, fromContext: true };
  }
  const q = quoteAt(dc, tStart);
  if (dc.publisher && !q) return { actor: dc.publisher, speaker: null, fromContext: true };
  return { actor: null, speaker: null, fromContext: false };
}

/**
 * Whose goal it is ("Germany's goal is to …", "Our aim is to …", "One of our main targets will be
 * to …"): a party named as its possessor, "our"/"my" as the speaker's "we", else no one named.
 */
function goalHolder(dc: DocContext, clauseStart: number, tStart: number): Subject {
  const s = subjectBefore(dc, clauseStart, tStart);
  if (s.kind === 'entity') return s;
  const lead = dc.text.slice(clauseStart, tStart);
  if (/\b(?:our|my)\b/i.test(lead)) return { kind: 'pronoun', start: clauseStart + lead.search(/\S/), end: tStart, refs: [], pronoun: 'we' };
  return { kind: 'none', start: tStart, end: tStart, refs: [] };
}

/** "I congratulate Turkey, Finland and Sweden on signing …", "the agreements Ukraine has signed": the names right before. */
function adjacentChain(dc: DocContext, sentence: Sentence, tStart: number): Subject {
  const text = dc.text;
  const lead = SIGNING_LEAD.exec(text.slice(sentence.start, tStart));
  const at = tStart - (lead?.[0].length ?? 0);
  const ms = within(dc.mentions, Math.max(sentence.start, at - 300), at);
  let k = ms.length - 1;
  if (k < 0 || !/^\s*$/.test(text.slice(ms[k].end, at))) return { kind: 'none', start: tStart, end: tStart, refs: [] };
  const chain = [ms[k]];
  while (k > 0 && /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(text.slice(ms[k - 1].end, ms[k].start))) {
    k--;
    chain.unshift(ms[k]);
  }
  return { kind: 'entity', start: chain[0].start, end: at, refs: chain.map((c) => c.ref) };
}

/** The subject a verb shares with the sentence's first clause (", agreeing to …"; "and would respond …"). */
function inheritedSubject(dc: DocContext, sentence: Sentence, tStart: number, previous: Commitment[]): Subject {
  const prev = previous.filter((c) => c.sentence === sentence.index && c.actor);
  if (prev.length) return { kind: 'inherited', start: tStart, end: tStart, refs: [] };
  const toks = tokensIn(dc.ctx, sentence.start, tStart);
  const firstVerb = toks.find((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !covering(dc.mentions, t.start));
  if (!firstVerb || firstVerb.start >= tStart) return { kind: 'none', start: tStart, end: tStart, refs: [] };
  const s = subjectBefore(dc, sentence.start, firstVerb.start);
  return s.kind === 'np' ? { kind: 'none', start: tStart, end: tStart, refs: [] } : s;
}

/**
 * A past participle modifying a noun is no commitment: "the total U.S. security assistance committed
 * to Ukraine", "the ceasefire committed to by the parties".
 */
function reducedRelative(dc: DocContext, sentence: Sentence, tStart: number, match: string): boolean {
  if (!PARTICIPLE_TRIGGER.test(match)) return false;
  if (/^\w+\s+to\s+by\b/i.test(dc.text.slice(tStart, tStart + 30))) return true;
  const before = dc.text.slice(sentence.start, tStart);
  if (/\b(?:has|have|had|is|are|was|were|be|been|being|having)\s+(?:\w+ly\s+|also\s+|already\s+|not\s+)*$/i.test(before)) return false;
  const prevTok = tokenAt(dc.ctx, tStart - 2);
  if (!prevTok || prevTok.pos !== 'NOUN' || covering(dc.ctx.dates, prevTok.start)) return false;
  if (lastBefore(dc.mentions, tStart, (x) => x.end >= tStart - 2, 1)) return false;
  // "a party committed to plain speaking should have …": the clause's own verb comes after.
  const clauseEnd = clauseEndAfter(dc.text, tStart, sentence.end);
  if (tokensIn(dc.ctx, tStart + match.length, clauseEnd).some((t) => t.pos === 'AUX' && /^(?:should|must|would|will|can|could|is|are|was|were|has|have)$/.test(t.lower))) return true;
  if (/\b(?:countries|nations|leaders|presidents|parties|sides|governments|allies|partners|members|ministers|officials|states|delegations)\s+$/i.test(before)) return false;
  // The noun is an object: a verb came before it in the clause ("bringing the total assistance committed to …").
  const clauseStart = clauseStartBefore(dc.text, sentence.start, tStart);
  return tokensIn(dc.ctx, clauseStart, tStart).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !covering(dc.mentions, t.start));
}

/**
 * A programme line that starts with a verb in the base form ("Create cluster based storage
 * systems.", "Streamline the appointment procedure …"): a pledge of the text's author, the
 * publisher when it is an official one, else unknown. Not in quotes, not a heading of two words.
 */
function imperative(dc: DocContext, sentence: Sentence): Commitment | null {
  const { ctx, text } = dc;
  const sText = text.slice(sentence.start, sentence.end);
  // Without a list marker ("a) ", "12. ") the verb can only be the first word: when wink tags that
  // word as neither verb, noun, name nor adjective, the tag test below rejects it anyway.
  if (!LIST_MARKER.test(sText)) {
    const first = tokenAt(ctx, sentence.start);
    if (!first || !IMPERATIVE_TAGS.has(first.pos)) return null;
  }
  const m = IMPERATIVE_RE.exec(sText);
  if (!m?.groups?.verb) return null;
  const verb = m.groups.verb;
  const at = sentence.start + m.index + m[0].length - verb.length;
  // The token's index by binary search (indexOf over all tokens made long documents quadratic).
  const ti = indexAt(ctx.tokens, at);
  const tok = ti >= 0 ? ctx.tokens[ti] : null;
  if (!tok || /(?:ing|ed|[^s]s)$/i.test(verb) || /^(?:given|taken|written|seen|known|shown|driven|chosen|spoken|broken|proven|hidden|fallen|done|gone|been)$/i.test(verb) || NON_ACTION_VERBS.has(verb.toLowerCase())) return null;
  // wink reads "Reform the …", "Frame a model law" as nouns: a verb by compromise followed by its
  // object. The tags are tested here, compromise (the slowest test) last.
  const next = ctx.tokens[ti + 1];
  if (tok.pos !== 'VERB' && !(['NOUN', 'PROPN', 'ADJ'].includes(tok.pos) && next && ['DET', 'ADJ', 'NUM', 'PRON'].includes(next.pos))) return null;
  if (/^(?:let|please|read|see|click|join|follow|watch|listen|subscribe|share|sign|go|visit|find|learn|contact|thank|thanks|welcome|note|imagine|consider|remember|say|mind|suppose)$/i.test(verb)) return null;
  if (fewerWordsThan(sText, 4) || /[!?]$/.test(sText.trimEnd()) || quoteAt(dc, at)) return null;
  // "Shadow foreign secretary Michael Ancram told MPs …": a line that reports someone's words is no
  // programme line of the author's ("Shadow", "Party" read as verbs).
  if (SPEECH_REPORT.test(sText)) return null;
  if (TABLE_ROW.test(sText)) return null;
  // "Held twice each year, …", "Stem cells are master cells": a participle, or a noun before a verb.
  if (/^(?:held|made|built|kept|brought|taken|sent|met|paid|sold|spent|laid|led|found|bought|taught|told|won|left|lent|dealt|meant|struck|thrown|born|thought|caught|fought|sought|felt|heard|lost|stood|wrote|spoke|began|became|came|went|saw|knew|grew|drew|threw|none)$/i.test(verb)) return null;
  const following = ctx.tokens.slice(ti + 1, ti + 3);
  if (following.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && /[^s]s$/.test(t.lower)))) return null;
  if (covering(dc.mentions, at)) return null;
  // A name wink reads as such ("Wigan 4 Chester 2" in a results table) is a verb only if compromise knows the word.
  if (tok.pos === 'PROPN' && !knownWord(verb)) return null;
  if (tok.pos !== 'VERB' && !isVerbWord(ctx, at, verb, true)) return null;
  const end = clauseEndAfter(text, at, sentence.end);
  const span = trimSpan(text, at, end);
  const deadline = deadlineIn(ctx.dates, at, span.end, text);
  const actor = dc.publisher;
  const action = actionPhrase(text, at, deadline ? Math.max(at, deadline.start) : span.end);
  if (!actor && !specific(dc, action, at, span.end, sentence.end)) return null;
  return programmeLine(dc, sentence, IMPERATIVE, 'programme line opening with a verb', { at, end, span, deadline, action });
}

/**
 * A programme line that is a gerund phrase ("Setting up a National Child Labour Commission.",
 * "Making the ballot secret by amending the Act."): a pledge as the imperative line is, when the line
 * holds no finite verb ("Having moved out of poverty, their aspirations have increased" has one), is
 * not a heading (title case, no final stop) and the gerund takes an object ("Setting up of courts"
 * is a noun). Openers that are prepositions ("During", "According", "Including") are no actions.
 */
function gerundItem(dc: DocContext, sentence: Sentence): Commitment | null {
  const { ctx, text } = dc;
  const sText = text.slice(sentence.start, sentence.end);
  const m = GERUND_ITEM_RE.exec(sText);
  if (!m?.groups?.verb || GERUND_OPENERS.test(m.groups.verb)) return null;
  // A heading before a colon ("Underscoring Human Rights Concerns: The President …") is no item.
  if (!/[.;]["”’)]?\s*$/.test(sText) || /:\s/.test(sText) || fewerWordsThan(sText, 4)) return null;
  const at = sentence.start + m.index + m[0].length - m.groups.verb.length;
  const ti = indexAt(ctx.tokens, at);
  if (ti < 0) return null;
  const next = ctx.tokens[ti + 1];
  if (!next || !(GERUND_OBJECT_TAGS.has(next.pos) || /^(?:up|down|out|back|forward|about)$/i.test(next.lower))) return null;
  if (/^\s+(?:(?:up|down|out|back)\s+)?of\b/i.test(text.slice(at + m.groups.verb.length, at + m.groups.verb.length + 20))) return null;
  // "Comparing this number with …, it indicates …": an adverbial clause before the main one.
  if (/,\s+(?:it|they|we|he|she|this|these|there)\s+\p{Ll}+/u.test(sText)) return null;
  const toks = tokensIn(ctx, sentence.start, sentence.end);
  // A finite verb after a subject ("…, Mr Blair said …", "Polling company Mori carried out …").
  if (toks.some((t, i) => t.pos === 'AUX' || (t.pos === 'VERB' && i > 0 && FINITE_FORM.test(t.lower) && (toks[i - 1].pos === 'NOUN' || toks[i - 1].pos === 'PROPN' || SUBJECT_PRONOUN.test(toks[i - 1].lower))))) return null;
  const words = toks.filter((t) => /^\p{L}/u.test(t.text));
  if (words.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 > words.length) return null;
  if (covering(dc.mentions, at) || quoteAt(dc, at)) return null;
  const end = clauseEndAfter(text, at, sentence.end);
  const span = trimSpan(text, at, end);
  const deadline = deadlineIn(ctx.dates, at, span.end, text);
  const action = actionPhrase(text, at, deadline ? Math.max(at, deadline.start) : span.end);
  const verb = action.split(' ')[0];
  if (NON_ACTION_VERBS.has(verb) || !canBeVerb(verb)) return null;
  const actor = dc.publisher;
  if (!actor && !specific(dc, action, at, span.end, sentence.end)) return null;
  return programmeLine(dc, sentence, GERUND_ITEM, 'programme line opening with a gerund', { at, end, span, deadline, action });
}

/** The commitment of a programme line (imperative or gerund item): the publisher's, firm unless conditional. */
function programmeLine(
  dc: DocContext,
  sentence: Sentence,
  trigger: Trigger,
  cue: string,
  clause: { at: number; end: number; span: { start: number; end: number }; deadline: Commitment['deadline']; action: string },
): Commitment {
  const { text } = dc;
  const { at, end, span, deadline, action } = clause;
  const actor = dc.publisher;
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    rule: trigger.id,
    sentence: sentence.index,
    sentenceText: text.slice(sentence.start, sentence.end),
    actor,
    speaker: null,
    action,
    polarity: 'positive',
    modality: isConditional(text, sentence.start, at, end, false) ? 'conditional' : 'firm',
    recipient: recipientIn(text, dc.mentions, at, span.end, actor),
    deadline,
    confidence: actor ? trigger.strength : trigger.strength - 0.1,
    cues: [cue],
  };
}
/** Words in -ing that open a line as prepositions or adverbial clauses, not as the action. */
const GERUND_OPENERS = /^(?:during|according|including|regarding|concerning|following|considering|beginning|starting|looking|having|being|excluding|pending|barring|assuming|notwithstanding|nothing|something|anything|everything|morning|evening|building|meeting|funding|training|housing|spending|planning|thing|king|ring|spring|string|wing|bring|sing)$/i;
/** Verb forms that are finite after a subject: past, third person present, common irregular pasts. */
const FINITE_FORM = /^(?:\p{L}+(?:ed|es)|\p{L}+[^su]s|said|told|made|took|gave|came|went|got|found|kept|held|left|brought|thought|felt|saw|knew|began|became|ran|won|met|paid|sent|spent|built|led|set|put)$/u;
const SUBJECT_PRONOUN = /^(?:i|we|you|he|she|it|they)$/;
/** What may follow the gerund as the start of its object. */
const GERUND_OBJECT_TAGS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN']);

/**
 * Headline style ("EU pledges over 1 million rounds"): wink tags the verb a noun, but an entity
 * right before it and no verb right after make it the predicate.
 */
function headlineVerb(dc: DocContext, tStart: number, tEnd: number): boolean {
  const text = dc.text;
  const entityBefore = !!lastBefore(dc.mentions, tStart, (x) => /^\s+$/.test(text.slice(x.end, tStart)), 1);
  const next = /^\s+([\p{L}']+)/u.exec(text.slice(tEnd, tEnd + 30))?.[1] ?? '';
  return entityBefore && next !== '' && !isVerbAt(dc.ctx, tEnd + text.slice(tEnd).indexOf(next));
}

function isVerbAt(ctx: ExtractorContext, at: number): boolean {
  const p = posAt(ctx, at);
  return p === 'VERB' || p === 'AUX';
}

/**
 * A writer's "would be …" that states no plan: reported speech, also carried on from the sentence
 * before ("Charité said … . His family would be consulted …"), a quote, a condition, a relative or
 * temporal clause ("before any comment would be released"), a person's affairs ("his family").
 */
function writersWouldIsNoPlan(dc: DocContext, sentence: Sentence, tStart: number): boolean {
  const sText = dc.text.slice(sentence.start, sentence.end);
  const before = dc.text.slice(sentence.start, tStart);
  if (REPORTED.test(sText) || quoteAt(dc, tStart) || CONDITION.test(sText)) return true;
  if (/\b(?:that|which|who|whom|before|after|until|when|once|since|because|as)\s+(?:[^,;:]*\s)?$/i.test(before) || /^\W*(?:his|her|their|my|your)\b/i.test(before)) return true;
  const prev = dc.ctx.sentences[sentence.index - 1];
  return !!prev && REPORTED.test(dc.text.slice(prev.start, prev.end));
}

/**
 * A list item's marker is not part of its subject: "b. We will …", "iv) The Commission will …",
 * "(a) Allies will …" (lower-case letters and roman numerals, numbers; "A. Smith" keeps its initial).
 */
function skipListMarker(text: string, at: number): number {
  const m = LIST_ITEM_MARKER.exec(text.slice(at, at + 12));
  return m ? at + m[0].length : at;
}
const LIST_ITEM_MARKER = /^\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})\)|(?:[a-z]|[ivx]{1,5}|\d{1,3})\.)\s+/;

/** A page's date stamp glued to a headline ("date 2022-02-10 Nuclear weapons …") is not part of the clause. */
function skipDateStamp(dc: DocContext, at: number): number {
  const text = dc.text;
  const lead = /^\s*(?:(?:date|dated|published|posted|updated)\s*:?\s*)?/i.exec(text.slice(at, at + 30))![0];
  const d = covering(dc.ctx.dates, at + lead.length);
  if (d && d.start !== at + lead.length) return at;
  return d ? d.end + (/^\s*/.exec(text.slice(d.end))?.[0].length ?? 0) : at;
}

