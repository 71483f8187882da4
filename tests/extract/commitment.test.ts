import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/index.js';
import { TRIGGERS } from '../../src/extract/commitment/cues.js';
import { makeDocument } from '../helpers.js';
import type { Commitment } from '../../src/types.js';

function commitments(text: string, date = '2024-02-12'): Commitment[] {
  return processDocument(makeDocument(text, date)).commitments;
}

interface Expected {
  actor: string | null;
  polarity: 'positive' | 'negative';
  modality: string;
  action: string;
  recipient?: string;
  deadline?: string;
  speaker?: string;
}

/** One row per sentence: the commitments it holds (actor key, polarity, modality, action prefix …). */
const CASES: [string, Expected[]][] = [
  ['Nuclear weapons on Danish soil will not be allowed either, even if the United States specifically suggests so, Defense Minister Morten Bødskov of Denmark said.', [{ actor: 'DK', polarity: 'negative', modality: 'firm', action: 'allow nuclear weapons on Danish soil', speaker: 'Morten Bødskov' }]],
  ['Denmark has no plans to allow a U.S. military base on its ground.', [{ actor: 'DK', polarity: 'negative', modality: 'intended', action: 'allow a U.S. military base on its ground' }]],
  ['Denmark may in the future allow U.S. troops to be deployed on its territory.', [{ actor: 'DK', polarity: 'positive', modality: 'possible', action: 'allow U.S. troops to be deployed on its territory' }]],
  ['EU pledges over 1 million ammunition rounds for Ukraine by end of 2024.', [{ actor: 'EU', polarity: 'positive', modality: 'firm', action: 'pledge over 1 million ammunition rounds for Ukraine', recipient: 'UA', deadline: '2024' }]],
  ['In return, Ukraine commits to reforms upholding democracy, human rights, and media freedom.', [{ actor: 'UA', polarity: 'positive', modality: 'firm', action: 'commit to reforms upholding democracy' }]],
  ['Ukraine also pledges to implement defense reforms and modernization.', [{ actor: 'UA', polarity: 'positive', modality: 'firm', action: 'implement defense reforms and modernization' }]],
  ['The United States will provide Ukraine with additional air defense systems.', [{ actor: 'US', polarity: 'positive', modality: 'firm', action: 'provide Ukraine with additional air defense systems' }]],
  ['Germany plans to send two frigates to the Baltic Sea.', [{ actor: 'DE', polarity: 'positive', modality: 'intended', action: 'send two frigates to the Baltic Sea' }]],
  ['Japan proposed to hold a trilateral summit.', [{ actor: 'JP', polarity: 'positive', modality: 'proposed', action: 'hold a trilateral summit' }]],
  ['The United States and the Philippines will hold joint patrols in the South China Sea.', [{ actor: 'US+PH', polarity: 'positive', modality: 'firm', action: 'hold joint patrols in the South China Sea' }]],
  ['France will not send troops to Ukraine.', [{ actor: 'FR', polarity: 'negative', modality: 'firm', action: 'send troops to Ukraine', recipient: 'UA' }]],
  ['Poland refused to recognize the result.', [{ actor: 'PL', polarity: 'negative', modality: 'firm', action: 'recognize the result' }]],
  ['NATO will deploy four battlegroups to the eastern flank by June 2025.', [{ actor: 'NATO', polarity: 'positive', modality: 'firm', action: 'deploy four battlegroups to the eastern flank', deadline: '2025-06' }]],
  ['Russia will pay a steeper price if it invades Ukraine.', [{ actor: 'RU', polarity: 'positive', modality: 'conditional', action: 'pay a steeper price' }]],
];

describe('commitment extractor: case table', () => {
  it.each(CASES)('%j', (text, expected) => {
    const found = commitments(text);
    expect(found.length).toBe(expected.length);
    found.forEach((c, i) => {
      const e = expected[i];
      expect(c.actor?.key ?? null).toBe(e.actor);
      expect(c.polarity).toBe(e.polarity);
      expect(c.modality).toBe(e.modality);
      expect(c.action.startsWith(e.action)).toBe(true);
      if (e.recipient) expect(c.recipient?.key).toBe(e.recipient);
      if (e.deadline) expect(c.deadline?.value).toBe(e.deadline);
      if (e.speaker) expect(c.speaker?.name).toBe(e.speaker);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    });
  });
});

const NEGATIVES = [
  'Allowing troops to be deployed in Denmark would be part of a new bilateral defense agreement.',
  'The exact nature of the co-operation has not yet been defined, but it may include the deployment of US troops.',
  'Will Denmark allow U.S. troops on its soil?',
  'Denmark has not allowed the presence of foreign troops on its ground since the 1950s.',
  'The storm will hit the coast tomorrow.',
  'Analysts said prices may rise next year.',
  'The crisis highlights the need for greater cooperation.',
  'Ukraine launched negotiations with Denmark regarding bilateral security agreements.',
];

describe('commitment extractor: not commitments', () => {
  it.each(NEGATIVES)('%j', (text) => {
    expect(commitments(text).map((c) => `${c.rule}: ${c.text}`)).toEqual([]);
  });
});

describe('every trigger finds its own examples', () => {
  it.each(TRIGGERS.flatMap((t) => t.examples.map((e) => [t.id, e])))('%s: %j', (id, example) => {
    expect(commitments(example).map((c) => c.rule)).toContain(id);
  });
});

describe('lists under a committing lead-in', () => {
  it('makes one commitment per bullet, with the lead-in actor', () => {
    const text = 'The two leaders met in Tokyo. Japan and the United States committed to:\n- Expanding joint exercises in the region.\n- Co-producing missiles by 2027.\n\nThe meeting ended.';
    const found = commitments(text).filter((c) => c.rule === 'commitment/list-item');
    expect(found.map((c) => [c.actor?.key, c.action, c.deadline?.value ?? null])).toEqual([
      ['JP+US', 'expand joint exercises in the region', null],
      ['JP+US', 'co-produce missiles', '2027'],
    ]);
  });
});
