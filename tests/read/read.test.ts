import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { listInputs, readInputs, resolveDocument, type ReadItem } from '../../src/read/index.js';
import { decodeBytes, MAX_FILE_BYTES } from '../../src/read/decode.js';
import { parseFrontMatter } from '../../src/read/front-matter.js';
import { dateFromText, validIsoDate } from '../../src/read/document-date.js';
import { titleFromText } from '../../src/read/title.js';

let dir: string;
async function readAll(paths: string[]): Promise<ReadItem[]> {
  const { files, diagnostics } = listInputs(paths);
  const items: ReadItem[] = diagnostics.map((diagnostic) => ({ kind: 'diagnostic', diagnostic }));
  for await (const item of readInputs(files)) items.push(item);
  return items;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-read-'));
});

describe('decodeBytes: every bad input gets a reason', () => {
  it.each([
    ['empty file', new Uint8Array([]), /empty file/],
    ['only white space', new TextEncoder().encode('  \n\t '), /only white space/],
    ['NUL bytes (binary)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary data \(NUL byte at offset 4\)/],
    ['invalid UTF-8', new Uint8Array([0x61, 0x62, 0xff, 0xfe, 0x63]), /invalid UTF-8 at byte 2/],
    ['control characters', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x01 : 0x41))), /mostly control characters/],
  ])('%s', (_name, bytes, reason) => {
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('decodes UTF-16 LE with a byte-order mark', () => {
    const text = 'Denmark will deploy.';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ ok: true, text, note: 'decoded as UTF-16LE' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Kyiv')]));
    expect(r).toEqual({ ok: true, text: 'Kyiv' });
  });
});

describe('front matter', () => {
  it('reads date, title, url, source and finds the body', () => {
    const text = '---\ndate: 2024-02-12\ntitle: "Talks begin"\nurl: https://example.org/a\nsource: Example\n---\nUkraine launched talks.';
    const fm = parseFrontMatter(text);
    expect(fm.meta).toEqual({ date: '2024-02-12', title: 'Talks begin', url: 'https://example.org/a', source: 'Example' });
    expect(text.slice(fm.bodyStart)).toBe('Ukraine launched talks.');
  });
  it('reports a line that is not key: value', () => {
    expect(parseFrontMatter('---\njust words\n---\nBody').problems[0]).toMatch(/not "key: value"/);
  });
  it('leaves a text without front matter alone', () => {
    expect(parseFrontMatter('--- not front matter').bodyStart).toBe(0);
  });
});

describe('document date', () => {
  it.each([
    [' date 2022-02-10 Nuclear weapons are not allowed on Danish soil.', '2022-02-10', 'docdate/leading-stamp'],
    ['Fakta\n\nLast updated 2015-03-20 - 12:27\n', '2015-03-20', 'docdate/last-updated'],
    ['WASHINGTON, March 3, 2022 — The President said …', '2022-03-03', 'docdate/dateline'],
    ['KYIV, 3 March 2022 - Ukraine said …', '2022-03-03', 'docdate/dateline'],
    ['Ukraine launched negotiations with Denmark on 8 February.', null, null],
    [' date 2022-13-45 impossible date', null, null],
  ])('%j → %s', (text, date, rule) => {
    const r = dateFromText(text);
    expect(r.date).toBe(date);
    expect(r.rule).toBe(rule);
    expect(r.source).toBe(date ? 'text' : 'none');
  });

  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2024-13-45', null],
    ['2024-02-12T10:00:00Z', '2024-02-12'],
    ['yesterday', null],
  ])('validIsoDate(%j) = %s', (input, expected) => {
    expect(validIsoDate(input)).toBe(expected);
  });

  it('prefers metadata, then --date, then the text, and never the clock', () => {
    const src = { id: 'x', path: 'x.txt', line: null, text: ' date 2022-02-10 Text.', meta: {}, sha256: '' };
    expect(resolveDocument({ ...src, meta: { date: '2020-01-01' } }, '2021-01-01').doc).toMatchObject({ date: '2020-01-01', dateSource: 'metadata' });
    expect(resolveDocument(src, '2021-01-01').doc).toMatchObject({ date: '2021-01-01', dateSource: 'metadata' });
    expect(resolveDocument(src, null).doc).toMatchObject({ date: '2022-02-10', dateSource: 'text' });
    expect(resolveDocument({ ...src, text: 'No date here.' }, null).doc).toMatchObject({ date: null, dateSource: 'none' });
    const bad = resolveDocument({ ...src, meta: { date: '2024-13-45' } }, null);
    expect(bad.problems[0]).toMatch(/"2024-13-45" is not a valid YYYY-MM-DD date/);
  });
});

describe('title', () => {
  it.each([
    [' date 2022-02-10 Nuclear weapons are not allowed on Danish soil.\n\nDenmark may …', 'Nuclear weapons are not allowed on Danish soil.'],
    ['Go to content Go to search about Danish Defence website Go to right bar\n\nMain menu\n\nDenmark\'s International Security Cooperation\n\nContent area', "Denmark's International Security Cooperation"],
    ['Ukraine launched negotiations with Denmark regarding bilateral security agreements, pursuant to direction from the President, the office announced on 8 February.\nWith its NATO bid stalled…', null],
  ])('%j → %j', (text, title) => {
    expect(titleFromText(text)).toBe(title);
  });
});

describe('reading files and folders', () => {
  it('reads every bad input with a clear message naming the file, and the good ones', async () => {
    const d = fs.mkdtempSync(path.join(dir, 'mix-'));
    fs.writeFileSync(path.join(d, 'good.txt'), 'Denmark will deploy troops.');
    fs.writeFileSync(path.join(d, 'empty.txt'), '');
    fs.writeFileSync(path.join(d, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    fs.writeFileSync(path.join(d, 'latin1.txt'), Buffer.from([0x44, 0x61, 0x6e, 0x6d, 0xe6, 0x72, 0x6b]));
    fs.writeFileSync(
      path.join(d, 'lines.jsonl'),
      ['{"id":"a","text":"Ukraine commits to reforms."}', '{not json', '{"id":"b"}', '', '{"text":"No id here.","date":"2024-13-45"}', '{"id":"a","text":"duplicate id"}', '["text"]'].join('\n'),
    );
    fs.writeFileSync(path.join(d, 'README.md'), 'About this corpus: not a document.');
    const items = await readAll([d, path.join(d, 'missing.txt')]);
    const problems = items.filter((i) => i.kind === 'diagnostic').map((i) => (i.kind === 'diagnostic' ? `${path.basename(i.diagnostic.path)}${i.diagnostic.line ? `:${i.diagnostic.line}` : ''}: ${i.diagnostic.message}` : ''));
    const docs = items.filter((i) => i.kind === 'document').map((i) => (i.kind === 'document' ? i.doc.id : ''));
    expect(problems).toEqual([
      'missing.txt: path does not exist',
      'binary.txt: binary data (NUL byte at offset 4); expected UTF-8 text',
      'empty.txt: empty file',
      'latin1.txt: invalid UTF-8 at byte 4; re-encode the file as UTF-8',
      expect.stringMatching(/^lines\.jsonl:2: malformed JSON: /),
      'lines.jsonl:3: "text" must be a string, got undefined',
      'lines.jsonl:7: expected a JSON object with a "text" field',
    ]);
    // The duplicate id is reported by ingest, which knows all ids; the reader yields both.
    expect(docs).toEqual(['good', 'a', 'lines:5', 'a']);
  });

  it('refuses a file over the size limit with the limit in the message', async () => {
    const f = path.join(dir, 'huge.txt');
    fs.writeFileSync(f, '');
    fs.truncateSync(f, MAX_FILE_BYTES + 1); // sparse: no 20 MiB written
    const items = await readAll([f]);
    expect(items).toEqual([
      { kind: 'diagnostic', diagnostic: { path: f, line: null, message: `file is ${MAX_FILE_BYTES + 1} bytes, over the ${MAX_FILE_BYTES}-byte limit (split it, or use JSONL)` } },
    ]);
  });

  it('names an unsupported file type', () => {
    const f = path.join(dir, 'data.csv');
    fs.writeFileSync(f, 'a,b');
    expect(listInputs([f]).diagnostics[0].message).toBe('unsupported file type ".csv"; expected .txt, .md or .jsonl');
  });

  it('reads the bundled corpus: 3 seed files byte-identical to the shared seeds, 51 open-corpus lines', async () => {
    const items = await readAll(['corpus']);
    expect(items.filter((i) => i.kind === 'diagnostic')).toEqual([]);
    expect(items.length).toBe(54);
    const seeds = fs.readdirSync('corpus').filter((f) => f.startsWith('seed-'));
    expect(seeds).toHaveLength(3);
    const shared = path.resolve('..', 'shared', 'seeds');
    if (fs.existsSync(shared)) {
      const originals = fs.readdirSync(shared).map((f) => fs.readFileSync(path.join(shared, f)).toString('base64')).sort();
      expect(seeds.map((f) => fs.readFileSync(path.join('corpus', f)).toString('base64')).sort()).toEqual(originals);
    }
  });
});
