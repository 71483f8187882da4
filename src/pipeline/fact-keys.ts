// Stable, readable fact ids: `<document>#<kind>@<start>-<end>`, with `~n` when two facts of a
// kind share a span. They depend only on the document and the facts, never on insertion order,
// so the snapshot and the database agree across runs and machines.
import type { DocumentFacts } from '../types.js';

export interface FactKeys {
  people: string[][];
  countries: string[];
  organizations: string[];
  dates: string[];
  commitments: string[];
}

export function factKeys(facts: DocumentFacts): FactKeys {
  const id = facts.doc.id;
  const seen = new Map<string, number>();
  const key = (kind: string, start: number, end: number): string => {
    const base = `${id}#${kind}@${start}-${end}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}~${n}`;
  };
  return {
    people: facts.people.map((p) => p.mentions.map((m) => key('person', m.start, m.end))),
    countries: facts.countries.map((m) => key('country', m.start, m.end)),
    organizations: facts.organizations.map((m) => key('organization', m.start, m.end)),
    dates: facts.dates.map((m) => key('date', m.start, m.end)),
    commitments: facts.commitments.map((m) => key('commitment', m.start, m.end)),
  };
}
