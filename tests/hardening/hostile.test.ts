// Hostile input: pathological texts finish quickly with correct offsets; hostile ids never write
// outside the snapshot folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/index.js';
import { main } from '../../src/cli/main.js';
import { snapshotFileName } from '../../src/report/snapshot.js';
import { makeDocument } from '../helpers.js';
import { PIPELINE_CASES as CASES } from '../hostile-inputs.js';

/**
 * The goal is under a second per 100 KB on this machine; the bound asserted here is
 * looser (2 s per 100 KB plus 5 s) so that a slow or busy machine does not fail it. What it
 * catches is catastrophic backtracking, which takes minutes, not seconds. Measured times are
 * printed for the record.
 */
function withinBudget(text: string, label: string): void {
  const t = performance.now();
  const facts = processDocument(makeDocument(text, '2024-02-12'));
  const ms = performance.now() - t;
  const budget = 5000 + (2000 * text.length) / 100_000;
  console.log(`hostile input ${label}: ${(text.length / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms`);
  expect(ms, `${label} took ${ms.toFixed(0)} ms`).toBeLessThan(budget);
  for (const s of [...facts.dates, ...facts.countries, ...facts.organizations, ...facts.commitments, ...facts.people.flatMap((p) => p.mentions)]) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('hostile text finishes quickly with correct offsets', () => {
  it.each(CASES)('%s', (label, make) => {
    withinBudget(make(), label);
  });

  it('keeps offsets right around astral characters', () => {
    const text = '😀 Denmark 🇩🇰 will deploy troops to Estonia on Thursday.';
    const facts = processDocument(makeDocument(text, '2024-02-12'));
    const dk = facts.countries.find((c) => c.code === 'DK')!;
    expect([dk.start, dk.end, text.slice(dk.start, dk.end)]).toEqual([3, 10, 'Denmark']);
    expect(facts.dates.map((d) => text.slice(d.start, d.end))).toEqual(['Thursday']);
  });
});

describe('hostile metadata', () => {
  it('never writes outside the snapshot folder, keeps names distinct, and reports duplicates', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-hostile-'));
    const out = path.join(dir, 'facts');
    const ids = ['../../x', '/etc/passwd', 'a\u0000b', 'x'.repeat(5000), 'a/b', 'a_b', 'C:\\windows\\system32', '..', '.hidden', 'CON', 'ok'];
    const lines = ids.map((id, i) => JSON.stringify({ id, text: `Denmark will deploy troops number ${i}.` }));
    lines.push(JSON.stringify({ id: 'ok', text: 'A duplicate id.' }));
    lines.push(JSON.stringify({ id: 'typed', text: 'Denmark.', date: 20240101 }));
    lines.push(JSON.stringify({ id: 'baddate', text: 'Denmark will act on Thursday.', date: '2024-13-45' }));
    fs.writeFileSync(path.join(dir, 'hostile.jsonl'), lines.join('\n'));
    const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s), stderrIsTTY: false, stdoutIsTTY: false, cwd: process.cwd() };
    const code = await main(['ingest', path.join(dir, 'hostile.jsonl'), '--db', path.join(dir, 'h.db'), '--out', out, '--concurrency', '1'], io);
    expect(code).toBe(1);
    expect(io.err).toContain('hostile.jsonl:12: duplicate document id "ok"; this one is skipped');
    expect(io.err).toContain('hostile.jsonl:13: "date" must be a string, got number');
    expect(io.err).toContain('hostile.jsonl:14: date "2024-13-45" is not a valid YYYY-MM-DD date; ignored');
    // Only the snapshot folder was written, one file per document, all distinct and plain names.
    expect(fs.readdirSync(dir).sort()).toEqual(['facts', 'h.db', 'h.db-shm', 'h.db-wal', 'hostile.jsonl'].filter((f) => fs.existsSync(path.join(dir, f))).sort());
    const files = fs.readdirSync(out);
    expect(files.length).toBe(ids.length + 1);
    for (const f of files) {
      expect(f).toMatch(/^[\p{L}\p{N}._-]+\.json$/u);
      expect(f.length).toBeLessThanOrEqual(140);
      expect(path.resolve(out, f).startsWith(path.resolve(out) + path.sep)).toBe(true);
    }
    expect(new Set(files).size).toBe(files.length);
  });

  it.each([['../../x'], ['/etc/passwd'], ['a\u0000b'], ['..'], ['x'.repeat(500)]])('snapshotFileName(%j) is a plain file name', (id) => {
    const name = snapshotFileName(id);
    expect(name).not.toMatch(/[\\/\u0000]/);
    expect(name.startsWith('.')).toBe(false);
    expect(name.length).toBeLessThanOrEqual(140);
  });

  it('gives ids that sanitize alike different file names', () => {
    expect(snapshotFileName('a/b')).not.toBe(snapshotFileName('a_b'));
    expect(snapshotFileName('a:b')).not.toBe(snapshotFileName('a?b'));
  });
});
