// A token trie for matching a large lexicon of phrases in one left-to-right pass.
//
// Why not one big regex alternation: with a thousand-odd phrases the regex engine tries every
// alternative at every position; the trie costs one Map lookup per token. Used by the country and
// the organization extractors, which both match lexicons built at module load.
//
// Tokens: runs of letters/digits (an inner apostrophe stays: "d'Ivoire"), a possessive "'s" as a
// token of its own ("Ukraine’s" → "Ukraine" + "'s"), and every other non-space character alone
// ("U.S." → "U" "." "S" "."). Phrases are tokenized the same way, so "U.S.-Ukraine" meets "U.S."
// and "Ukraine" as two phrases. Whether a space separates two tokens is part of the key: "U.S."
// never matches "U. S." and "Guinea-Bissau" never matches "Guinea Bissau".

export interface PhraseToken {
  start: number;
  end: number;
  /** Text with typographic apostrophes folded to "'". */
  text: string;
  /** Whitespace (without a line break) separates this token from the previous one. */
  spaced: boolean;
  /** A line break, or the start of the range, comes before this token: no phrase crosses it. */
  broken: boolean;
}

const WORD_OR_MARK = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE_TAIL = /['’][sS]$/;

/** Tokens of text[from, to), with offsets into text. */
export function tokenize(text: string, from = 0, to = text.length): PhraseToken[] {
  const out: PhraseToken[] = [];
  WORD_OR_MARK.lastIndex = from;
  let prevEnd = from;
  let first = true;
  for (let m = WORD_OR_MARK.exec(text); m !== null && m.index < to; m = WORD_OR_MARK.exec(text)) {
    let value = m[0];
    const start = m.index;
    let end = Math.min(start + value.length, to);
    if (end - start < value.length) value = value.slice(0, end - start);
    let broken = first;
    for (let k = prevEnd; k < start && !broken; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) broken = true;
    }
    const spaced = !broken && start > prevEnd;
    first = false;
    if (value.length > 2 && POSSESSIVE_TAIL.test(value)) {
      // "Ukraine’s" → "Ukraine" + "'s"
      out.push({ start, end: end - 2, text: fold(value.slice(0, -2)), spaced, broken });
      out.push({ start: end - 2, end, text: "'s", spaced: false, broken: false });
    } else {
      out.push({ start, end, text: fold(value), spaced, broken });
    }
    prevEnd = end;
  }
  return out;
}

/**
 * The tokens of a content range of a document, shared by the extractors that scan the same ranges
 * (organizations, then countries): tokenizing a range is a third of their work. Kept per
 * `owner` (the document's extractor context) for as long as the owner lives, so documents that go
 * through the stages together (../../pipeline/index.ts) each keep theirs. The arrays are read,
 * never changed.
 */
const rangeCache = new WeakMap<object, { from: number; to: number; tokens: PhraseToken[] }[]>();

export function rangeTokens(owner: object, text: string, from: number, to: number): PhraseToken[] {
  let cached = rangeCache.get(owner);
  if (!cached) rangeCache.set(owner, (cached = []));
  for (const c of cached) if (c.from === from && c.to === to) return c.tokens;
  const tokens = tokenize(text, from, to);
  // A document has few content ranges; a hostile one with thousands is not worth keeping.
  if (cached.length < 64) cached.push({ from, to, tokens });
  return tokens;
}

function fold(s: string): string {
  return s.includes('’') ? s.replace(/’/g, "'") : s;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value: T | undefined;
}

export interface TrieMatch<T> {
  /** Index of the first and one past the last token of the match. */
  from: number;
  to: number;
  start: number;
  end: number;
  value: T;
}

/** Edge key of token i in a sequence: a leading space marks "separated by whitespace". */
function edgeKey(tok: PhraseToken, isFirst: boolean): string {
  return isFirst || !tok.spaced ? tok.text : ' ' + tok.text;
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), value: undefined };
  size = 0;

  /**
   * Add a phrase. When the phrase is already present, `merge` decides which value stays
   * (default: the first one added).
   */
  add(phrase: string, value: T, merge: (old: T, added: T) => T = (old) => old): void {
    const toks = tokenize(phrase);
    if (toks.length === 0) return;
    let node = this.root;
    toks.forEach((tok, i) => {
      const key = edgeKey(tok, i === 0);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(key, child);
      }
      node = child;
    });
    if (node.value === undefined) {
      node.value = value;
      this.size++;
    } else {
      node.value = merge(node.value, value);
    }
  }

  /** The longest phrase that starts at token `from`, or null. */
  longestAt(tokens: PhraseToken[], from: number): TrieMatch<T> | null {
    let node = this.root.next.get(tokens[from].text);
    let best: TrieMatch<T> | null = null;
    let i = from;
    while (node) {
      if (node.value !== undefined) {
        best = { from, to: i + 1, start: tokens[from].start, end: tokens[i].end, value: node.value };
      }
      i++;
      if (i >= tokens.length || tokens[i].broken) break;
      node = node.next.get(edgeKey(tokens[i], false));
    }
    return best;
  }

  /** Leftmost-longest, non-overlapping matches over a token sequence. */
  matchAll(tokens: PhraseToken[]): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.longestAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else {
        i++;
      }
    }
    return out;
  }
}

/** Uppercase form of a phrase, for ALL-CAPS headlines ("UNITED STATES"). */
export function upperVariant(phrase: string): string {
  return phrase.toUpperCase();
}
