import { describe, expect, it } from 'vitest';
import { foldToken, nominativeCandidates, surnameGender } from '../../../src/core/names/index.ts';
import { looksLikePatronymic, patronymicRoots } from '../../../src/core/names/morphology.ts';

describe('case endings', () => {
  it('recovers nominatives of inflected names on the query side', () => {
    expect(nominativeCandidates('колесниковой')).toContain('колесникова');
    expect(nominativeCandidates('сергея')).toContain('сергей');
    expect(nominativeCandidates('тихановского')).toContain('тихановский');
    expect(nominativeCandidates('марии')).toContain('мария');
    expect(nominativeCandidates('игоря')).toContain('игорь');
    expect(nominativeCandidates('лосика')).toContain('лосик');
    expect(nominativeCandidates('навального')).toContain('навальный');
    expect(nominativeCandidates('калеснікавай')).toContain('калеснікава');
  });

  it('leaves nominatives in -ova and Latin tokens alone', () => {
    expect(nominativeCandidates('колесникова')).toEqual([]);
    expect(nominativeCandidates('kolesnikovoi')).toEqual([]);
  });
});

describe('surname gender', () => {
  it('reads masculine and feminine forms of one family', () => {
    expect(surnameGender(foldToken('kalesnikava'))).toMatchObject({ gender: 'f' });
    expect(surnameGender(foldToken('kalesnikau'))).toMatchObject({ gender: 'm' });
    expect(surnameGender(foldToken('tsikhanouskaya'))).toMatchObject({ gender: 'f' });
    expect(surnameGender(foldToken('tsikhanouski'))).toMatchObject({ gender: 'm' });
    expect(surnameGender(foldToken('babaryka')).gender).toBeNull();
    expect(surnameGender(foldToken('statkevich')).gender).toBeNull();
  });
});

describe('patronymics', () => {
  it('recognises patronymic endings and the father’s name inside', () => {
    expect(looksLikePatronymic(foldToken('aliaksandrauna'))).toBe(true);
    expect(looksLikePatronymic(foldToken('сергеевич'))).toBe(true);
    expect(patronymicRoots(foldToken('aliaksandravich'))).toContain(foldToken('aliaksandr'));
    expect(patronymicRoots(foldToken('pavlovich'))).toContain(foldToken('pavel'));
  });
});
