// Photo captions in detention reports (issue 20, det45): a caption's date is when the picture
// was taken, not the report's day, and a credit names the photographer, not a prisoner. Short
// reports in the team's own words.
import { describe, expect, it } from 'vitest';
import { creditedAt } from '../../../src/core/extract/credits.ts';
import { extractReport } from '../../../src/core/extract/index.ts';

const persons = (text: string) =>
  extractReport({ text })
    .detentions.filter((d) => d.role === 'main' && d.person)
    .map((d) => [d.kind, d.person!.name, d.date?.value ?? null]);

describe('a photo caption does not date the detentions', () => {
  it('an archive caption with its year is no dateline; the weekday dates the verdict', () => {
    const text = [
      "Un tribunal condamne l'opposant Ivan Orlov à douze ans de prison",
      "©(ARCHIVES) Ivan Orlov lors d'une audience à Moscou le 12 mars 2021. (Photo Anna BELOVA / AFP)",
      "L'opposant Ivan Orlov a été condamné mardi 5 mars par un tribunal moscovite à douze ans de prison.",
      'Ses avocats annoncent un appel.',
    ].join('\n');
    expect(persons(text)).toContainEqual(['sentence', 'Ivan Orlov', '2024-03-05']);
  });

  it('a caption without a credit still dates as a dateline', () => {
    const text = [
      'Moscou, le 12 mars 2024.',
      "L'opposant Ivan Orlov a été condamné mardi à douze ans de prison.",
    ].join('\n');
    expect(persons(text)).toContainEqual(['sentence', 'Ivan Orlov', '2024-03-12']);
  });
});

// The name 'X Y' between what comes before and after it, as the credit reader is asked.
const credited = (before: string, after: string) => {
  const s = `${before}X Y${after}`;
  return creditedAt(s, before.length, before.length + 3);
};

describe('a photo credit names no prisoner', () => {
  it('reads the credit shapes', () => {
    expect(credited('Foto: EPA-EFE/ ', ' POOL')).toBe(true);
    expect(credited('(Photo ', ' / AFP)')).toBe(true);
    expect(credited('Фото: ТАСС/ ', '')).toBe(true);
    expect(credited('the court sentenced ', ' to five years')).toBe(false);
    expect(credited('la photo de ', ' a circulé')).toBe(false);
  });

  it('the photographer of a headline picture is not sentenced', () => {
    const text = [
      'Novinar osuđen na dve godine zatvora Foto: EPA-EFE/ PETAR MARKOVIC POOL',
      'Sud u Minsku osudio je novinara Andreja Kuzmina na dve godine zatvora.',
    ].join('\n');
    const names = persons(text).map((p) => p[1]);
    expect(names).not.toContain('PETAR MARKOVIC POOL');
    expect(names.some((n) => String(n).includes('MARKOVIC'))).toBe(false);
  });
});

describe('one credit reader for releases and detentions', () => {
  it("reads the release reports' bylines and bracketed credits too", () => {
    expect(credited('Reporting by ', '; Editing by Anna Lis')).toBe(true);
    expect(credited('(Foto: Reuters/', ')')).toBe(true);
    expect(credited('By ', '\nMinsk, 12 March')).toBe(true);
    expect(credited('', '/AP Photo')).toBe(true);
    expect(credited('The court freed ', ' on Friday')).toBe(false);
  });
});
