/** A report Habeas has read: stored once per content hash, kept whole as evidence. */
export interface Source {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  /** 'YYYY-MM-DD' or null when unknown. */
  publishedAt: string | null;
  language: string | null;
  contentHash: string;
  text: string;
  ingestedAt: string;
  /** Set when this report is a near duplicate (syndicated, spun, translated) of another. */
  duplicateOf: string | null;
  /**
   * A confidential source (docs/privacy.md): the public sees only 'confidential source', never
   * its text, url, title or publisher, nor quotes from it. Absent means not confidential.
   */
  confidential?: boolean;
}

export type NewSource = Omit<Source, 'id' | 'ingestedAt'>;
