import { describe, expect, it } from 'vitest';
import { hintSource, LEXICONS, wordsSource } from '../../../src/core/extract/lexicons/index.ts';

const LIST_FIELDS = [
  'release',
  'releaseWeak',
  'verbBeforeCount',
  'releasedAfterCount',
  'prisonerNouns',
  'countModifiers',
  'subsetBefore',
  'notReleased',
  'remainAfter',
  'today',
  'yesterday',
  'storyBefore',
  'notName',
  'officialRoles',
] as const;

describe('language word lists (lexicons/*.json)', () => {
  it('serve each language once', () => {
    const codes = LEXICONS.flatMap((l) => l.languages);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]{2}$/);
  });

  for (const lex of LEXICONS) {
    const name = lex.languages.join('/');
    it(`${name}: calendars have twelve months and seven weekdays, numbers are whole`, () => {
      if (lex.months) expect(lex.months).toHaveLength(12);
      if (lex.weekdays) expect(lex.weekdays).toHaveLength(7);
      for (const v of Object.values(lex.numbers ?? {})) expect(Number.isInteger(v)).toBe(true);
      for (const code of Object.keys(lex.places ?? {})) expect(code).toMatch(/^[A-Z]{2}$/);
    });

    it(`${name}: every list compiles and matches its own entries`, () => {
      for (const field of LIST_FIELDS) {
        for (const entry of lex[field] ?? []) {
          const source = wordsSource([entry]);
          expect(source, `${name}.${field}: '${entry}'`).not.toBeNull();
          const re = new RegExp(source!, 'iu');
          // The entry itself, with its marks filled in, is text the pattern must find.
          const sample = entry.replace(/\*/g, '');
          expect(re.test(` ${sample} `), `${name}.${field}: '${entry}'`).toBe(true);
        }
      }
    });
  }
});

describe('wordsSource', () => {
  it('matches whole words, stems with any ending and phrases across spaces', () => {
    const re = new RegExp(wordsSource(['liberat*', 'tra cui'])!, 'iu');
    expect(re.test('sono stati liberati ieri')).toBe(true);
    expect(re.test('tra   cui')).toBe(true);
    expect(re.test('illiberati')).toBe(false);
  });

  it('matches hyphenated entries under the Unicode flag', () => {
    const re = new RegExp(wordsSource(['segunda-feira', 'porta-voz'])!, 'iu');
    expect(re.test('na segunda-feira, o porta-voz disse')).toBe(true);
    expect(re.test('segunda feira')).toBe(false);
  });

  it('lets an Arabic clitic lead a word marked with a leading star', () => {
    const re = new RegExp(wordsSource(['*أفرج*'])!, 'iu');
    expect(re.test('وأفرجت السلطات')).toBe(true);
  });

  it('finds words of scripts written without spaces inside running text', () => {
    const re = new RegExp(wordsSource(['释放'])!, 'iu');
    expect(re.test('当局释放了52名')).toBe(true);
  });
});

describe('hintSource', () => {
  it('lets through every text the entry matches, marks inside a phrase included', () => {
    for (const [entry, text] of [
      ['rimess* in libertà', 'sono stati rimessi in libertà'],
      ['*أفرج*', 'وأفرجت السلطات'],
      ['u zamjenu za', 'u zamjenu za osam'],
    ] as const) {
      const full = new RegExp(wordsSource([entry])!, 'iu');
      const hint = new RegExp(hintSource([entry])!, 'iu');
      expect(full.test(text), entry).toBe(true);
      expect(hint.test(text), entry).toBe(true);
    }
  });
});
