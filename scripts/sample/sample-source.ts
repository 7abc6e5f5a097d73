/** One source text of the sample ledger, before the builder adds hash and ingest time. */
export interface SampleSource {
  id: string;
  title: string;
  /** 'YYYY-MM-DD': the day the summary says it was written. */
  publishedAt: string;
  /** BCP-47: 'en', 'ru', 'be' (Cyrillic), 'be-Latn' (Łacinka). */
  language: string;
  text: string;
}

/** Said on every sample source, so no one mistakes the texts for published articles. */
export const samplePublisher = 'Habeas sample (team summary of public reporting)';
