import { describe, expect, it } from 'vitest';
import { contextFor } from '../helpers.js';
import { EXTRACTORS } from '../../src/extract/index.js';
import { PERSON_RULES } from '../../src/extract/person/rules.js';
import type { Person } from '../../src/types.js';

function people(text: string): Person[] {
  const ctx = contextFor(text, '2024-02-12');
  ctx.dates = EXTRACTORS.date.extract(ctx);
  ctx.organizations = EXTRACTORS.organization.extract(ctx);
  ctx.countries = EXTRACTORS.country.extract(ctx);
  return EXTRACTORS.person.extract(ctx);
}

/** text, then [name, role, country, mention texts] per expected person. */
const CASES: [string, [string, string | null, string | null, string[]][]][] = [
  ['Ukrainian President Volodymyr Zelenskyy said the talks went well.', [['Volodymyr Zelenskyy', 'President', 'UA', ['Volodymyr Zelenskyy']]]],
  ['the Danish prime minister said Mette Frederiksen told reporters on Thursday.', [['Mette Frederiksen', 'Prime Minister', 'DK', ['Mette Frederiksen']]]],
  ['Frederiks and the Danish Minister of Defense Morten Bødskov said Thursday.', [['Morten Bødskov', 'Minister of Defense', 'DK', ['Morten Bødskov']]]],
  ['Rather, it is about exercises, Defense Secretary Bødskov said.', [['Bødskov', 'Defense Secretary', null, ['Bødskov']]]],
  ['State Secretary of the Danish Ministry of Foreign Affairs Lisbet Zilmer-Johns headed the Danish delegation.', [['Lisbet Zilmer-Johns', 'State Secretary', 'DK', ['Lisbet Zilmer-Johns']]]],
  ['Lisbet Zilmer-Johns, State Secretary of the Danish Ministry of Foreign Affairs, headed the delegation.', [['Lisbet Zilmer-Johns', 'State Secretary', 'DK', ['Lisbet Zilmer-Johns']]]],
  ['The delegation was led by Deputy Head of the Presidential Office Ihor Zhovkva.', [['Ihor Zhovkva', 'Deputy Head', null, ['Ihor Zhovkva']]]],
  ['President Joseph R. Biden, Jr. spoke with President Vladimir Putin of Russia.', [['Joseph R. Biden, Jr.', 'President', null, ['Joseph R. Biden, Jr.']], ['Vladimir Putin', 'President', null, ['Vladimir Putin']]]],
  ['Commission President Ursula von der Leyen met Egypt’s President Abdel Fattah al-Sisi.', [['Ursula von der Leyen', 'President', null, ['Ursula von der Leyen']], ['Abdel Fattah al-Sisi', 'President', 'EG', ['Abdel Fattah al-Sisi']]]],
  ['National Security Advisor Jake Sullivan met his counterpart. Sullivan’s aides said little.', [['Jake Sullivan', 'National Security Advisor', null, ['Jake Sullivan', 'Sullivan']]]],
  ['Mr. Erdoğan said the museum would become a mosque.', [['Erdoğan', null, null, ['Erdoğan']]]],
  ['Talks with Jen Psaki were short.', [['Jen Psaki', null, null, ['Jen Psaki']]]],
  ['Mette Frederiksen told reporters. Later Frederiksen said more, and Frederiks added a word.', [['Mette Frederiksen', null, null, ['Mette Frederiksen', 'Frederiksen', 'Frederiks']]]],
];

describe('person extractor: names, roles, countries, linked mentions', () => {
  it.each(CASES)('%j', (text, expected) => {
    const found = people(text);
    expect(found.map((p) => [p.name, p.role, p.country, p.mentions.map((m) => m.text)])).toEqual(expected);
    for (const p of found) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

const NEGATIVES = [
  'According to news agency AFP and the British newspaper Financial Times.',
  'Denmark is one of the founding members of the Defense League NATO.',
  'The prime minister said the agreement was important.',
  'Read also the Danish Defence Agreement of 2023.',
  'The United States and Denmark signed the Defense Cooperation Agreement.',
  'Earlier this week, Denmark announced it was raising readiness.',
  'The G7 Joint Declaration of Support for Ukraine was signed in Vilnius.',
  'During the NATO summit in Vilnius in July, the Group of Seven agreed.',
];

describe('person extractor: not people', () => {
  it.each(NEGATIVES)('%j', (text) => {
    expect(people(text).map((p) => p.name)).toEqual([]);
  });
});

describe('person rules document themselves', () => {
  it.each(Object.values(PERSON_RULES).map((r) => [r.id, r]))('%s has a reason and examples', (_id, rule) => {
    expect(rule.reason.length).toBeGreaterThan(10);
    expect(rule.examples.length).toBeGreaterThan(0);
  });
});
