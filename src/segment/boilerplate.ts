// Split a text into lines (with offsets) and mark the lines that are page furniture.
import { BOILERPLATE_RULES } from './boilerplate-rules.js';

export interface Line {
  start: number;
  end: number;
  text: string;
  boilerplate: boolean;
  /** Id of the boilerplate rule that marked the line, or null. */
  rule: string | null;
}

/** A list item under a "Read also:" lead-in: a bullet, or a short line without a final period. */
const LIST_ITEM = /^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s+\S/;
const SHORT_HEADLINE_MAX = 160;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index), boilerplate: false, rule: null });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start), boilerplate: false, rule: null });
  return lines;
}

export function markBoilerplateLines(text: string): Line[] {
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Long lines are prose, whatever they start with; the rules are anchored and cheap anyway.
    if (line.text.length > 300) continue;
    for (const rule of BOILERPLATE_RULES) {
      if (!rule.pattern.test(line.text)) continue;
      line.boilerplate = true;
      line.rule = rule.id;
      if (rule.kind === 'leadIn') i = markList(lines, i + 1, rule.id) - 1;
      break;
    }
  }
  return lines;
}

/** Mark the list after a lead-in line; returns the index of the first line after it. */
function markList(lines: Line[], from: number, ruleId: string): number {
  let i = from;
  for (; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.trim() === '') break;
    const isItem = LIST_ITEM.test(t) || (t.length <= SHORT_HEADLINE_MAX && !/[.!?]["”’]?\s*$/.test(t));
    if (!isItem) break;
    lines[i].boilerplate = true;
    lines[i].rule = ruleId;
  }
  return i;
}
