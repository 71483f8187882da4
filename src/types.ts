// The shapes that flow through the pipeline. No logic here.
//
// Offsets everywhere are 0-based, end-exclusive indices into Document.text in UTF-16 code units
// (JavaScript string indices): text.slice(start, end) === span.text.

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where a document came from and what its source said about it, before any analysis. */
export interface DocumentMeta {
  date?: string;
  title?: string;
  url?: string;
  source?: string;
  licence?: string;
}

/** One document as read from the corpus. */
export interface SourceDocument {
  /** Stable id: file name without extension, or the JSONL line's `id`, or `<file>:<line>`. */
  id: string;
  /** Path relative to the working directory, with forward slashes. */
  path: string;
  /** 1-based JSONL line number, or null for a whole file. */
  line: number | null;
  text: string;
  meta: DocumentMeta;
  /** Hex SHA-256 of the UTF-8 text and the metadata that influence extraction. */
  sha256: string;
}

export type DateSource = 'metadata' | 'text' | 'none';

/** A document with its reference date and title resolved. */
export interface Document extends SourceDocument {
  /** Reference date (YYYY-MM-DD) for relative dates, or null. Never the clock. */
  date: string | null;
  dateSource: DateSource;
  title: string | null;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, VERB, AUX, …). */
  pos: string;
  /** Lower-cased normal form. */
  lower: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index range [tokenStart, tokenEnd) into Segmented.tokens. */
  tokenStart: number;
  tokenEnd: number;
  /** Navigation, link lists and other page furniture: no facts come from here. */
  boilerplate: boolean;
}

export interface Segmented {
  doc: Document;
  sentences: Sentence[];
  tokens: Token[];
}

/** What every extracted span carries: where it is and which rule made it. */
export interface Provenance extends Span {
  /** Rule id, `kind/slug`, stored with the fact. */
  rule: string;
  /** Index of the sentence holding the span's start. */
  sentence: number;
}

export interface CountryMention extends Provenance {
  /** ISO 3166-1 alpha-2, or the ISO 3166-3 code of a historical state (SU, YU, CS, DD). */
  code: string;
  /** How the country was named: name, abbreviation, adjective/demonym, or capital for government. */
  form: 'name' | 'abbreviation' | 'adjective' | 'capital';
  /** A capital city standing for its government ("Washington said"). */
  metonymy: boolean;
}

export interface OrganizationMention extends Provenance {
  /** Canonical name ("North Atlantic Treaty Organization"). */
  name: string;
  acronym: string | null;
  /** Country the body belongs to, if national ("U.S. State Department" → US). */
  country: string | null;
}

export interface PersonMention extends Provenance {
  /** Role or title stated with this mention ("Prime Minister"), or null. */
  role: string | null;
  /** Country of the role, ISO alpha-2, or null. */
  roleCountry: string | null;
}

/** A person within one document: the fullest name and all mentions linked to it. */
export interface Person {
  /** Cross-document identity key: the normalized full name. */
  key: string;
  name: string;
  role: string | null;
  country: string | null;
  mentions: PersonMention[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends Provenance {
  type: TimexType;
  /** TIMEX3 value: 2022-02-10, 2024-02, 2024-Q1, 195X, PRESENT_REF, P1Y, XXXX-02-08 … */
  value: string;
  /** TIMEX3 mod: START, END, MID, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER … */
  mod: string | null;
  /** What a relative value was resolved against: the document date, a date in the text, or none. */
  anchor: 'document' | 'text' | 'none' | null;
  /** Parts of the value that were inferred rather than stated ("year" for "8 February"). */
  inferred: string[];
}

export type Polarity = 'positive' | 'negative';
export type Modality = 'firm' | 'intended' | 'possible' | 'proposed' | 'conditional';

export interface EntityRef {
  kind: 'country' | 'organization' | 'person' | 'group';
  /** Display name ("Denmark", "NATO", "Morten Bødskov", "the G7 countries"). */
  name: string;
  /** ISO code for a country; acronym or canonical name for an organization; person key for a person. */
  key: string;
  /** For a group of parties named one by one (US+PH), its members. */
  members?: EntityRef[];
}

export interface Commitment extends Provenance {
  /** The sentence text, for context in reviews. */
  sentenceText: string;
  actor: EntityRef | null;
  speaker: EntityRef | null;
  action: string;
  polarity: Polarity;
  modality: Modality;
  recipient: EntityRef | null;
  deadline: { value: string; mod: string | null; text: string; start: number; end: number } | null;
  /** 0..1 from the strength of the cues. */
  confidence: number;
  /** The cue words that made this a commitment, for explanations. */
  cues: string[];
}

export interface DocumentFacts {
  doc: Document;
  sentences: Sentence[];
  people: Person[];
  countries: CountryMention[];
  organizations: OrganizationMention[];
  dates: DateMention[];
  commitments: Commitment[];
  /** Milliseconds per stage, for --profile. */
  timings: Record<string, number>;
}

/** A problem with input data: reported, never thrown. */
export interface Diagnostic {
  path: string;
  line: number | null;
  message: string;
}
