// The public JSON contract of `habeas extract` (docs/extraction.md, DESIGN.md).
// Other parts of the system (ingest, resolve, reconcile) reuse these types.

/** Exact text support for an item: `text.slice(start, end) === quote`. */
export interface Evidence {
  start: number;
  end: number;
  quote: string;
}

export type CountQualifier = 'exact' | 'more_than' | 'at_least' | 'about' | 'almost' | 'up_to';

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateWithPrecision {
  /** YYYY-MM-DD for day, YYYY-MM for month, YYYY for year. */
  value: string;
  precision: DatePrecision;
}

export interface ReleasedCount {
  value: number;
  qualifier: CountQualifier;
  evidence: Evidence;
}

export interface ReleasedPerson {
  /** The name as written in the report. */
  name: string;
  /** Always null from extraction; resolution to registry persons happens in ingest. */
  personId: string | null;
  /** Words the report uses to describe the person ('69-year-old philosopher'), or null. */
  descriptor: string | null;
  evidence: Evidence;
}

export type ConcessionKind =
  | 'sanctions_relief'
  | 'diplomatic_step'
  | 'prisoner_exchange'
  | 'financial'
  | 'other';

export interface Concession {
  kind: ConcessionKind;
  /** ISO 3166-1 alpha-2 code of the granting government, or null when not stated. */
  grantedBy: string | null;
  /** What the concession is about ('Belavia', 'potash', 'embassy'), or null. */
  target: string | null;
  description: string;
  evidence: Evidence;
}

export interface Mediator {
  /** A person or an actor ('John Coale', 'Qatar', 'the Vatican'). */
  name: string;
  /** 'special envoy', 'envoy', 'mediator', ... or null. */
  role: string | null;
  evidence: Evidence;
}

export interface Destination {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  evidence: Evidence;
}

export type ReleaseRole = 'main' | 'background';

export interface ExtractedRelease {
  role: ReleaseRole;
  /** ISO 3166-1 alpha-2 code of the country that held the prisoners, or null. */
  country: string | null;
  date: DateWithPrecision | null;
  releasedCount: ReleasedCount | null;
  released: ReleasedPerson[];
  concessions: Concession[];
  mediators: Mediator[];
  destinations: Destination[];
}

export interface RemainingCount {
  country: string | null;
  value: number;
  qualifier: CountQualifier;
  /** Who the report credits with the figure ('Viasna', 'human rights groups'), or null. */
  attributedTo: string | null;
  evidence: Evidence;
}

/** What a detention item reports (docs/extraction.md, "Detentions"). */
export type DetentionKind =
  | 'arrest'
  | 'charge'
  | 'sentence'
  | 'transfer'
  | 'recognition'
  | 'extension';

export interface DetainedPerson {
  /** The name as written in the report. */
  name: string;
  /** Always null from extraction; ingest resolves it through the name engine. */
  personId: string | null;
  descriptor: string | null;
  evidence: Evidence;
}

export interface DetentionCount {
  value: number;
  qualifier: CountQualifier;
  evidence: Evidence;
}

/** A prison term: '5 years and 6 months' is years 5, months 6; a life term is life true, years 0. */
export interface PrisonTerm {
  years: number;
  months: number;
  days: number;
  life: boolean;
  /** Where it is served, as written ('strict-regime penal colony'), or null. */
  regime: string | null;
  evidence: Evidence;
}

export interface DetentionCharge {
  /** The criminal-code article as written: '342', '361-1', '130.3'. */
  article: string;
  /** What the article is about, when the report quotes it ('gross violation of public order'). */
  description: string | null;
  evidence: Evidence;
}

export interface NamedSpan {
  name: string;
  evidence: Evidence;
}

/**
 * One person's status event, or an unnamed aggregate (person null, count set): arrests, charges,
 * sentences, transfers, recognitions as a political prisoner and sentence extensions.
 */
export interface ExtractedDetention {
  kind: DetentionKind;
  /** 'background': recalled history ('arrested in 2021'), not what the report is about. */
  role: ReleaseRole;
  /** ISO 3166-1 alpha-2 code of the country that holds the person, or null. */
  country: string | null;
  date: DateWithPrecision | null;
  person: DetainedPerson | null;
  count: DetentionCount | null;
  sentence: PrisonTerm | null;
  charges: DetentionCharge[];
  court: NamedSpan | null;
  /** Recognition: who recognised ('Viasna', 'Memorial'). */
  recognisedBy: NamedSpan | null;
  /** Transfer: where to. */
  place: NamedSpan | null;
  /** The words that state the event. */
  evidence: Evidence;
}

export interface ReportMeta {
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  language: string;
}

export interface ExtractResult {
  report: ReportMeta;
  releases: ExtractedRelease[];
  /** Arrests, charges, sentences, transfers, recognitions, extensions (issue 20). */
  detentions: ExtractedDetention[];
  remainingCounts: RemainingCount[];
  problems: string[];
}

/**
 * What `habeas extract` prints for a report: the extraction, its report with the text's
 * content hash (SHA-256 hex of the text after normaliseForHash: NFC, LF line ends, trimmed),
 * computed where hashing is (adapters/digest.ts), so the core needs no SHA-256 of its own.
 */
export interface ExtractOutput extends Omit<ExtractResult, 'report'> {
  report: ReportMeta & { contentHash: string };
}

export interface ExtractInput {
  text: string;
  title?: string;
  url?: string;
  /** YYYY-MM-DD; relative dates ('on Thursday') are resolved against it. */
  publishedAt?: string;
  /** 'en' | 'ru' | 'be'; detected when absent. */
  language?: string;
}
