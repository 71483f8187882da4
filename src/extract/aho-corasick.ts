// The Aho–Corasick automaton both sentence gates use (./date/gate.ts, ./commitment/gate.ts): all
// the strings a gate needs are found in one pass over a sentence. Each gate maps characters to its
// own classes (case folding, white space) and reads the table its own way; this builds the table.

export interface AhoCorasick {
  /** The next state: delta[state * width + class]. Class 0 (a character no word has) leads back to the root. */
  delta: Int32Array;
  /** Per state: the outputs of the words that end there, its own first, then those of its suffixes. */
  found: number[][];
}

/**
 * The complete automaton of `words` (each a sequence of classes 1 … width − 1); the word `words[i]`
 * outputs `outputs[i]`.
 */
export function buildAhoCorasick(words: readonly (readonly number[])[], outputs: readonly (readonly number[])[], width: number): AhoCorasick {
  // The trie.
  const child: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  words.forEach((word, i) => {
    let node = 0;
    for (const c of word) {
      let next = child[node].get(c);
      if (next === undefined) {
        next = child.length;
        child.push(new Map());
        own.push([]);
        child[node].set(c, next);
      }
      node = next;
    }
    own[node].push(...outputs[i]);
  });
  // Breadth first: failure links folded into a full transition table.
  const n = child.length;
  const delta = new Int32Array(n * width);
  const fail = new Int32Array(n);
  const found: number[][] = own.map(() => []);
  const queue: number[] = [];
  for (const [c, v] of child[0]) {
    delta[c] = v;
    queue.push(v);
  }
  found[0] = [...new Set(own[0])];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    found[u] = [...new Set([...own[u], ...found[fail[u]]])];
    // Where the trie has no edge, go where the failure state goes; then the trie's own edges.
    delta.copyWithin(u * width, fail[u] * width, fail[u] * width + width);
    for (const [c, v] of child[u]) {
      fail[v] = delta[fail[u] * width + c];
      delta[u * width + c] = v;
      queue.push(v);
    }
  }
  return { delta, found };
}
