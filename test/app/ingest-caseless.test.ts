// A report that names a freed person only in Arabic or Persian letters joins the event its
// country and dates point to: the name engine cannot tie that spelling to the Latin one the
// event holds, so the name must not keep the report apart (ingest-release.ts, unreadPeopleOnly).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import type { AcquiredItem } from '../../src/app/ingest/acquire.ts';
import { ingestBatch } from '../../src/app/ingest/ingest-batch.ts';
import { openAppContext } from '../support/app-context.ts';
import { pgliteBackend } from '../support/databases.ts';

const reports: AcquiredItem[] = [
  {
    origin: 'en',
    input: {
      url: 'https://example.test/en/grondeau',
      publishedAt: '2025-03-20',
      text: 'Iran has freed the French citizen Olivier Grondeau, President Emmanuel Macron said on 20 March 2025. Grondeau had spent 887 days in custody.',
    },
  },
  {
    origin: 'ar-1',
    input: {
      url: 'https://example.test/ar/grondeau-1',
      publishedAt: '2025-03-21',
      text: 'أعلنت باريس أن إيران أطلقت سراح المواطن الفرنسي أوليفييه غروندو بعد احتجاز دام أكثر من عامين.',
    },
  },
  {
    origin: 'ar-2',
    input: {
      url: 'https://example.test/ar/grondeau-2',
      publishedAt: '2025-03-21',
      text: 'عاد المواطن الفرنسي أوليفييه غروندو إلى فرنسا بعد أن أطلقت إيران سراح المواطن الفرنسي أوليفييه غروندو من سجن في شيراز.',
    },
  },
];

describe('reports naming a freed person in Arabic letters', () => {
  let ctx: AppContext;

  beforeAll(async () => {
    ctx = await openAppContext(pgliteBackend);
  }, 60_000);

  afterAll(async () => {
    await ctx?.db.close();
  });

  it('join the event of the Latin-script report and still claim the person', async () => {
    const result = await ingestBatch(ctx, reports, { groupSize: 1 });
    expect(result.problems).toEqual([]);
    const mains = result.items.map(
      (i) => i.result.events.find((e) => e.role === 'main')?.id ?? `none:${i.origin}`,
    );
    expect(new Set(mains).size, JSON.stringify(result.items.map((i) => i.result.events))).toBe(1);
    expect(mains[0]).not.toMatch(/^none:/);
  }, 60_000);
});
