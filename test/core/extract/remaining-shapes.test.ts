// Figures of political prisoners still held, by the shape of the sentence: sentences written by
// the team in its own words, in many languages, one table per shape (issue 13).
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/core/extract/lexicons/index.ts';
import { findRemaining } from '../../../src/core/extract/remaining.ts';

type Row = [language: string, sentence: string, values: number[]];

const values = ([language, s]: Row) =>
  findRemaining(s, lexiconFor(['en', language])).map((r) => r.value);

function table(rows: Row[]) {
  it.each(rows)('%s: %s', (...row) => {
    expect(values(row as Row)).toEqual(row[2]);
  });
}

describe('a figure of people still held, its verb after it', () => {
  table([
    ['en', 'About 1,150 political prisoners remain behind bars, Viasna says.', [1150]],
    ['en', 'More than 800 people are still held on political charges.', [800]],
    ['es', 'Unos 1.150 presos políticos siguen encarcelados en el país.', [1150]],
    ['es', 'Más de 800 opositores permanecen tras las rejas, según Foro Penal.', [800]],
    ['fr', 'Quelque 1 150 prisonniers politiques restent derrière les barreaux.', [1150]],
    ['de', 'Rund 1.150 politische Gefangene sitzen weiterhin in Haft.', [1150]],
    ['it', 'Circa 1.150 prigionieri politici restano in carcere.', [1150]],
    ['pt', 'Cerca de 1.150 presos políticos continuam detidos no país.', [1150]],
    ['pl', 'Około 1150 więźniów politycznych nadal przebywa w koloniach karnych.', [1150]],
    ['pl', 'Ponad 900 więźniów politycznych siedzi w koloniach karnych.', [900]],
    ['ru', 'Около 1150 политзаключённых остаются за решёткой.', [1150]],
    ['uk', 'Понад 1150 політв’язнів досі перебувають за ґратами.', [1150]],
    ['tr', 'Ülkede 1.150 siyasi tutuklu hâlâ cezaevinde bulunuyor.', [1150]],
    ['nl', 'Nog altijd zitten ongeveer 1150 politieke gevangenen vast.', [1150]],
    ['fr', 'Au moins 60 militants sont toujours détenus sans procès.', [60]],
  ]);
});

describe('a figure with a list or a clause between it and its verb', () => {
  table([
    ['en', 'Some 1,110 political prisoners, including two journalists, remain in jail.', [1110]],
    [
      'de',
      'Rund 1.110 politische Gefangene, darunter zwei Nobelpreisträger, sitzen noch in Haft.',
      [1110],
    ],
    ['es', 'Unos 1.110 presos políticos, entre ellos varios periodistas, siguen presos.', [1110]],
    [
      'fr',
      'Environ 1 110 prisonniers politiques, dont plusieurs journalistes, restent détenus.',
      [1110],
    ],
    [
      'it',
      'Circa 1.110 prigionieri politici, tra cui diversi giornalisti, restano in carcere.',
      [1110],
    ],
    [
      'pl',
      'Około 1110 więźniów politycznych, w tym kilku dziennikarzy, nadal przebywa w więzieniach.',
      [1110],
    ],
    [
      'ru',
      'Около 1110 политзаключённых, среди них несколько журналистов, остаются за решёткой.',
      [1110],
    ],
    [
      'pt',
      'Cerca de 1.110 presos políticos, entre eles vários jornalistas, continuam presos.',
      [1110],
    ],
  ]);
});

describe('a count named after its verb: there are, there remain', () => {
  table([
    ['en', 'There are still about 1,150 political prisoners in Belarus.', [1150]],
    ['es', 'En Cuba hay más de 1.100 presos políticos, según la ONG.', [1100]],
    ['fr', 'Il y a encore quelque 1 150 prisonniers politiques dans le pays.', [1150]],
    ['de', 'In Belarus gibt es nach wie vor rund 1.150 politische Gefangene.', [1150]],
    ['it', 'In Bielorussia ci sono ancora circa 1.150 prigionieri politici.', [1150]],
    ['pt', 'Ainda há cerca de 1.150 presos políticos na Venezuela.', [1150]],
    ['nl', 'Volgens de organisatie zitten er nog 240 politieke gevangenen vast.', [240]],
    ['ru', 'В Беларуси по-прежнему находятся за решёткой около 1150 политзаключённых.', [1150]],
    ['pl', 'Na Białorusi wciąż przebywa w więzieniach około 1150 więźniów politycznych.', [1150]],
  ]);
});

describe('a total of political prisoners a group counts', () => {
  table([
    [
      'es',
      'El recuento de la organización sitúa en 1.020 el total de presos políticos del país.',
      [1020],
    ],
    [
      'es',
      'Los defensores calculan que en Cuba hay unos 1.020 presos por motivos políticos.',
      [1020],
    ],
    ['pl', 'Spośród 1400 więźniów politycznych na Białorusi wiele to kobiety.', [1400]],
    ['en', 'Most of the 1,150 political prisoners in Belarus were jailed after 2020.', [1150]],
    [
      'ru',
      'Большинство из 1150 политзаключённых в Беларуси были осуждены после 2020 года.',
      [1150],
    ],
    [
      'de',
      'Die meisten der 1.150 politischen Gefangenen in Belarus wurden nach 2020 verurteilt.',
      [1150],
    ],
    ['en', 'Viasna recognises 1,150 people as political prisoners.', [1150]],
    [
      'fr',
      "L'association chiffre à 1 020 le nombre de prisonniers politiques encore détenus.",
      [1020],
    ],
    [
      'it',
      "L'organizzazione stima in 1.020 il numero dei prigionieri politici ancora in cella.",
      [1020],
    ],
    ['pt', 'A entidade estima em 1.020 o número de presos políticos no país.', [1020]],
  ]);
});

describe('freed people and past totals are no figure of those still held', () => {
  table([
    ['en', 'Belarus freed 52 political prisoners on Thursday.', []],
    ['en', 'Since 2020 more than 3,000 people have been freed after serving their terms.', []],
    ['es', 'El gobierno excarceló a 553 presos políticos el martes.', []],
    ['fr', 'Les autorités ont libéré 52 prisonniers politiques jeudi.', []],
    ['de', 'Die Behörden ließen 52 politische Gefangene frei.', []],
    ['ru', 'Власти освободили 52 политзаключённых.', []],
    ['pl', 'Władze uwolniły 52 więźniów politycznych.', []],
    ['it', 'Le autorità hanno liberato 52 prigionieri politici.', []],
    ['en', 'At its peak in 2021 the list held 1,500 names.', []],
  ]);
});

describe('a few others still held, the other-word standing for the noun', () => {
  table([
    ['en', 'Two other French citizens are still held in Iran.', [2]],
    ['fr', 'Deux autres Français restent détenus en Iran.', [2]],
    ['es', 'Otros tres ciudadanos españoles siguen presos en Venezuela.', [3]],
    ['es', 'Tres otros españoles siguen presos en Venezuela.', [3]],
    ['de', 'Zwei weitere Deutsche sitzen noch in Haft.', [2]],
    ['it', 'Altri due italiani restano in carcere in Iran.', [2]],
    ['ru', 'Ещё двое граждан Франции остаются в заключении.', [2]],
    ['fa', 'دو تبعهٔ دیگر فرانسوی که هم‌اکنون در ایران نگهداری می‌شوند آزاد نشده‌اند.', [2]],
    ['fa', 'سه شهروند دیگر آلمانی همچنان در زندان اوین هستند.', [3]],
    ['ar', 'ولا يزال ثلاثة مواطنين آخرين رهن الاعتقال في إيران.', [3]],
    ['pl', 'Jeszcze dwóch innych Polaków nadal przebywa w więzieniu.', [2]],
    ['pt', 'Outros dois brasileiros continuam presos no país.', [2]],
    ['tr', 'İki diğer Fransız vatandaşı hâlâ cezaevinde bulunuyor.', [2]],
    ['en', 'Two other French citizens were freed with him.', []],
  ]);
});

describe('Arabic counts two by the dual', () => {
  table([
    ['ar', 'وهناك بريطانيان آخران لا يزالان رهن الاعتقال في طهران.', [2]],
    ['ar', 'وتطالب لندن بإطلاق سراح صحفيَين بريطانيَين آخرَين ما زالا في سجن إيفين.', [2]],
    ['ar', 'أما الصحفيان الآخران فما زالا في السجن منذ عامين.', [2]],
    ['ar', 'وأفرجت السلطات عن الصحفيين الآخرين أمس.', []],
  ]);
});
