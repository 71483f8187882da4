import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { markBoilerplateLines } from '../../src/segment/boilerplate.js';
import { BOILERPLATE_RULES } from '../../src/segment/boilerplate-rules.js';
import { makeDocument } from '../helpers.js';

describe('boilerplate rules', () => {
  it.each(BOILERPLATE_RULES.map((r) => [r.id, r.example]))('%s marks its example %j', (id, example) => {
    const lines = markBoilerplateLines(example);
    expect(lines[0]).toMatchObject({ boilerplate: true, rule: id });
  });

  it.each([
    'Denmark is one of the founding members of the Defense League NATO.',
    'Menu items were discussed at the summit dinner.',
    'The content of the agreement was not disclosed.',
  ])('leaves prose alone: %j', (line) => {
    expect(markBoilerplateLines(line)[0].boilerplate).toBe(false);
  });

  it('marks a Read also list up to its end, and nothing before it', () => {
    const text = 'Ukraine also pledges to implement defense reforms.\nRead also:\n- Scholz: West must sustain support\n- EU pledges over 1 million rounds';
    expect(markBoilerplateLines(text).map((l) => l.boilerplate)).toEqual([false, true, true, true]);
  });
});

describe('segment', () => {
  it('gives tokens whose offsets index the original text, on all seeds', () => {
    for (const f of fs.readdirSync('corpus').filter((n) => n.startsWith('seed-'))) {
      const text = fs.readFileSync(`corpus/${f}`, 'utf8');
      const seg = segment(makeDocument(text));
      expect(seg.tokens.length).toBeGreaterThan(100);
      for (const t of seg.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      for (const s of seg.sentences) expect(s.end).toBeGreaterThan(s.start);
    }
  });

  it('never lets a sentence cross a line break (bullets and headlines stand alone)', () => {
    const text = 'It outlines cooperation on:\n- Equipping the military\n- Reconstructing the economy';
    const seg = segment(makeDocument(text));
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['It outlines cooperation on:', '- Equipping the military', '- Reconstructing the economy']);
  });

  it('marks the navigation of the Danish Defence page as boilerplate', () => {
    const text = fs.readFileSync('corpus/seed-danish-defence-security-cooperation.txt', 'utf8');
    const seg = segment(makeDocument(text));
    const nav = seg.sentences.filter((s) => s.boilerplate).map((s) => text.slice(s.start, s.end).trim());
    expect(nav).toEqual(['Go to content Go to search about Danish Defence website Go to right bar', 'Main menu', 'Menu', 'Content area', 'All about', 'Internal links', 'External links']);
  });

  it('keeps offsets right around astral characters, CRLF and a lone CR', () => {
    const text = 'Denmark 🇩🇰 will act.\r\nUkraine 😀 said so.\rNATO agreed.';
    const seg = segment(makeDocument(text));
    for (const t of seg.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Denmark 🇩🇰 will act.', 'Ukraine 😀 said so.', 'NATO agreed.']);
  });
});
