// A sentence that opens with 'previously' tells the story's past (issue 20): the person it
// names was held before the report's event and is its background, however it is dated. Reports
// in our own words: the main event first, then the earlier one.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const roles = (text: string) =>
  extractReport({ text, publishedAt: '2025-03-14' })
    .detentions.filter((d) => d.person)
    .map((d) => `${d.role}:${d.person!.name}`);

// [language, report, a word of the main person, a word of the earlier one]
const cases: [string, string, string, string][] = [
  [
    'en',
    'Police detained Sergei Morozov in Moscow on Thursday. Previously, Ivan Zhdanov was sentenced to nine years.',
    'Morozov',
    'Zhdanov',
  ],
  [
    'en',
    'A court sentenced Thomas Miller to two years on Friday. In the past, Anna Berg was jailed for a similar post.',
    'Miller',
    'Berg',
  ],
  [
    'es',
    'La policía detuvo a Luis Gómez el jueves en Caracas. Anteriormente, Pedro Soto fue condenado a cuatro años.',
    'Gómez',
    'Soto',
  ],
  [
    'es',
    'Un tribunal condenó a Luis Gómez a tres años. Previamente, Pedro Soto había sido detenido en Valencia.',
    'Gómez',
    'Soto',
  ],
  [
    'fr',
    'La police a arrêté le militant Pierre Lefèvre jeudi. Auparavant, Jean Dupont avait été condamné à deux ans.',
    'Lefèvre',
    'Dupont',
  ],
  [
    'fr',
    'Le tribunal a condamné Pierre Lefèvre à un an de prison. Par le passé, Jean Dupont a été arrêté pour les mêmes faits.',
    'Lefèvre',
    'Dupont',
  ],
  [
    'it',
    'La polizia ha arrestato Marco Rossi giovedì. In passato Luca Bianchi era stato condannato a due anni.',
    'Rossi',
    'Bianchi',
  ],
  [
    'pt',
    'A polícia prendeu João Silva na quinta-feira. Anteriormente, Pedro Costa foi condenado a três anos.',
    'Silva',
    'Costa',
  ],
  [
    'de',
    'Die Polizei hat Jan Weber am Donnerstag festgenommen. In der Vergangenheit wurde Anna Berg zu zwei Jahren verurteilt.',
    'Weber',
    'Berg',
  ],
  [
    'ru',
    'В Москве задержали Ивана Петрова. Ранее суд приговорил Илью Яшина к восьми годам колонии.',
    'Петров',
    'Яшин',
  ],
  [
    'ru',
    'Суд арестовал Ивана Петрова на два месяца. Прежде Олег Смирнов был осуждён за пикет.',
    'Петров',
    'Смирнов',
  ],
  [
    'uk',
    'Поліція затримала Олега Бондаренка в Києві. Раніше суд засудив Віктора Шевчука до п’яти років.',
    'Бондаренк',
    'Шевчук',
  ],
  [
    'be',
    'Міліцыя затрымала Андрэя Каваля ў Мінску. Раней суд асудзіў Віктара Бабарыку на чатырнаццаць гадоў.',
    'Кавал',
    'Бабарык',
  ],
  [
    'pl',
    'Policja zatrzymała Piotra Nowaka w Mińsku. Wcześniej sąd skazał Andrzeja Kowala na dwa lata więzienia.',
    'Nowak',
    'Kowal',
  ],
  [
    'tr',
    'Polis Ahmet Yılmaz’ı dün İstanbul’da gözaltına aldı. Daha önce Mehmet Demir 3 yıl hapis cezasına çarptırılmıştı.',
    'Yılmaz',
    'Demir',
  ],
];

describe('a sentence opening with "previously" is background', () => {
  for (const [language, text, main, earlier] of cases)
    it(`${language}: ${text.slice(0, 50)}`, () => {
      const got = roles(text);
      expect(got.some((r) => r.startsWith('main:') && r.includes(main))).toBe(true);
      expect(got.filter((r) => r.startsWith('main:') && r.includes(earlier))).toEqual([]);
    });
});

// The word after the subject or an auxiliary, before the verb it dates.
const inside: [string, string, string, string][] = [
  [
    'en',
    'Police detained Sergei Morozov in Moscow on Thursday. Ivan Zhdanov had previously been sentenced to nine years.',
    'Morozov',
    'Zhdanov',
  ],
  [
    'az',
    'Bakıda jurnalist Elvin Məmmədov dünən saxlanılıb. Jurnalist Rauf Əliyev daha əvvəl iki dəfə həbs edilib.',
    'Məmmədov',
    'Əliyev',
  ],
  [
    'tr',
    'Polis Ahmet Yılmaz’ı dün gözaltına aldı. Mehmet Demir daha önce de 3 yıl hapis cezasına çarptırılmıştı.',
    'Yılmaz',
    'Demir',
  ],
  [
    'ru',
    'В Москве задержали Ивана Петрова. Олег Смирнов ранее уже был осуждён за пикет.',
    'Петров',
    'Смирнов',
  ],
  [
    'pl',
    'Policja zatrzymała Piotra Nowaka w Mińsku. Andrzej Kowal był wcześniej skazany na rok więzienia.',
    'Nowak',
    'Kowal',
  ],
  [
    'es',
    'La policía detuvo a Luis Gómez el jueves. Pedro Soto había sido anteriormente condenado a cuatro años.',
    'Gómez',
    'Soto',
  ],
  [
    'fr',
    'La police a arrêté le militant Pierre Lefèvre jeudi. Jean Dupont avait auparavant été condamné à deux ans.',
    'Lefèvre',
    'Dupont',
  ],
  [
    'de',
    'Die Polizei hat Jan Weber am Donnerstag festgenommen. Anna Berg war in der Vergangenheit zu zwei Jahren verurteilt worden.',
    'Weber',
    'Berg',
  ],
  [
    'uk',
    'Поліція затримала Олега Бондаренка в Києві. Віктора Шевчука раніше вже засудили до п’яти років.',
    'Бондаренк',
    'Шевчук',
  ],
  [
    'it',
    'La polizia ha arrestato Marco Rossi giovedì. Luca Bianchi era stato in passato condannato a due anni.',
    'Rossi',
    'Bianchi',
  ],
  [
    'az',
    'Bakıda jurnalist Elvin Məmmədov dünən saxlanılıb. Rauf Əliyev daha əvvəl bir neçə dəfə saxlanılıb, bir dəfə isə məhkum edilib.',
    'Məmmədov',
    'Əliyev',
  ],
  [
    'en',
    'Police detained Sergei Morozov in Moscow on Thursday. Ivan Zhdanov was previously arrested twice and sentenced to a fine.',
    'Morozov',
    'Zhdanov',
  ],
];

describe('a "previously" word before the verb it dates', () => {
  for (const [language, text, main, earlier] of inside)
    it(`${language}: ${text.slice(0, 50)}`, () => {
      const got = roles(text);
      expect(got.some((r) => r.startsWith('main:') && r.includes(main))).toBe(true);
      expect(got.filter((r) => r.startsWith('main:') && r.includes(earlier))).toEqual([]);
    });
});

// The report's own event after an earlier one, and 'as previously reported', stay main.
describe('the event the word does not date stays main', () => {
  const main: [string, string, string][] = [
    [
      'en',
      'Previously detained activist Sergei Morozov was sentenced to two years on Thursday.',
      'Morozov',
    ],
    [
      'en',
      'As previously reported, police detained Sergei Morozov in Moscow on Thursday.',
      'Morozov',
    ],
    ['ru', 'Как сообщалось ранее, полиция задержала Ивана Петрова в Москве.', 'Петров'],
    ['ru', 'Ранее задержанного Ивана Петрова суд приговорил к двум годам колонии.', 'Петров'],
    ['es', 'Como se informó anteriormente, la policía detuvo a Luis Gómez el jueves.', 'Gómez'],
    ['de', 'Der zuvor festgenommene Aktivist Jan Weber wurde am Donnerstag verurteilt.', 'Weber'],
  ];
  for (const [language, text, who] of main)
    it(`${language}: ${text.slice(0, 50)}`, () =>
      expect(roles(text).some((r) => r.startsWith('main:') && r.includes(who))).toBe(true));
});

// 'Earlier on Thursday' is the same day: not a reminder.
describe('the same day told earlier stays main', () => {
  const same: [string, string, string][] = [
    ['en', 'Earlier on Thursday, police detained Sergei Morozov in Moscow.', 'Morozov'],
    ['ru', 'В четверг полиция задержала Ивана Петрова в Москве.', 'Петров'],
  ];
  for (const [language, text, main] of same)
    it(`${language}: ${text.slice(0, 50)}`, () =>
      expect(roles(text).some((r) => r.startsWith('main:') && r.includes(main))).toBe(true));
});
