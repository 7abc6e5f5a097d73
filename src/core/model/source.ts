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
}

export type NewSource = Omit<Source, 'id' | 'ingestedAt'>;
