// The detentions part of the real-news dev set (bench/real/README.md, "detentions.jsonl"): its
// shape, checked with zod, and the check that what an annotation quotes is in the cached text.
// Pure: the caller reads the files.
import { z } from 'zod';

const qualifier = z.enum(['exact', 'more_than', 'at_least', 'about', 'almost', 'up_to']);

export const detentionKinds = [
  'arrest',
  'charge',
  'sentence',
  'transfer',
  'recognition',
  'extension',
] as const;

const date = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  precision: z.enum(['day', 'month', 'year']),
});

const term = z.object({
  years: z.number().int().nonnegative(),
  months: z.number().int().nonnegative(),
  days: z.number().int().nonnegative(),
  life: z.boolean(),
});

export const detentionItemSchema = z
  .object({
    kind: z.enum(detentionKinds),
    role: z.enum(['main', 'background']),
    name: z.string().min(1).nullable(),
    canonical: z.string().min(1).nullable(),
    count: z
      .object({ value: z.number().int().nonnegative(), qualifier, words: z.string().min(1) })
      .nullable(),
    date: date.nullable(),
    term: term.nullable(),
    article: z.string().nullable(),
    court: z.string().nullable(),
    recognisedBy: z.string().nullable(),
  })
  // A person or an unnamed aggregate, never both and never neither.
  .refine((i) => (i.name === null) !== (i.count === null), {
    message: 'an item has a name or a count, not both',
  });

export type DetentionItem = z.infer<typeof detentionItemSchema>;

export const detentionAnnotationSchema = z.object({
  id: z.string().regex(/^r\d{4}$/),
  url: z.string().min(1),
  query: z.string().min(1),
  language: z.string().min(2),
  country: z.string().regex(/^[A-Z]{2}$/),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .nullable(),
  style: z.string().min(1),
  case: z.string().min(1),
  split: z.enum(['dev', 'test']),
  items: z.array(detentionItemSchema),
  kinds: z.array(z.string()),
  notes: z.string(),
});

export type DetentionAnnotation = z.infer<typeof detentionAnnotationSchema>;

/**
 * What an annotation claims to quote and the text does not contain: names, count words, courts
 * and recognising bodies must be written exactly as in the article (bench/real/README.md).
 */
export function verbatimProblems(a: DetentionAnnotation, text: string): string[] {
  const out: string[] = [];
  a.items.forEach((item, i) => {
    const quoted: [string, string | null][] = [
      ['name', item.name],
      ['count words', item.count?.words ?? null],
      ['court', item.court],
      ['recognisedBy', item.recognisedBy],
    ];
    for (const [what, s] of quoted)
      if (s !== null && !text.includes(s))
        out.push(`${a.id} item ${i}: ${what} '${s}' not in text`);
  });
  return out;
}

/** Reports of one case in both splits: the split is by case, so this must stay empty. */
export function splitCaseProblems(annotations: DetentionAnnotation[]): string[] {
  const splitOf = new Map<string, string>();
  const out: string[] = [];
  for (const a of annotations) {
    const seen = splitOf.get(a.case);
    if (seen === undefined) splitOf.set(a.case, a.split);
    else if (seen !== a.split) out.push(`case ${a.case} is in both splits (${a.id})`);
  }
  return out;
}
