// The document's reference date, for resolving relative dates: from metadata first, then from
// the text itself (a date stamp, a "Last updated" line, a dateline), else none. Never the clock.
import type { DateSource } from '../types.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/**
 * Text patterns, tried in order; each names its groups. White space is never matched by two
 * quantifiers in a row (`\s*:?\s*` is written `\s*(?::\s*)?`, `(?:^|\n)\s*` as `(?:^|\n)[^\S\n]*`:
 * the same matches), else a long run of spaces or line breaks costs its length squared.
 */
const TEXT_DATE_RULES: { id: string; pattern: RegExp; example: string }[] = [
  {
    id: 'docdate/leading-stamp',
    // " date 2022-02-10 Nuclear weapons …" (a scraped page's date field glued to the headline)
    pattern: /^\s*(?:date|dated|published|posted|updated)\s*(?::\s*)?(?<iso>\d{4}-\d{2}-\d{2})\b/i,
    example: ' date 2022-02-10 Nuclear weapons are not allowed on Danish soil.',
  },
  {
    id: 'docdate/last-updated',
    pattern: /(?:^|\n)[^\S\n]*(?:last updated|last modified|updated|published|posted)(?: on)?\s*(?::\s*)?(?<iso>\d{4}-\d{2}-\d{2})\b/i,
    example: 'Last updated 2015-03-20 - 12:27',
  },
  {
    id: 'docdate/dateline',
    // "WASHINGTON, March 3, 2022 —" or "KYIV (Reuters), 3 March 2022 -"
    pattern: new RegExp(
      `^\\s*[A-Z][A-Za-z .'-]{1,40}(?:\\s*\\([A-Za-z ]{1,30}\\))?\\s*[,–—-]\\s*(?:(?:${MONTH}\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4}))|(?:(?<day2>\\d{1,2})\\s+${MONTH.replace('month', 'month2')}\\s+(?<year2>\\d{4})))\\s*[–—-]`,
    ),
    example: 'WASHINGTON, March 3, 2022 — The President said …',
  },
];

export interface ResolvedDate {
  date: string | null;
  source: DateSource;
  rule: string | null;
}

/** A calendar date in YYYY-MM-DD that exists, or null. Accepts a full ISO timestamp too. */
export function validIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dateFromText(text: string): ResolvedDate {
  const head = text.slice(0, 4000);
  for (const rule of TEXT_DATE_RULES) {
    // "Last updated" stamps can sit at the foot of a page, so that rule reads the whole text.
    const m = rule.pattern.exec(rule.id === 'docdate/last-updated' ? text : head);
    if (!m?.groups) continue;
    const g = m.groups;
    let iso: string | null = null;
    if (g.iso) iso = validIsoDate(g.iso);
    else {
      const month = g.month ?? g.month2;
      const day = g.day ?? g.day2;
      const year = g.year ?? g.year2;
      const mi = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().replace('.', '').slice(0, 3)));
      if (mi >= 0) iso = validIsoDate(`${year}-${String(mi + 1).padStart(2, '0')}-${day.padStart(2, '0')}`);
    }
    if (iso) return { date: iso, source: 'text', rule: rule.id };
  }
  return { date: null, source: 'none', rule: null };
}
