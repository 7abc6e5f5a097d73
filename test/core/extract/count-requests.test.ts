// A release asked for is no release count: the people a government, a court or a group asks to
// see freed are not those it frees. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findCountCandidates } from '../../../src/core/extract/counts.ts';

const values = (s: string, language?: string) =>
  findCountCandidates(s, language).map((c) => c.value);

describe('a count of people whose release is asked for', () => {
  const asked: [string, string, number][] = [
    ['en', 'The senator asked the junta to free 300 political prisoners.', 300],
    ['en', 'Rights groups called for the release of 120 detained activists.', 120],
    ['en', 'The lawyers petitioned for the release of 61 prisoners last month.', 61],
    ['en', 'Washington urged Caracas to release all 40 jailed opposition members.', 40],
    ['en', 'Protesters demanded the release of 17 journalists held since May.', 17],
    ['ru', 'Правозащитники потребовали освободить 35 политзаключенных.', 35],
    ['ru', 'Европарламент призвал власти освободить 150 заключенных.', 150],
    ['uk', 'Омбудсман закликав звільнити 25 цивільних бранців.', 25],
    ['es', 'La oposición exigió la liberación de 200 presos políticos.', 200],
    ['es', 'Los obispos pidieron liberar a 45 presos políticos.', 45],
    ['pt', 'A ONU pediu a libertação de 70 presos políticos.', 70],
    ['fr', 'Les ONG ont réclamé la libération de 90 détenus.', 90],
    ['fr', 'Paris exige la libération de 3 ressortissants.', 3],
    ['it', 'Amnesty torna a chiedere la liberazione dei 33 attivisti detenuti.', 33],
    ['de', 'Die Opposition forderte die Freilassung von 80 politischen Gefangenen.', 80],
    ['pl', 'Parlament wezwał do uwolnienia 40 więźniów politycznych.', 40],
    ['hr', 'Ministar je zatražio da se na slobodu pusti 500 zatvorenika.', 500],
    ['tr', 'Muhalefet 60 gazetecinin serbest bırakılmasını talep etti.', 60],
  ];
  for (const [language, s, n] of asked) {
    it(`is no release count (${language}: ${n})`, () => {
      expect(values(s, language)).not.toContain(n);
    });
  }
});

describe('a release beside a request still counts', () => {
  const freed: [string, string, number][] = [
    ['en', 'The group petitioned for the release of 44 prisoners and 36 were released.', 36],
    ['en', 'After years of appeals, the government released 52 prisoners on Thursday.', 52],
    ['en', 'The junta freed 300 prisoners. Rights groups demanded more.', 300],
    ['en', 'Responding to calls from the church, the regime freed 18 priests.', 18],
    ['ru', 'Правозащитники требовали этого годами; сегодня власти освободили 18 заключенных.', 18],
    ['es', 'El gobierno liberó a 93 presos políticos tras semanas de reclamos.', 93],
    ['fr', 'Alger a libéré 60 détenus, une semaine après les appels des ONG. ', 60],
    ['de', 'Nach langen Forderungen kamen 14 politische Gefangene frei.', 14],
    ['it', 'Dopo mesi di appelli, il governo ha liberato 12 prigionieri politici.', 12],
  ];
  for (const [language, s, n] of freed) {
    it(`counts the freed (${language}: ${n})`, () => {
      expect(values(s, language)).toContain(n);
    });
  }
});
