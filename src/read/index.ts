// Corpus files and JSONL → documents, streamed one at a time, with a diagnostic for every input
// that cannot be read. Nothing here throws on bad data.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createHash } from 'node:crypto';
import type { Diagnostic, Document, DocumentMeta, SourceDocument } from '../types.js';
import { checkText, decodeBytes, MAX_FILE_BYTES, MAX_LINE_CHARS } from './decode.js';
import { parseFrontMatter } from './front-matter.js';
import { dateFromText, validIsoDate } from './document-date.js';
import { titleFromText } from './title.js';

export const TEXT_EXTENSIONS = ['.txt', '.md'];
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];

/** Files in a corpus folder that are about the corpus, not part of it. */
const IGNORED_FILE = /^(?:readme|credits|licen[cs]e|notice|changelog)(?:\.[a-z]+)?$/i;
/** Folders in a corpus folder that hold annotations, not documents. */
const IGNORED_DIRS = new Set(['gold', 'node_modules']);

export type ReadItem = { kind: 'document'; doc: SourceDocument } | { kind: 'diagnostic'; diagnostic: Diagnostic };

export interface InputFile {
  /** Path as given or found, relative to cwd when possible. */
  path: string;
  /** Id prefix: the path relative to the folder it was found in, without extension. */
  idBase: string;
}

/** Expand the paths given on the command line into a sorted list of input files. */
export function listInputs(paths: string[]): { files: InputFile[]; diagnostics: Diagnostic[] } {
  const files: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (e) {
      diagnostics.push({ path: given, line: null, message: describeFsError(e, 'path does not exist') });
      continue;
    }
    if (stat.isDirectory()) {
      const found: InputFile[] = [];
      walk(given, given, found, diagnostics);
      found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      files.push(...found);
    } else {
      const ext = path.extname(given).toLowerCase();
      if (![...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS].includes(ext)) {
        diagnostics.push({ path: given, line: null, message: `unsupported file type "${ext || '(none)'}"; expected .txt, .md or .jsonl` });
        continue;
      }
      files.push({ path: toPosix(given), idBase: path.basename(given, path.extname(given)) });
    }
  }
  return { files, diagnostics };
}

function walk(root: string, dir: string, out: InputFile[], diagnostics: Diagnostic[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    diagnostics.push({ path: dir, line: null, message: describeFsError(e, 'cannot read folder') });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!IGNORED_DIRS.has(entry.name)) walk(root, full, out, diagnostics);
      continue;
    }
    const ext = path.extname(entry.name).toLowerCase();
    if (![...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS].includes(ext) || IGNORED_FILE.test(entry.name)) continue;
    const rel = path.relative(root, full);
    out.push({ path: toPosix(full), idBase: toPosix(rel.slice(0, rel.length - ext.length)) });
  }
}

/** Read every input as documents, streaming JSONL line by line. */
export async function* readInputs(files: InputFile[]): AsyncGenerator<ReadItem> {
  for (const file of files) {
    const ext = path.extname(file.path).toLowerCase();
    if (JSONL_EXTENSIONS.includes(ext)) yield* readJsonl(file);
    else yield* readTextFile(file);
  }
}

function* readTextFile(file: InputFile): Generator<ReadItem> {
  const fail = (message: string): ReadItem => ({ kind: 'diagnostic', diagnostic: { path: file.path, line: null, message } });
  let bytes: Buffer;
  try {
    const size = fs.statSync(file.path).size;
    if (size > MAX_FILE_BYTES) {
      yield fail(`file is ${size} bytes, over the ${MAX_FILE_BYTES}-byte limit (split it, or use JSONL)`);
      return;
    }
    bytes = fs.readFileSync(file.path);
  } catch (e) {
    yield fail(describeFsError(e, 'cannot read file'));
    return;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield fail(decoded.reason);
    return;
  }
  const fm = parseFrontMatter(decoded.text);
  for (const problem of fm.problems) yield fail(problem);
  const text = decoded.text.slice(fm.bodyStart);
  if (text.trim() === '') {
    yield fail('no text after the front matter');
    return;
  }
  yield { kind: 'document', doc: makeSourceDocument(file.idBase, file.path, null, text, fm.meta) };
}

async function* readJsonl(file: InputFile): AsyncGenerator<ReadItem> {
  const fail = (line: number | null, message: string): ReadItem => ({ kind: 'diagnostic', diagnostic: { path: file.path, line, message } });
  let stream: fs.ReadStream;
  try {
    fs.accessSync(file.path, fs.constants.R_OK);
    stream = fs.createReadStream(file.path, { encoding: 'utf8' });
  } catch (e) {
    yield fail(null, describeFsError(e, 'cannot read file'));
    return;
  }
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let any = false;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      any = true;
      if (line.length > MAX_LINE_CHARS) {
        yield fail(lineNo, `line is ${line.length} characters, over the ${MAX_LINE_CHARS}-character limit`);
        continue;
      }
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (e) {
        yield fail(lineNo, `malformed JSON: ${(e as Error).message}`);
        continue;
      }
      const parsed = parseJsonlRecord(record);
      if ('error' in parsed) {
        yield fail(lineNo, parsed.error);
        continue;
      }
      const id = parsed.id ?? `${file.idBase}:${lineNo}`;
      yield { kind: 'document', doc: makeSourceDocument(id, file.path, lineNo, parsed.text, parsed.meta) };
    }
  } catch (e) {
    yield fail(lineNo || null, describeFsError(e, 'cannot read file'));
    return;
  }
  if (!any) yield fail(null, 'empty file (no JSON lines)');
}

function parseJsonlRecord(record: unknown): { id: string | null; text: string; meta: DocumentMeta } | { error: string } {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { error: 'expected a JSON object with a "text" field' };
  const r = record as Record<string, unknown>;
  if (typeof r.text !== 'string') return { error: `"text" must be a string, got ${typeName(r.text)}` };
  const checked = checkText(r.text);
  if (!checked.ok) return { error: checked.reason };
  if (r.id !== undefined && r.id !== null && typeof r.id !== 'string' && typeof r.id !== 'number') {
    return { error: `"id" must be a string or number, got ${typeName(r.id)}` };
  }
  const meta: DocumentMeta = {};
  for (const key of ['date', 'title', 'url', 'source', 'licence'] as const) {
    const v = r[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return { error: `"${key}" must be a string, got ${typeName(v)}` };
    meta[key] = v;
  }
  const id = r.id === undefined || r.id === null ? null : String(r.id);
  if (id !== null && id.trim() === '') return { error: '"id" is empty' };
  return { id, text: r.text, meta };
}

function makeSourceDocument(id: string, filePath: string, line: number | null, text: string, meta: DocumentMeta): SourceDocument {
  const sha256 = createHash('sha256').update(text).update('\0').update(JSON.stringify([meta.date ?? null, meta.title ?? null])).digest('hex');
  return { id, path: filePath, line, text, meta, sha256 };
}

/**
 * Resolve the reference date and title. `fallbackDate` is the --date option, used when the
 * metadata states none; a date found in the text comes after both.
 */
export function resolveDocument(src: SourceDocument, fallbackDate: string | null): { doc: Document; problems: string[] } {
  const problems: string[] = [];
  let date: string | null = null;
  let dateSource: Document['dateSource'] = 'none';
  if (src.meta.date !== undefined) {
    date = validIsoDate(src.meta.date);
    if (date) dateSource = 'metadata';
    else problems.push(`date ${JSON.stringify(src.meta.date)} is not a valid YYYY-MM-DD date; ignored`);
  }
  if (!date && fallbackDate) {
    date = fallbackDate;
    dateSource = 'metadata';
  }
  if (!date) {
    const found = dateFromText(src.text);
    date = found.date;
    dateSource = found.source;
  }
  const title = src.meta.title?.trim() || titleFromText(src.text);
  return { doc: { ...src, date, dateSource, title }, problems };
}

function describeFsError(e: unknown, fallback: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'path does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (unreadable)';
    case 'EISDIR':
      return 'is a folder, expected a file';
    default:
      return `${fallback}${code ? ` (${code})` : ''}`;
  }
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
