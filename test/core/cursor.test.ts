import { describe, expect, it } from 'vitest';
import {
  checkPageLimit,
  cursorProblem,
  decodeCursor,
  encodeCursor,
  notACursor,
  pageAfter,
  pageOfFetched,
} from '../../src/core/cursor.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { readLimits } from '../../src/core/read-limits.ts';

describe('keyset cursors', () => {
  it('give back the key they were made from, for any text key, in URL-safe characters', () => {
    for (const key of ['per_001', 'per_Калеснікава', 'a', 'x'.repeat(600), 'per_😀/+=?&']) {
      const cursor = encodeCursor(key);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toBe(key);
      expect(cursorProblem(cursor)).toBeNull();
    }
  });

  it('refuse what they did not write, naming the parameter', () => {
    const bad = [
      '',
      'abc',
      'a b',
      'per_001',
      Buffer.from('per_001').toString('base64url'),
      Buffer.from('k1:').toString('base64url'),
      `${encodeCursor('per_001')}=`,
      // A NUL after the key, and invalid UTF-8 after the prefix.
      Buffer.from('k1:per_001\u0000').toString('base64url'),
      Buffer.concat([Buffer.from('k1:'), Buffer.from([0xff, 0xfe])]).toString('base64url'),
    ];
    for (const cursor of bad) {
      expect(cursorProblem(cursor), cursor).toBe(notACursor);
      expect(() => decodeCursor(cursor, 'cursor'), cursor).toThrow(ValidationError);
      expect(() => decodeCursor(cursor, 'cursor')).toThrow(/^cursor: not a cursor this API gave/);
    }
    expect(cursorProblem('A'.repeat(readLimits.cursorChars + 1))).toBe(
      `may be at most ${readLimits.cursorChars} characters`,
    );
  });

  it('differ for different keys (no two keys share a cursor)', () => {
    const keys = ['per_1', 'per_10', 'per_2', 'per_1 ', 'Per_1'];
    expect(new Set(keys.map(encodeCursor)).size).toBe(keys.length);
  });
});

describe('pages of a sorted list in memory', () => {
  const keys = Array.from({ length: 25 }, (_, i) => `k${String(i).padStart(2, '0')}`);

  it('cover every key once, in order, with a cursor on every page but the last', () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page = pageAfter(keys, after, 10);
      expect(page.total).toBe(25);
      seen.push(...page.items);
      sizes.push(page.items.length);
      if (!page.nextCursor) break;
      after = decodeCursor(page.nextCursor);
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual(keys);
  });

  it('resume after a key that is not in the list, and end cleanly on an exact multiple', () => {
    expect(pageAfter(keys, 'k04x', 3).items).toEqual(['k05', 'k06', 'k07']);
    expect(pageAfter(keys, 'k99', 3)).toEqual({ items: [], nextCursor: null, total: 25 });
    const last = pageAfter(keys, 'k19', 5);
    expect(last.items).toEqual(['k20', 'k21', 'k22', 'k23', 'k24']);
    expect(last.nextCursor).toBeNull();
  });

  it('tell from one key more than the page whether another page follows', () => {
    expect(pageOfFetched(['a', 'b', 'c'], 2, 9)).toEqual({
      items: ['a', 'b'],
      nextCursor: encodeCursor('b'),
      total: 9,
    });
    expect(pageOfFetched(['a', 'b'], 2, 2)).toEqual({
      items: ['a', 'b'],
      nextCursor: null,
      total: 2,
    });
  });

  it('take page sizes from 1 to the read limit only', () => {
    expect(checkPageLimit(1)).toBe(1);
    expect(checkPageLimit(readLimits.pageItems)).toBe(readLimits.pageItems);
    for (const bad of [0, -1, 1.5, readLimits.pageItems + 1, Number.NaN])
      expect(() => checkPageLimit(bad), String(bad)).toThrow(/^limit: expected a whole number/);
  });
});
