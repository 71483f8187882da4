// TIMEX3 values as intervals on a time axis (days since 1970-01-01, end-exclusive), for the
// commitments timeline. Values that name no calendar time (durations, XXXX-02-08, FUTURE_REF)
// have no interval.

export interface Interval {
  from: number;
  to: number;
}

const DAY = 86_400_000;
const day = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY);

export function timexInterval(value: string | null | undefined, mod: string | null = null, reference: string | null = null): Interval | null {
  if (!value) return null;
  let iv = baseInterval(value, reference);
  if (!iv) return null;
  const len = iv.to - iv.from;
  if (len > 3) {
    if (mod === 'START') iv = { from: iv.from, to: iv.from + Math.max(1, Math.round(len / 3)) };
    else if (mod === 'END') iv = { from: iv.to - Math.max(1, Math.round(len / 3)), to: iv.to };
    else if (mod === 'MID') iv = { from: iv.from + Math.round(len / 3), to: iv.to - Math.round(len / 3) };
  }
  return iv;
}

function baseInterval(v: string, reference: string | null): Interval | null {
  let m: RegExpMatchArray | null;
  if (v === 'PRESENT_REF') return reference ? baseInterval(reference, null) : null;
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/))) {
    const from = day(+m[1], +m[2], +m[3]);
    return { from, to: from + 1 };
  }
  if ((m = v.match(/^(\d{4})-(\d{2})$/))) return { from: day(+m[1], +m[2], 1), to: day(+m[1], +m[2] + 1, 1) };
  if ((m = v.match(/^(\d{4})-Q([1-4])$/))) return { from: day(+m[1], (+m[2] - 1) * 3 + 1, 1), to: day(+m[1], +m[2] * 3 + 1, 1) };
  if ((m = v.match(/^(\d{4})-H([12])$/))) return { from: day(+m[1], (+m[2] - 1) * 6 + 1, 1), to: day(+m[1], +m[2] * 6 + 1, 1) };
  if ((m = v.match(/^(\d{4})-W(\d{2})(?:-WE)?$/))) {
    // ISO week: the week with the year's first Thursday is week 1.
    const jan4 = day(+m[1], 1, 4);
    const weekday = (new Date(jan4 * DAY).getUTCDay() + 6) % 7;
    const from = jan4 - weekday + (+m[2] - 1) * 7;
    return v.endsWith('-WE') ? { from: from + 5, to: from + 7 } : { from, to: from + 7 };
  }
  if ((m = v.match(/^(\d{4})-(SP|SU|FA|WI)$/))) {
    const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2] as 'SP']!;
    return { from: day(+m[1], start, 1), to: day(+m[1], start + 3, 1) };
  }
  if ((m = v.match(/^(\d{4})$/))) return { from: day(+m[1], 1, 1), to: day(+m[1] + 1, 1, 1) };
  if ((m = v.match(/^(\d{3})X$/))) return { from: day(+m[1] * 10, 1, 1), to: day(+m[1] * 10 + 10, 1, 1) };
  if ((m = v.match(/^(\d{2})(?:XX)?$/))) return { from: day(+m[1] * 100, 1, 1), to: day(+m[1] * 100 + 100, 1, 1) };
  return null;
}

/** Days since the epoch → YYYY-MM-DD. */
export function dayLabel(d: number): string {
  return new Date(d * DAY).toISOString().slice(0, 10);
}

/** Year of a day number. */
export function yearOf(d: number): number {
  return new Date(d * DAY).getUTCFullYear();
}

export function dayOfYear(y: number): number {
  return day(y, 1, 1);
}
