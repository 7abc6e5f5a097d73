// Regressions found by the fuzz suites (test/fuzz), pinned as plain cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonlLine } from '../../src/app/ingest/acquire.ts';
import { parseDump } from '../../src/app/transfer/import-ledger.ts';
import { extractReport, normaliseForHash } from '../../src/core/extract/index.ts';
import { isWellFormed, wellFormed } from '../../src/core/unicode.ts';
import { nulPath, wellFormedDeep } from '../../src/server/hostile-input.ts';
import { type SignedInServer, signedInServer } from '../support/auth.ts';
import { backends } from '../support/databases.ts';

const counts = (text: string) =>
  extractReport({ text, publishedAt: '2025-06-21' }).releases.map((r) => r.releasedCount?.value);

describe('extraction of hostile numbers', () => {
  it('number words never read inherited keys ("eleven constructor" is 11)', () => {
    expect(counts('Belarus freed eleven constructor prisoners on Saturday.')).toEqual([11]);
    expect(counts('Belarus freed toString prisoners on Saturday.')).not.toContain(
      expect.any(String),
    );
  });

  it('figures beyond 2^53 are not counts', () => {
    // The release itself is kept (a country and a release verb are enough to group it); the
    // figure is not its count.
    const found = counts('Belarus freed 99999999999999999999 political prisoners on Saturday.');
    expect(found.filter((v) => v !== undefined)).toEqual([]);
  });
});

describe('text no database can store', () => {
  it('wellFormed replaces unpaired surrogates only', () => {
    expect(wellFormed('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(wellFormed('👩‍👧 ok')).toBe('👩‍👧 ok');
    expect(isWellFormed('a\uDBFF')).toBe(false);
    expect(isWellFormed('\uD83D\uDE00')).toBe(true);
  });

  it('report text drops NUL and unpaired surrogates before hashing and storing', () => {
    expect(normaliseForHash(' Nine\u0000 freed \uD800 ')).toBe('Nine freed \uFFFD');
  });

  it('JSONL titles with NUL are refused; surrogates are replaced', () => {
    expect(parseJsonlLine('{"text":"ok","title":"a\\u0000b"}', 'b:1')).toEqual({
      origin: 'b:1',
      problem: 'title contains a NUL character (U+0000), which cannot be stored',
    });
    expect(parseJsonlLine('{"text":"ok","title":"a\\ud800"}', 'b:2')).toMatchObject({
      input: { title: 'a\uFFFD' },
    });
  });

  it('a ledger holding NUL or an unpaired surrogate is refused, naming the field', () => {
    const dump = {
      format: 'habeas-ledger',
      version: 1,
      sources: [],
      entities: [{ id: 'per_1', type: 'person', createdAt: '2025-01-01' }],
      claims: [
        {
          id: 'clm_1',
          subjectId: 'per_1',
          subjectType: 'person',
          property: 'occupation',
          value: { type: 'text', text: 'te\u0000acher' },
          sourceId: null,
          evidence: null,
          author: { kind: 'user', id: 'x\uDC00' },
          createdAt: '2025-01-01',
          confidence: 1,
          initialState: 'accepted',
          supersedes: null,
        },
      ],
      reviews: [],
    };
    expect(() => parseDump(dump)).toThrow(
      /claims\[0\]\.value\.text: contains a NUL character[\s\S]*claims\[0\]\.author\.id: contains an unpaired UTF-16 surrogate/,
    );
  });

  it('nulPath names the first string with NUL; wellFormedDeep repairs nested strings', () => {
    expect(nulPath({ items: [{ text: 'ok' }, { text: 'x\u0000' }] }, 'body')).toBe(
      'body.items[1].text',
    );
    expect(nulPath({ a: ['b'] }, 'body')).toBeNull();
    expect(wellFormedDeep({ a: ['x\uD800'], n: 1 })).toEqual({ a: ['x\uFFFD'], n: 1 });
  });
});

describe.each(backends())('the API edge on $name', (backend) => {
  let s: SignedInServer;
  beforeAll(async () => {
    s = await signedInServer(backend);
  }, 60_000);
  afterAll(() => s?.close());

  it('stores a title with unpaired surrogates as U+FFFD instead of failing with a 500', async () => {
    const r = await s.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { ...s.headers, 'content-type': 'application/json' },
      payload: '{"text":"Nine people were freed.","title":"M\\udb33\\udade r \\ude3c"}',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().source.title).toBe('M\uFFFD\uFFFD r \uFFFD');
  });
});
