// What the release tests read of a report: the names the main release frees, and a case of
// them in one language (who must be freed, who must not).
import { extractReport } from '../../../src/core/extract/index.ts';

/** The names the main release of `text` frees. */
export function freed(text: string, language?: string): string[] {
  const r = extractReport({ text, ...(language ? { language } : {}) });
  return (r.releases.find((x) => x.role === 'main')?.released ?? []).map((p) => p.name);
}

export interface FreedCase {
  lang: string;
  text: string;
  freed: string[];
  notFreed: string[];
}
