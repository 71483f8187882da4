// The phrase tokenizer shared by the country and organization lexicons, and the trie over it.
import { describe, expect, it } from 'vitest';
import { PhraseTrie, tokenize } from '../../src/extract/country/phrase-trie.js';

describe('tokenize', () => {
  // [text, tokens as "text" with a leading space when spaced, "|" before a line break]
  const cases: [string, string[]][] = [
    ['U.S.-Ukraine', ['U', '.', 'S', '.', '-', 'Ukraine']],
    ['the United States', ['the', ' United', ' States']],
    ['Ukraine’s army', ['Ukraine', "'s", ' army']],
    ["Ukraine's", ['Ukraine', "'s"]],
    ['Côte d’Ivoire', ['Côte', " d'Ivoire"]],
    ["rock'n'roll", ["rock'n'roll"]],
    ["the States' view", ['the', ' States', "'", ' view']],
    ['Guinea-Bissau', ['Guinea', '-', 'Bissau']],
    ['a\u00a0b', ['a', ' b']],
    ['NATO\nsummit', ['NATO', '|summit']],
    ['G7 2024', ['G7', ' 2024']],
    ['São Tomé', ['São', ' Tomé']],
    ['Cafe\u0301 x', ['Cafe\u0301', ' x']],
    ['peace 😀 deal', ['peace', ' 😀', ' deal']],
    ['٣ apples', ['٣', ' apples']],
    ['lone \ud800 half', ['lone', ' \ud800', ' half']],
    ['', []],
    [' \n\t ', []],
  ];
  it.each(cases)('%j', (text, expected) => {
    const got = tokenize(text).map((t, i) => (t.broken && i > 0 ? '|' : t.spaced ? ' ' : '') + t.text);
    expect(got).toEqual(expected);
  });

  it('reads a range of the text with offsets into the whole, cutting the last token at its end', () => {
    const text = 'In Denmark and Norway';
    expect(tokenize(text, 3, 17).map((t) => [t.text, t.start, t.end])).toEqual([
      ['Denmark', 3, 10],
      ['and', 11, 14],
      ['No', 15, 17],
    ]);
  });
});

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  for (const p of ['U.S.', 'United States', 'United States of America', 'Guinea-Bissau', 'Guinea']) trie.add(p, p);
  // [text, matches]
  const cases: [string, string[]][] = [
    ['the U.S. and the United States of America', ['U.S.', 'United States of America']],
    ['the U. S. army', []],
    ['Guinea-Bissau and Guinea', ['Guinea-Bissau', 'Guinea']],
    ['Guinea Bissau', ['Guinea']],
    ['United\nStates', []],
    ['the United States’s view', ['United States']],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(trie.matchAll(tokenize(text)).map((m) => m.value)).toEqual(expected);
  });
});
