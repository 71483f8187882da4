// Calendar arithmetic on plain year/month/day triples. Pure functions: the clock is never read
// (Date.UTC only converts numbers we already have).

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function parseYmd(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValid(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

export function isValid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days of each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Four-digit years by arithmetic: a Date per call was a fifth of the date stage on a text of
  // thousands of dates. Date.UTC answers the rest as before (it reads years 0–99 as 1900–1999).
  if (Number.isInteger(y) && y >= 1000 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12) {
    return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1];
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toDays(a: Ymd): number {
  return Math.floor(Date.UTC(a.y, a.m - 1, a.d) / DAY_MS);
}

function fromDays(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDays(toDays(a) + n);
}

/** Days from a to b (b − a). */
export function diffDays(a: Ymd, b: Ymd): number {
  return toDays(b) - toDays(a);
}

/** Month arithmetic on (year, month): returns the shifted pair. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (((t % 12) + 12) % 12) + 1 };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(a: Ymd): number {
  const w = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(a: Ymd): { year: number; week: number } {
  const thursday = addDays(a, 4 - isoWeekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(jan1, thursday) / 7) + 1 };
}

export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export function fmtDay(a: Ymd): string {
  return `${pad4(a.y)}-${pad2(a.m)}-${pad2(a.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

export function fmtWeek(a: Ymd): string {
  const w = isoWeek(a);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

/** The nth (1-based) given ISO weekday of a month ("the fourth Thursday of November"). */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, nth: number): Ymd {
  const first = { y, m, d: 1 };
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return { y, m, d: 1 + offset + 7 * (nth - 1) };
}

/** Quarter (1–4) of a month. */
export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;
