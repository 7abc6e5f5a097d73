// A pardon's count gives way to the part freed from prison when that part is counted by a
// partitive pronoun ('463 of them', 'из них 463', 'de las cuales 463'); English headlines free
// with 'frees'. Sentences written by the team in its own words (issue 13, rem40).
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

type Row = [language: string, text: string, count: number | null];

const countOf = ([language, text]: Row) =>
  extractReport({ text, language }).releases.find((r) => r.role === 'main')?.releasedCount?.value ??
  null;

function table(rows: Row[]) {
  it.each(rows)('%s: %s', (...row) => {
    expect(countOf(row as Row)).toBe(row[2]);
  });
}

describe('the part of a pardon that left prison, counted by a partitive pronoun', () => {
  table([
    ['en', 'Aliyev pardoned 801 people on Friday; 463 of them were released from prison.', 463],
    ['ru', 'Помилованы 801 человек, из них 463 вышли на свободу из мест лишения свободы.', 463],
    ['es', 'El indulto alcanzó a 801 personas, de las cuales 463 salieron de prisión.', 463],
    ['tr', '801 kişi affedildi, bunlardan 463’ü cezaevinden tahliye edildi.', 463],
    ['fr', 'Le décret gracie 801 personnes, dont 463 sortent de prison.', 463],
    ['de', 'Begnadigt wurden 801 Menschen, 463 von ihnen kamen aus der Haft frei.', 463],
    ['en', 'Aliyev pardoned 801 people; 12 of them are women.', 801],
    ['en', 'Belarus pardoned 31 prisoners; 20 of them were freed from prison.', 20],
  ]);
});

describe('counts in many languages, with a figure still held beside them', () => {
  table([
    [
      'en',
      'Belarus frees 14 political prisoners. Since July 2024, more than 300 have been released.',
      14,
    ],
    ['en', 'Belarus released 31 political prisoners on Monday. Some 1,150 remain behind bars.', 31],
    [
      'ru',
      'Лукашенко помиловал и освободил 31 политзаключённого. В тюрьмах остаются ещё 1150 человек.',
      31,
    ],
    ['pl', 'Na wolność wyszło 12 kobiet i 19 mężczyzn.', 31],
    [
      'de',
      'Belarus hat 31 politische Gefangene freigelassen. Noch immer sitzen mehr als 1150 Menschen in Haft.',
      31,
    ],
    [
      'es',
      'Venezuela excarceló a 31 presos políticos. Según Foro Penal, aún quedan 887 presos políticos.',
      31,
    ],
    ['hu', 'Fehéroroszország 31 politikai foglyot engedett szabadon.', 31],
    ['tr', 'Belarus 31 siyasi tutukluyu serbest bıraktı. 1150’den fazla kişi hâlâ cezaevinde.', 31],
    ['fa', 'ایران ۳۱ زندانی سیاسی را آزاد کرد. بیش از ۸۰۰ زندانی سیاسی همچنان در زندان هستند.', 31],
    ['ar', 'أفرجت السلطات عن 31 معتقلا سياسيا. ولا يزال نحو 60 ألف معتقل سياسي في السجون.', 31],
    ['zh', '白俄罗斯释放了31名政治犯。目前仍有1150名政治犯被关押。', 31],
    [
      'az',
      'Əfv sərəncamı ilə 31 siyasi məhbus azad edildi. Ölkədə 300-dən çox siyasi məhbus var.',
      31,
    ],
  ]);
});
