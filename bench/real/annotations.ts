// The real-news dev set's files (bench/real/README.md): their shapes, checked with zod, and the
// cached text as Habeas is fed it. Pure: the caller reads the files.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

const qualifier = z.enum(['exact', 'more_than', 'at_least', 'about', 'almost', 'up_to']);

export const annotationSchema = z.object({
  id: z.string().regex(/^r\d{4}$/),
  url: z.string().min(1),
  language: z.string().min(2),
  events: z.array(z.object({ event: z.string(), role: z.enum(['main', 'background']) })),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .nullable(),
  releasedCount: z
    .object({ value: z.number().int().nonnegative(), qualifier, words: z.string() })
    .nullable(),
  released: z.array(z.object({ name: z.string().min(1), canonical: z.string().min(1) })),
  concessions: z.array(
    z.object({
      kind: z.enum([
        'sanctions_relief',
        'diplomatic_step',
        'prisoner_exchange',
        'financial',
        'other',
      ]),
      target: z.string().nullable().optional(),
      stated: z.enum(['done', 'intended']),
    }),
  ),
  mediators: z.array(z.object({ name: z.string().min(1), role: z.string().nullable().optional() })),
  destinations: z.array(z.object({ country: z.string().regex(/^[A-Z]{2}$/) })),
  remaining: z.array(
    z.object({
      value: z.number().int().nonnegative(),
      qualifier,
      attributedTo: z.string().nullable(),
      country: z.string().regex(/^[A-Z]{2}$/),
    }),
  ),
  kinds: z.array(z.string()),
  split: z.enum(['dev', 'test']),
});

export type Annotation = z.infer<typeof annotationSchema>;

export const eventSchema = z.object({
  event: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  releasedCount: z.number().int().nonnegative().nullable(),
});

export type AnnotatedEvent = z.infer<typeof eventSchema>;

/** JSONL text -> the lines that fit the schema, and what is wrong with the others (file:line). */
export function parseJsonl<T>(
  text: string,
  schema: z.ZodType<T>,
  file: string,
): { items: T[]; problems: string[] } {
  const items: T[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      problems.push(`${file}:${i + 1}: not JSON (${e instanceof Error ? e.message : e})`);
      return;
    }
    const r = schema.safeParse(json);
    if (r.success) items.push(r.data);
    else {
      const where = r.error.issues.map((x) => `${x.path.join('.') || '(line)'}: ${x.message}`);
      problems.push(`${file}:${i + 1}: ${where.join('; ')}`);
    }
  });
  return { items, problems };
}

export type Split = 'dev' | 'test' | 'all';

export function inSplit(a: Annotation, split: Split): boolean {
  return split === 'all' || a.split === split;
}

/**
 * HABEAS_REAL_IDS ('r0480-r0529,r0600'): only those reports, so that a new part can be scored as
 * unseen material on its own before it joins a split. Unset: every report. Exits on a bad value.
 */
export function idsFromEnv(value = process.env.HABEAS_REAL_IDS?.trim()): (id: string) => boolean {
  if (!value) return () => true;
  const ranges = value.split(',').map((part) => {
    const m = /^(r\d{4})(?:-(r\d{4}))?$/.exec(part.trim());
    if (!m) {
      console.error(`HABEAS_REAL_IDS: expected ids or ranges such as r0480-r0529, got '${part}'`);
      process.exit(2);
    }
    return [m[1]!, m[2] ?? m[1]!] as const;
  });
  return (id) => ranges.some(([from, to]) => id >= from && id <= to);
}

/**
 * HABEAS_REAL_HALF ('a' or 'b'): only the reports whose event (or detention case) falls in that
 * half of a fixed split by a hash of its id. A rule tuned on half a of dev that does not also
 * help half b has learnt wording, not grammar: the halves let a round check that without the
 * test split. Unset: both halves. Exits on a bad value.
 */
export function halfFromEnv(
  value = process.env.HABEAS_REAL_HALF?.trim(),
): (key: string) => boolean {
  if (!value) return () => true;
  if (value !== 'a' && value !== 'b') {
    console.error(`HABEAS_REAL_HALF: expected a or b, got '${value}'`);
    process.exit(2);
  }
  return (key) => halfOf(key) === value;
}

/** 'a' or 'b' by FNV-1a over the key: stable across runs and machines. */
export function halfOf(key: string): 'a' | 'b' {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'a' : 'b';
}

/** The annotated main event of a report (every annotation has exactly one today). */
export function mainEvent(a: Annotation): string | null {
  return a.events.find((e) => e.role === 'main')?.event ?? null;
}

// The search tool puts ` date YYYY-MM[-DD] ` before some excerpts; it is not article text.
const DATE_LINE = /^ date \d{4}-\d{2}(?:-\d{2})?[ \t]*(?:\r?\n)?/;

/** A cached excerpt -> the article text Habeas is fed (the tool's date line removed). */
export function articleText(cached: string): string {
  return cached.replace(DATE_LINE, '');
}

/**
 * The publication date given in the "with dates" mode: the annotation's, when it is a whole
 * day (the extract contract and ingest take YYYY-MM-DD only; a month-only date is not given).
 */
export function givenDate(a: Pick<Annotation, 'publishedAt'>): string | undefined {
  return a.publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(a.publishedAt) ? a.publishedAt : undefined;
}

/** The folder of the cached texts (README, "Cache"): HABEAS_REAL_CACHE, or the default. */
export function realCacheDir(): string {
  return process.env.HABEAS_REAL_CACHE?.trim() || join(homedir(), '.cache/habeas-real/texts');
}

/** Just an annotation's id and language, from either file (releases or detentions). */
export const idLanguageSchema = z.object({ id: z.string(), language: z.string() });
