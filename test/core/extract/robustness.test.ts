// Odd input gives data, never an exception, and evidence stays exact.
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../src/core/extract/contract.ts';
import { extractReport } from '../../../src/core/extract/index.ts';

const WORDS = [
  'Belarus',
  'freed',
  '52',
  'prisoners',
  'including',
  'Ihar',
  'Losik',
  'and',
  'more',
  'than',
  '1,000',
  'remain',
  'in',
  'exchange',
  'for',
  'sanctions',
  'on',
  'Belavia',
  'envoy',
  'John',
  'Coale',
  'Minsk',
  'Lithuania',
  'the',
  'of',
  'Вчера',
  'освободили',
  'человек',
  'Мария',
  'Колесникова',
  '—',
  '"',
  ',',
  '.',
  '(',
  ')',
  '\n',
  '\n\n',
  'Thursday',
  'June',
  '🙂',
  'e\u0301',
  '\u00a0',
  "'s",
  '$6',
  'billion',
];

function lcg(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function quotes(text: string, r: ExtractResult) {
  const evs = [
    ...r.releases.flatMap((x) => [
      ...(x.releasedCount ? [x.releasedCount.evidence] : []),
      ...[...x.released, ...x.concessions, ...x.mediators, ...x.destinations].map(
        (i) => i.evidence,
      ),
    ]),
    ...r.remainingCounts.map((c) => c.evidence),
  ];
  for (const e of evs) expect(text.slice(e.start, e.end)).toBe(e.quote);
}

describe('extractReport on odd input', () => {
  it('never throws on random word salad and keeps evidence exact', () => {
    const rand = lcg(42);
    for (let i = 0; i < 300; i++) {
      const n = 1 + Math.floor(rand() * 120);
      const text = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(
        ' ',
      );
      const r = extractReport({ text, publishedAt: rand() < 0.5 ? '2025-09-12' : undefined });
      quotes(text, r);
    }
  });

  it('handles empty, whitespace, markup-like and binary-like text', () => {
    for (const text of [
      '',
      '   \n\n ',
      '<<<>>>',
      '\u0000\u0001\u0002',
      '1'.repeat(5000),
      'A. B. C. D.',
    ]) {
      const r = extractReport({ text });
      expect(Array.isArray(r.problems)).toBe(true);
    }
  });

  it('handles one very long sentence without stops', () => {
    const text = Array.from({ length: 30000 }, (_, i) =>
      WORDS[i % WORDS.length]!.replace(/[.\n]/g, ''),
    ).join(' ');
    const r = extractReport({ text, publishedAt: '2025-09-12' });
    quotes(text, r);
    expect(r.releases.length).toBeGreaterThan(0);
  });
});
