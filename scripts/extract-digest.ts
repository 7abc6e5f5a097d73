// One md5 over extractReport's answers, to show that a speed change changed no answer: every
// cached real text (bench/real/README.md) fed three ways (text alone, as bench:extract feeds it;
// with its url; with its url and publication date, as bench:real does) and every report fixture
// (with and without its publication date). Prints `digest <md5> <inputs>` on stdout and writes
// one `<input> <md5>` line per input to DIGEST_OUT (default /tmp/extract-digest.txt), so two
// runs can be diffed input by input. Usage: npx tsx scripts/extract-digest.ts
// HABEAS_REAL_CACHE picks the texts' folder; DIGEST_IDS=r0001,r0002 limits the real texts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  annotationSchema,
  articleText,
  givenDate,
  parseJsonl,
  realCacheDir,
} from '../bench/real/annotations.ts';
import { detentionAnnotationSchema } from '../bench/real/detentions.ts';
import type { ExtractInput } from '../src/core/extract/contract.ts';
import { extractReport } from '../src/core/extract/index.ts';
import { loadFixtures } from '../test/core/extract/fixture-support.ts';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const REAL = join(import.meta.dirname, '../bench/real');

/** id -> url and publication date, from either annotation file. */
function annotated(): Map<string, { url: string; publishedAt: string | null }> {
  const out = new Map<string, { url: string; publishedAt: string | null }>();
  const read = (file: string) => readFileSync(join(REAL, file), 'utf8');
  for (const a of parseJsonl(read('annotations.jsonl'), annotationSchema, 'a').items)
    out.set(a.id, a);
  for (const a of parseJsonl(read('detentions.jsonl'), detentionAnnotationSchema, 'd').items)
    if (!out.has(a.id)) out.set(a.id, a);
  return out;
}

function inputs(): [string, ExtractInput][] {
  const out: [string, ExtractInput][] = [];
  const cache = realCacheDir();
  const only = process.env.DIGEST_IDS?.split(',');
  const meta = annotated();
  const files = existsSync(cache) ? readdirSync(cache).filter((f) => f.endsWith('.txt')) : [];
  for (const f of files.sort()) {
    const id = f.slice(0, -4);
    if (only && !only.includes(id)) continue;
    const text = articleText(readFileSync(join(cache, f), 'utf8'));
    const a = meta.get(id);
    out.push([`${id}/text`, { text }]);
    if (!a) continue;
    out.push([`${id}/url`, { text, url: a.url }]);
    const publishedAt = givenDate(a);
    if (publishedAt) out.push([`${id}/dated`, { text, url: a.url, publishedAt }]);
  }
  for (const f of only ? [] : loadFixtures()) {
    out.push([`${f.name}/fixture`, f.input]);
    const { publishedAt: _, ...undated } = f.input;
    out.push([`${f.name}/undated`, undated]);
  }
  return out;
}

const lines: string[] = [];
const all = createHash('md5');
for (const [name, input] of inputs()) {
  const json = JSON.stringify(extractReport(input));
  all.update(json);
  lines.push(`${name} ${md5(json)}`);
}
writeFileSync(process.env.DIGEST_OUT ?? '/tmp/extract-digest.txt', `${lines.join('\n')}\n`);
console.log(`digest ${all.digest('hex')} ${lines.length}`);
