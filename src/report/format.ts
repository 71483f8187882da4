// Output formats shared by the commands: an aligned text table for people, JSON, NDJSON and CSV
// for tools. Rows are plain objects; `columns` fixes the order of the fields in every format.

export type Format = 'table' | 'json' | 'ndjson' | 'csv';
export const FORMATS: Format[] = ['table', 'json', 'ndjson', 'csv'];

/** The --format value, or the default: a table on a terminal, JSON for a pipe or a file. */
export function chooseFormat(value: string | undefined, stdoutIsTTY: boolean): Format | null {
  if (value === undefined) return stdoutIsTTY ? 'table' : 'json';
  return (FORMATS as string[]).includes(value) ? (value as Format) : null;
}

export interface TableOptions {
  /** Longest prose cell in a table, in columns; longer ones end in "…" (ids are never cut). 0: no limit. Default 80. */
  maxWidth?: number;
}

/** Rows in a format, ending in a newline (nothing at all for zero NDJSON rows). */
export function formatRows(columns: string[], rows: Record<string, unknown>[], format: Format, options: TableOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows.map((r) => pick(r, columns)), jsonValue, 2)}\n`;
    case 'ndjson':
      return rows.map((r) => `${JSON.stringify(pick(r, columns), jsonValue)}\n`).join('');
    case 'csv':
      return [columns, ...rows.map((r) => columns.map((c) => cellText(r[c])))].map((line) => `${line.map(csvField).join(',')}\r\n`).join('');
    case 'table':
      return table(columns, rows, options.maxWidth ?? 80);
  }
}

/**
 * One record (a fact explained): a two-column field/value table with nothing cut, a JSON object,
 * one NDJSON line, or a CSV header and row.
 */
export function formatRecord(record: Record<string, unknown>, format: Format): string {
  const columns = Object.keys(record);
  switch (format) {
    case 'json':
      return `${JSON.stringify(record, jsonValue, 2)}\n`;
    case 'ndjson':
    case 'csv':
      return formatRows(columns, [record], format);
    case 'table': {
      const width = Math.max(...columns.map((c) => c.length));
      return columns.map((c) => `${c.padEnd(width)}  ${oneLine(cellText(record[c]))}`.trimEnd() + '\n').join('');
    }
  }
}

function pick(row: Record<string, unknown>, columns: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) out[c] = row[c] ?? null;
  return out;
}

/** JSON for values JSON.stringify cannot take as they are: BLOBs as hex, bigints as numbers or strings. */
function jsonValue(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data)) {
    return Buffer.from((value as { data: number[] }).data).toString('hex');
  }
  return value;
}

/** A value as text in a table or CSV cell: null is empty, lists are joined, objects are JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (Buffer.isBuffer(value)) return `x'${value.toString('hex')}'`;
  if (Array.isArray(value)) return value.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : cellText(v))).join('; ');
  return JSON.stringify(value, jsonValue);
}

/** RFC 4180: quote a field that holds a comma, quote, CR or LF; double the quotes inside. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n\t]/g, ' ');
}

/** Width in terminal columns, counting code points (not UTF-16 units); wide CJK glyphs count 2. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
  return w;
}

/** Prose is cut to `max` columns; a single token (an id, a key, a URL) never is: it must stay usable. */
function truncate(s: string, max: number): string {
  if (max <= 0 || !/\s/.test(s) || displayWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** Columns aligned like `sqlite3 -column`: header, dashes, one line per row; numbers to the right. */
function table(columns: string[], rows: Record<string, unknown>[], maxWidth: number): string {
  if (rows.length === 0) return '(no rows)\n';
  const cells = rows.map((r) => columns.map((c) => truncate(oneLine(cellText(r[c])), maxWidth)));
  const numeric = columns.map((c) => rows.every((r) => r[c] === null || r[c] === undefined || typeof r[c] === 'number' || typeof r[c] === 'bigint'));
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((row) => displayWidth(row[i]))));
  const line = (values: string[]): string =>
    values
      .map((v, i) => pad(v, widths[i], numeric[i]))
      .join('  ')
      .trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map((row) => line(row))].join('\n') + '\n';
}
