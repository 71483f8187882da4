// Pledges without a named actor must be checkable (src/extract/commitment/README.md, "Actor-less
// commitments"): a statement of effort or manner ("will ensure", "will work for", "will adopt an
// approach") commits no one to anything, unless a number, a date or a programme named in quotes
// makes it checkable. With a named actor, effort verbs still count.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/index.js';
import { makeDocument } from '../helpers.js';

const actions = (text: string): string[] => processDocument(makeDocument(text, null)).commitments.map((c) => `${c.actor?.key ?? '-'} ${c.action}`);

describe('actor-less pledges of effort', () => {
  it.each([
    'We will ensure a better future for every farmer.',
    'We will work for the welfare of fishermen.',
    'We will adopt a holistic approach to water management.',
    'We will engage with all stakeholders on school reform.',
    'We will intensify the fight against corruption.',
    'We will do everything to protect the coastline.',
  ])('%j is no pledge', (text) => {
    expect(actions(text)).toEqual([]);
  });

  it.each([
    ['We will ensure 24-hour electricity in every village by 2027.', '- ensure 24-hour electricity in every village'],
    ["We will promote the 'Clean Rivers Mission' in every state.", "- promote the 'Clean Rivers Mission' in every state"],
    ['We will set up a national water grid.', '- set up a national water grid'],
  ])('%j is a pledge', (text, action) => {
    expect(actions(text)).toEqual([action]);
  });

  it('an apostrophe is no quoted name', () => {
    expect(actions("We will promote the farmers' interests in the state's markets.")).toEqual([]);
  });

  it('with a named actor, effort verbs count', () => {
    expect(actions('Denmark will ensure the safety of the Baltic shipping lanes.')).toEqual(['DK ensure the safety of the Baltic shipping lanes']);
  });
});
