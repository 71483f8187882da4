// Commitments: who commits to what, toward whom, by when, with polarity and modality.
//
// A cheap pass finds trigger cues (./cues.ts) in each sentence; only then is the clause analysed:
// the actor is the entity in subject position (or the group or speaker it stands for), the action
// is the trigger's verb in its base form plus what follows, and recipient and deadline are the
// mentions and dates of the clause after the verb. Lists under a committing lead-in ("The two
// leaders committed to:") yield one commitment per item.
import nlp from 'compromise';
import type { Commitment, CountryMention, DateMention, EntityRef, Modality, OrganizationMention, Person, PersonMention, Polarity, Sentence } from '../../types.js';
import type { Extractor, ExtractorContext } from '../types.js';
import { DEADLINE_PREPOSITIONS, GROUP_SUBJECT, HYPOTHETICAL, LIST_LEAD_IN, NEGATION, NON_ACTION_VERBS, PRONOUN_SUBJECT, RECIPIENT_PREPOSITIONS, TRIGGERS, type Trigger } from './cues.js';
import { REPORTING_VERBS } from '../person/titles.js';
import { countryByCode } from '../country/index.js';

const COMPILED = TRIGGERS.map((t) => ({ trigger: t, re: new RegExp(t.pattern, 'giu') }));
/** Cheap pre-filter: a sentence without any of these stems cannot hold a trigger. */
const QUICK = /will|shall|'ll|pledg|promis|vow|guarant|commit|agree|accord|treaty|deal|ceasefire|truce|plan|intend|aim|seek|sought|going|set to|propos|offer|ready|prepared|willing|may|might|could|refus|rule|reject|never|allow|permit|undert|resolv|affirm|is to|are to|providing|sending|delivering|deploying|investing|allocating|announcing|launching|establishing|imposing|expanding|donating|supplying|contributing/i;
/** After a name: a verb of saying, maybe after "of Denmark" ("Bødskov of Denmark said"). */
const REPORTING = new RegExp(`^\\s*(?:,\\s*)?(?:(?:of|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3},?\\s+)?(?:${REPORTING_VERBS.join('|')})\\b`, 'iu');
const LIST_ITEM = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+/;

interface Mention {
  start: number;
  end: number;
  ref: EntityRef;
}

export const commitmentExtractor: Extractor<Commitment> = {
  id: 'commitment',
  version: '1',
  extract(ctx: ExtractorContext): Commitment[] {
    const mentions = entityMentions(ctx);
    const out: Commitment[] = [];
    let lastActor: EntityRef | null = null;
    let lastGroup: EntityRef | null = null;
    for (let i = 0; i < ctx.sentences.length; i++) {
      const sentence = ctx.sentences[i];
      if (sentence.boilerplate) continue;
      const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      // Track the latest group named, for "the countries" / "the two leaders".
      const groupHere = latestGroup(ctx, sentence, inSentence);
      const found = commitmentsInSentence(ctx, sentence, inSentence, { lastActor, lastGroup: groupHere ?? lastGroup });
      out.push(...found);
      if (found.length && found[found.length - 1].actor) lastActor = found[found.length - 1].actor;
      if (groupHere) lastGroup = groupHere;
      // "The two leaders committed to:" followed by list lines.
      const text = ctx.doc.text.slice(sentence.start, sentence.end);
      if (LIST_LEAD_IN.test(text)) {
        const actor: EntityRef | null = found[0]?.actor ?? subjectOf(ctx, sentence, sentence.start, sentence.end, inSentence, { lastActor, lastGroup })?.ref ?? null;
        if (actor) {
          const items = listItems(ctx, i + 1);
          for (const item of items) out.push(listCommitment(ctx, item, actor, mentions));
          if (items.length) {
            lastActor = actor;
            i += items.length;
          }
        }
      }
    }
    return out;
  },
};

/** Countries, organizations and people of the document as entity references, in text order. */
function entityMentions(ctx: ExtractorContext): Mention[] {
  const out: Mention[] = [];
  for (const c of ctx.countries) out.push({ start: c.start, end: c.end, ref: countryRef(c) });
  for (const o of ctx.organizations) out.push({ start: o.start, end: o.end, ref: orgRef(o) });
  for (const p of ctx.people) for (const m of p.mentions) out.push({ start: m.start, end: m.end, ref: personRef(p, m) });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function countryRef(c: Pick<CountryMention, 'code'>): EntityRef {
  return { kind: 'country', key: c.code, name: countryByCode(c.code)?.name ?? c.code };
}
function orgRef(o: OrganizationMention): EntityRef {
  return { kind: 'organization', key: o.acronym ?? o.name, name: o.name };
}
function personRef(p: Person, _m: PersonMention): EntityRef {
  return { kind: 'person', key: p.key, name: p.name };
}

interface Memory {
  lastActor: EntityRef | null;
  lastGroup: EntityRef | null;
}

function commitmentsInSentence(ctx: ExtractorContext, sentence: Sentence, mentions: Mention[], memory: Memory): Commitment[] {
  const text = ctx.doc.text;
  const sText = text.slice(sentence.start, sentence.end);
  if (!QUICK.test(sText) || /\?\s*["”’]?\s*$/.test(sText)) return [];
  const taken: [number, number][] = [];
  const out: Commitment[] = [];
  for (const { trigger, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(sText); m; m = re.exec(sText)) {
      const tStart = sentence.start + m.index;
      const tEnd = tStart + m[0].length;
      if (taken.some(([s, e]) => tStart < e && tEnd > s)) continue;
      const c = analyse(ctx, sentence, mentions, memory, trigger, m, tStart, tEnd);
      if (!c) continue;
      taken.push([tStart, tEnd]);
      out.push(c);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function analyse(
  ctx: ExtractorContext,
  sentence: Sentence,
  mentions: Mention[],
  memory: Memory,
  trigger: Trigger,
  m: RegExpExecArray,
  tStart: number,
  tEnd: number,
): Commitment | null {
  const text = ctx.doc.text;
  const verb = (m.groups?.verb ?? m.groups?.noun ?? '').toLowerCase();
  if (trigger.verbTrigger && !isVerbAt(ctx, tStart) && !headlineVerb(ctx, mentions, tStart, tEnd)) return null;
  // "will be", "may include": the modal does not introduce an action of the actor.
  if (verb !== '' && !m.groups?.noun && !trigger.passive && NON_ACTION_VERBS.has(verb)) return null;
  if (isPastParticipleOrNoun(trigger, verb)) return null;

  const clauseStart = skipDateStamp(ctx.dates, text, clauseStartBefore(text, sentence.start, tStart));
  const speaker = speakerOf(ctx, sentence, mentions);
  let subject = subjectOf(ctx, sentence, clauseStart, tStart, mentions, memory);
  let confidence = trigger.strength;
  if (!subject && trigger.passive) {
    // "Nuclear weapons on Danish soil will not be allowed, Bødskov said": the speaker's government
    // bans it; failing a speaker, the country named in the clause.
    const clauseEnd = clauseEndAfter(text, tEnd, sentence.end);
    const ref = speaker?.country ?? mentions.find((x) => x.start >= clauseStart && x.end <= clauseEnd && x.ref.kind === 'country')?.ref ?? null;
    if (ref) subject = { ref, start: clauseStart, fromContext: true };
  }
  if (!subject && trigger.needsActor) return null;
  if (subject?.fromContext) confidence -= 0.15;

  // "would" between subject and trigger makes the clause hypothetical.
  const between = text.slice(subject && !subject.fromContext ? subject.start : clauseStart, tStart);
  if (HYPOTHETICAL.test(between) || HYPOTHETICAL.test(m[0])) return null;

  let actor = subject?.ref ?? null;
  let speakerRef: EntityRef | null = speaker?.person ?? null;
  // A person speaking for a government: the government commits, the person speaks.
  if (actor?.kind === 'person') {
    const person = ctx.people.find((p) => p.key === actor!.key);
    if (person?.country && person.role) {
      speakerRef = actor;
      actor = countryRef({ code: person.country });
    }
  }
  if (speakerRef && actor && speakerRef.key === actor.key) speakerRef = null;
  // A speaker speaks for the actor only when the actor is the speaker's own country.
  if (speakerRef && speaker && actor && !subject?.fromContext && speaker.person.key === speakerRef.key && speaker.country?.key !== actor.key) speakerRef = null;

  const clauseEnd = clauseEndAfter(text, tEnd, sentence.end);
  const polarity: Polarity =
    trigger.polarity === 'negative' || m.groups?.neg || NEGATION.test(text.slice(subject && !subject.fromContext ? subject.end ?? tStart : tStart, tStart)) ? 'negative' : 'positive';
  const sText = text.slice(sentence.start, sentence.end);
  const modality: Modality = /(?<!\beven )\b(?:if|unless|in the event|provided that)\b/i.test(sText) && trigger.modality !== 'possible' ? 'conditional' : trigger.modality;
  // The action starts at the verb the trigger names ("pledged to hold …" → "hold …"); when the
  // trigger names none, or names a noun ("commits to reforms"), it starts at the trigger itself.
  const namedVerb = m.groups?.verb ? tStart + m[0].lastIndexOf(m.groups.verb) : -1;
  // wink tags "reforms" in "commits to reforms" as a verb; a base-form verb never ends in a lone -s.
  // After a modal the word is the verb ("will focus"); after "to" it may be a noun.
  const afterTo = /\sto\s+\S+$/i.test(m[0]);
  const verbStart = namedVerb >= 0 && (trigger.passive || !afterTo || (isVerbAt(ctx, namedVerb) && !/[^s]s$/.test(verb))) ? namedVerb : tStart;
  const deadline = deadlineIn(ctx.dates, verbStart, clauseEnd, text);
  const action = actionPhrase(text, trigger, verbStart === tStart ? '' : verb, verbStart, clauseEnd, clauseStart, tStart, deadline);
  const recipient = recipientIn(text, mentions, verbStart, clauseEnd, actor);
  const start = subject && !subject.fromContext ? subject.start : clauseStart;
  const span = trimSpan(text, start, clauseEnd);
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    rule: trigger.id,
    sentence: sentence.index,
    sentenceText: text.slice(sentence.start, sentence.end),
    actor,
    speaker: speakerRef,
    action,
    polarity,
    modality,
    recipient,
    deadline,
    confidence: Math.round(Math.max(0.1, Math.min(1, confidence)) * 100) / 100,
    cues: [m[0].replace(/\s+/g, ' ').trim().toLowerCase()],
  };
}

/**
 * Headline style ("EU pledges over 1 million rounds"): wink tags the verb a noun, but an entity
 * right before it and no verb right after make it the predicate.
 */
function headlineVerb(ctx: ExtractorContext, mentions: Mention[], tStart: number, tEnd: number): boolean {
  const text = ctx.doc.text;
  const entityBefore = mentions.some((m) => m.end <= tStart && /^\s+$/.test(text.slice(m.end, tStart)));
  const next = /^\s+([\p{L}']+)/u.exec(text.slice(tEnd, tEnd + 30))?.[1] ?? '';
  return entityBefore && next !== '' && !isVerbAt(ctx, tEnd + text.slice(tEnd).indexOf(next));
}

/** wink-nlp tagged the word at this offset as a verb (or auxiliary). */
function isVerbAt(ctx: ExtractorContext, at: number): boolean {
  let lo = 0;
  let hi = ctx.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = ctx.tokens[mid];
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else return t.pos === 'VERB' || t.pos === 'AUX';
  }
  return false;
}

/** "will be allowed" is passive (handled by the ban trigger); "pledged" as an adjective is not a trigger. */
function isPastParticipleOrNoun(trigger: Trigger, verb: string): boolean {
  return trigger.id === 'commitment/pledge-verb' && /^(?:and|or|by|that|in|at|of)$/.test(verb);
}

/** The clause holding the trigger starts after the last ; or : or an opening quote before it. */
function clauseStartBefore(text: string, sentenceStart: number, at: number): number {
  const region = text.slice(sentenceStart, at);
  const re = /[;:“"]\s*|,\s+(?:and|but|while|whereas|as|because|although|so)\s+|\b(?:that|which|who|but)\s+(?=\S)/g;
  let start = sentenceStart;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    // Only cut where something follows that could be a subject.
    if (m.index + m[0].length < region.length) start = sentenceStart + m.index + m[0].length;
  }
  return start;
}

/** A page's date stamp glued to a headline ("date 2022-02-10 Nuclear weapons …") is not part of the clause. */
function skipDateStamp(dates: DateMention[], text: string, at: number): number {
  const lead = /^\s*(?:(?:date|dated|published|posted|updated)\s*:?\s*)?/i.exec(text.slice(at, at + 30))![0];
  const d = dates.find((x) => x.start === at + lead.length);
  return d ? d.end + (/^\s*/.exec(text.slice(d.end))?.[0].length ?? 0) : at;
}

/** The clause ends at ; or a new clause with its own subject, or the sentence end. */
function clauseEndAfter(text: string, from: number, sentenceEnd: number): number {
  const region = text.slice(from, sentenceEnd);
  const m = /;|,\s+(?:and|but|while|whereas|although|even if|according to)\b|,\s*["”]|["”]\s*,|,\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*\s+(?:said|says|told|added)\b|\.\s+\p{Lu}/u.exec(region);
  return m ? from + m.index : sentenceEnd;
}

interface Subject {
  ref: EntityRef;
  start: number;
  end?: number;
  fromContext?: boolean;
}

/**
 * The actor in subject position before the trigger: the first entity mention of the clause not
 * governed by a preposition or a verb, with any "A, B and C" chain after it; else a group phrase
 * ("The countries") or a pronoun, resolved from memory.
 */
function subjectOf(ctx: ExtractorContext, sentence: Sentence, clauseStart: number, tStart: number, mentions: Mention[], memory: Memory): Subject | null {
  const text = ctx.doc.text;
  for (const from of clauseStart > sentence.start ? [clauseStart, sentence.start] : [clauseStart]) {
    const candidates = mentions.filter((x) => x.start >= from && x.end <= tStart);
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k];
      const lead = text.slice(from, c.start);
      if (!/^(?:\s*|.*?\b(?:the|its|their|our)\s+|[“"]\s*)$/i.test(lead) && !/^[^,]*,\s*$/.test(lead)) {
        // Governed by a preposition or verb ("approached Denmark", "in Ukraine"): not a subject.
        if (/\b(?:in|on|at|to|for|with|from|by|of|against|between|about|into|than|toward|towards|approached|met|called|urged|told|asked|and)\s+(?:the\s+)?$/i.test(lead)) continue;
        if (lead.trim().split(/\s+/).length > 4) continue;
      }
      // Chain "A, B and C": joint parties.
      const members = [c];
      let end = c.end;
      for (let n = k + 1; n < candidates.length; n++) {
        const gap = text.slice(end, candidates[n].start);
        if (!/^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$/i.test(gap)) break;
        members.push(candidates[n]);
        end = candidates[n].end;
      }
      const tail = text.slice(end, tStart);
      // What stands between the subject and the trigger may not contain another clause's verb.
      if (tail.length > 80 || /\b(?:said|says|told|that|which|who|whose|when|after|before|because)\b/i.test(tail)) return null;
      const unique = members.filter((mm, idx) => members.findIndex((o) => o.ref.key === mm.ref.key) === idx);
      const ref: EntityRef =
        unique.length === 1
          ? unique[0].ref
          : { kind: 'group', key: unique.map((u) => u.ref.key).join('+'), name: unique.map((u) => u.ref.name).join(' and '), members: unique.map((u) => u.ref) };
      return { ref, start: c.start, end };
    }
  }
  const lead = text.slice(clauseStart, tStart);
  if (GROUP_SUBJECT.test(lead) && memory.lastGroup) {
    const g = GROUP_SUBJECT.exec(lead)!;
    return { ref: memory.lastGroup, start: clauseStart + g.index, end: tStart, fromContext: true };
  }
  const p = PRONOUN_SUBJECT.exec(lead);
  if (p?.groups && lead.trim().split(/\s+/).length <= 2) {
    const pronoun = p.groups.pronoun.toLowerCase();
    if ((pronoun === 'we' || pronoun === 'i') && speakerOf(ctx, sentence, mentions)?.country) {
      return { ref: speakerOf(ctx, sentence, mentions)!.country!, start: clauseStart + p.index, fromContext: true };
    }
    if (memory.lastActor && pronoun !== 'i') return { ref: memory.lastActor, start: clauseStart + p.index, fromContext: true };
  }
  return null;
}

/** The person the sentence attributes its words to ("…, Bødskov said"; "according to X"). */
function speakerOf(ctx: ExtractorContext, sentence: Sentence, mentions: Mention[]): { person: EntityRef; country: EntityRef | null } | null {
  const text = ctx.doc.text;
  for (const m of mentions) {
    if (m.ref.kind !== 'person' || m.start < sentence.start || m.end > sentence.end) continue;
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 20));
    const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
    if (REPORTING.test(after) || /\b(?:said|according to|says)\s+(?:\S+\s+){0,4}$/i.test(before)) {
      const person = ctx.people.find((p) => p.key === m.ref.key);
      return { person: m.ref, country: person?.country ? countryRef({ code: person.country }) : null };
    }
  }
  return null;
}

/** The most recent group named in the sentence: a bloc organization or a list of countries. */
function latestGroup(ctx: ExtractorContext, sentence: Sentence, mentions: Mention[]): EntityRef | null {
  const text = ctx.doc.text;
  let group: EntityRef | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.ref.kind === 'organization' && /^(?:G\d+|Group of|NATO|EU|European Union|Quad|ASEAN|African Union|Arab League|Bucharest Nine|B9)/i.test(m.ref.name + ' ' + m.ref.key)) {
      group = m.ref;
    }
    const next = mentions[i + 1];
    if (m.ref.kind === 'country' && next?.ref.kind === 'country' && /^\s*(?:and|,)\s*(?:the\s+)?$/.test(text.slice(m.end, next.start))) {
      const members = [m.ref];
      let j = i + 1;
      while (j < mentions.length && mentions[j].ref.kind === 'country' && /^\s*(?:and|,|,\s*and)\s*(?:the\s+)?$/.test(text.slice(mentions[j - 1].end, mentions[j].start))) {
        if (!members.some((x) => x.key === mentions[j].ref.key)) members.push(mentions[j].ref);
        j++;
      }
      if (members.length > 1) group = { kind: 'group', key: members.map((x) => x.key).join('+'), name: members.map((x) => x.name).join(' and '), members };
      i = j - 1;
    }
  }
  void sentence;
  return group;
}

function deadlineIn(dates: DateMention[], from: number, to: number, text: string): Commitment['deadline'] {
  for (const d of dates) {
    if (d.start < from || d.end > to) continue;
    const lead = text.slice(Math.max(0, d.start - 20), d.start);
    if (DEADLINE_PREPOSITIONS.test(lead) && (d.type === 'DATE' || d.type === 'DURATION')) {
      return { value: d.value, mod: d.mod, text: d.text, start: d.start, end: d.end };
    }
  }
  return null;
}

function recipientIn(text: string, mentions: Mention[], from: number, to: number, actor: EntityRef | null): EntityRef | null {
  for (const m of mentions) {
    if (m.start < from || m.end > to || m.ref.key === actor?.key) continue;
    if (actor?.members?.some((x) => x.key === m.ref.key)) continue;
    const lead = text.slice(Math.max(from, m.start - 12), m.start);
    if (RECIPIENT_PREPOSITIONS.test(lead.replace(/\bthe\s+$/i, ''))) return m.ref;
  }
  return null;
}

const MAX_ACTION_WORDS = 10;

/** The action: the verb's base form and what follows it, up to the clause end or the deadline. */
function actionPhrase(
  text: string,
  trigger: Trigger,
  verb: string,
  verbStart: number,
  clauseEnd: number,
  clauseStart: number,
  tStart: number,
  deadline: Commitment['deadline'],
): string {
  const stop = deadline ? Math.min(clauseEnd, Math.max(verbStart, deadline.start)) : clauseEnd;
  const head = trigger.passive || verb === '' || text.startsWith(verb, verbStart) || text.slice(verbStart, verbStart + verb.length).toLowerCase() === verb ? verb : '';
  const first = head || (/^[\p{L}-]+/u.exec(text.slice(verbStart, stop))?.[0] ?? '');
  let rest = text.slice(verbStart + first.length, stop);
  rest = rest.replace(/\s+(?:by|before|until|within|in)\s*$/i, '');
  const base = baseForm(first);
  if (trigger.passive) {
    // "Nuclear weapons on Danish soil will not be allowed" → "allow nuclear weapons on Danish soil".
    const object = text.slice(clauseStart, tStart).replace(/^\W+|\W+$/g, '').replace(/^(?:the|a|an)\s+/i, '');
    // What follows the verb belongs to the action too ("are not allowed on Danish soil"), but not
    // a closing "either"/"too".
    const after = rest.replace(/\s+(?:either|too|also|anymore|any longer)\b.*$/i, '');
    return tidy(`${base} ${lowerFirst(object)}${after}`);
  }
  return tidy(`${base}${rest}`);
}

function tidy(s: string): string {
  const words = s.replace(/[“”"]/g, '').replace(/\s+/g, ' ').replace(/[\s,.;:!]+$/, '').trim().split(' ');
  const kept = words.slice(0, MAX_ACTION_WORDS);
  // A phrase cut before its deadline or at the word limit does not end on a preposition.
  while (kept.length > 1 && /^(?:by|before|until|within|in|on|at|from|to|for|of|and|the|a|an|with)$/i.test(kept[kept.length - 1])) kept.pop();
  return kept.join(' ').replace(/,$/, '');
}

function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

const baseCache = new Map<string, string>();
/** The infinitive of a verb, from compromise's conjugation (called only for found commitments). */
export function baseForm(word: string): string {
  const w = word.toLowerCase();
  const cached = baseCache.get(w);
  if (cached) return cached;
  let base = w;
  {
    // compromise's bundled types omit the verbs() plugin of its full build.
    const view = nlp(w).tag('Verb') as unknown as { verbs(): { toInfinitive(): { text(): string } } };
    const inf = view.verbs().toInfinitive().text().trim();
    if (inf && /^[a-z-]+$/.test(inf)) base = inf;
  }
  baseCache.set(w, base);
  return base;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s“"'‘(,]/.test(text[s])) s++;
  while (e > s && /[\s.,;:”"'’)!]/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Lines after a lead-in that form its list: bullets, or short lines up to a blank line. */
function listItems(ctx: ExtractorContext, from: number): Sentence[] {
  const items: Sentence[] = [];
  const text = ctx.doc.text;
  for (let i = from; i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i];
    if (s.boilerplate) break;
    const prev = i === from ? ctx.sentences[from - 1] : ctx.sentences[i - 1];
    const gap = text.slice(prev.end, s.start);
    const lineStart = /\n/.test(gap);
    if (!lineStart) {
      // A continuation sentence on the same line belongs to the previous item.
      if (items.length) continue;
      break;
    }
    if (/\n\s*\n/.test(gap) && !LIST_ITEM.test(text.slice(s.start - 2, s.end))) break;
    items.push(s);
  }
  return items;
}

function listCommitment(ctx: ExtractorContext, item: Sentence, actor: EntityRef, mentions: Mention[]): Commitment {
  const text = ctx.doc.text;
  let start = item.start;
  const bullet = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+/.exec(text.slice(start, item.end));
  if (bullet) start += bullet[0].length;
  const end = clauseEndAfter(text, start, item.end);
  const span = trimSpan(text, start, end);
  const first = /^[\p{L}-]+/u.exec(text.slice(span.start, span.end))?.[0] ?? '';
  const deadline = deadlineIn(ctx.dates, span.start, span.end, text);
  const rest = text.slice(span.start + first.length, deadline ? deadline.start : span.end);
  const lineText = text.slice(item.start, item.end);
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    rule: 'commitment/list-item',
    sentence: item.index,
    sentenceText: lineText,
    actor,
    speaker: null,
    action: tidy(`${/ing$/.test(first.toLowerCase()) ? baseForm(first) : first.toLowerCase()}${rest}`),
    polarity: NEGATION.test(lineText.slice(0, 40)) ? 'negative' : 'positive',
    modality: 'firm',
    recipient: recipientIn(text, mentions, span.start, span.end, actor),
    deadline,
    confidence: 0.7,
    cues: ['list under a committing lead-in'],
  };
}
