// The automaton both sentence gates build on: every word found at every place it ends,
// overlapping words included (the textbook he/she/his/hers example and a few more).
import { describe, expect, it } from 'vitest';
import { buildAhoCorasick } from '../../src/extract/aho-corasick.js';

/** Classes: a–z → 1–26, space → 27, anything else 0. */
const classOf = (ch: string): number => (/[a-z]/.test(ch) ? ch.charCodeAt(0) - 96 : ch === ' ' ? 27 : 0);
const WIDTH = 28;

function findAll(words: string[], text: string): string[] {
  const { delta, found } = buildAhoCorasick(words.map((w) => Array.from(w, classOf)), words.map((_, i) => [i]), WIDTH);
  const hits: string[] = [];
  let state = 0;
  for (let p = 0; p < text.length; p++) {
    state = delta[state * WIDTH + classOf(text[p])];
    for (const i of found[state]) hits.push(`${words[i]}@${p + 1 - words[i].length}`);
  }
  return hits.sort();
}

describe('buildAhoCorasick', () => {
  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers', ['he@2', 'hers@2', 'she@1']],
    [['he', 'she', 'his', 'hers'], 'this his', ['his@1', 'his@5']],
    [['will', 'will not', 'not'], 'will not', ['not@5', 'will not@0', 'will@0']],
    [['aa'], 'aaaa', ['aa@0', 'aa@1', 'aa@2']],
    [['pledge', 'ledge'], 'a ledge, a pledge', ['ledge@12', 'ledge@2', 'pledge@11']],
    [['abc'], 'ab-c abc', ['abc@5']],
    [['year'], '', []],
  ])('%j in %j', (words, text, expected) => {
    expect(findAll(words, text)).toEqual([...expected].sort());
  });
});
