// A count whose own predicate arrests or sentences its people is no release count; a Han count
// joined to a release verb by 的 is; a Han person counter makes a count of people.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findCountCandidates } from '../../../src/core/extract/counts.ts';

const values = (s: string, language?: string) =>
  findCountCandidates(s, language).map((c) => c.value);

describe('a count of the detained', () => {
  const detained: [string, string, number][] = [
    ['zh', '該案共有30人被判顛覆罪成,其中5人昨日獲釋。', 30],
    ['zh', '该案共有30人被判刑,昨天获释的5人均已回家。', 30],
    ['zh', '警方表示12人被捕,案件仍在調查。', 12],
    ['zh', '在「民主派55人案」中,三人今早出獄。', 55],
    [
      'en',
      'Last year 40 activists were arrested during the protests, and 6 were released on Monday.',
      40,
    ],
    [
      'en',
      'In 2021, 120 opposition members were sentenced to long terms; the regime freed 18 of them.',
      120,
    ],
    [
      'ru',
      'В прошлом году 25 человек были осуждены по этой статье, а сегодня освобождены 4 заключенных.',
      25,
    ],
    [
      'es',
      'Unas 90 personas fueron detenidas tras las elecciones; el gobierno liberó a 20 presos.',
      90,
    ],
    ['de', 'Damals wurden 14 Aktivisten verhaftet; nun kamen 3 Gefangene frei.', 14],
  ];
  for (const [language, s, n] of detained) {
    it(`is no release count (${language}: ${n})`, () => {
      expect(values(s, language)).not.toContain(n);
    });
  }
});

describe('counts of the freed beside them', () => {
  const freed: [string, string, number][] = [
    ['zh', '該案共有30人被判顛覆罪成,昨日獲釋的5人均被判囚四年。', 5],
    ['zh', '首批刑滿的4名前議員今早出獄。', 4],
    ['zh', '当局昨天释放了12名政治犯。', 12],
    ['zh', '刑满的3位社运人士周二离开监狱。', 3],
    ['en', 'The regime freed 18 prisoners who had been sentenced in 2021.', 18],
    ['en', '52 prisoners were released on Thursday.', 52],
    ['es', 'El gobierno liberó a 20 presos políticos detenidos tras las elecciones.', 20],
  ];
  for (const [language, s, n] of freed) {
    it(`keeps ${n} (${language})`, () => {
      expect(values(s, language)).toContain(n);
    });
  }
});
