/**
 * The world pairs (test/fixtures/names/world-pairs.tsv, written on the names-pairs branch):
 * the engine was tuned on the dev split only. Precision is asserted on both splits; recall
 * floors on dev guard against regressions. Figures per split are printed and recorded in
 * docs/names.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/core/names/index.ts';

const FILE = new URL('../../fixtures/names/world-pairs.tsv', import.meta.url);

interface Row {
  a: string;
  b: string;
  same: boolean;
  category: string;
  country: string;
  split: string;
}

const lines = readFileSync(FILE, 'utf8').split('\n');
/** Pairs after this comment were written for the nrec37 round, to show what unseen pairs need. */
const NREC37 = lines.findIndex((l) => l.startsWith('# Round of issue 14 on branch nrec37'));
const rows: Row[] = lines
  .slice(0, NREC37 < 0 ? lines.length : NREC37)
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map(row);
/** Pairs after this comment were written for the nm39 round, before its rules. */
const NM39 = lines.findIndex((l) => l.startsWith('# Round of issue 14 on branch nm39'));
const nrec37Rows: Row[] = (NREC37 < 0 ? [] : lines.slice(NREC37, NM39 < 0 ? lines.length : NM39))
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map(row);
/** Pairs after this comment were written for the nm40 round, before its rules. */
const NM40 = lines.findIndex((l) => l.startsWith('# Round of issue 14 on branch nm40'));
const nm39Rows: Row[] = (NM39 < 0 ? [] : lines.slice(NM39, NM40 < 0 ? lines.length : NM40))
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map(row);
/** Pairs after this comment were written for the nm41 round, before its rules. */
const NM41 = lines.findIndex((l) => l.startsWith('# Round of issue 14 on branch nm41'));
const nm40Rows: Row[] = (NM40 < 0 ? [] : lines.slice(NM40, NM41 < 0 ? lines.length : NM41))
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map(row);
/** Pairs after this comment were written for the nm42 round, scored before its rules. */
const NM42 = lines.findIndex((l) => l.startsWith('# Round of issue 14 on branch nm42'));
const nm41Rows: Row[] = (NM41 < 0 ? [] : lines.slice(NM41, NM42 < 0 ? lines.length : NM42))
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map(row);
/** The hard negatives written with the nm42 rules follow the round, apart from it. */
const NM42_RULES = lines.findIndex((l) => l.startsWith('# Round of issue 14 on branch nm42-rules'));
const nm42Rows: Row[] = (
  NM42 < 0 ? [] : lines.slice(NM42, NM42_RULES < 0 ? lines.length : NM42_RULES)
)
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map(row);

/** Pairs after this comment were written for the nm45 round, about half of them held out as test. */
const NM45 = lines.findIndex((l) => l.startsWith('# Round of issue 14 on branch nm45'));
const nm45Rows: Row[] = (NM45 < 0 ? [] : lines.slice(NM45))
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map(row);

function row(l: string): Row {
  const [a = '', b = '', label = '', category = '', , country = '', split = ''] = l.split('\t');
  return { a, b, same: label === 'same', category, country, split };
}

function score(subset: Row[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of subset) {
    const said = compareNames(r.a, r.b).decision === 'match';
    if (said && r.same) tp++;
    else if (said) fp++;
    else if (r.same) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { pairs: subset.length, tp, fp, fn, precision, recall, f1 };
}

const slavic = (r: Row) => ['BY', 'RU', 'UA'].includes(r.country);

describe('world pairs', () => {
  it('has both splits and hard negatives in unreadable scripts', () => {
    expect(rows.filter((r) => r.split === 'dev').length).toBeGreaterThan(300);
    expect(rows.filter((r) => r.split === 'test').length).toBeGreaterThan(200);
    expect(rows.some((r) => r.category === 'hard-negative-unreadable')).toBe(true);
  });

  it('dev split: precision and recall no lower than when tuned', () => {
    const dev = rows.filter((r) => r.split === 'dev');
    const all = score(dev);
    const be = score(dev.filter(slavic));
    console.log(JSON.stringify({ split: 'dev', all, be_ru_uk: be }));
    expect(all.precision).toBeGreaterThanOrEqual(0.99);
    expect(all.recall).toBeGreaterThanOrEqual(0.94);
    expect(be.precision).toBeGreaterThanOrEqual(0.99);
    expect(be.f1).toBeGreaterThanOrEqual(0.99);
  });

  // Written for the nrec37 round and measured before its rules: precision 0.951, recall 0.757.
  it('dev pairs of the nrec37 round: precision and recall no lower than when tuned', () => {
    const all = score(nrec37Rows.filter((r) => r.split === 'dev'));
    console.log(JSON.stringify({ split: 'dev (nrec37 round)', all }));
    expect(nrec37Rows.length).toBeGreaterThanOrEqual(300);
    expect(all.precision).toBeGreaterThanOrEqual(0.98);
    expect(all.recall).toBeGreaterThanOrEqual(0.82);
  });

  // Written for the nm39 round and measured before its rules: precision 0.983, recall 0.887.
  it('dev pairs of the nm39 round: precision and recall no lower than when tuned', () => {
    const all = score(nm39Rows.filter((r) => r.split === 'dev'));
    console.log(JSON.stringify({ split: 'dev (nm39 round)', all }));
    expect(nm39Rows.length).toBeGreaterThanOrEqual(150);
    expect(all.precision).toBeGreaterThanOrEqual(0.99);
    expect(all.recall).toBeGreaterThanOrEqual(0.93);
  });

  // Written for the nm40 round (Belarusian, Russian and Ukrainian kinds the subset had few of)
  // and measured before its rules: precision 0.989, recall 0.909.
  it('dev pairs of the nm40 round: precision and recall no lower than when tuned', () => {
    const dev = nm40Rows.filter((r) => r.split === 'dev');
    const all = score(dev);
    console.log(
      JSON.stringify({ split: 'dev (nm40 round)', all, be_ru_uk: score(dev.filter(slavic)) }),
    );
    expect(nm40Rows.length).toBeGreaterThanOrEqual(100);
    expect(all.precision).toBeGreaterThanOrEqual(0.98);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
  });

  // Written for the nm41 round (countries and scripts other than Belarus, Russia and Ukraine)
  // and measured before its rules: precision 0.963, recall 0.788 (320 pairs); after them 0.980,
  // 0.857.
  it('dev pairs of the nm41 round: precision and recall no lower than when tuned', () => {
    const all = score(nm41Rows.filter((r) => r.split === 'dev'));
    console.log(JSON.stringify({ split: 'dev (nm41 round)', all }));
    expect(nm41Rows.length).toBeGreaterThanOrEqual(300);
    expect(all.precision).toBeGreaterThanOrEqual(0.98);
    expect(all.recall).toBeGreaterThanOrEqual(0.85);
  });

  // Written for the nm42 round (478 pairs, 37 countries, 17 scripts, 30% hard negatives) and
  // scored before any of its rules: precision 0.975, recall 0.822, F1 0.892; after them 0.976,
  // 0.861, 0.915.
  it('dev pairs of the nm42 round: precision and recall no lower than when tuned', () => {
    const all = score(nm42Rows.filter((r) => r.split === 'dev'));
    console.log(JSON.stringify({ split: 'dev (nm42 round)', all }));
    expect(nm42Rows.length).toBeGreaterThanOrEqual(250);
    expect(all.precision).toBeGreaterThanOrEqual(0.975);
    expect(all.recall).toBeGreaterThanOrEqual(0.86);
  });

  // Written for the nm45 round (507 pairs, 33 countries, 13 scripts) and scored before any of its
  // rules: dev part precision 1.000, recall 0.566 (248 pairs); after them 1.000, 0.884. Its test
  // part is held out and only reported (docs/names.md).
  it('dev pairs of the nm45 round: precision and recall no lower than when tuned', () => {
    const all = score(nm45Rows.filter((r) => r.split === 'dev'));
    console.log(JSON.stringify({ split: 'dev (nm45 round)', all }));
    expect(nm45Rows.filter((r) => r.split === 'dev').length).toBeGreaterThanOrEqual(240);
    expect(all.precision).toBeGreaterThanOrEqual(0.99);
    expect(all.recall).toBeGreaterThanOrEqual(0.88);
  });

  // The target is precision >= 0.98 on held-out pairs; measured 0.977 and recall 0.803
  // (fourth round; 0.976 / 0.757 in the third). The floors guard those figures, not the target.
  it('test split (never tuned on): precision no lower than measured', () => {
    const test = rows.filter((r) => r.split === 'test');
    const all = score(test);
    console.log(JSON.stringify({ split: 'test', all, be_ru_uk: score(test.filter(slavic)) }));
    expect(all.precision).toBeGreaterThanOrEqual(0.97);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
    expect(score(test.filter(slavic)).precision).toBeGreaterThanOrEqual(0.98);
  });

  it('never matches two people written in a script the engine cannot read', () => {
    const unread = [...rows, ...nrec37Rows, ...nm39Rows, ...nm40Rows, ...nm41Rows].filter(
      (r) => r.category === 'hard-negative-unreadable',
    );
    for (const r of unread)
      expect(compareNames(r.a, r.b).decision, `${r.a} | ${r.b}`).not.toBe('match');
  });
});
