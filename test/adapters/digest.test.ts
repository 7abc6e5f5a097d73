import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/adapters/digest.ts';

describe('sha256Hex (the Digest port)', () => {
  it('gives the FIPS 180-2 digests of the empty text and "abc"', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes the UTF-8 bytes: a Cyrillic text differs from its Latin look-alike', () => {
    expect(sha256Hex('Ѕ')).not.toBe(sha256Hex('S'));
    expect(sha256Hex('Беларусь')).toMatch(/^[0-9a-f]{64}$/);
  });
});
