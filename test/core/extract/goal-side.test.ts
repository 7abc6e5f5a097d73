// Goals named as a side the freed were handed to ('handed over to the Ukrainian side'), landing
// and deporting verbs in more languages, and a handover place read as a venue (issue 13,
// med40). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { findDestinations } from '../../../src/core/extract/destinations.ts';
import { extractReport } from '../../../src/core/extract/index.ts';
import { lexiconFor } from '../../../src/core/extract/lexicons/index.ts';

type Row = [language: string, sentence: string, releaser: string, goals: string[]];

const goals = ([language, s, releaser]: Row) =>
  [
    ...new Set(findDestinations(s, releaser, lexiconFor(['en', language])).map((d) => d.country)),
  ].sort();

function table(rows: Row[]) {
  it.each(rows)('%s: %s', (...row) => {
    expect(goals(row as Row)).toEqual([...row[3]].sort());
  });
}

describe('the side the freed were handed to', () => {
  table([
    ['en', 'The two sailors were handed over to the Ukrainian side at the border.', 'RU', ['UA']],
    ['ru', 'Пленных передали украинской стороне.', 'RU', ['UA']],
    ['uk', 'Полонених передали українській стороні.', 'RU', ['UA']],
    ['pl', 'Jeńców przekazano stronie ukraińskiej.', 'RU', ['UA']],
    ['fr', 'Les prisonniers ont été remis à la partie ukrainienne.', 'RU', ['UA']],
  ]);
});

describe('no side goal: a side that speaks, or where someone stands', () => {
  table([
    ['en', 'The Ukrainian side said the prisoners were exchanged.', 'RU', []],
    ['ru', 'На российской стороне их встретили врачи, затем их отправили домой.', 'UA', []],
  ]);
});

describe('landing and deporting verbs in more languages', () => {
  table([
    ['ru', 'Их депортировали в Литву.', 'BY', ['LT']],
    ['ru', 'Самолёт с освобождёнными приземлился в Анкаре.', 'RU', ['TR']],
    ['pl', 'Samolot z uwolnionymi wylądował w Warszawie.', 'BY', ['PL']],
    ['de', 'Die Maschine mit den Freigelassenen landete in Ankara.', 'RU', ['TR']],
    ['en', 'The freed activists were flown to Vilnius aboard a chartered plane.', 'BY', ['LT']],
    ['es', 'Los excarcelados fueron desterrados a Estados Unidos.', 'NI', ['US']],
    ['lt', 'Išlaisvinti žmonės atvyko į Vilnių.', 'BY', ['LT']],
    ['hu', 'A szabadon engedett foglyokat Litvániába szállították.', 'BY', ['LT']],
    ['zh', '两名获释者乘飞机抵达德国。', 'RU', ['DE']],
    ['fa', 'این دو نفر پس از آزادی به آلمان بازگشتند.', 'IR', ['DE']],
  ]);
});

describe('landing, flying and expelling verbs, an airport between verb and place', () => {
  table([
    ['es', 'Los liberados aterrizaron en el aeropuerto de Barajas, en Madrid.', 'VE', ['ES']],
    ['fr', 'Les deux hommes se sont envolés pour Paris après leur libération.', 'IR', ['FR']],
    ['pt', 'Os libertados desembarcaram em Lisboa na madrugada de sábado.', 'VE', ['PT']],
    ['pl', 'Uwolnieni zostali wydaleni na Litwę.', 'BY', ['LT']],
    ['ar', 'ووصل الرهينتان المحرران إلى مطار الدوحة.', 'AF', ['QA']],
    ['fa', 'این دو زندانی پس از آزادی به فرانسه رفتند.', 'IR', ['FR']],
    ['en', 'The freed prisoners landed at Vilnius airport on Thursday evening.', 'BY', ['LT']],
    ['zh', '获释的两人随后飞往多哈。', 'AF', ['QA']],
  ]);
});

// Report-level: a place where the freed were handed over to others is a stop, as a swap's venue
// is, once the report names where they went on to.
const reportGoals = (text: string) =>
  (extractReport({ text }).releases.find((r) => r.role === 'main')?.destinations ?? [])
    .map((d) => d.country)
    .sort();

describe('a handover’s place', () => {
  it('drops the place once the sides’ countries are goals', () => {
    expect(
      reportGoals(
        'Russia and the United States swapped 24 prisoners on Thursday. Their plane first landed in Ankara, where with Turkish officers present they were handed over. ' +
          'In the exchange, sixteen of the freed were then flown on to Germany and the United States, and eight to Russia.',
      ),
    ).toEqual(['DE', 'RU', 'US']);
  });
});
