import { describe, expect, it } from 'vitest';
import { AliasSketches, groupNumber, querySketch } from '../../../src/core/names/alias-sketch.ts';
import { CandidateIndex, GIVEN_NAME_GROUPS } from '../../../src/core/names/index.ts';
import { parseName } from '../../../src/core/names/parse.ts';

function sketches(names: string[]): AliasSketches {
  const s = new AliasSketches();
  names.forEach((n, i) => {
    s.set(i, parseName(n).parses);
  });
  return s;
}

describe('AliasSketches', () => {
  it('ranks the same person above a namesake, a relative and a stranger', () => {
    const s = sketches([
      'Viktor Babariko', // 0: other system, same person
      'Eduard Babaryka', // 1: son: same surname, other given name
      'Mikalai Statkevich', // 2: stranger
      'Viktar Babaryka', // 3: same spelling
    ]);
    const q = querySketch(parseName('Viktar Babaryka').parses);
    const ranks = [0, 1, 2, 3].map((n) => s.rank(n, q));
    expect(ranks[3]).toBeGreaterThan(ranks[1]!);
    expect(ranks[0]).toBeGreaterThan(ranks[1]!);
    expect(ranks[1]).toBeGreaterThan(ranks[2]!);
  });

  it('prefers the same surname gender', () => {
    const s = sketches(['Siarhei Tsikhanouski', 'Sviatlana Tsikhanouskaya']);
    const q = querySketch(parseName('Tsikhanouskaya').parses);
    expect(s.rank(1, q)).toBeGreaterThan(s.rank(0, q));
  });

  it('grows past its initial capacity and keeps every alias', () => {
    const s = new AliasSketches();
    const parses = parseName('Maria Kalesnikava').parses;
    for (let n = 0; n < 70_000; n++) s.set(n, parses);
    const q = querySketch(parseName('Мария Колесникова').parses);
    expect(s.rank(0, q)).toBe(s.rank(69_999, q));
    expect(s.rank(69_999, q)).toBeGreaterThan(0);
  });

  it('numbers given-name groups from 1; unknown ids are 0', () => {
    expect(groupNumber('no-such-group')).toBe(0);
    expect(groupNumber(GIVEN_NAME_GROUPS[0]!.id)).toBe(1);
    const last = GIVEN_NAME_GROUPS[GIVEN_NAME_GROUPS.length - 1]!;
    expect(groupNumber(last.id)).toBe(GIVEN_NAME_GROUPS.length);
  });
});

describe('CandidateIndex pre-ranking', () => {
  it('fully scores few candidates when many share a key, and finds the right one', () => {
    const index = new CandidateIndex();
    for (let i = 0; i < 200; i++) index.add(`e${i}`, `Ivan Petrovich Petrov`);
    index.add('target', 'Ivan Petrov');
    index.add('other', 'Ivan Petrova');
    const hits = index.search('Иван Петров', { limit: 3 });
    expect(hits).toHaveLength(3);
    expect(index.lastSearch.candidates).toBeGreaterThan(100);
    expect(index.lastSearch.scored).toBeLessThanOrEqual(5);
    expect(hits.map((h) => h.entityId)).not.toContain('other');
  });
});

describe('weak candidates (given names no table knows, apart)', () => {
  // A Greek spelling of Bahdan is a word no table knows, so the name is read in both orders;
  // surname-first, it meets every namesake of its first word under the initial of its second.
  const namesakes = ['μπαγνταν βασιλιεβ', 'μπαγνταν βολκοβ', 'μπαγνταν βαρονιν', 'μπαγνταν βιτκιν'];
  const query = 'μπαγνταν βαζιιετς';

  it('marks namesakes met only through an unknown given name, not the person', () => {
    const s = sketches([
      ...namesakes,
      'Bahdan Vaziyets',
      'μπαγνταν βαζιιετς',
      'Mikalai Statkevich',
    ]);
    const q = querySketch(parseName(query).parses);
    expect(q.unknownGiven).toBe(true);
    expect([0, 1, 2, 3].map((n) => s.weak(n, q))).toEqual([true, true, true, true]);
    expect(s.weak(4, q)).toBe(false); // a known given name
    expect(s.weak(5, q)).toBe(false); // the same words
    expect(s.weak(6, q)).toBe(false); // no surname in common
    expect(querySketch(parseName('Bahdan Vaziyets').parses).unknownGiven).toBe(false);
  });

  it('takes them as no_match without scoring them, as scoring them would', () => {
    const index = new CandidateIndex();
    for (const [i, n] of namesakes.entries()) index.add(`n${i}`, n);
    index.add('n5', 'μπαγνταν βελιτσκο');
    index.add('n6', 'μπαγνταν βορονετς');
    expect(index.search(query, { limit: 5 })).toEqual([]);
    // A lookup that matched nothing gives one of them a second look (candidate-index.ts).
    expect(index.lastSearch.scored).toBe(1);
    expect(index.lastSearch.fallback).toBe(true);
    const all = index.search(query, { limit: 5, includeNoMatch: true });
    expect(index.lastSearch.scored).toBe(5);
    expect(all.map((h) => h.decision)).toEqual(Array(5).fill('no_match'));
  });
});
