import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldVariants } from '../../../src/core/names/fold.ts';
import { lookupGiven, relateGroups } from '../../../src/core/names/given-names.ts';
import { GIVEN_NAME_GROUPS } from '../../../src/core/names/index.ts';
import { normaliseToken } from '../../../src/core/names/script.ts';

// A copy of ../shared/reference/given-names.tsv, the table the project started from, kept in the
// repository so that a clone tests on its own.
const REFERENCE = new URL('../../fixtures/names/given-names-reference.tsv', import.meta.url);
/** Spellings dropped on purpose (see the comment in given-names-data.ts). */
const DROPPED = new Set(['An', 'Ana']);

const refs = (name: string) => foldVariants(normaliseToken(name)).flatMap((f) => lookupGiven(f));
const split = (cell: string) =>
  cell
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

describe('given-name table', () => {
  const rows = readFileSync(REFERENCE, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));

  it('reads the reference table', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  it('covers every spelling of every reference row', () => {
    const missing: string[] = [];
    for (const [be, beLatin, ru, ruLatin] of rows) {
      for (const n of [be!, ...split(beLatin!), ...split(ru!), ...split(ruLatin!)]) {
        if (!DROPPED.has(n) && !refs(n).some((r) => r.kind !== 'translation')) missing.push(n);
      }
    }
    expect(missing).toEqual([]);
  });

  it('relates the Belarusian and Russian forms of every reference row', () => {
    const unrelated: string[] = [];
    for (const [be, , ru] of rows) {
      const rel = relateGroups(refs(be!), refs(split(ru!)[0]!));
      if (!rel || rel.how === 'translation') unrelated.push(`${be} / ${ru}`);
    }
    expect(unrelated).toEqual([]);
  });

  it('has unique group ids, a gender each, and valid diminutive links', () => {
    const ids = GIVEN_NAME_GROUPS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of GIVEN_NAME_GROUPS) {
      expect(['m', 'f']).toContain(g.gender);
      for (const d of g.diminutiveOf ?? []) expect(ids).toContain(d);
    }
  });

  it('includes the equivalences the issue names', () => {
    const same = (a: string, b: string) => relateGroups(refs(a), refs(b))?.how;
    expect(same('Siarhei', 'Sergei')).toBe('given_name_group');
    expect(same('Mikalai', 'Mikola')).toBe('given_name_group');
    expect(same('Mikola', 'Nikolai')).toBe('given_name_group');
    expect(same('Zmitser', 'Dzmitry')).toBe('given_name_group');
    expect(same('Zmitser', 'Dmitry')).toBe('given_name_group');
    expect(same('Ales', 'Aliaksandr')).toBe('diminutive');
    expect(same('Aliaksandr', 'Alexander')).toBe('given_name_group');
    expect(same('Ihar', 'Igor')).toBe('given_name_group');
    expect(same('Hienadz', 'Gennady')).toBe('given_name_group');
    expect(same('Uladzimir', 'Vladimir')).toBe('given_name_group');
    expect(same('Ivan', 'John')).toBe('translation');
  });

  it('includes women’s names and their Belarusian, Russian and Ukrainian forms', () => {
    const same = (a: string, b: string) => relateGroups(refs(a), refs(b))?.how;
    const pairs: Array<[string, string]> = [
      ['Maryia', 'Maria'],
      ['Sviatlana', 'Svetlana'],
      ['Volha', 'Olga'],
      ['Palina', 'Polina'],
      ['Katsiaryna', 'Ekaterina'],
      ['Iryna', 'Irina'],
      ['Liudmila', 'Lyudmila'],
      ['Larysa', 'Larisa'],
      ['Natallia', 'Natalia'],
      ['Maryna', 'Marina'],
      ['Tatsiana', 'Tatiana'],
      ['Aliaksandra', 'Alexandra'],
      ['Svitlana', 'Svetlana'],
      ['Yuliia', 'Yulia'],
    ];
    for (const [a, b] of pairs) expect([a, b, same(a, b)]).toEqual([a, b, 'given_name_group']);
    expect(same('Nasta', 'Anastasia')).toBe('diminutive');
    expect(same('Aliaksandr', 'Aliaksandra')).toBeUndefined();
  });

  it('knows the English names of envoys', () => {
    for (const n of ['John', 'Keith', 'Donald', 'Chris']) expect(refs(n).length).toBeGreaterThan(0);
  });
});

describe('given-name lookup', () => {
  it('reads a final ў written u, ŭ or w alike', () => {
    const ids = (n: string) => refs(n).map((r) => r.group.id);
    expect(ids('Rastsislaw')).toEqual(ids('Rastsislau'));
    expect(ids('Jaraslaŭ')).toContain('iaroslav');
    expect(ids('Rastsislaw')).toEqual(['rostislav']);
  });

  it('resolves unlisted spellings by sound when only one group fits', () => {
    const ids = (n: string) => refs(n).map((r) => r.group.id);
    // ICAO writes ё as e: Сямён -> Siamen, Фёдар -> Fedar.
    expect(ids('Siamen')).toEqual(['semen']);
    expect(ids('Fedar')).toEqual(['fedor']);
    expect(ids('Xyzzy')).toEqual([]);
    // A leading vowel counts: Anand (a + nd + a-a) is no spelling of Nadia.
    expect(ids('Anand')).toEqual([]);
  });

  it("keeps an old name's sound key when a later round's name shares it", () => {
    const ids = (n: string) => refs(n).map((r) => r.group.id);
    // Peter (a later round's group) sounds like Piotr: an unlisted Piotre stays a Piotr.
    expect(ids('Piotre')).toEqual(['petr']);
    // The later group's own spellings still resolve by fold.
    expect(ids('Peter')).toContain('peter_en');
    expect(ids('Ramón')).toEqual(['ramon']);
    expect(ids('Tamer')).toEqual(['tamer']);
  });
});
