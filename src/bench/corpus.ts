// The benchmark corpus: N distinct documents built deterministically from real text.
//
// Sources are the open corpus (corpus/open-corpus.jsonl) and, when it is there, the BBC politics
// set (../shared/dev/bbc-politics-dev.jsonl, research-licensed: read here at run time, written
// only to the benchmark's temporary folder, never into the project). Document i is a source
// article whose paragraphs after the first are shuffled, one paragraph has its sentences
// shuffled, and one paragraph is swapped for a paragraph of another article, all driven by a
// generator seeded with i. Every document is checked distinct by its hash (a collision draws
// again), and document i depends only on i and the sources, so the 1,000-document corpus is the
// first 1,000 lines of the 10,000-document one.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

export interface SourceText {
  id: string;
  text: string;
  date?: string;
  title?: string;
}

export interface BenchSources {
  texts: SourceText[];
  /** The files read, with the number of articles taken from each. */
  files: { path: string; articles: number }[];
}

export interface BenchDocument {
  id: string;
  text: string;
  date?: string;
  title?: string;
}

/** Read the source articles: the open corpus always, the BBC set when present. */
export function loadSources(root: string): BenchSources {
  const candidates = [
    { file: path.join(root, 'corpus', 'open-corpus.jsonl'), required: true },
    { file: path.resolve(root, '..', 'shared', 'dev', 'bbc-politics-dev.jsonl'), required: false },
  ];
  const texts: SourceText[] = [];
  const files: BenchSources['files'] = [];
  for (const { file, required } of candidates) {
    if (!fs.existsSync(file)) {
      if (required) throw new Error(`benchmark source ${file} is missing`);
      continue;
    }
    let n = 0;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown; title?: unknown };
      if (typeof r.text !== 'string' || r.text.trim() === '') continue;
      texts.push({
        id: String(r.id ?? `${path.basename(file)}:${n + 1}`),
        text: r.text,
        ...(typeof r.date === 'string' ? { date: r.date } : {}),
        ...(typeof r.title === 'string' ? { title: r.title } : {}),
      });
      n++;
    }
    files.push({ path: file, articles: n });
  }
  if (!texts.length) throw new Error('no benchmark source text');
  return { texts, files };
}

/** A small, fast, seedable generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** Paragraphs: blank-line separated blocks, or lines when the text has fewer than three blocks. */
function paragraphs(text: string): string[] {
  const blocks = text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
  if (blocks.length >= 3) return blocks;
  const lines = text.split('\n').map((p) => p.trim()).filter(Boolean);
  return lines.length > blocks.length ? lines : blocks;
}

function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?\p{Lu})/u);
}

/** The generator's state: parsed sources and the hashes of the documents made so far. */
export class BenchCorpus {
  private readonly parts: string[][];
  private readonly made = new Set<string>();
  private next = 0;

  constructor(private readonly sources: SourceText[]) {
    this.parts = sources.map((s) => paragraphs(s.text));
  }

  /** Document number `this.next`, distinct from every earlier one. */
  nextDocument(): BenchDocument {
    const i = this.next++;
    for (let attempt = 0; ; attempt++) {
      const text = this.compose(i, attempt);
      const hash = createHash('sha1').update(text).digest('base64');
      if (this.made.has(hash)) continue;
      this.made.add(hash);
      const src = this.sources[i % this.sources.length];
      return {
        id: `bench-${String(i + 1).padStart(6, '0')}`,
        text,
        ...(src.date ? { date: src.date } : {}),
        ...(src.title ? { title: src.title } : {}),
      };
    }
  }

  private compose(i: number, attempt: number): string {
    const rnd = random(Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt + 1, 0x85ebca6b));
    const n = this.sources.length;
    const base = this.parts[i % n];
    const [head, ...rest] = base;
    const body = shuffle([...rest], rnd);
    // One paragraph gets its sentences shuffled.
    if (body.length) {
      const k = Math.floor(rnd() * body.length);
      body[k] = shuffle(sentences(body[k]), rnd).join(' ');
    }
    // One paragraph comes from another article (never the same one).
    const donor = this.parts[(i % n + 1 + Math.floor(rnd() * (n - 1))) % n] ?? base;
    const borrowed = donor[Math.floor(rnd() * donor.length)];
    if (body.length >= 2) body[Math.floor(rnd() * body.length)] = borrowed;
    else body.push(borrowed);
    return [head, ...body].join('\n\n');
  }
}

/** Write the first `count` benchmark documents to `file` as JSONL, streaming. */
export function writeBenchCorpus(sources: SourceText[], count: number, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const corpus = new BenchCorpus(sources);
  const fd = fs.openSync(file, 'w');
  try {
    let buffer = '';
    for (let i = 0; i < count; i++) {
      buffer += `${JSON.stringify(corpus.nextDocument())}\n`;
      if (buffer.length > 1 << 20) {
        fs.writeSync(fd, buffer);
        buffer = '';
      }
    }
    fs.writeSync(fd, buffer);
  } finally {
    fs.closeSync(fd);
  }
}
