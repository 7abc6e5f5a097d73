// Tables for docs/names.md: the world pairs of one split scored per script, per kind
// (category) and for Belarusian, Russian and Ukrainian people, by the engine at two commits.
//   npx tsx scripts/names-report.ts --split dev --before DIR
// DIR is a checkout of the earlier commit (its src/core/names is imported); the pairs are
// this checkout's, so both engines answer the same pairs. Markdown on stdout.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  BE_RU_UK,
  loadWorldPairs,
  type ScoredPair,
  scoreWorldPairs,
  summarise,
} from '../bench/names-pairs.ts';
import { compareNames } from '../src/core/names/index.ts';
import type { CompareResult } from '../src/core/names/types.ts';

const { values } = parseArgs({
  options: { split: { type: 'string', default: 'dev' }, before: { type: 'string' } },
});
const split = values.split;
const pairs = loadWorldPairs().filter((p) => split === 'all' || p.split === split);
type Compare = (a: string, b: string) => CompareResult;
const engines: Array<[string, Compare]> = [];
if (values.before) {
  const url = pathToFileURL(resolve(values.before, 'src/core/names/index.ts')).href;
  const mod = (await import(url)) as { compareNames: Compare };
  engines.push(['before', mod.compareNames]);
}
engines.push(['after', compareNames]);
const scored = engines.map(([name, f]) => [name, scoreWorldPairs(pairs, f)] as const);

const r3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
function cell(rows: readonly ScoredPair[]): string {
  const s = summarise(rows);
  if (s.same === 0) return `fp ${s.fp} of ${s.different}`;
  return `${r3(s.precision)} / ${r3(s.recall)} / ${r3(s.f1)}`;
}

/** The script a pair tests: the non-Latin one where there is one. */
function scriptOf(p: ScoredPair): string {
  const parts = p.scripts.filter((s) => s !== 'Latn');
  return parts[0] ?? 'Latn';
}

function table(title: string, key: (p: ScoredPair) => string | null): void {
  const keys = [...new Set(pairs.map((p) => key(p as ScoredPair)).filter((k) => k !== null))];
  keys.sort();
  console.log(`\n| ${title} | pairs | ${engines.map(([n]) => `${n}: P / R / F1`).join(' | ')} |`);
  console.log(`| --- | --- | ${engines.map(() => '---').join(' | ')} |`);
  for (const k of keys) {
    const n = pairs.filter((p) => key(p as ScoredPair) === k).length;
    const cells = scored.map(([, rows]) => cell(rows.filter((p) => key(p) === k)));
    console.log(`| ${k} | ${n} | ${cells.join(' | ')} |`);
  }
}

console.log(`world pairs, split ${split}: ${pairs.length}`);
table('subset', () => 'all');
table('BY/RU/UA', (p) => (BE_RU_UK.has(p.country) ? 'BY/RU/UA' : null));
table('script', scriptOf);
table('kind', (p) => p.category);
for (const [name, rows] of scored) {
  const s = summarise(rows);
  console.log(
    `\n${name}: unreadable pairs ${s.unreadable_pairs}, match on them ${s.unreadable_match}`,
  );
}
