/** The ingest corpus (test/fixtures/ingest): reports in name order, their truth, B-cubed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportInput } from '../../src/app/ingest/ingest-report.ts';

export const corpusDir = join(import.meta.dirname, '../fixtures/ingest');
export const reportsDir = join(corpusDir, 'reports');

export interface Truth {
  events: Record<string, string | null>;
  exactDuplicates: Record<string, string>;
  nearDuplicates: Record<string, string>;
}

export const truth = JSON.parse(readFileSync(join(corpusDir, 'truth.json'), 'utf8')) as Truth;

export function corpus(): Array<{ file: string; input: ReportInput }> {
  return readdirSync(reportsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const meta = JSON.parse(
        readFileSync(join(reportsDir, file.replace(/\.txt$/, '.meta.json')), 'utf8'),
      ) as ReportInput;
      return { file, input: { ...meta, text: readFileSync(join(reportsDir, file), 'utf8') } };
    });
}

/**
 * B-cubed precision and recall of a clustering against the truth: for each item, the share of
 * its predicted cluster that truly belongs with it, and the share of its true cluster that was
 * predicted with it; averaged over items.
 */
export function bcubed(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): { precision: number; recall: number; f1: number } {
  const items = [...gold.keys()];
  let p = 0;
  let r = 0;
  for (const a of items) {
    const samePred = items.filter((b) => predicted.get(b) === predicted.get(a));
    const sameGold = items.filter((b) => gold.get(b) === gold.get(a));
    const both = samePred.filter((b) => gold.get(b) === gold.get(a)).length;
    p += both / samePred.length;
    r += both / sameGold.length;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
