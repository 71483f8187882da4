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

const rules = (text: string): string[] => processDocument(makeDocument(text, null)).commitments.map((c) => `${c.rule} ${c.actor?.key ?? '-'} ${c.action}`);

// Cues for sentence-level pledges (manifesto lines, programme lists). Each has rows that are
// pledges and rows that look alike but are not. The sentences are invented for these tests.
describe('pledge cues', () => {
  it.each([
    // A list item's marker is not the subject.
    ['b. We will set up a national seed bank in every district.', ['commitment/will - set up a national seed bank in every district']],
    ['iv) We will publish a register of land titles.', ['commitment/will - publish a register of land titles']],
    // A number or a date after the clause makes an effort checkable.
    ['We will ensure that every school has a library, which will hold at least 500 books.', ['commitment/will - ensure that every school has a library']],
    // A stance without an actor needs a checkable detail.
    ['We are committed to hiring 5,000 new teachers by 2026.', ['commitment/commit-to - hire 5,000 new teachers']],
    // A goal stated as one's own.
    ['Our goal is to plant 10 million trees by 2030.', ['commitment/goal - plant 10 million trees']],
    ["Germany's goal is to double its support for Ukraine by 2027.", ['commitment/goal DE double its support for Ukraine']],
    // A writer's "would be …": a plan stated in the passive.
    ['A national seed bank would be set up in every state.', ['commitment/passive-future - set A national seed bank up in every state']],
    // A programme line that is a gerund phrase.
    ['Setting up a Coastal Protection Authority for the eastern shore.', ['commitment/gerund-item - set up a Coastal Protection Authority for the eastern shore']],
    ['Setting up 40 new cold storage units by 2026.', ['commitment/gerund-item - set up 40 new cold storage units']],
    // "made mandatory" is an act; "made more effective" (below) is a degree.
    ['Registration of marriages will be made mandatory.', ['commitment/passive-future - make registration of marriages mandatory']],
  ])('%j is a pledge', (text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it.each([
    'b. The storm will hit the coast tomorrow.',
    'We will ensure that every school has a library, which will be well stocked.',
    'We are committed to the cause of rural education.',
    'We promise to repair the damage done to our institutions.',
    'We intend to reach out to a brighter future.',
    'Our aim is to build a fairer society.',
    'The objective will be to bring transparency to public life.',
    'He said the prisoners would be released soon.',
    'The proposals, which would be brought in next year, were criticised.',
    'His family would be consulted before any statement was made.',
    'Fees would be abolished if the party won the election.',
    'The hospital said the patient was stable. Visitors would be admitted from Monday.',
    'Unveiling the plan, the minister said it would cost little.',
    'Polling company Mori carried out both surveys.',
    'Ensuring Equal Rights for All',
    'Setting up of new courts in every district.',
    'Comparing these figures with other countries, it shows a clear gap.',
    'Border checks will be made more effective.',
    'Existing labour laws will be strictly enforced.',
  ])('%j is no pledge', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

// Cues added for actor-less pledges: carrying on what is under way, refusals of a stance, what a
// policy rests on, verbs of pace, and lead-ins read without their list. Invented sentences.
describe('pledge cues: ongoing, refusals, grounding, pace, lead-ins', () => {
  it.each([
    // "continue to" with a checkable detail, or with a named actor, still commits.
    ['We will continue to fund 2,000 rural clinics every year.', ['commitment/will - fund 2,000 rural clinics every year']],
    ['Denmark will continue to provide training to Ukrainian pilots.', ['commitment/will DK provide training to Ukrainian pilots']],
    // A refusal that names what is refused (a number), or by a named actor.
    ['We will not raise the income tax rate above 30 per cent.', ['commitment/will - raise the income tax rate above 30 per cent']],
    ['Sweden will not allow foreign bases on its soil.', ['commitment/will SE allow foreign bases on its soil']],
    // "based on" a place is a deployment, not a grounding.
    ['Two brigades will be based on the island of Gotland.', ['commitment/passive-future - base two brigades on the island of Gotland']],
    ['The jets will be based on Bornholm.', ['commitment/passive-future - base jets on Bornholm']],
    // A verb of pace with a number and a date.
    ['We will accelerate the electrification of 500 villages by 2026.', ['commitment/will - accelerate the electrification of 500 villages']],
    // A lead-in whose object is no pointer ahead.
    ['We will set up a National Water Commission, so that:', ['commitment/will - set up a National Water Commission, so that']],
    // A lead-in with its list: the items are the commitments.
    ['Denmark will do the following:\n\n- deploy two F-16s to the Baltic\n- send a frigate to the North Sea', ['commitment/list-item DK deploy two F-16s to the Baltic', 'commitment/list-item DK send a frigate to the North Sea']],
  ])('%j is a pledge', (text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it.each([
    'We will continue to build roads in the hill districts.',
    'We shall continue to provide free legal aid to the poor.',
    'We will keep on repairing the village tanks.',
    'We will not allow any injustice to farmers.',
    'We will not compromise on the dignity of our soldiers.',
    'The trade policy will be guided by national interest.',
    'Our energy plan will be based on local resources.',
    'The reforms will be governed by the needs of the poor.',
    'We will accelerate the pace of land reform.',
    'The construction of canals will be speeded up.',
    'We will expedite the clearance of pending pension claims.',
    'We will sustain the growth of exports.',
    'We will do the following in the next five years:',
    'We will implement the following measures:',
    'Denmark will do the following:',
  ])('%j is no pledge', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
