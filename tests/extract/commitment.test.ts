import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/index.js';
import { TRIGGERS } from '../../src/extract/commitment/cues.js';
import { makeDocument } from '../helpers.js';
import type { Commitment } from '../../src/types.js';

function commitments(text: string, date = '2024-02-12'): Commitment[] {
  return processDocument(makeDocument(text, date)).commitments;
}

/** A statement published by an official source (the White House): "we", "I", "the President" are its government. */
function official(text: string, date = '2024-02-12'): Commitment[] {
  const doc = makeDocument(text, date);
  doc.meta = { url: 'https://www.whitehouse.gov/briefing-room/statements-releases/x/', source: 'The White House' };
  return processDocument(doc).commitments;
}

interface Expected {
  actor: string | null;
  polarity: 'positive' | 'negative';
  modality: string;
  action: string;
  recipient?: string;
  deadline?: string;
  speaker?: string;
  rule?: string;
}

type Row = [string, Expected[]];

/** One row per text: the commitments it holds (actor key, polarity, modality, action prefix …). */
const CASES: Row[] = [
  ['Nuclear weapons on Danish soil will not be allowed either, even if the United States specifically suggests so, Defense Minister Morten Bødskov of Denmark said.', [{ actor: 'DK', polarity: 'negative', modality: 'firm', action: 'allow nuclear weapons on Danish soil', speaker: 'Morten Bødskov' }]],
  ['Denmark has no plans to allow a U.S. military base on its ground.', [{ actor: 'DK', polarity: 'negative', modality: 'intended', action: 'allow a U.S. military base on its ground' }]],
  ['Denmark may in the future allow U.S. troops to be deployed on its territory.', [{ actor: 'DK', polarity: 'positive', modality: 'possible', action: 'allow U.S. troops to be deployed on its territory' }]],
  ['EU pledges over 1 million ammunition rounds for Ukraine by end of 2024.', [{ actor: 'EU', polarity: 'positive', modality: 'firm', action: 'pledge over 1 million ammunition rounds for Ukraine', recipient: 'UA', deadline: '2024' }]],
  ['In return, Ukraine commits to reforms upholding democracy, human rights, and media freedom.', [{ actor: 'UA', polarity: 'positive', modality: 'firm', action: 'commit to reforms upholding democracy' }]],
  ['Ukraine also pledges to implement defense reforms and modernization.', [{ actor: 'UA', polarity: 'positive', modality: 'firm', action: 'implement defense reforms and modernization' }]],
  ['The United States will provide Ukraine with additional air defense systems.', [{ actor: 'US', polarity: 'positive', modality: 'firm', action: 'provide Ukraine with additional air defense systems', recipient: 'UA' }]],
  ['Germany plans to send two frigates to the Baltic Sea.', [{ actor: 'DE', polarity: 'positive', modality: 'intended', action: 'send two frigates to the Baltic Sea' }]],
  ['Japan proposed to hold a trilateral summit.', [{ actor: 'JP', polarity: 'positive', modality: 'proposed', action: 'hold a trilateral summit' }]],
  ['The United States and the Philippines will hold joint patrols in the South China Sea.', [{ actor: 'US+PH', polarity: 'positive', modality: 'firm', action: 'hold joint patrols in the South China Sea' }]],
  ['France will not send troops to Ukraine.', [{ actor: 'FR', polarity: 'negative', modality: 'firm', action: 'send troops to Ukraine', recipient: 'UA' }]],
  ['Poland refused to recognize the result.', [{ actor: 'PL', polarity: 'negative', modality: 'firm', action: 'recognize the result' }]],
  ['NATO will deploy four battlegroups to the eastern flank by June 2025.', [{ actor: 'NATO', polarity: 'positive', modality: 'firm', action: 'deploy four battlegroups to the eastern flank', deadline: '2025-06' }]],
  ['Russia will pay a steeper price if it invades Ukraine.', [{ actor: 'RU', polarity: 'positive', modality: 'conditional', action: 'pay a steeper price' }]],

  // Agreements bind their parties; the partner after "with" is the recipient.
  ['Japan and the Philippines signed a reciprocal access agreement with Australia on Monday.', [{ actor: 'JP+PH', polarity: 'positive', modality: 'firm', action: 'sign a reciprocal access agreement', recipient: 'AU', rule: 'commitment/agree' }]],
  ['I congratulate Norway and Iceland on signing a fisheries treaty.', [{ actor: 'NO+IS', polarity: 'positive', modality: 'firm', action: 'sign a fisheries treaty' }]],
  // "The two sides" / "They" stand for the parties named before.
  ['France and Germany held talks in Paris on Monday. The two sides agreed to hold regular consultations.', [{ actor: 'FR+DE', polarity: 'positive', modality: 'firm', action: 'hold regular consultations' }]],
  ['Canada and Mexico met in Ottawa. They agreed to set up a joint working group by March 2025.', [{ actor: 'CA+MX', polarity: 'positive', modality: 'firm', action: 'set up a joint working group', deadline: '2025-03' }]],
  // A participle shares the subject of its sentence.
  ['Spain and Portugal met in Madrid. They discussed the border, agreeing to open two new crossings by 2026.', [{ actor: 'ES+PT', polarity: 'positive', modality: 'firm', action: 'open two new crossings', deadline: '2026' }]],
  // A minister speaking for the government: the country commits, the minister speaks.
  ['Sweden will send two corvettes to the Baltic Sea, Swedish Defence Minister Pål Jonson said.', [{ actor: 'SE', polarity: 'positive', modality: 'firm', action: 'send two corvettes to the Baltic Sea', speaker: 'Pål Jonson' }]],
  // Refusals and bans as policy.
  ['Hungary has ruled out sending weapons to Ukraine.', [{ actor: 'HU', polarity: 'negative', modality: 'firm', action: 'send weapons to Ukraine', rule: 'commitment/refusal' }]],
  ['Foreign warships will not be permitted in Turkish waters.', [{ actor: 'TR', polarity: 'negative', modality: 'firm', action: 'permit foreign warships', rule: 'commitment/passive-ban' }]],
  // "he" far from the last name goes to the story's subject, not to a person named in passing.
  ['Pavel Orlov, 52, is on hunger strike outside the ministry. Orlov served in the navy for twenty years. Orlov says he was promised a pension when he retired. In 1998 he worked in the same office as Ivan Sidorov, now a senior official. After that he moved to a small flat in the suburbs. Friends describe him as stubborn and proud. But he says he will remain on hunger strike until he receives a decent pension.', [{ actor: 'pavel orlov', polarity: 'positive', modality: 'firm', action: 'remain on hunger strike' }]],
  // "she" skips a man named last ("Gordon" is a male given name), "he" a woman.
  ['Margaret Hodge met Gordon Brown on Monday. She said she will publish the report in March.', [{ actor: 'margaret hodge', polarity: 'positive', modality: 'firm', action: 'publish the report' }]],
  ['Gordon Brown met Margaret Hodge on Monday. He said he will publish the report in March.', [{ actor: 'gordon brown', polarity: 'positive', modality: 'firm', action: 'publish the report' }]],
  // "may well": an adverb between the modal and its verb.
  ['Denmark may well send two frigates to the Baltic.', [{ actor: 'DK', polarity: 'positive', modality: 'possible', action: 'send two frigates to the Baltic' }]],
  // Close by, the last person named.
  ['Ivan Sidorov met Pavel Orlov on Monday. He said he will send a letter to the ministry.', [{ actor: 'pavel orlov', polarity: 'positive', modality: 'firm', action: 'send a letter to the ministry' }]],
  // An active "is pledging" stays the subject's pledge (only a passive "was promised" does not).
  ['Norway is pledging two billion kroner for Ukraine.', [{ actor: 'NO', polarity: 'positive', modality: 'firm', action: 'pledge two billion kroner for Ukraine', recipient: 'UA' }]],
  // A negative determiner on the subject makes a refusal; the source after the clause is the actor.
  ['No U.S. troops will be deployed to Ukraine, the White House said.', [{ actor: 'US', polarity: 'negative', modality: 'firm', action: 'deploy U.S. troops to Ukraine' }]],
  ['Not a single soldier will be sent to the region, the Swedish government said.', [{ actor: 'SE', polarity: 'negative', modality: 'firm', action: 'send soldier to the region' }]],
  ['Aid will be sent to Ukraine next week, the State Department said.', [{ actor: 'United States Department of State', polarity: 'positive', modality: 'firm', action: 'send aid to Ukraine next week' }]],
  ['The White House will send aid to Ukraine.', [{ actor: 'US', polarity: 'positive', modality: 'firm', action: 'send aid to Ukraine', recipient: 'UA' }]],
  // "told Reuters he will …": the pronoun opens the clause; the news agency is the one told.
  ['John Smith told Reuters he will resign next week.', [{ actor: 'john smith', polarity: 'positive', modality: 'firm', action: 'resign next week' }]],
  // Negation after the modal in any spelling: "no longer", "won't", "wouldn't".
  ['Denmark will no longer allow foreign troops on its soil.', [{ actor: 'DK', polarity: 'negative', modality: 'firm', action: 'allow foreign troops on its soil', rule: 'commitment/will' }]],
  ["Finland won't join the fisheries pact.", [{ actor: 'FI', polarity: 'negative', modality: 'firm', action: 'join the fisheries pact', rule: 'commitment/will' }]],
  ['Estonia won’t buy Russian gas after 2025.', [{ actor: 'EE', polarity: 'negative', modality: 'firm', action: 'buy Russian gas', rule: 'commitment/will' }]],
  ["The minister said Britain wouldn't send troops to the region.", [{ actor: 'GB', polarity: 'negative', modality: 'firm', action: 'send troops to the region', rule: 'commitment/reported-would' }]],
  ["Foreign warships won't be permitted in Turkish waters.", [{ actor: 'TR', polarity: 'negative', modality: 'firm', action: 'permit foreign warships', rule: 'commitment/passive-ban' }]],
  ['Canada does not plan to reopen its embassy in the capital.', [{ actor: 'CA', polarity: 'negative', modality: 'intended', action: 'reopen its embassy in the capital' }]],
  // Reported speech: "would" after a verb of saying is the future of the statement.
  ['Poland said it would buy 96 more helicopters by 2026.', [{ actor: 'PL', polarity: 'positive', modality: 'firm', action: 'buy 96 more helicopters', deadline: '2026', rule: 'commitment/reported-would' }]],
  ['Estonia said the exercises will continue.', [{ actor: 'EE', polarity: 'positive', modality: 'firm', action: 'continue' }]],
  // Commitment nouns held by someone.
  ['Chancellor Olaf Scholz reaffirmed Germany’s commitment to spend two percent of GDP on defence.', [{ actor: 'DE', polarity: 'positive', modality: 'firm', action: 'spend two percent of GDP on defence', rule: 'commitment/nominal' }]],
  ['Qatar and Egypt expressed support for the Swiss proposal of a ceasefire.', [
    { actor: 'QA+EG', polarity: 'positive', modality: 'firm', action: 'support the Swiss proposal', rule: 'commitment/nominal' },
    { actor: 'CH', polarity: 'positive', modality: 'proposed', action: 'propose a ceasefire', rule: 'commitment/nominal' },
  ]],
  ['Spain and Portugal discussed both countries’ willingness to extend the treaty for ten years.', [{ actor: 'ES+PT', polarity: 'positive', modality: 'intended', action: 'extend the treaty for ten years' }]],
  // Coordinated actions with different objects are separate commitments.
  ['Australia will expand its submarine fleet and build a new naval base.', [
    { actor: 'AU', polarity: 'positive', modality: 'firm', action: 'expand its submarine fleet' },
    { actor: 'AU', polarity: 'positive', modality: 'firm', action: 'build a new naval base' },
  ]],
  ['If Serbia attacks, Croatia will close the border, recall its ambassador, and request a meeting of the Security Council.', [
    { actor: 'HR', polarity: 'positive', modality: 'conditional', action: 'close the border' },
    { actor: 'HR', polarity: 'positive', modality: 'conditional', action: 'recall its ambassador' },
    { actor: 'HR', polarity: 'positive', modality: 'conditional', action: 'request a meeting of the Security Council' },
  ]],
  // "Build and maintain X" shares its object: one commitment; "by helping … and strengthening …" is one too.
  ['Norway will build and maintain a new air base by helping local firms and strengthening supply chains.', [{ actor: 'NO', polarity: 'positive', modality: 'firm', action: 'build and maintain a new air base' }]],
  // Announcements in the present (fact sheets).
  ['Italy is providing an additional 300 million euros in humanitarian aid to Sudan.', [{ actor: 'IT', polarity: 'positive', modality: 'firm', action: 'provide an additional 300 million euros', rule: 'commitment/providing' }]],
  ['The Netherlands continues to train Ukrainian pilots.', [{ actor: 'NL', polarity: 'positive', modality: 'firm', action: 'train Ukrainian pilots', rule: 'commitment/continue' }]],
  ['Lithuania strongly supports Moldova’s membership of the European Union.', [{ actor: 'LT', polarity: 'positive', modality: 'firm', action: 'support Moldova’s membership', rule: 'commitment/support' }]],
  ['Greece announced it was raising the readiness of its navy.', [{ actor: 'GR', polarity: 'positive', modality: 'firm', action: 'raise the readiness of its navy', rule: 'commitment/announce' }]],
  // An adverbial set off by commas between the subject and its verb.
  ['Norway, through its development agency, will build a port in Ghana.', [{ actor: 'NO', polarity: 'positive', modality: 'firm', action: 'build a port in Ghana' }]],
  ['Finland is equally prepared for other scenarios.', [{ actor: 'FI', polarity: 'positive', modality: 'possible', action: 'prepare for other scenarios', rule: 'commitment/prepared-for' }]],
];

/** Official texts: the publisher's country speaks in "we", "I", "my Administration", "the President". */
const OFFICIAL: Row[] = [
  ['We will continue to provide air defense interceptors to our partners.', [{ actor: 'US', polarity: 'positive', modality: 'firm', action: 'provide air defense interceptors to our partners' }]],
  ['I have also approved the transfer of additional patrol boats to Ukraine.', [{ actor: 'US', polarity: 'positive', modality: 'firm', action: 'approve the transfer of additional patrol boats', recipient: 'UA', rule: 'commitment/approve' }]],
  ['My Administration is authorizing an additional $100 million in security assistance to Moldova.', [{ actor: 'US', polarity: 'positive', modality: 'firm', action: 'authorize an additional $100 million', recipient: 'MD' }]],
  ['The President will travel to Warsaw to meet allied leaders.', [{ actor: 'US', polarity: 'positive', modality: 'firm', action: 'travel to Warsaw to meet allied leaders' }]],
  ['Today, we are more united than ever. And together with Canada, we will defend every inch of allied territory.', [{ actor: 'US', polarity: 'positive', modality: 'firm', action: 'defend every inch of allied territory' }]],
  ['President Biden reaffirmed the United States’ unwavering support for Georgia’s sovereignty.', [{ actor: 'US', polarity: 'positive', modality: 'firm', action: 'support Georgia’s sovereignty', recipient: 'GE', rule: 'commitment/nominal' }]],
  ['Sanctions will be imposed on the companies that supply the drones.', [{ actor: 'US', polarity: 'positive', modality: 'firm', action: 'impose sanctions on the companies', rule: 'commitment/passive-future' }]],
];

/** Manifesto lines: sentence-level pledges with no named actor (stored with actor null). */
const ACTORLESS: Row[] = [
  ['We will set up 100 new medical colleges by 2025.', [{ actor: null, polarity: 'positive', modality: 'firm', action: 'set up 100 new medical colleges', deadline: '2025' }]],
  ['A National Water Authority will be created.', [{ actor: null, polarity: 'positive', modality: 'firm', action: 'create National Water Authority', rule: 'commitment/passive-future' }]],
  ['Double the funding for rural roads within five years.', [{ actor: null, polarity: 'positive', modality: 'firm', action: 'double the funding for rural roads', rule: 'commitment/imperative' }]],
  ['The Commission will publish its report within six months.', [{ actor: null, polarity: 'positive', modality: 'firm', action: 'publish its report' }]],
];

function check(found: Commitment[], text: string, expected: Expected[]): void {
  expect(found.map((c) => `${c.actor?.key ?? '-'} ${c.rule}: ${c.action}`)).toHaveLength(expected.length);
  found.forEach((c, i) => {
    const e = expected[i];
    expect(c.actor?.key ?? null).toBe(e.actor);
    expect(c.polarity).toBe(e.polarity);
    expect(c.modality).toBe(e.modality);
    expect(c.action.startsWith(e.action), `${c.action} starts with ${e.action}`).toBe(true);
    if (e.recipient) expect(c.recipient?.key).toBe(e.recipient);
    if (e.deadline) expect(c.deadline?.value).toBe(e.deadline);
    if (e.speaker) expect(c.speaker?.name).toBe(e.speaker);
    if (e.rule) expect(c.rule).toBe(e.rule);
    // The span is the text it claims, and lies inside the text.
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
  });
}

describe('commitment extractor: case table', () => {
  it.each(CASES)('%j', (text, expected) => check(commitments(text), text, expected));
});

describe('commitment extractor: official texts speak for the publisher', () => {
  it.each(OFFICIAL)('%j', (text, expected) => check(official(text), text, expected));
  it('keeps "we" unresolved (and so no commitment) in a news text for an effort verb', () => {
    expect(commitments('We will strengthen the public health system.')).toEqual([]);
  });
});

describe('commitment extractor: pledges without a named actor', () => {
  it.each(ACTORLESS)('%j', (text, expected) => check(commitments(text, null as unknown as string), text, expected));
  it('gives them a lower confidence than a commitment with an actor', () => {
    const [withActor] = commitments('Denmark will set up 100 new medical colleges by 2025.');
    const [without] = commitments('We will set up 100 new medical colleges by 2025.');
    expect(without.confidence).toBeLessThan(withActor.confidence);
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
  // A writer's hypothetical, an event as subject.
  'A Russian invasion of Georgia would cause widespread suffering.',
  // A belief, not a plan.
  'He thought he could divide the alliance.',
  // "Offer" of a feeling or a view, not of an act; a discourse marker opening a line.
  'Tony Blair offered his congratulations to the couple.',
  'The United States offered its sincere condolences to the families of the victims.',
  'The ministry offered no comment on the report.',
  'Mind you, we have heard similar pledges before.',
  // A line reporting someone's words is no programme line; an open question is no intent.
  'Shadow foreign secretary Michael Ancram told MPs a new White Paper was part of the plan.',
  'Party chief executive Lord Rennard said the appointment was a significant strengthening.',
  'It is unclear whether the bill will be passed by the Senate.',
  // A forecast of what will happen to someone, in the passive; a past participle opening a line.
  'Britain will be isolated and weak in Europe.',
  'Hard-working families will be damaged by the plan.',
  'The outcome will be decided by a small number of swing seats.',
  'Born in 1942 in Tredegar, he attended the local school in Pengam.',
  'Thought not, so then, do not expect others to either.',
  'Downing Street would not be drawn on the claim.',
  "And I'll bet he hadn't checked that one with the chancellor.",
  // The subject of a passive promise receives it.
  'He was promised a pension when he retired.',
  'Ukraine was promised F-16s years ago.',
  // What will happen to someone, not what he will do.
  'Adams is injured and will miss the opening qualifier against Moldova on Sunday.',
  'Bisconti will be sidelined for six ties after pushing the referee.',
  // The subject of a passive offer or plan serves it; receiving and preferring are no acts.
  'He was offered several positions in the party.',
  'The advertisement is intended to spotlight the senator\'s vote.',
  'The FBI continues to receive threats from the group.',
  'He said Gonzalez would prefer not to talk about the issue.',
  // A judgment after a modal ("might well conclude that", "will find that").
  'The Iraqis might well conclude that they need to lash out.',
  'NATO will find that its forces are stretched.',
  // Declining to comment is no policy refusal.
  'Officials refused to comment on the report.',
  // A participle modifying a noun.
  'The aid committed to Ukraine last year has arrived.',
  'The ceasefire committed to by the parties held overnight.',
  // A gerund clause as subject.
  'Having Sweden in the alliance will make Europe safer.',
  // How something will be regarded.
  'The visit will be seen as a show of unity.',
  // A wish.
  'I hope the dispute will be resolved soon.',
  // A past inability.
  'The minister could not say when the talks would resume.',
  // Welcoming, urging, looking forward are not commitments.
  'Spain welcomes the decision and urges Morocco to release the detainees.',
  'Portugal looks forward to working with the new government.',
  // Past completed action; a copula after "will".
  'Turkey signed nothing last year, and Greece will remain a member.',
  // An infinitive after a comma is no aside: the name before it is no subject of "proposed".
  'Activists urged the judge, Lord Carter, to drop the guidelines he proposed in May.',
  // Someone else's assurances, expected.
  'We expect from Iran assurances of their readiness for a full investigation.',
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
  it('every trigger has an id, a reason and at least one example', () => {
    for (const t of TRIGGERS) {
      expect(t.id).toMatch(/^commitment\/[a-z-]+$/);
      expect(t.reason.length).toBeGreaterThan(10);
      expect(t.examples.length).toBeGreaterThan(0);
    }
    expect(new Set(TRIGGERS.map((t) => t.id)).size).toBe(TRIGGERS.length);
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

  it('reads lines without bullets after a blank line, and drops the lead-in itself', () => {
    const text = 'With this agreement, Canada and Norway will work together to:\n\nTrain Arctic search and rescue crews.\nShare satellite data on shipping.\nConsult in the event of an incident at sea.\n\nThe agreement runs for ten years.';
    const found = commitments(text);
    expect(found.map((c) => [c.rule, c.actor?.key, c.modality, c.text])).toEqual([
      ['commitment/list-item', 'CA+NO', 'firm', 'Train Arctic search and rescue crews'],
      ['commitment/list-item', 'CA+NO', 'firm', 'Share satellite data on shipping'],
      ['commitment/list-item', 'CA+NO', 'conditional', 'Consult in the event of an incident at sea'],
    ]);
  });

  it('lists what an announced package includes, but not what was provided before', () => {
    const text =
      'The United States today announced a new package of security assistance to Ukraine.\n\nThe new package includes:\n\n10 howitzers;\n5,000 artillery rounds; and\n20 armored vehicles.\n\nPrevious assistance to Ukraine includes:\n\n30 helicopters;\n40 boats.\n';
    const items = official(text).filter((c) => c.rule === 'commitment/list-item');
    expect(items.map((c) => [c.actor?.key, c.text, c.action])).toEqual([
      ['US', '10 howitzers', 'provide 10 howitzers'],
      ['US', '5,000 artillery rounds', 'provide 5,000 artillery rounds'],
      ['US', '20 armored vehicles', 'provide 20 armored vehicles'],
    ]);
  });

  it('takes the actor of "It outlines … on:" from the declaration named before', () => {
    const text = 'The Group of Seven nations agreed to support Moldova. The declaration affirms support for Moldova’s sovereignty. It outlines cooperation on:\n- Reforming the energy sector.\n- Training border guards.\n';
    const items = commitments(text).filter((c) => c.rule === 'commitment/list-item');
    expect(items.map((c) => c.actor?.key)).toEqual(['G7', 'G7']);
  });

  it('gives a nested list to its own lead-in: each line is an item of one lead-in at most', () => {
    const text =
      'The allies agreed on the following:\n- The United States will:\n  - deploy an additional brigade to Poland;\n  - expand air policing over the Baltic states.\n- Germany will:\n  - station a brigade in Lithuania by 2027.\n';
    expect(commitments(text).map((c) => [c.rule, c.actor?.key, c.action, c.deadline?.value ?? null])).toEqual([
      ['commitment/list-item', 'US', 'deploy an additional brigade to Poland', null],
      ['commitment/list-item', 'US', 'expand air policing over the Baltic states', null],
      ['commitment/list-item', 'DE', 'station a brigade in Lithuania', '2027'],
    ]);
  });

  it('reads a nested lead-in that names no actor as an item of the list it is in, its items too', () => {
    const text =
      'Denmark will:\n- raise defence spending to 2% of GDP;\n- strengthen its support to Ukraine, and in particular will:\n  - deliver F-16 aircraft by 2024;\n  - train Ukrainian pilots;\n- join the coalition for air defence.\n';
    expect(commitments(text).map((c) => [c.rule, c.actor?.key, c.text])).toEqual([
      ['commitment/list-item', 'DK', 'raise defence spending to 2% of GDP'],
      ['commitment/list-item', 'DK', 'strengthen its support to Ukraine, and in particular will'],
      ['commitment/list-item', 'DK', 'deliver F-16 aircraft by 2024'],
      ['commitment/list-item', 'DK', 'train Ukrainian pilots'],
      ['commitment/list-item', 'DK', 'join the coalition for air defence'],
    ]);
  });
});

describe('hostile text stays linear', () => {
  it('a 60 KB sentence of triggers finishes quickly with correct offsets', () => {
    const text = 'Denmark will not '.repeat(3500) + 'allow it.';
    const t = performance.now();
    const found = commitments(text);
    expect(performance.now() - t).toBeLessThan(5000);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('a results table is no programme', () => {
  // Lines that open with a capitalized word and carry figures: table rows are not imperative
  // programme lines ("Wigan", "Stoke", "Net" read as verbs), programme lines with figures still are.
  it('reads only the programme lines of a page that holds both', () => {
    const text = [
      'Results of English league matches on Saturday:',
      'Wigan 4 Chester 2',
      'Montrose 2 Ross County 1',
      'Stoke 4 3 1 0 7 4 10',
      'Net 415 million 490 million 412 million',
      'Create 100 smart cities by 2025.',
      'Build 50 new airports in 5 years.',
    ].join('\n');
    expect(commitments(text, null as unknown as string).map((c) => c.text)).toEqual(['Create 100 smart cities by 2025', 'Build 50 new airports in 5 years']);
  });
});

describe('bulleted list items are read once', () => {
  it.each([
    ['Denmark committed to:\n- Denmark will deploy troops to Latvia by 2025.\n- train Ukrainian pilots.', ['Denmark will deploy troops to Latvia by 2025', 'train Ukrainian pilots']],
    ['Germany pledged to:\n• Germany will deliver two IRIS-T systems by June.\n• Expand joint exercises in 2025.', ['Germany will deliver two IRIS-T systems by June', 'Expand joint exercises in 2025']],
  ])('%j', (text, expected) => {
    const facts = processDocument(makeDocument(text, '2024-02-12'));
    expect(facts.commitments.map((c) => c.text)).toEqual(expected);
    expect(facts.commitments.every((c) => c.rule === 'commitment/list-item')).toBe(true);
  });
});
