// The extractor version stored with each document: a hash of the code and rule data that
// produce facts. Any change to them re-extracts every document on the next ingest, so a stale
// fact can never survive a rule change. Computed from file contents, so it is the same on every
// machine for the same checkout.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Folders whose files decide what facts a document yields. */
const FACT_SOURCES = ['read', 'segment', 'extract', 'resolve', 'pipeline', 'types.ts'];

let cached: string | null = null;

export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const entry of FACT_SOURCES) collect(path.join(SRC, entry), files);
  files.sort();
  for (const file of files) {
    hash.update(path.relative(SRC, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

function collect(p: string, out: string[]): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return;
  }
  if (stat.isDirectory()) for (const name of fs.readdirSync(p)) collect(path.join(p, name), out);
  else if (/\.(ts|js|json)$/.test(p)) out.push(p);
}
