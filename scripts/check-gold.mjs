#!/usr/bin/env node
// Validates corpus/gold/*.json against the corpus text: every span's text equals the slice of the
// document at its offsets, and every value has the documented shape. Exit 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpusDir = path.join(root, 'corpus');
const texts = new Map();
for (const name of fs.readdirSync(corpusDir)) {
  const file = path.join(corpusDir, name);
  if (/\.(txt|md)$/.test(name)) texts.set(name.replace(/\.(txt|md)$/, ''), fs.readFileSync(file, 'utf8'));
  if (name.endsWith('.jsonl')) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.trim()) { const d = JSON.parse(line); texts.set(d.id, d.text); }
    }
  }
}
const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
const POLARITY = new Set(['positive', 'negative']);
const MODALITY = new Set(['firm', 'intended', 'possible', 'proposed', 'conditional']);
let problems = 0;
const only = process.argv.slice(2);
const files = fs.readdirSync(path.join(corpusDir, 'gold')).filter((f) => f.endsWith('.json'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
for (const f of files) {
  const say = (msg) => { problems++; console.log(`${f}: ${msg}`); };
  let g;
  try { g = JSON.parse(fs.readFileSync(path.join(corpusDir, 'gold', f), 'utf8')); } catch (e) { say(`not JSON: ${e.message}`); continue; }
  const text = texts.get(g.document);
  if (text === undefined) { say(`unknown document id ${g.document}`); continue; }
  if (f !== `${g.document}.json`) say(`file name should be ${g.document}.json`);
  const span = (s, where) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) return say(`${where}: bad offsets ${s.start}-${s.end}`);
    const got = text.slice(s.start, s.end);
    if (got !== s.text) say(`${where}: text ${JSON.stringify(s.text)} but document has ${JSON.stringify(got)} at ${s.start}-${s.end}`);
  };
  for (const p of g.people ?? []) {
    if (!p.name) say(`person without name`);
    for (const m of p.mentions ?? []) span(m, `person ${p.name}`);
    if (p.country != null && !/^[A-Z]{2}$/.test(p.country)) say(`person ${p.name}: country ${p.country}`);
  }
  for (const c of g.countries ?? []) { span(c, `country`); if (!/^[A-Z]{2}$/.test(c.code ?? '')) say(`country ${c.text}: code ${c.code}`); }
  for (const o of g.organizations ?? []) { span(o, `organization`); if (!o.name) say(`organization ${o.text}: no name`); }
  for (const d of g.dates ?? []) { span(d, `date`); if (!TYPES.has(d.type)) say(`date ${d.text}: type ${d.type}`); if (!d.value) say(`date ${d.text}: no value`); }
  for (const c of g.commitments ?? []) {
    span(c, `commitment`);
    if (!c.actor) say(`commitment ${c.text.slice(0, 40)}: no actor`);
    if (!POLARITY.has(c.polarity)) say(`commitment ${c.text.slice(0, 40)}: polarity ${c.polarity}`);
    if (!MODALITY.has(c.modality)) say(`commitment ${c.text.slice(0, 40)}: modality ${c.modality}`);
    if (c.deadline && !c.deadline.value) say(`commitment ${c.text.slice(0, 40)}: deadline without value`);
  }
}
console.log(`${files.length} gold files checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
