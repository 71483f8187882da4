import { describe, expect, it } from 'vitest';
import { contextFor } from '../helpers.js';
import { EXTRACTORS } from '../../src/extract/index.js';
import { PERSON_RULES } from '../../src/extract/person/rules.js';
import { personKey } from '../../src/resolve/people.js';
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
  // A surname-only mention before the full name joins it; the fullest form names the person.
  ['President Biden spoke first. Later Joseph R. Biden, Jr. signed the order.', [['Joseph R. Biden, Jr.', 'President', null, ['Biden', 'Joseph R. Biden, Jr.']]]],
  // Nickname in quotes, initials, particles written alone, all-capitals headline.
  ['Defense Minister Benjamin “Benny” Gantz arrived. Gantz spoke.', [['Benjamin “Benny” Gantz', 'Defense Minister', null, ['Benjamin “Benny” Gantz', 'Gantz']]]],
  ['George W. Bush spoke to Aravinda de Silva. Later de Silva left.', [['George W. Bush', null, null, ['George W. Bush']], ['Aravinda de Silva', null, null, ['Aravinda de Silva', 'de Silva']]]],
  ['TENNIS - HARTLEY WINS IN ROME\nBritish player Tom Hartley won the final.', [['Tom Hartley', null, null, ['HARTLEY', 'Tom Hartley']]]],
  // Names in a results list, with the country in brackets.
  ['1. Tolga Aksoylu ( Turkey ) 13.58\n2. Vural Ceylan ( Ireland ) 13.60', [['Tolga Aksoylu', null, null, ['Tolga Aksoylu']], ['Vural Ceylan', null, null, ['Vural Ceylan']]]],
  // Given name alone, when one person of the document has it; "Sir Alan" after "Sir Alan Walters".
  ['Sir Alan Walters spoke first. Then Sir Alan left.', [['Alan Walters', null, null, ['Alan Walters', 'Alan']]]],
  // East Asian names: the family name comes first and is the one used alone.
  ['Chinese dissident Wang Jianguo was detained. Wang had written letters.', [['Wang Jianguo', null, null, ['Wang Jianguo', 'Wang']]]],
  // A title word that is also a surname, after a given name.
  ['Billie Jean King said the team was ready. King smiled.', [['Billie Jean King', null, null, ['Billie Jean King', 'King']]]],
  // Of two people with one surname, a lone surname goes to the one mentioned last before it.
  ['Nadia Williams played Serena Williams. Williams won in three sets.', [['Nadia Williams', null, null, ['Nadia Williams']], ['Serena Williams', null, null, ['Serena Williams', 'Williams']]]],
  // A capital as a surname: the person in every mention of the document (the country extractor leaves them).
  ['Wimbledon finalist MaliVai Washington lost in five sets. Washington said he was tired.', [['MaliVai Washington', null, null, ['MaliVai Washington', 'Washington']]]],
  ['Jack London wrote every morning. Later London said the book was done.', [['Jack London', null, null, ['Jack London', 'London']]]],
  // Middle initials tell two people apart; a surname alone goes to the one mentioned last.
  ['George H. W. Bush met George W. Bush. Bush spoke first.', [['George H. W. Bush', null, null, ['George H. W. Bush']], ['George W. Bush', null, null, ['George W. Bush', 'Bush']]]],
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
  // Places and bodies named after people, things with names, firms.
  'The march ended in Victoria Street at noon.',
  'The plane landed at John Lennon airport on Friday.',
  'The aircraft carrier Ronald Reagan sailed into the Gulf.',
  'U.S. Marines landed, analysts at H.J. Baxter & Sons said.',
  'Halbridge Securities said the figures were weak.',
  'The Labour Party will hold the General Election in May.',
  'delegates will stay at the major Leeds hotels.',
  'N. Irish parties said the talks would resume.',
  'The Danish Autonomous Community of Greenland has its own parliament.',
  'The New York-based group said so.',
  // Newspapers and agencies (organizations), by name, by context, by a newspaper word.
  'The Warsaw daily Zycie Warszawy reported the sale. Later Zycie Warszawy said the bid had failed.',
  'Gazeta Wyborcza reported that the minister had resigned.',
  'Rzeczpospolita said the bid was too low, and Le Monde agreed.',
  'Die Welt and Al-Ahram reported the story.',
  'the Turkish daily Yeni Akit said so, and Ruritania Allgemeine Zeitung agreed.',
  'Kauno Zinios daily said the deal was off. Kauno Zinios said more on Monday.',
];

describe('person extractor: not people', () => {
  it.each(NEGATIVES)('%j', (text) => {
    expect(people(text).map((p) => p.name)).toEqual([]);
  });
});

describe('person rules document themselves, and their examples hold', () => {
  const rules = Object.values(PERSON_RULES).map((r) => [r.id, r] as const);
  it.each(rules)('%s', (id, rule) => {
    expect(rule.reason.length).toBeGreaterThan(10);
    expect(rule.examples.length).toBeGreaterThan(0);
    for (const example of rule.examples) {
      // The expected mentions are in [brackets]: strip them and note their offsets.
      const spans: { start: number; end: number }[] = [];
      let text = '';
      for (const part of example.split(/(\[[^\]]+\])/)) {
        if (part.startsWith('[')) {
          spans.push({ start: text.length, end: text.length + part.length - 2 });
          text += part.slice(1, -1);
        } else text += part;
      }
      const mentions = people(text).flatMap((p) => p.mentions);
      for (const s of spans) {
        const m = mentions.find((x) => x.start === s.start && x.end === s.end);
        expect(m ? `${m.text} ${m.rule}` : `nothing at ${text.slice(s.start, s.end)}`, example).toBe(`${text.slice(s.start, s.end)} ${id}`);
      }
    }
  });
});

describe('person key: one entity across documents', () => {
  it.each([
    ['Joe Biden', 'joseph biden'],
    // Middle initials stay in the key (foldPersonKey folds "joseph biden" into it across documents).
    ['Joseph R. Biden, Jr.', 'joseph r biden'],
    ['President Joseph Biden'.replace('President ', ''), 'joseph biden'],
    ['Bill Clinton', 'william clinton'],
    ['William J. Clinton', 'william j clinton'],
    ['George W. Bush', 'george w bush'],
    ['George H. W. Bush', 'george h w bush'],
    ['George H.W. Bush', 'george h w bush'],
    ['George Herbert Walker Bush', 'george bush'],
    ['Erdoğan', 'erdogan'],
    ['Recep Tayyip Erdoğan', 'recep erdogan'],
    ['Abdel Fattah al-Sisi', 'abdel sisi'],
    ['Abdel Fattah el-Sisi', 'abdel sisi'],
    ['Ursula von der Leyen', 'ursula von der leyen'],
    ['Kim Jong-un', 'kim jong un'],
    ['Kim Jong Un', 'kim jong un'],
    ['Benjamin “Benny” Gantz', 'benjamin gantz'],
    ['Henry VIII', 'henry viii'],
    ['Volodymyr Zelenskyy', 'vladimir zelenskyy'],
  ])('%s → %s', (name, key) => {
    expect(personKey(name)).toBe(key);
  });
});
