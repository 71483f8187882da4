// Commitment nouns: "reaffirmed the United States’ firm support for Ukraine’s sovereignty",
// "expressed their determination to counter these threats", "the commitment by President Erdoğan
// to transmit …", "the U.S. proposal of a 72-hour ceasefire".
//
// A noun counts when someone holds it: a named possessor ("President Biden’s", "the U.S."), the
// agent after "by", or the subject of a verb that states it ("reaffirmed", "expressed",
// "underscore"). "a bipartisan show of support for Ukraine" and "assurances of their readiness"
// (expected from someone else) name no holder and are not commitments.
import type { Commitment, EntityRef, Modality, Sentence } from '../../types.js';
import { actionPhrase, baseForm, deadlineIn, recipientIn, tidy, trimSpan } from './action.js';
import { actorOfPerson, groupOf, latestGroup, type DocContext, type Memory, resolveSubject, subjectBefore } from './actor.js';
import { covering, tokensIn, within } from './spans.js';
import { clauseEndAfter, clauseStartBefore, isConditional } from './clause.js';
import type { Trigger } from './cues.js';
import { alt, GROUP_NOUNS, STATEMENT_VERBS } from './lexicon.js';

/** Which preposition each noun takes when it names a commitment ("support for", not "support of"). */
const PREPOSITIONS: Record<string, RegExp> = {
  support: /^(?:for|to)$/,
  commitment: /^(?:to|by)$/,
  commitments: /^(?:to|by)$/,
  determination: /^to$/,
  willingness: /^to$/,
  readiness: /^to$/,
  resolve: /^to$/,
  intention: /^to$/,
  pledge: /^(?:to|of|by)$/,
  pledges: /^(?:to|of|by)$/,
  promise: /^(?:to|of|by)$/,
  promises: /^(?:to|of|by)$/,
  guarantee: /^(?:to|of|by)$/,
  guarantees: /^(?:to|of|by)$/,
  assurance: /^(?:to|of|by)$/,
  assurances: /^(?:to|of|by)$/,
  proposal: /^(?:of|for|to|by)$/,
  offer: /^(?:of|for|to|by)$/,
};

const MODALITY: Record<string, Modality> = { willingness: 'intended', readiness: 'intended', intention: 'intended', proposal: 'proposed', offer: 'proposed' };
const VERB_OF: Record<string, string> = {
  support: 'support', commitment: 'commit to', commitments: 'commit to', pledge: 'pledge', pledges: 'pledge', promise: 'promise',
  promises: 'promise', guarantee: 'guarantee', guarantees: 'guarantee', assurance: 'assure', assurances: 'assure', proposal: 'propose',
  offer: 'offer', determination: 'act on', willingness: 'act on', readiness: 'act on', resolve: 'act on', intention: 'act on',
};
/** Nouns strong enough to count with an official "our" alone ("our strong support for Ukraine"). */
const STRONG = /^(?:commitments?|support|pledges?|determination)$/;
const STATEMENT = new RegExp(String.raw`\b(?:${alt(STATEMENT_VERBS)})\b(?:\s+(?:to|with|for)\s+\S+)?\s*$`, 'i');
const NOUN_ALT = 'commitments?|support|determination|willingness|readiness|resolve|pledges?|promises?|guarantees?|proposal|offer|intention|assurances?';
/** "both countries’ willingness", "the leaders’ commitment". */
const GROUP_POSSESSOR = new RegExp(String.raw`^(?:the|both|all)\s+(?:(?:two|three|\d+)\s+)?(?:${alt(GROUP_NOUNS)})['’]s?\s`, 'i');
/** ", and our sacred commitment to …": the next commitment noun, where this one ends (tried at a comma or where white space starts: see ./action.ts). */
export const NEXT_NOMINAL = new RegExp(String.raw`(?:,|(?<!\s))\s+and\s+(?=(?:(?:the|our|its|their|his|her|my|[\p{L}.’'-]+)\s+){0,4}(?:${NOUN_ALT})\s+(?:to|for|of|by)\b)`, 'iu');

/** ", and" before a coordinated verb (tried at a comma or where white space starts: see ./action.ts). */
export const AND_BEFORE = /(?:,|(?<!\s))\s+and\s+$/;

export function analyseNominal(
  dc: DocContext,
  sentence: Sentence,
  memory: Memory,
  trigger: Trigger,
  m: RegExpExecArray,
  nStart: number,
  nEnd: number,
  previous: Commitment[],
): Commitment[] {
  const { ctx, text } = dc;
  const noun = (m.groups?.noun ?? '').toLowerCase();
  const prep = /^\s+(\w+)/.exec(text.slice(nEnd, nEnd + 12))?.[1]?.toLowerCase() ?? '';
  if (!PREPOSITIONS[noun]?.test(prep)) return [];
  // wink tags the noun; "support" / "offer" used as verbs belong to the verb triggers (but "affirms
  // support for" is the noun after a stating verb).
  const tok = tokensIn(ctx, nStart, nEnd)[0];
  if (tok && (tok.pos === 'VERB' || tok.pos === 'AUX') && !/^(?:commitments?|determination|willingness|readiness|proposal|assurances?)$/.test(noun)) {
    const before = text.slice(Math.max(sentence.start, nStart - 40), nStart);
    if (!/\b(?:the|its|their|our|his|her|my|and|of|firm|strong|full|unwavering|continued|steadfast)\s+$|['’]s?\s+$/i.test(before) && !STATEMENT.test(before)) return [];
  }

  const npStart = nounPhraseStart(dc, sentence, nStart);
  const np = text.slice(npStart, nStart);
  const sentenceBefore = text.slice(sentence.start, npStart);
  const statement = STATEMENT.exec(sentenceBefore.slice(-70));
  const coordinated = /\band\s+$/i.test(sentenceBefore) && previous.some((p) => p.rule === trigger.id && p.end <= npStart + 1 && npStart - p.end < 200);

  // The holder: a named possessor or modifier, a possessive pronoun, a group, or "by X".
  let holder: { actor: EntityRef | null; speaker: EntityRef | null; named: boolean; start: number } | null = null;
  // A name holds the noun as a possessive ("President Biden’s support"), an adjective ("Russian
  // support") or a modifier after "the" ("the U.S. proposal"); "from Iran assurances" is no holder.
  const inNp = within(dc.mentions, npStart, nStart).filter(
    (x) => (/^['’]/.test(text.slice(x.end, x.end + 1)) || x.form === 'adjective' || /\bthe\s+$/i.test(text.slice(npStart - 1, x.start)) || x.start > npStart),
  );
  if (inNp.length) {
    const chain = inNp.filter((x, i) => i === 0 || /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(text.slice(inNp[i - 1].end, x.start)));
    const parts = chain.map((x) => actorOfPerson(dc, x.ref));
    holder = { actor: groupOf(parts.map((p) => p.actor)), speaker: parts.length === 1 ? parts[0].speaker : null, named: true, start: chain[0].start };
  }
  const by = /^\s+by\s+(?:the\s+)?/i.exec(text.slice(nEnd, nEnd + 20));
  if (!holder && by) {
    const agent = within(dc.mentions, nEnd + by[0].length, nEnd + by[0].length + 80).find((x) => x.start <= nEnd + by[0].length + 30 && /^(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.test(text.slice(nEnd + by[0].length, x.start)));
    if (agent) {
      const r = actorOfPerson(dc, agent.ref);
      holder = { ...r, named: true, start: npStart };
    }
  }
  const pron = /^(?:the\s+)?(my|our|his|her|its|their)\b/i.exec(np.trim());
  const group = GROUP_POSSESSOR.exec(np.trim());
  let fromContext = false;
  if (!holder && group) {
    const g = latestGroup(dc, npStart);
    if (g) holder = { actor: g, speaker: null, named: true, start: npStart };
    fromContext = true;
  }
  if (!holder && pron) {
    const p = pron[1].toLowerCase();
    const subject = statement ? subjectBefore(dc, clauseStartBefore(text, sentence.start, npStart - statement[0].length), npStart - statement[0].length) : null;
    let r;
    if ((p === 'his' || p === 'her' || p === 'their' || p === 'its') && subject && subject.kind !== 'none' && subject.kind !== 'np') {
      r = resolveSubject(dc, subject, sentence, npStart, memory, null);
    } else {
      r = resolveSubject(dc, { kind: 'pronoun', pronoun: p, start: npStart, end: npStart, refs: [] }, sentence, npStart, memory, null);
    }
    if (r.actor) holder = { actor: r.actor, speaker: r.speaker, named: false, start: npStart };
    fromContext = true;
  }

  const official = !!holder && !holder.named && !!dc.publisher && holder.actor?.key === dc.publisher.key && STRONG.test(noun);
  if (!(holder?.named || statement || coordinated || official)) return [];

  let actor = holder?.actor ?? null;
  let speaker = holder?.speaker ?? null;
  if (statement) {
    // The subject of the stating verb: the holder when none is named, else perhaps the speaker.
    const verbStart = npStart - statement[0].length;
    const subject = subjectBefore(dc, clauseStartBefore(text, sentence.start, verbStart), verbStart);
    const r = subject.kind === 'none' || subject.kind === 'np' ? null : resolveSubject(dc, subject, sentence, verbStart, memory, null);
    if (!actor && r?.actor) {
      actor = r.actor;
      speaker = r.speaker;
      fromContext = r.fromContext;
    } else if (r?.actor && actor && r.speaker && r.actor.key === actor.key) speaker = r.speaker;
  }
  if (!actor && coordinated) actor = previous[previous.length - 1].actor;
  if (!actor) return [];

  // The span: from the holder to the clause end, stopping before a coordinated commitment noun or verb.
  let end = clauseEndAfter(text, nEnd, sentence.end);
  const tail = text.slice(nEnd, end);
  const cut = NEXT_NOMINAL.exec(tail);
  if (cut) end = nEnd + cut.index;
  for (const t of tokensIn(ctx, nEnd, end)) {
    if (t.pos === 'VERB' && /\band\s+$/.test(text.slice(Math.max(nEnd, t.start - 6), t.start)) && /[^s]s$|ed$/.test(t.lower)) {
      end = t.start - (AND_BEFORE.exec(text.slice(nEnd, t.start))?.[0].length ?? 0);
      break;
    }
  }
  const span = trimSpan(text, holder?.start ?? npStart, end);

  // The action: the verb after "to" ("determination to counter …"), else the noun as a verb ("support Ukraine’s sovereignty").
  const objStart = nEnd + (/^\s+(?:by\s+[^,]{1,60}?\s+(?=to\s)|)(?:to|for|of)\s+/i.exec(text.slice(nEnd, end))?.[0].length ?? 0);
  const toVerb = /^\s+(?:by\s+[^,]{1,60}?\s+)?to\s+([a-z][a-z-]+)/i.exec(text.slice(nEnd, end));
  const verbTok = toVerb ? tokensIn(ctx, nEnd + toVerb[0].length - toVerb[1].length, nEnd + toVerb[0].length)[0] : null;
  const deadline = deadlineIn(ctx.dates, nEnd, span.end, text);
  const stop = deadline ? Math.max(objStart, deadline.start) : span.end;
  const action =
    toVerb && verbTok?.pos === 'VERB'
      ? actionPhrase(text, nEnd + toVerb[0].length - toVerb[1].length, stop)
      : tidy(`${VERB_OF[noun] ?? baseForm(noun)} ${text.slice(objStart, stop)}`);
  const negative = /^(?:no|not\s+any)\b/i.test(np.trim());
  const conditional = isConditional(text, sentence.start, npStart, end, false);
  const modality: Modality = MODALITY[noun] ?? (conditional ? 'conditional' : trigger.modality);
  const strength = trigger.strength - (fromContext ? 0.1 : 0) + (statement ? 0.05 : 0);
  return [
    {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      rule: trigger.id,
      sentence: sentence.index,
      sentenceText: text.slice(sentence.start, sentence.end),
      actor,
      speaker: speaker && speaker.key !== actor.key ? speaker : null,
      action,
      polarity: negative ? 'negative' : 'positive',
      modality,
      recipient: recipientIn(text, dc.mentions, nEnd, span.end, actor),
      deadline,
      confidence: Math.round(Math.max(0.1, Math.min(1, strength)) * 100) / 100,
      cues: [[statement?.[0].trim(), text.slice(nStart, nEnd + 1 + prep.length)].filter(Boolean).join(' … ').toLowerCase()],
    },
  ];
}

/**
 * Where the noun phrase of a commitment noun starts: back over its modifiers ("the U.S extended
 * deterrence", "President Biden’s unwavering", "his administration’s") to a determiner or a
 * possessive, stopping at a verb, a preposition or punctuation.
 */
function nounPhraseStart(dc: DocContext, sentence: Sentence, nStart: number): number {
  const toks = tokensIn(dc.ctx, Math.max(sentence.start, nStart - 90), nStart).filter((t) => t.end <= nStart);
  let start = nStart;
  for (let i = toks.length - 1; i >= 0 && toks.length - i <= 7; i--) {
    const t = toks[i];
    const inMention = !!covering(dc.mentions, t.start);
    if (inMention) {
      start = t.start;
      continue;
    }
    if (/^['’]s?$/.test(t.text)) {
      start = t.start;
      continue;
    }
    if (/^(?:the|a|an|its|their|our|his|her|my|both|all|no|this|these)$/i.test(t.lower)) {
      start = t.start;
      // "both countries’": the determiner of a possessor, keep going only through that possessor.
      break;
    }
    // A stating verb ends the phrase whatever wink calls it ("The declaration affirms support").
    if (STATEMENT_VERBS.includes(t.lower)) break;
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'PRON') break;
    if (t.pos === 'VERB') {
      // A participle as a modifier ("the U.S extended deterrence commitment", "Biden’s unwavering
      // support"), not the verb that governs the phrase ("criticized Russia’s support").
      const prev = toks[i - 1];
      const prevInMention = !!prev && !!covering(dc.mentions, prev.start);
      if (!/(?:ing|ed)$/.test(t.lower) || STATEMENT_VERBS.includes(t.lower)) break;
      if (!prev || !(prevInMention || prev.pos === 'DET' || prev.pos === 'ADJ' || /^['’]s?$/.test(prev.text))) break;
    }
    start = t.start;
  }
  // "both countries’ willingness": the determiner found belongs to the possessor; include it.
  return start;
}
