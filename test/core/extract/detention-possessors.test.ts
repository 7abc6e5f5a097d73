// A name that owns the noun before it is not held (issue 20): 'supporters of X', 'the team of
// X', 'штаба X', 'zwolenników X'. The person held is someone else, often unnamed; a name in
// apposition with the noun ('соратник Иван Жданов', 'her ally, X') still is. Reports in our own
// words.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const held = (text: string) =>
  extractReport({ text, publishedAt: '2025-03-14' })
    .detentions.filter((d) => d.role === 'main' && d.person)
    .map((d) => d.person!.name);

// [language, report, a word of the name held (or null), a word of the name not held]
const cases: [string, string, string | null, string][] = [
  [
    'en',
    'Police detained Sergei Morozov, a supporter of Alexei Navalny, in Moscow on Monday.',
    'Morozov',
    'Navalny',
  ],
  [
    'en',
    'Two supporters of opposition leader Maria Ortega were arrested in Caracas.',
    null,
    'Ortega',
  ],
  [
    'en',
    'Juan Perez, a member of the campaign of Pedro Soto, was sentenced to four years.',
    'Perez',
    'Soto',
  ],
  ['en', 'The wife of Ilya Yashin was detained at the airport on Friday.', null, 'Yashin'],
  [
    'en',
    'Security forces arrested three aides to former mayor Ekrem Demir in Ankara.',
    null,
    'Demir',
  ],
  [
    'es',
    'La policía detuvo a Luis Gómez, colaborador de Leopoldo Ramírez, en Caracas.',
    'Gómez',
    'Ramírez',
  ],
  [
    'es',
    'Dos partidarios de María Corina Pérez fueron detenidos el lunes en Valencia.',
    null,
    'Pérez',
  ],
  [
    'fr',
    'La police a arrêté le militant Pierre Lefèvre, un proche d’Alexeï Navalny, à Moscou.',
    'Lefèvre',
    'Navalny',
  ],
  ['fr', 'Trois partisans de Jean Dupont ont été condamnés à deux ans de prison.', null, 'Dupont'],
  [
    'it',
    'La polizia ha arrestato Marco Rossi, collaboratore di Luca Bianchi, a Minsk.',
    'Rossi',
    'Bianchi',
  ],
  ['pt', 'A polícia prendeu João Silva, aliado de Pedro Costa, em Luanda.', 'Silva', 'Costa'],
  [
    'de',
    'Die Polizei hat Jan Weber, einen Unterstützer von Anna Berg, in Minsk festgenommen.',
    'Weber',
    'Berg',
  ],
  [
    'ru',
    'В Москве задержали Ивана Петрова, волонтёра штаба Алексея Навального.',
    'Петров',
    'Навальн',
  ],
  ['ru', 'Суд арестовал двух сторонников Алексея Навального в Казани.', null, 'Навальн'],
  ['ru', 'Полиция задержала родственников Ильи Яшина в Москве.', null, 'Яшин'],
  ['ru', 'Сотрудника фонда Алексея Навального приговорили к трём годам колонии.', null, 'Навальн'],
  ['uk', 'У Києві затримали двох соратників Ігоря Коваленка.', null, 'Коваленк'],
  ['uk', 'Суд заарештував Олега Бондаренка, члена команди Віктора Шевчука.', 'Бондаренк', 'Шевчук'],
  ['be', 'Міліцыя затрымала прыхільнікаў Віктара Бабарыкі ў Мінску.', null, 'Бабарык'],
  [
    'be',
    'Суд асудзіў Андрэя Каваля, супрацоўніка штаба Віктара Бабарыкі, на тры гады.',
    'Кавал',
    'Бабарык',
  ],
  ['pl', 'Policja zatrzymała dwóch zwolenników Andrzeja Nowaka w Mińsku.', null, 'Nowak'],
  [
    'pl',
    'Policja zatrzymała Piotra Nowaka, współpracownika sztabu Andrzeja Kowala.',
    'Nowak',
    'Kowal',
  ],
];

describe('the owner of the noun before a name is not held', () => {
  for (const [language, text, yes, no] of cases)
    it(`${language}: ${text.slice(0, 50)}`, () => {
      const names = held(text);
      expect(names.filter((n) => n.includes(no))).toEqual([]);
      if (yes) expect(names.some((n) => n.includes(yes))).toBe(true);
    });
});

// A name in apposition with the noun is the person held, and an event noun's owner is its patient.
const apposition: [string, string, string][] = [
  ['ru', 'В Москве задержан соратник Навального Иван Жданов.', 'Жданов'],
  ['en', 'Selin Kaya and her ally Ekrem Demir were arrested on Monday.', 'Demir'],
  ['en', 'The arrest of Ilya Yashin was condemned abroad; he was detained on Monday.', 'Yashin'],
  ['ru', 'Суд продлил арест Ильи Яшина на два месяца.', 'Яшин'],
  ['pl', 'Sąd skazał Andrzeja Nowaka na dwa lata więzienia.', 'Nowak'],
  ['es', 'La policía detuvo a Leopoldo Ramírez y a su colaborador Luis Gómez.', 'Ramírez'],
];

describe('apposition and event nouns keep their person', () => {
  for (const [language, text, yes] of apposition)
    it(`${language}: ${text.slice(0, 50)}`, () =>
      expect(held(text).some((n) => n.includes(yes))).toBe(true));
});
