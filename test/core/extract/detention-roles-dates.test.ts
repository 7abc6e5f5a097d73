// Who is held and when (issue 20, det39): reports in our own words, written before dev was read.
// Dates: the date in the clause of the event's verb, a dateline, the trial day for a verdict, a
// day and month with no year left undated rather than guessed. People: the one arrested or
// sentenced, not the judge, lawyer, relative, organisation or speaker; Ukrainian case endings,
// Persian names with ezafe and zero-width non-joiners, Italian 'condannato a N anni' with the
// name before or after.
import { describe, expect, it } from 'vitest';
import { sameName } from '../../../bench/real/score.ts';
import { extractReport } from '../../../src/core/extract/index.ts';

const mains = (text: string, publishedAt?: string) =>
  extractReport({ text, ...(publishedAt ? { publishedAt } : {}) }).detentions.filter(
    (d) => d.role === 'main' && d.person,
  );

// [id, report, published or '', kind, name, date or null]
const dated: [string, string, string, string, string, string | null][] = [
  [
    'en-clause',
    'The court in Minsk sentenced Ivan Petrov to five years on 3 March 2023. Police had detained him in June 2021.',
    '',
    'sentence',
    'Ivan Petrov',
    '2023-03-03',
  ],
  [
    'ru-court-date',
    'Суд 14 февраля 2024 года приговорил Анну Иванову к трем годам колонии общего режима.',
    '',
    'sentence',
    'Анну Иванову',
    '2024-02-14',
  ],
  [
    'uk-dateline',
    'Київ, 5 березня 2024 року. Учора поліція затримала активіста Олега Коваленка біля будівлі суду.',
    '',
    'arrest',
    'Олега Коваленка',
    '2024-03-04',
  ],
  [
    'fr-weekday-unanchored',
    'Arrêté le 3 juin 2022, le militant Paul Lambert a été condamné mardi à quatre ans de prison.',
    '',
    'sentence',
    'Paul Lambert',
    null,
  ],
  [
    'es-hearing',
    'El juicio contra el periodista Pedro Soto se celebró el 12 de mayo de 2023 en Managua. El tribunal lo condenó a seis años de prisión.',
    '',
    'sentence',
    'Pedro Soto',
    '2023-05-12',
  ],
  [
    'de-fronted',
    'Am 7. April 2023 verurteilte ein Gericht in Moskau den Journalisten Pavel Sokolov zu acht Jahren Haft.',
    '',
    'sentence',
    'Pavel Sokolov',
    '2023-04-07',
  ],
  [
    'it-fronted',
    'Il 9 novembre 2022 il tribunale di Teheran ha condannato a 5 anni di carcere Marco Rossi.',
    '',
    'sentence',
    'Marco Rossi',
    '2022-11-09',
  ],
  [
    'pl-no-year',
    'Sąd w Grodnie skazał 5 marca działacza Jana Nowaka na trzy lata kolonii karnej.',
    '',
    'sentence',
    'Jana Nowaka',
    null,
  ],
  [
    'tr-tarihinde',
    'Gazeteci Ahmet Yılmaz 15 Ocak 2024 tarihinde İstanbul’da gözaltına alındı.',
    '',
    'arrest',
    'Ahmet Yılmaz',
    '2024-01-15',
  ],
  [
    'pt-dateline-vs-clause',
    'Luanda, 10 de março de 2024 – O jornalista Rui Costa foi detido em 2 de março pela polícia.',
    '',
    'arrest',
    'Rui Costa',
    '2024-03-02',
  ],
  [
    'en-background-relative',
    'Ivan Petrov, who took part in the protests of August 2020, was sentenced on Tuesday to three years.',
    '2023-03-09',
    'sentence',
    'Ivan Petrov',
    '2023-03-07',
  ],
  [
    'en-background-absolute',
    'Ivan Petrov, who took part in the protests of August 2020, was sentenced on 7 March 2023 to three years.',
    '',
    'sentence',
    'Ivan Petrov',
    '2023-03-07',
  ],
  [
    'be-dateline-today',
    'Мінск, 12.04.2023. Сёння суд асудзіў палітвязня Мікалая Статкевіча да пяці гадоў.',
    '',
    'sentence',
    'Мікалая Статкевіча',
    '2023-04-12',
  ],
  [
    'ru-hearing',
    'Судебное заседание по делу блогера Ивана Петрова прошло 12 марта 2024 года в Минске. Суд приговорил Ивана Петрова к пяти годам колонии.',
    '',
    'sentence',
    'Ивана Петрова',
    '2024-03-12',
  ],
  [
    'tr-hearing',
    'Gazeteci Ahmet Yılmaz hakkındaki duruşma 20 Şubat 2024 tarihinde İstanbul’da yapıldı. Mahkeme, gazeteci Ahmet Yılmaz’a 3 yıl hapis cezası verdi.',
    '',
    'sentence',
    'Ahmet Yılmaz',
    '2024-02-20',
  ],
  [
    'ar-hearing',
    'عقدت محكمة الجنايات جلسة محاكمة الناشط أحمد سعيد يوم 10 أبريل 2023. وقضت المحكمة بسجن الناشط أحمد سعيد خمس سنوات.',
    '',
    'sentence',
    'أحمد سعيد',
    '2023-04-10',
  ],
];

describe('the date of a detention', () => {
  for (const [id, text, pub, kind, name, date] of dated)
    it(id, () => {
      const got = mains(text, pub || undefined);
      const shown = JSON.stringify(got.map((d) => [d.kind, d.person!.name, d.date?.value]));
      const d = got.find((x) => x.kind === kind && sameName(x.person!.name, [name]));
      expect(d, shown).toBeDefined();
      expect(d!.date?.value ?? null, shown).toBe(date);
    });
});

// [id, report, names held, names not held]
const roles: [string, string, string[], string[]][] = [
  [
    'en-judge',
    'Judge Alice Brown sentenced the blogger Tom Green to four years in prison.',
    ['Tom Green'],
    ['Alice Brown'],
  ],
  [
    'es-judge',
    'El juez Carlos Ruiz condenó a la activista Ana López a ocho años de prisión.',
    ['Ana López'],
    ['Carlos Ruiz'],
  ],
  [
    'pl-judge',
    'Sędzia Anna Kowalska skazała dziennikarza Piotra Nowaka na trzy lata więzienia.',
    ['Piotra Nowaka'],
    ['Anna Kowalska'],
  ],
  [
    'fr-lawyer',
    'Marie Dubois a été condamnée à trois ans de prison, a annoncé son avocat, Jean Petit.',
    ['Marie Dubois'],
    ['Jean Petit'],
  ],
  [
    'de-lawyer',
    'Die Aktivistin Jana Weber wurde zu zwei Jahren Haft verurteilt, sagte ihre Anwältin Petra Klein.',
    ['Jana Weber'],
    ['Petra Klein'],
  ],
  [
    'uk-cases',
    'Суд засудив журналіста Андрія Бондаренка до семи років позбавлення волі.',
    ['Андрія Бондаренка'],
    [],
  ],
  [
    'uk-lawyer',
    'Адвокатка Марія Шевченко повідомила, що її підзахисного Андрія Бондаренка заарештували в Сімферополі.',
    ['Андрія Бондаренка'],
    ['Марія Шевченко'],
  ],
  [
    'uk-mother',
    'Окупанти затримали кримського татарина Ескендера Умерова, розповіла його мати Ельвіра Умерова.',
    ['Ескендер Умеров'],
    ['Ельвіра Умерова'],
  ],
  ['fa-ra', 'نیروهای امنیتی مهسا کریمی را در تهران بازداشت کردند.', ['مهسا کریمی'], []],
  [
    'fa-zwnj',
    'دادگاه انقلاب محمد‌حسین رحیمی را به پنج سال زندان محکوم کرد.',
    ['محمد‌حسین رحیمی'],
    [],
  ],
  [
    'fa-lawyer',
    'امیر رئیسیان، وکیل این فعال، گفت دادگاه سپیده رشنو را به پنج سال زندان محکوم کرده است.',
    ['سپیده رشنو'],
    ['امیر رئیسیان'],
  ],
  [
    'fa-ezafe-spouse',
    'رضا خندان، همسر نسرین ستوده، در تهران بازداشت شد.',
    ['رضا خندان'],
    ['نسرین ستوده'],
  ],
  [
    'it-name-before',
    "L'attivista Marco Rossi è stato condannato a 6 anni di carcere dal tribunale di Teheran.",
    ['Marco Rossi'],
    [],
  ],
  [
    'it-name-after',
    'Il tribunale di Minsk ha condannato a 4 anni il giornalista Luca Bianchi.',
    ['Luca Bianchi'],
    [],
  ],
  [
    'it-judge-lawyer',
    "Il giudice Mario Conti ha condannato Paolo Neri a tre anni, ha riferito l'avvocata Giulia Verdi.",
    ['Paolo Neri'],
    ['Mario Conti', 'Giulia Verdi'],
  ],
  [
    'tr-judge',
    "Hakim Mehmet Demir, gazeteci Ayşe Kaya'yı 3 yıl hapis cezasına çarptırdı.",
    ['Ayşe Kaya'],
    ['Mehmet Demir'],
  ],
  [
    'ar-lawyer',
    'قال المحامي خالد علي إن المحكمة قضت بسجن الناشط أحمد سعيد خمس سنوات.',
    ['أحمد سعيد'],
    ['خالد علي'],
  ],
  [
    'ru-speaker-org',
    'Правозащитник Олег Орлов сообщил, что суд арестовал активиста Илью Миронова на два месяца.',
    ['Илью Миронова'],
    ['Олег Орлов'],
  ],
  [
    'pt-speaker',
    'O jornalista João Silva foi condenado a cinco anos de prisão, disse o advogado Pedro Santos.',
    ['João Silva'],
    ['Pedro Santos'],
  ],
  [
    'fa-judge',
    'دادگاه انقلاب به ریاست قاضی محمد مقیسه، نرگس محمدی را به شش سال زندان محکوم کرد.',
    ['نرگس محمدی'],
    ['محمد مقیسه'],
  ],
  [
    'ar-judge',
    'وقضى القاضي محمد شيرين فهمي بسجن الناشط علاء عبد الفتاح خمس سنوات.',
    ['علاء عبد الفتاح'],
    ['محمد شيرين فهمي'],
  ],
  [
    'fa-compound',
    'نیروهای امنیتی علیرضا کرمی و محمدرضا نوری را در شیراز بازداشت کردند.',
    ['علیرضا کرمی', 'محمدرضا نوری'],
    [],
  ],
  [
    'en-they-are-list',
    'A court in Gomel on Monday sentenced four activists to prison terms. They are:\n- Ivan Petrov\n- Olga Sidorova\n- Pavel Orlov\n- Anna Belova',
    ['Ivan Petrov', 'Olga Sidorova', 'Pavel Orlov', 'Anna Belova'],
    [],
  ],
  [
    'ru-list-after-count',
    'Суд в Гомеле приговорил четырёх активистов к срокам от двух до пяти лет. Это:\n- Иван Петров\n- Ольга Сидорова\n- Павел Орлов',
    ['Иван Петров', 'Ольга Сидорова', 'Павел Орлов'],
    [],
  ],
  [
    'ar-list-after-count',
    'وقضت المحكمة بسجن عدد من الناشطين خمس سنوات. وهم كل من:\n- محمد سعيد حسن\n- أحمد سعيد الكردي\n- خالد عمر الشامي',
    ['محمد سعيد حسن', 'أحمد سعيد الكردي', 'خالد عمر الشامي'],
    [],
  ],
  [
    'es-list-after-count',
    'La policía detuvo el martes a tres periodistas en Managua. Son los siguientes:\n- Pedro Ruiz\n- Ana Gómez\n- Luis Soto',
    ['Pedro Ruiz', 'Ana Gómez', 'Luis Soto'],
    [],
  ],
];

describe('who is held', () => {
  for (const [id, text, held, not] of roles)
    it(id, () => {
      const names = mains(text, '2024-03-14').map((d) => d.person!.name);
      for (const n of held)
        expect(
          names.some((x) => sameName(x, [n])),
          `${n} in ${names}`,
        ).toBe(true);
      for (const n of not)
        expect(
          names.some((x) => sameName(x, [n])),
          `${n} in ${names}`,
        ).toBe(false);
    });
});
