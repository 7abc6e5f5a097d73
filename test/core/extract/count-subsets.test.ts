// A list that 'among them' opens is a list of subsets, every part of it; two parts that split
// the group by sex add up to the group. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findCountCandidates } from '../../../src/core/extract/counts.ts';

const values = (s: string, language?: string) =>
  findCountCandidates(s, language).map((c) => c.value);

describe('the later parts of a subset list', () => {
  const subsets: [string, string, number][] = [
    ['en', 'Minsk freed 52 prisoners, among them 3 Poles and 2 Lithuanians.', 2],
    ['en', 'The junta released 300 detainees, including 12 journalists and 4 lawyers.', 4],
    ['ru', 'Освобождены 52 человека, среди них 3 поляка и 2 гражданина Литвы.', 2],
    ['es', 'Fueron liberados 40 presos, entre ellos 5 periodistas y 3 activistas.', 3],
    ['de', 'Freigelassen wurden 30 Gefangene, darunter 4 Journalisten und 2 Anwälte.', 2],
  ];
  for (const [language, s, n] of subsets) {
    it(`is no count of its own (${language}: ${n})`, () => {
      expect(values(s, language)).not.toContain(n);
    });
  }
});

describe('parts that split a group by sex', () => {
  const halves: [string, string, number][] = [
    ['pl', 'Wśród osób objętych ułaskawieniem znalazło się 9 kobiet oraz 14 mężczyzn.', 23],
    ['en', 'Among those pardoned are 7 women and 11 men.', 18],
    ['ru', 'Среди помилованных 6 женщин и 10 мужчин.', 16],
    ['uk', 'Серед помилуваних 4 жінки і 9 чоловіків.', 13],
    ['es', 'Entre los indultados hay 5 mujeres y 15 hombres.', 20],
    ['fr', 'Parmi les graciés figurent 3 femmes et 9 hommes.', 12],
    ['de', 'Unter den Begnadigten sind 8 Frauen und 12 Männer.', 20],
  ];
  for (const [language, s, n] of halves) {
    it(`adds up to ${n} (${language})`, () => {
      expect(values(s, language)).toContain(n);
    });
  }
});

describe('a named person and the others freed with them', () => {
  const withNamed: [string, string, number][] = [
    ['it', 'Il governo ha scarcerato il vescovo, insieme ad altri 18 religiosi.', 19],
    ['it', 'Rilasciato il giornalista e altri 4 colleghi.', 5],
    ['es', 'Liberaron al obispo junto con otros 12 sacerdotes.', 13],
    ['pt', 'O bispo foi solto junto com outros 7 religiosos.', 8],
    ['fr', "L'opposant a été libéré avec 3 autres militants.", 4],
    ['en', 'The regime freed the bishop and 18 additional clergymen.', 19],
    ['en', 'Losik was released along with 13 other prisoners.', 14],
  ];
  for (const [language, s, n] of withNamed) {
    it(`counts ${n} (${language})`, () => {
      expect(values(s, language)).toContain(n);
    });
  }
});
