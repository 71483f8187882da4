// The extractors, in the order they run. Order matters and is explicit (no auto-discovery):
// later extractors read the facts of earlier ones through the ExtractorContext.
import type { Extractor } from './types.js';
import { dateExtractor } from './date/index.js';
import { organizationExtractor } from './organization/index.js';
import { countryExtractor } from './country/index.js';
import { personExtractor } from './person/index.js';
import { commitmentExtractor } from './commitment/index.js';

export const EXTRACTORS = {
  // Dates first: they need nothing, and commitments take their deadlines from them.
  date: dateExtractor,
  // Organizations before countries: a country word inside an organization's name
  // ("Danish Ministry of Foreign Affairs") is part of that name, not a country mention.
  organization: organizationExtractor,
  country: countryExtractor,
  // People after both: a capitalized span already taken by a country or an organization is not
  // a name, and a role's country comes from the country mention beside it.
  person: personExtractor,
  // Commitments last: their actors, recipients and deadlines are the facts found above.
  commitment: commitmentExtractor,
} satisfies Record<string, Extractor<unknown>>;
