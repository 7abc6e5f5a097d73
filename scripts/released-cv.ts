// Experiment ml41: does a logistic-regression filter over the rules' freed names (features from
// scripts/released-features.ts) beat the rules alone, cross-validated by event? Folds hold whole
// events; the threshold is chosen inside the training folds (inner cross-validation). Usage:
//   npx tsx scripts/released-cv.ts /tmp/released-features.jsonl [--folds 5] [--repeats 5] [--l2 0.01]
// FEATURE_NAMES=a,b,... (FEATURES of released-features.ts, in order) labels the printed weights.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Row {
  id: string;
  event: string;
  gold: number;
  cands: { x: number[]; y: number }[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    folds: { type: 'string', default: '5' },
    repeats: { type: 'string', default: '5' },
    l2: { type: 'string', default: '0.01' },
  },
});
const rows: Row[] = readFileSync(positionals[0]!, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const K = Number(values.folds);
const L2 = Number(values.l2);

/** A seeded generator (mulberry32): the same folds on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Events shuffled, then dealt round robin: every report of an event in one fold. */
function foldsOf(list: Row[], k: number, seed: number): Row[][] {
  const events = [...new Set(list.map((r) => r.event))].sort();
  const rand = rng(seed);
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [events[i], events[j]] = [events[j]!, events[i]!];
  }
  const foldOf = new Map(events.map((e, i) => [e, i % k]));
  return Array.from({ length: k }, (_, f) => list.filter((r) => foldOf.get(r.event) === f));
}

interface Model {
  w: number[];
  mean: number[];
  sd: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Logistic regression, standardised features (bias left alone), L2, full-batch gradient descent. */
function train(list: Row[]): Model {
  const data = list.flatMap((r) => r.cands);
  const d = data[0]!.x.length;
  const mean = Array.from({ length: d }, (_, j) =>
    j === 0 ? 0 : data.reduce((s, c) => s + c.x[j]!, 0) / data.length,
  );
  const sd = Array.from({ length: d }, (_, j) => {
    if (j === 0) return 1;
    const v = data.reduce((s, c) => s + (c.x[j]! - mean[j]!) ** 2, 0) / data.length;
    return Math.sqrt(v) || 1;
  });
  const xs = data.map((c) => c.x.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < 2000; it++) {
    const grad = w.map((wj, j) => (j === 0 ? 0 : L2 * wj));
    xs.forEach((x, i) => {
      const err = sigmoid(x.reduce((s, v, j) => s + v * w[j]!, 0)) - data[i]!.y;
      for (let j = 0; j < d; j++) grad[j]! += (err * x[j]!) / xs.length;
    });
    for (let j = 0; j < d; j++) w[j]! -= 0.5 * grad[j]!;
  }
  return { w, mean, sd };
}

function score(m: Model, x: number[]): number {
  return sigmoid(x.reduce((s, v, j) => s + ((v - m.mean[j]!) / m.sd[j]!) * m.w[j]!, 0));
}

interface Prf {
  matched: number;
  predicted: number;
  gold: number;
}

/** Micro counts when only names scoring at least `t` are kept (t = 0: the rules alone). */
function counts(list: Row[], scores: number[][], t: number): Prf {
  const c = { matched: 0, predicted: 0, gold: 0 };
  list.forEach((r, i) => {
    c.gold += r.gold;
    r.cands.forEach((k, j) => {
      if (scores[i]![j]! < t) return;
      c.predicted++;
      c.matched += k.y;
    });
  });
  return c;
}

const P = (c: Prf) => (c.predicted ? c.matched / c.predicted : 1);
const R = (c: Prf) => (c.gold ? c.matched / c.gold : 1);
const F = (c: Prf) => (P(c) + R(c) ? (2 * P(c) * R(c)) / (P(c) + R(c)) : 0);
const fmt = (c: Prf) => `P ${P(c).toFixed(3)} R ${R(c).toFixed(3)} F1 ${F(c).toFixed(3)}`;
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

/** Out-of-fold scores inside the training folds, then the threshold with the best F1 there. */
function chooseThreshold(list: Row[], seed: number): number {
  const inner = foldsOf(list, K - 1, seed + 1000);
  const scored: Row[] = [];
  const scores: number[][] = [];
  inner.forEach((held, f) => {
    const m = train(inner.filter((_, g) => g !== f).flat());
    for (const r of held) {
      scored.push(r);
      scores.push(r.cands.map((c) => score(m, c.x)));
    }
  });
  let best = 0;
  let bestF = F(counts(scored, scores, 0));
  for (const t of THRESHOLDS) {
    const f = F(counts(scored, scores, t));
    if (f > bestF + 1e-9) [best, bestF] = [t, f];
  }
  return best;
}

const add = (a: Prf, b: Prf): Prf => ({
  matched: a.matched + b.matched,
  predicted: a.predicted + b.predicted,
  gold: a.gold + b.gold,
});
/** Area under the ROC curve of out-of-fold scores: how well the score ranks right above wrong. */
function auc(pairs: [number, number][]): number {
  const pos = pairs.filter(([, y]) => y === 1).map(([s]) => s);
  const neg = pairs.filter(([, y]) => y === 0).map(([s]) => s);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

const none = (): Prf => ({ matched: 0, predicted: 0, gold: 0 });

for (let rep = 0; rep < Number(values.repeats); rep++) {
  const folds = foldsOf(rows, K, rep + 1);
  let rules = none();
  let learned = none();
  const deltas: number[] = [];
  const oof: [number, number][] = [];
  const oofRows: Row[] = [];
  const oofScores: number[][] = [];
  folds.forEach((test, f) => {
    const trainRows = folds.filter((_, g) => g !== f).flat();
    const t = chooseThreshold(trainRows, rep * 100 + f);
    const m = train(trainRows);
    const scores = test.map((r) => r.cands.map((c) => score(m, c.x)));
    test.forEach((r, i) => {
      r.cands.forEach((c, j) => {
        oof.push([scores[i]![j]!, c.y]);
      });
    });
    oofRows.push(...test);
    oofScores.push(...scores);
    const a = counts(test, scores, 0);
    const b = counts(test, scores, t);
    rules = add(rules, a);
    learned = add(learned, b);
    deltas.push(F(b) - F(a));
    const events = new Set(test.map((r) => r.event)).size;
    console.log(
      `seed ${rep + 1} fold ${f}: ${events} events ${test.length} reports | rules ${fmt(a)} | +filter t=${t.toFixed(2)} ${fmt(b)}`,
    );
  });
  // A ceiling, not a result: the threshold chosen on the held-out folds' own scores.
  const ceiling = Math.max(...[0, ...THRESHOLDS].map((t) => F(counts(oofRows, oofScores, t))));
  console.log(
    `seed ${rep + 1} pooled: rules ${fmt(rules)} | +filter ${fmt(learned)} | folds better ${deltas.filter((d) => d > 0).length}/${K}, worse ${deltas.filter((d) => d < 0).length}/${K} | out-of-fold AUC ${auc(oof).toFixed(3)} | ceiling F1 ${ceiling.toFixed(3)}`,
  );
}

// The weights on all of dev, for reading which features carry the score (not for deployment).
const all = train(rows);
const names = process.env.FEATURE_NAMES?.split(',') ?? [];
console.log(
  all.w.map((w, j) => `${names[j] ?? j}:${w.toFixed(2)}`).join(' '),
  `| threshold on all dev ${chooseThreshold(rows, 7)}`,
);
