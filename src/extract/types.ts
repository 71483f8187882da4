// The contract every extractor follows (see ../../../shared/CONVENTIONS.md, habit 1).
import type { CountryMention, DateMention, OrganizationMention, Person, Segmented } from '../types.js';

/**
 * What an extractor sees: the segmented document and the facts of the extractors that ran
 * before it (see the order in ./index.ts). Later fields are empty for earlier extractors.
 */
export interface ExtractorContext extends Segmented {
  dates: DateMention[];
  organizations: OrganizationMention[];
  countries: CountryMention[];
  people: Person[];
}

export interface Extractor<T> {
  /** Kind of fact, also the prefix of its rule ids: `date/…`, `country/…`. */
  id: string;
  /** Bump when a change in rules or code changes what the extractor produces. */
  version: string;
  /** Never throws on odd text; returns [] when it finds nothing. Skips boilerplate sentences. */
  extract(ctx: ExtractorContext): T[];
}
