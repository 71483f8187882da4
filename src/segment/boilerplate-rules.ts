// Page furniture that yields no facts. Each rule is data: an id stored in the diagnostics of
// the segmenter, the pattern, why, and an example that tests/segment checks.
//
// Patterns never put two white-space quantifiers in a row (`\s*(?::\s*)?$`, not `\s*:?\s*$`):
// the same lines match, without trying every split of a blank run.
//
// `line` rules mark one whole line. `leadIn` rules mark their line and the list that follows it
// (consecutive lines that look like list items or short headlines), up to a blank line.

export interface BoilerplateRule {
  id: string;
  kind: 'line' | 'leadIn';
  pattern: RegExp;
  reason: string;
  example: string;
}

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    id: 'boilerplate/skip-links',
    kind: 'line',
    // "Go to content Go to search about Danish Defence website Go to right bar"
    pattern: /^\s*(?:(?:skip|go|jump) to (?:main )?(?:content|search|navigation|menu)\b)/i,
    reason: 'accessibility skip links at the top of a web page',
    example: 'Go to content Go to search about Danish Defence website Go to right bar',
  },
  {
    id: 'boilerplate/menu-heading',
    kind: 'line',
    pattern:
      /^\s*(?:main menu|menu|content area|navigation|breadcrumbs?|internal links|external links|related links|share this( page)?|print( this page)?|back to top|cookie settings|subscribe|sign in|log in|search)\s*(?:[:.]\s*)?$/i,
    reason: 'a lone navigation heading or widget label',
    example: 'Main menu',
  },
  {
    id: 'boilerplate/empty-line',
    kind: 'line',
    // A line of nothing but (non-breaking) spaces, bullets or "All about" crumbs.
    pattern: /^[\s\u00a0•·|>-]*(?:all about[\s\u00a0]*)?$/i,
    reason: 'layout residue: non-breaking spaces, bullets, breadcrumb stubs',
    example: 'All about\u00a0',
  },
  {
    id: 'boilerplate/read-also',
    kind: 'leadIn',
    pattern: /^\s*(?:read also|read more|see also|related(?: articles| stories| news)?|more on this (?:topic|story)|you may also like|also read)\s*(?::\s*)?$/i,
    reason: 'a list of other headlines: their names and dates are not facts of this article',
    example: 'Read also:',
  },
];
