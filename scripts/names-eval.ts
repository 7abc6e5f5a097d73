// Scores the name engine on the world name pairs (test/fixtures/names/world-pairs.tsv) and, with
// --misses, lists the pairs it gets wrong, so the engine can be tuned on the dev split.
//   npx tsx scripts/names-eval.ts                          dev split: figures and a table by category
//   npx tsx scripts/names-eval.ts --split dev --misses     ... and the false match / false no-match lists
//   npx tsx scripts/names-eval.ts --split test             test split: figures only (report, never tune)
//   --country BY,RU,UA   only these countries      --category typo   only this category
//   --round nm41         only the pairs written for that round   --before-round nm41  only older pairs
//   --json               one JSON line of figures instead of the tables
// `match` counts as predicted same; `review` counts as not same and is reported as a rate.
import { parseArgs } from 'node:util';
import {
  BE_RU_UK,
  loadWorldPairs,
  type ScoredPair,
  scoreWorldPairs,
  summarise,
} from '../bench/names-pairs.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    misses: { type: 'boolean', default: false },
    'test-misses': { type: 'boolean', default: false },
    country: { type: 'string' },
    category: { type: 'string' },
    round: { type: 'string' },
    'before-round': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const split = values.split;
if (split !== 'dev' && split !== 'test' && split !== 'all') {
  console.error(`--split must be dev, test or all, not "${split}"`);
  process.exit(2);
}
if (values.misses && split !== 'dev' && !values['test-misses']) {
  console.error(
    'misses are listed for the dev split only: test pairs are for reporting, not tuning ' +
      '(pass --test-misses to list them anyway)',
  );
  process.exit(2);
}
const countries = values.country
  ? new Set(values.country === 'be-ru-uk' ? BE_RU_UK : values.country.toUpperCase().split(','))
  : null;

const loaded = loadWorldPairs();
/** Index of the first pair of a round, for --before-round. */
const roundStart = (round: string) => {
  const i = loaded.findIndex((p) => p.round === round);
  if (i < 0) {
    console.error(`no pairs of round "${round}"`);
    process.exit(2);
  }
  return i;
};
const before = values['before-round'] ? roundStart(values['before-round']) : loaded.length;
const pairs = loaded.filter(
  (p, i) =>
    i < before &&
    (!values.round || p.round === values.round) &&
    (split === 'all' || p.split === split) &&
    (!countries || countries.has(p.country)) &&
    (!values.category || p.category === values.category),
);
const scored = scoreWorldPairs(pairs);
const total = summarise(scored);
const round = (x: number) => Math.round(x * 1000) / 1000;

if (values.json) {
  const figures = Object.fromEntries(
    Object.entries(total).map(([k, v]) => [k, Number.isInteger(v) ? v : round(v)]),
  );
  console.log(JSON.stringify({ split, ...figures }));
  process.exit(0);
}

console.log(
  `world pairs, split ${split}${countries ? `, countries ${[...countries].join(',')}` : ''}` +
    `${values.category ? `, category ${values.category}` : ''}: ${total.pairs} pairs ` +
    `(${total.same} same, ${total.different} different)`,
);
console.log(
  `precision ${round(total.precision)}  recall ${round(total.recall)}  F1 ${round(total.f1)}  ` +
    `review rate ${round(total.review_rate)} (${total.review_same} same, ${total.review_different} different)  ` +
    `unreadable ${total.unreadable_pairs} (match ${total.unreadable_match})`,
);

const byCategory = [...new Set(scored.map((s) => s.category))].sort().map((category) => {
  const rows = scored.filter((s) => s.category === category);
  const count = (d: string) => rows.filter((s) => s.decision === d).length;
  return {
    category,
    pairs: rows.length,
    label: rows[0]!.same ? 'same' : 'different',
    match: count('match'),
    review: count('review'),
    no_match: count('no_match'),
    wrong: rows.filter((s) => s.same !== (s.decision === 'match')).length,
  };
});
console.table(byCategory);

if (values.misses) {
  const line = (s: ScoredPair) =>
    `  ${s.category.padEnd(24)} ${s.a} | ${s.b}  -> ${s.decision} ${round(s.score)}  ` +
    `[${s.country} ${s.scripts[0] === s.scripts[1] ? s.scripts[0] : s.scripts.join('/')}, ` +
    `line ${s.line}]${s.note ? `  ${s.note}` : ''}`;
  const falseMatch = scored.filter((s) => !s.same && s.decision === 'match');
  const falseNoMatch = scored.filter((s) => s.same && s.decision !== 'match');
  console.log(`\nfalse match (labelled different, engine said match): ${falseMatch.length}`);
  for (const s of falseMatch) console.log(line(s));
  console.log(`\nfalse no-match (labelled same, engine did not say match): ${falseNoMatch.length}`);
  for (const s of falseNoMatch.sort((x, y) => x.category.localeCompare(y.category)))
    console.log(line(s));
}
