import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/core/names/index.ts';

const FILE = new URL('../../fixtures/names/pairs.tsv', import.meta.url);

interface Pair {
  a: string;
  b: string;
  same: boolean;
  category: string;
}

function load(): Pair[] {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [a = '', b = '', label = '', note = ''] = l.split('\t');
      return { a, b, same: label === 'same', category: note.split(';')[0]!.trim() };
    });
}

function prf(rows: Array<{ truth: boolean; said: boolean }>) {
  const tp = rows.filter((r) => r.truth && r.said).length;
  const fp = rows.filter((r) => !r.truth && r.said).length;
  const fn = rows.filter((r) => r.truth && !r.said).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

describe('labelled pairs', () => {
  const pairs = load();

  it('is a well-formed set of at least 200 pairs with 40 hard negatives', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    for (const p of pairs) {
      expect(p.a && p.b && p.category, JSON.stringify(p)).toBeTruthy();
    }
    const labels = readFileSync(FILE, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t')[2]);
    expect(new Set(labels)).toEqual(new Set(['same', 'different']));
    expect(
      pairs.filter((p) => !p.same && p.category.startsWith('hard-negative')).length,
    ).toBeGreaterThanOrEqual(40);
  });

  it('meets the quality targets: F1 >= 0.97 with precision >= 0.98 (match = same)', () => {
    const results = pairs.map((p) => ({ ...p, r: compareNames(p.a, p.b) }));
    const rows = results.map((x) => ({
      truth: x.same,
      said: x.r.decision === 'match',
      category: x.category,
    }));
    const categories = [...new Set(rows.map((r) => r.category))];
    const table = categories.map((c) => {
      const m = prf(rows.filter((r) => r.category === c));
      const n = rows.filter((r) => r.category === c).length;
      const correct = rows.filter((r) => r.category === c && r.truth === r.said).length;
      return { category: c, pairs: n, correct, fp: m.fp, fn: m.fn };
    });
    console.table(table);
    const wrong = results.filter((x) => x.same !== (x.r.decision === 'match'));
    for (const w of wrong) console.log(`miss: ${w.a} | ${w.b} -> ${w.r.decision} ${w.r.score}`);
    const total = prf(rows);
    console.log(JSON.stringify(total));
    expect(total.precision).toBeGreaterThanOrEqual(0.99);
    expect(total.f1).toBeGreaterThanOrEqual(0.99);
  });
});
