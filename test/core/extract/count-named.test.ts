// Named people joined to a count of others: each named one in the list is freed too ('El obispo
// Juan Pérez, el sacerdote Luis Mora y otros 15' frees 17; 'Bishop Diaz and 18 clergymen' 19).
// Sentences written by the team in its own words (issue 13, rem40).
import { describe, expect, it } from 'vitest';
import { namedInList } from '../../../src/core/extract/count-named.ts';
import { extractReport } from '../../../src/core/extract/index.ts';

type Row = [language: string, text: string, count: number | null];

const countOf = ([language, text]: Row) =>
  extractReport({ text, language }).releases.find((r) => r.role === 'main')?.releasedCount?.value ??
  null;

describe('named people and a count of others', () => {
  it.each([
    ['en', 'Belarus freed the opposition leader Maria Ivanova and 18 other prisoners.', 19],
    ['en', 'Bishop Rolando Diaz was released together with 18 other clergymen.', 19],
    ['en', 'The government said it had freed Bishop Rolando Diaz and 18 additional clergymen.', 19],
    ['en', 'The government freed Bishop Rolando Diaz and 18 clergymen on Sunday.', 19],
    ['es', 'Fue excarcelado el obispo Juan Pérez junto con otros 18 religiosos.', 19],
    [
      'es',
      'El obispo Juan Pérez, el sacerdote Luis Mora y otros 15 religiosos fueron liberados.',
      17,
    ],
    [
      'es',
      'Monseñor Pérez junto al obispo Luis Mora y otros 15 religiosos y dos obispos fueron puestos en libertad.',
      19,
    ],
    ['it', 'È stato liberato il vescovo Mario Rossi insieme ad altri 18 religiosi.', 19],
    ['fr', "L'évêque Jean Dupont a été libéré avec 18 autres religieux.", 19],
    ['de', 'Bischof Hans Maier kam mit 18 weiteren Geistlichen frei.', 19],
    ['ru', 'Освобождён Иван Петров. Вместе с ним на свободу вышли ещё девять человек.', 10],
    ['pl', 'Uwolniono biskupa Jana Kowalskiego oraz 18 innych duchownych.', 19],
    ['pt', 'O bispo João Silva foi libertado com outros 18 religiosos.', 19],
    ['en', 'On Thursday, Belarus freed Maria Ivanova and 18 others.', 19],
    ['en', 'Belarus, Russia and Lithuania agreed that Minsk would free 18 others.', null],
  ] as Row[])('%s: %s', (...row) => {
    expect(countOf(row as Row)).toBe(row[2]);
  });
});

describe('how many named stand in the list', () => {
  it.each([
    ['El obispo Juan Pérez, el sacerdote Luis Mora', 2],
    ['Monseñor Pérez junto al obispo Luis Mora', 2],
    ['On Thursday, Belarus freed Maria Ivanova', 1],
    ['Belarus, Russia and the US freed Maria Ivanova', 1],
  ] as [string, number][])('%s', (head, n) => {
    expect(namedInList(head)).toBe(n);
  });
});
