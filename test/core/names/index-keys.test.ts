import { describe, expect, it } from 'vitest';
import { aliasKeys, queryKeys } from '../../../src/core/names/index-keys.ts';
import { parseUncached } from '../../../src/core/names/parse.ts';
import { hashParts } from '../../../src/core/names/postings.ts';
import { skeleton } from '../../../src/core/names/sound-keys.ts';

const keys = (name: string, side: 'alias' | 'query', oneEdit = false) => {
  const parses = parseUncached(name).parses;
  return side === 'alias' ? aliasKeys(parses) : queryKeys(parses, oneEdit);
};

describe('index keys', () => {
  it('gives each key once, as an unsigned 32-bit hash', () => {
    for (const name of ['Siarhei Tsikhanouski', 'Мария Колесникова', 'Kalesnikava', 'S. Losik']) {
      for (const ks of [keys(name, 'alias'), keys(name, 'query'), keys(name, 'query', true)]) {
        expect(new Set(ks).size).toBe(ks.length);
        for (const k of ks) expect(k >>> 0).toBe(k);
      }
    }
  });

  it('files a spelling where other spellings look, exactly or one consonant away', () => {
    const alias = new Set(keys('Siarhei Tsikhanouski', 'alias'));
    const meets = (ks: number[]) => ks.some((k) => alias.has(k));
    expect(meets(keys('Sergei Tikhanovsky', 'query'))).toBe(true);
    expect(meets(keys('Сяргей Ціханоўскі', 'query'))).toBe(true);
    // A consonant dropped from the surname: only the one-edit keys meet.
    expect(meets(keys('Sergei Tikhanosky', 'query'))).toBe(false);
    expect(meets(keys('Sergei Tikhanosky', 'query', true))).toBe(true);
    expect(meets(keys('Sviatlana Tsikhanouskaya', 'query'))).toBe(false);
  });

  it('keys a surname skeleton with the given-name group', () => {
    const ks = keys('Siarhei Tsikhanouski', 'query');
    expect(ks[0]).toBe(hashParts('s:', skeleton('cixanouski'), 'g:sergei'));
  });
});
