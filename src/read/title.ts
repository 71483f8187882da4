// A title for documents whose metadata gives none: the first content line when it reads as a
// headline (short, and either followed by a blank line or without a sentence-final period).
import { markBoilerplateLines } from '../segment/boilerplate.js';

// `\s*(?::\s*)?`, not `\s*:?\s*`: the same match, without trying every split of a long blank run.
const LEADING_STAMP = /^\s*(?:date|dated|published|posted|updated)\s*(?::\s*)?\d{4}-\d{2}-\d{2}\s*/i;
const MAX_TITLE_CHARS = 150;
const MAX_TITLE_WORDS = 20;

export function titleFromText(text: string): string | null {
  const lines = markBoilerplateLines(text.slice(0, 5000));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.boilerplate || line.text.trim() === '') continue;
    const candidate = line.text.replace(LEADING_STAMP, '').replace(/\u00a0/g, ' ').trim();
    if (candidate === '') continue;
    const next = lines[i + 1];
    const blankAfter = !next || next.text.trim() === '';
    const words = candidate.split(/\s+/).length;
    const endsLikeSentence = /[.!?]["”’]?$/.test(candidate);
    if (candidate.length <= MAX_TITLE_CHARS && words <= MAX_TITLE_WORDS && (blankAfter || !endsLikeSentence)) {
      return candidate;
    }
    return null;
  }
  return null;
}
