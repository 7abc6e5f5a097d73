// Index recall on the world name pairs (test/fixtures/names/world-pairs.tsv): for every same-person
// pair compareNames calls `match`, does a CandidateIndex holding one spelling return the other as
// a `match` hit, in both directions? And for every pair labelled different, does search return a
// `match` that compare alone would not (it should not: candidates are scored by compareNames)?
//   npx tsx scripts/names-index-recall.ts                   dev split: figures and misses by script pair
//   npx tsx scripts/names-index-recall.ts --split dev --misses   ... and each miss
//   npx tsx scripts/names-index-recall.ts --split test      test split: figures only (report, never tune)
import { parseArgs } from 'node:util';
import { loadWorldPairs } from '../bench/names-pairs.ts';
import { CandidateIndex, compareNames } from '../src/core/names/index.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    misses: { type: 'boolean', default: false },
  },
});
const split = values.split;
if (split !== 'dev' && split !== 'test') {
  console.error(`--split must be dev or test, not "${split}"`);
  process.exit(2);
}
if (values.misses && split !== 'dev') {
  console.error('misses are listed for the dev split only: test pairs are for reporting');
  process.exit(2);
}

/** Whether an index holding `held` alone returns it as a match for `query`. */
function found(held: string, query: string): boolean {
  const index = new CandidateIndex();
  index.add('e', held);
  return index.search(query).some((h) => h.entityId === 'e' && h.decision === 'match');
}

const pairs = loadWorldPairs().filter((p) => p.split === split);
let matched = 0;
let hits = 0;
const misses: string[] = [];
const byScripts = new Map<string, number>();
let different = 0;
let gained = 0;
for (const p of pairs) {
  const compared = compareNames(p.a, p.b).decision === 'match';
  if (!p.same) {
    different++;
    // A hit through search where compare says no match would mean search decides on its own.
    if (!compared && (found(p.a, p.b) || found(p.b, p.a))) {
      gained++;
      if (values.misses) misses.push(`different pair gained a match: ${p.a} | ${p.b}`);
    }
    continue;
  }
  if (!compared) continue;
  matched++;
  for (const [x, y] of [
    [p.a, p.b],
    [p.b, p.a],
  ] as const) {
    if (found(x, y)) {
      hits++;
      continue;
    }
    const key = `${p.scripts[0]}/${p.scripts[1]}`;
    byScripts.set(key, (byScripts.get(key) ?? 0) + 1);
    if (values.misses)
      misses.push(`${key} ${p.category} ${p.country}: held "${x}", searched "${y}"`);
  }
}
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');
console.log(
  `${split}: compare matches ${matched} same-person pairs; the index finds ${hits} of ` +
    `${2 * matched} directions (${pct(hits, 2 * matched)}%)`,
);
console.log(
  `${split}: pairs labelled different ${different}; matched only through search ${gained}`,
);
console.log(
  'misses by script pair:',
  [...byScripts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', '),
);
if (values.misses) console.log(misses.join('\n'));
