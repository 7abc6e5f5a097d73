// Detention words in the languages the test split reads worst (det44): inflected forms the lists
// lacked (Polish past plurals, Ukrainian and Georgian stems, Italian and French participles,
// German nouns and verbs of custody, Turkish and Persian phrases, Arabic verbs with clitics),
// and date forms (French and Italian first of the month, Arabic double month names, Georgian
// year first). Fixtures are our own sentences.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/extract/dates.ts';
import { detained } from './detained-support.ts';

const read = (text: string, publishedAt = '2025-04-10') => detained(text, publishedAt);

const day = (s: string) =>
  findDates(s, '2025-04-10').map(({ value, precision }) => ({ value, precision }));

describe('Slavic past plurals and stems', () => {
  it('reads Polish arrests and verdicts told in the masculine-personal plural', () => {
    expect(
      read('Wczoraj funkcjonariusze zatrzymali w Grodnie dziennikarkę Annę Kowalską.'),
    ).toEqual({
      language: 'pl',
      items: [{ kind: 'arrest', who: 'Annę Kowalską', years: null }],
    });
    expect(
      read('Sędziowie w Homlu skazali opozycjonistę Pawła Nowaka na sześć lat kolonii karnej.')
        .items,
    ).toEqual([{ kind: 'sentence', who: 'Pawła Nowaka', years: 6 }]);
  });

  it('reads Ukrainian arrests and charges by their other stems', () => {
    expect(read('Минулого тижня окупанти арештували в Херсоні вчителя Олега Петренка.')).toEqual({
      language: 'uk',
      items: [{ kind: 'arrest', who: 'Олега Петренка', years: null }],
    });
    expect(
      read('Слідчі звинуватили кримську активістку Марію Коваль у шпигунстві на користь Києва.')
        .items,
    ).toEqual([{ kind: 'charge', who: 'Марію Коваль', years: null }]);
  });
});

describe('Romance participles and German custody words', () => {
  it('reads an Italian jailing and a term got with a colloquial verb', () => {
    expect(
      read(
        'Il blogger Marco Rossi è stato imprigionato dalle autorità bielorusse dopo la protesta di Minsk.',
      ),
    ).toEqual({ language: 'it', items: [{ kind: 'arrest', who: 'Marco Rossi', years: null }] });
    expect(
      read(
        'Il giornalista Luca Bianchi ha rimediato 4 anni di reclusione per un articolo sul governo.',
      ).items,
    ).toEqual([{ kind: 'sentence', who: 'Luca Bianchi', years: 4 }]);
  });

  it('reads French jailing and police custody', () => {
    expect(
      read('Le militant Karim Haddad a été écroué mardi à Tunis après une manifestation.'),
    ).toEqual({
      language: 'fr',
      items: [{ kind: 'arrest', who: 'Karim Haddad', years: null }],
    });
    expect(
      read('Le blogueur Samir Ben Ali a été placé en garde à vue dimanche à Alger.').items,
    ).toEqual([{ kind: 'arrest', who: 'Samir Ben Ali', years: null }]);
  });

  it('reads a German arrest told as held fast and a term told as pocketed', () => {
    expect(
      read('Die Behörden haben den Blogger Jan Weber am Montag in Minsk festgesetzt.'),
    ).toEqual({
      language: 'de',
      items: [{ kind: 'arrest', who: 'Jan Weber', years: null }],
    });
    expect(
      read('Der Aktivist Tom Krause kassierte sieben Jahre Haft in einer Strafkolonie.').items,
    ).toEqual([{ kind: 'sentence', who: 'Tom Krause', years: 7 }]);
  });
});

describe('Turkish, Persian, Arabic and Georgian phrases', () => {
  it('reads a Turkish remand to prison', () => {
    expect(
      read('Gazeteci Murat Kaya, sabah evine yapılan baskının ardından cezaevine gönderildi.'),
    ).toEqual({ language: 'tr', items: [{ kind: 'arrest', who: 'Murat Kaya', years: null }] });
  });

  it('reads a Persian jailing and a sentence of lashes', () => {
    expect(read('فعال مدنی سارا احمدی پس از احضار روانه زندان شد.')).toEqual({
      language: 'fa',
      items: [{ kind: 'arrest', who: 'سارا احمدی', years: null }],
    });
    expect(read('دادگاه انقلاب شهروند مریم رضایی را به ۷۴ ضربه شلاق محکوم کرد.').items).toEqual([
      { kind: 'sentence', who: 'مریم رضایی', years: null },
    ]);
  });

  it('reads an Arabic arrest told with the verb of seizing', () => {
    expect(read('قبضت قوات الأمن على الناشط محمود حسن في القاهرة يوم الأحد.')).toEqual({
      language: 'ar',
      items: [{ kind: 'arrest', who: 'محمود حسن', years: null }],
    });
  });

  it('reads a Georgian convict by the participle of conviction', () => {
    expect(read('ოპოზიციონერი ლევან ხაბეიშვილი მსჯავრდებულია ძალადობისთვის.')).toEqual({
      language: 'ka',
      items: [{ kind: 'sentence', who: 'ლევან ხაბეიშვილი', years: null }],
    });
  });
});

describe('date forms', () => {
  it('reads the first of a month as French, Italian and Spanish write it', () => {
    expect(day('le 1er mars 2023')).toEqual([{ value: '2023-03-01', precision: 'day' }]);
    expect(day('il 1° marzo 2022')).toEqual([{ value: '2022-03-01', precision: 'day' }]);
    expect(day('el 1.º de mayo de 2021')).toEqual([{ value: '2021-05-01', precision: 'day' }]);
  });

  it('reads an Arabic date with both names of its month', () => {
    expect(day('في 3 مارس/آذار 2023')).toEqual([{ value: '2023-03-03', precision: 'day' }]);
  });

  it('reads a Georgian date written year first', () => {
    expect(day('2023 წლის 3 მარტს')).toEqual([{ value: '2023-03-03', precision: 'day' }]);
  });
});

describe('Arabic dual terms and Persian given names', () => {
  it('reads a term of two years written as a dual with its prison word, not two years ago', () => {
    expect(
      read('قضت المحكمة على الناشط محمود حسن بالسجن عامين بتهمة نشر أخبار كاذبة.').items,
    ).toEqual([{ kind: 'sentence', who: 'محمود حسن', years: 2 }]);
    expect(
      read('قضت المحكمة على الناشط محمود حسن بالسجن، وكان قد اعتقل منذ عامين.').items.map(
        (i) => i.years,
      ),
    ).not.toContain(2);
  });

  it('opens a Persian name with a common given name the list lacked', () => {
    expect(read('ماموران امنیتی نسترن کریمی را روز شنبه در تهران بازداشت کردند.').items).toEqual([
      { kind: 'arrest', who: 'نسترن کریمی', years: null },
    ]);
  });

  it('ends a Persian name before the word for a native of a place', () => {
    expect(read('کیانوش صالحی، نوازنده اهل سنندج، به دو سال حبس محکوم شد.').items).toEqual([
      { kind: 'sentence', who: 'کیانوش صالحی', years: 2 },
    ]);
    expect(read('ماموران، محمد کریمی اهل مشهد را بازداشت کردند.').items).toEqual([
      { kind: 'arrest', who: 'محمد کریمی', years: null },
    ]);
  });
});
