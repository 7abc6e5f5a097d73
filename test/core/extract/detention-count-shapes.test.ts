// Unnamed counts of detained people read by the shape of their sentence (issue 20): which event
// a count belongs to in languages whose verb ends the clause, number words in the case a verb
// governs (Slavic dative, genitive, instrumental), and a bounded period that is no running total.
// Reports in our own words.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const counts = (text: string, publishedAt = '2025-03-14') =>
  extractReport({ text, publishedAt })
    .detentions.filter((d) => d.role === 'main' && !d.person && d.count)
    .map((d) => `${d.kind}:${d.count!.value}`);

describe('a count in a verb-final language takes the verb after it', () => {
  // The event word before the count is a participle describing the group.
  const cases: [string, string, string[]][] = [
    ['tr', 'Geçen yıl tutuklanan 4 gazeteci dün 3 yıl hapis cezasına çarptırıldı.', ['sentence:4']],
    [
      'tr',
      'Kasım ayında gözaltına alınan beş gazeteci Ankara’da ikişer yıl hapis cezasına çarptırıldı.',
      ['sentence:5'],
    ],
    [
      'tr',
      'Protestolarda gözaltına alınan 12 öğrenci hakkında İstanbul’da dava açıldı.',
      ['charge:12'],
    ],
    [
      'tr',
      'Ocak ayında tutuklanan 6 sanık hakkında verilen 4 yıl hapis cezası istinaf mahkemesince onandı.',
      ['sentence:6'],
    ],
    ['tr', 'Polis dün sabah Diyarbakır’da 9 kişiyi gözaltına aldı.', ['arrest:9']],
    [
      'az',
      'Keçən il həbs olunmuş 3 jurnalist Bakı məhkəməsində 6 il müddətinə azadlıqdan məhrum edildi.',
      ['sentence:3'],
    ],
    ['az', 'Bakıda polis tərəfindən 7 fəal saxlanıldı.', ['arrest:7']],
    [
      'hy',
      'Անցյալ ամիս ձերբակալված 5 ակտիվիստ երեկ դատապարտվեցին երկու տարվա ազատազրկման։',
      ['sentence:5'],
    ],
    ['bn', 'গত মাসে আটক ৪ সাংবাদিককে আদালত দুই বছরের কারাদণ্ড দিয়েছেন।', ['sentence:4']],
  ];
  for (const [language, text, want] of cases)
    it(`${language}: ${text.slice(0, 40)}`, () => expect(counts(text)).toEqual(want));

  // Where the verb comes first, the event word before the count is the count's own verb.
  const svo: [string, string, string[]][] = [
    ['en', 'Police arrested 14 protesters in Tbilisi on Tuesday night.', ['arrest:14']],
    ['es', 'La policía detuvo a 23 manifestantes en Caracas el lunes.', ['arrest:23']],
    ['ru', 'Суд в Минске приговорил 6 активистов к трём годам колонии.', ['sentence:6']],
  ];
  for (const [language, text, want] of svo)
    it(`${language}: ${text.slice(0, 40)}`, () => expect(counts(text)).toEqual(want));
});

describe('a number word in the case its verb governs counts people', () => {
  const cases: [string, string, string[]][] = [
    ['uk', 'Трьом журналістам суд у Сімферополі дав по 12 років позбавлення волі.', ['sentence:3']],
    ['uk', 'У Ростові-на-Дону оголосили вирок чотирьом активістам з Криму.', ['sentence:4']],
    ['uk', 'Суд засудив двом активістам по п’ять років колонії.', ['sentence:2']],
    ['ru', 'Суд в Бишкеке осудил четырёх бывших журналистов на пять лет.', ['sentence:4']],
    ['ru', 'Пятерым активистам суд в Гомеле дал по три года колонии.', ['sentence:5']],
    ['ru', 'Полиция задержала четырёх активистов у здания суда.', ['arrest:4']],
    ['be', 'Суд у Гомелі прысудзіў чатыром журналістам па тры гады калоніі.', ['sentence:4']],
    [
      'pl',
      'Sąd w Mińsku skazał czterem dziennikarzom wyroki po trzy lata kolonii.',
      ['sentence:4'],
    ],
  ];
  for (const [language, text, want] of cases)
    it(`${language}: ${text.slice(0, 40)}`, () => expect(counts(text)).toEqual(want));
});

const recognised = (text: string) =>
  extractReport({ text, publishedAt: '2025-03-14' })
    .detentions.filter((d) => d.role === 'main' && d.person)
    .map((d) => `${d.kind}:${d.person!.name}`);

describe('putting people on a list, read from its verb and the word list', () => {
  const cases: [string, string, string[]][] = [
    [
      'ru',
      'Правозащитный центр «Мемориал» внес в свои списки политзаключенных журналиста Ивана Сидорова.',
      ['recognition:Ивана Сидорова'],
    ],
    [
      'ru',
      'Также списки политзаключенных пополнили активисты Олег Зайцев и Мария Орлова.',
      ['recognition:Олег Зайцев', 'recognition:Мария Орлова'],
    ],
    [
      'ru',
      '«Мемориал» включил в обновлённые списки политических заключённых фигурантов дела о госизмене Петра Лебедева и Анну Смирнову.',
      ['recognition:Петра Лебедева', 'recognition:Анну Смирнову'],
    ],
    [
      'uk',
      'Правозахисники внесли до свого списку політв’язнів журналіста Тараса Бойка.',
      ['recognition:Тараса Бойка'],
    ],
    [
      'be',
      'Праваабарончы цэнтр «Вясна» ўнёс у свой спіс палітвязняў журналіста Андрэя Куліка.',
      ['recognition:Андрэя Куліка'],
    ],
    [
      'pl',
      'Centrum „Wiasna” wpisało na swoją listę więźniów politycznych dziennikarza Andrzeja Poczobuta.',
      ['recognition:Andrzeja Poczobuta'],
    ],
    [
      'en',
      'Memorial added the journalist Ivan Sidorov to its list of political prisoners on Monday.',
      ['recognition:Ivan Sidorov'],
    ],
    [
      'es',
      'Foro Penal incluyó en su lista de presos políticos al sindicalista Pedro Ramírez Soto.',
      ['recognition:Pedro Ramírez Soto'],
    ],
    [
      'fr',
      'L’association a ajouté le blogueur Karim Tabbou à sa liste des prisonniers politiques.',
      ['recognition:Karim Tabbou'],
    ],
    [
      'de',
      'Memorial hat den Journalisten Igor Baranow in seine Liste der politischen Gefangenen aufgenommen.',
      ['recognition:Igor Baranow'],
    ],
    [
      'it',
      'Memorial ha inserito nella sua lista dei prigionieri politici il giornalista Ivan Sidorov.',
      ['recognition:Ivan Sidorov'],
    ],
    [
      'pt',
      'A organização incluiu na sua lista de presos políticos o jornalista Pedro Gomes Silva.',
      ['recognition:Pedro Gomes Silva'],
    ],
    [
      'tr',
      'Gazeteci Ahmet Yıldız dün siyasi tutuklular listesine eklendi.',
      ['recognition:Ahmet Yıldız'],
    ],
  ];
  for (const [language, text, want] of cases)
    it(`${language}: ${text.slice(0, 40)}`, () => expect(recognised(text)).toEqual(want));

  it('reads no putting where the list only holds people or a verb has no list', () => {
    expect(
      recognised(
        'The list of political prisoners includes 1,300 people, among them the lawyer Maxim Znak.',
      ),
    ).toEqual([]);
    expect(
      recognised('Список политзаключенных включает 1300 человек, среди них Максим Знак.'),
    ).toEqual([]);
    expect(
      recognised('The political prisoner Maxim Znak was put in a punishment cell on Monday.'),
    ).toEqual([]);
  });
});

describe('a bounded period is no running total', () => {
  it('counts the people of "from May to July" in Russian', () => {
    expect(
      counts('С июня по июль суды в Гродно осудили не менее восьми человек.', '2025-06-30'),
    ).toEqual(['sentence:8']);
    expect(counts('С июня по июль суд в Минске осудил 14 человек.', '2025-06-30')).toEqual([
      'sentence:14',
    ]);
  });

  it('still reads "since May" as a running total', () => {
    expect(counts('С мая власти задержали уже 300 человек.')).toEqual([]);
    expect(counts('Since January police have arrested 300 people in the capital.')).toEqual([]);
  });
});

describe('Georgian: a detention imposed is a verdict, a pretrial one an arrest', () => {
  const read = (text: string) =>
    extractReport({ text, publishedAt: '2026-03-09' })
      .detentions.filter((d) => d.role === 'main')
      .map((d) => `${d.kind}:${d.person?.name ?? d.count?.value}:${d.sentence?.days ?? '-'}`);
  it('reads an administrative detention imposed on someone as a verdict with its days', () => {
    expect(
      read('სასამართლომ აქტივისტ გიორგი ბერიძეს 10-დღიანი ადმინისტრაციული პატიმრობა შეუფარდა.'),
    ).toEqual(['sentence:გიორგი ბერიძეს:10']);
    expect(read('ნიკა ლომიძეს 15-დღიანი პატიმრობა შეეფარდა.')).toEqual([
      'sentence:ნიკა ლომიძეს:15',
    ]);
    expect(read('მოსამართლემ აქტივისტი თამარ ჯაფარიძე 20-დღიან პატიმრობაში გაუშვა.')).toEqual([
      'sentence:თამარ ჯაფარიძე:20',
    ]);
  });

  it('reads pretrial detention as an arrest, and bail as nothing', () => {
    expect(read('მოსამართლემ ლევან ხუციშვილს წინასწარი პატიმრობა შეუფარდა.')).toEqual([
      'arrest:ლევან ხუციშვილს:-',
    ]);
    expect(read('დავით კაპანაძეს გირაო შეეფარდა.')).toEqual([]);
  });

  it('reads a number glued to its unit, and a doubled one as each', () => {
    expect(read('სასამართლომ გიორგი ბერიძეს ოთხდღიანი პატიმრობა შეუფარდა.')).toEqual([
      'sentence:გიორგი ბერიძეს:4',
    ]);
    expect(
      read(
        'აქტივისტებს ნიკა ლომიძეს და ლევან ხუციშვილს მოსამართლემ ადმინისტრაციული პატიმრობა შეუფარდა. ორივეს ხუთ-ხუთდღიანი პატიმრობა შეეფარდა.',
      ),
    ).toEqual(['sentence:ნიკა ლომიძეს:5', 'sentence:ლევან ხუციშვილს:5']);
    // A sentence with no event word gives its term to the verdict just before.
    expect(
      read(
        'აქტივისტებს ნიკა ლომიძეს და ლევან ხუციშვილს მოსამართლემ ადმინისტრაციული პატიმრობა შეუფარდა. ორივეს სამ-სამდღიანი პატიმრობა მიიღეს.',
      ),
    ).toEqual(['sentence:ნიკა ლომიძეს:3', 'sentence:ლევან ხუციშვილს:3']);
    // 'four or five days' is no one term.
    expect(read('ნიკა ლომიძეს ოთხ-ხუთდღიანი პატიმრობა შეეფარდა.')).toEqual([
      'sentence:ნიკა ლომიძეს:-',
    ]);
  });

  it('does not read the judge who imposed it as held', () => {
    expect(
      read(
        'მოსამართლე გიორგი არაბიძის გადაწყვეტილებით აქტივისტ ნიკა ლომიძეს 20-დღიანი პატიმრობა შეეფარდა.',
      ),
    ).toEqual(['sentence:ნიკა ლომიძეს:20']);
    expect(read('ლევან ხუციშვილს 8-დღიანი პატიმრობა შეუფარდა მოსამართლე გიორგი არაბიძემ.')).toEqual(
      ['sentence:ლევან ხუციშვილს:8'],
    );
  });
});

describe('found guilty is a verdict', () => {
  const kinds = (text: string) =>
    extractReport({ text, publishedAt: '2025-03-14' })
      .detentions.filter((d) => d.role === 'main')
      .map((d) => `${d.kind}:${d.person?.name ?? d.count?.value}`);
  const cases: [string, string, string[]][] = [
    [
      'en',
      'Ihar Losik was found guilty of extremism by a court in Minsk.',
      ['sentence:Ihar Losik'],
    ],
    [
      'fr',
      'Environ 30 accusés ont été reconnus coupables d’intelligence avec une puissance étrangère.',
      ['sentence:30'],
    ],
    [
      'fr',
      'Le blogueur Karim Tabbou a été jugé coupable d’atteinte à l’unité nationale.',
      ['sentence:Karim Tabbou'],
    ],
    [
      'es',
      'El activista Pedro Ramírez Soto fue declarado culpable de instigación.',
      ['sentence:Pedro Ramírez Soto'],
    ],
    [
      'it',
      'Il giornalista Marco Bellini è stato riconosciuto colpevole di diffamazione.',
      ['sentence:Marco Bellini'],
    ],
    [
      'pt',
      'O sindicalista Pedro Gomes Silva foi considerado culpado de conspiração.',
      ['sentence:Pedro Gomes Silva'],
    ],
    [
      'de',
      'Der Blogger Igor Baranow wurde wegen Extremismus schuldig gesprochen.',
      ['sentence:Igor Baranow'],
    ],
    [
      'ru',
      'Четверых журналистов суд в Бишкеке признал виновными в призывах к беспорядкам.',
      ['sentence:4'],
    ],
    [
      'pl',
      'Sąd uznał za winnego dziennikarza Andrzeja Poczobuta.',
      ['sentence:Andrzeja Poczobuta'],
    ],
    [
      'tr',
      'Gazeteci Ahmet Yıldız terör propagandasından suçlu bulundu.',
      ['sentence:Ahmet Yıldız'],
    ],
  ];
  for (const [language, text, want] of cases)
    it(`${language}: ${text.slice(0, 40)}`, () => expect(kinds(text)).toEqual(want));

  it('keeps a recognition as a political prisoner a recognition', () => {
    expect(kinds('Правозащитники признали политзаключенным журналиста Ивана Сидорова.')).toEqual([
      'recognition:Ивана Сидорова',
    ]);
  });
});

describe('a count the people are among is a larger group, not the event', () => {
  const cases: [string, string, string[]][] = [
    ['en', 'They were among more than 40 people arrested at a rally in Tehran on May 2.', []],
    ['de', 'Die Inhaftierten gehören zu den 47 Aktivisten, die 2021 angeklagt wurden.', []],
    ['fr', 'Ils figurent parmi les 25 militants condamnés en mars par le tribunal.', []],
    ['es', 'Ambos están entre los 30 manifestantes detenidos durante la protesta del lunes.', []],
    ['ru', 'Они оказались среди 40 человек, задержанных на акции у здания суда.', []],
    ['it', 'Sono tra i 12 attivisti arrestati dalla polizia durante il corteo.', []],
    ['pl', 'Są wśród 20 osób zatrzymanych w czasie protestu w Mińsku.', []],
    // Not 'among': the count is the event's.
    ['en', 'Police arrested more than 40 people at a rally in Tehran on Monday.', ['arrest:40']],
  ];
  for (const [language, text, want] of cases)
    it(`${language}: ${text.slice(0, 40)}`, () => expect(counts(text)).toEqual(want));
});

describe('protest participants counted in Armenian and Georgian', () => {
  it('counts demonstrators and participants detained', () => {
    expect(counts('პოლიციამ რუსთაველის გამზირზე 24 დემონსტრანტი დააკავა.')).toEqual(['arrest:24']);
    expect(counts('აქციის 12 მონაწილე პოლიციამ დააკავა.')).toEqual(['arrest:12']);
    expect(counts('Երևանում ոստիկանությունը ձերբակալել է բողոքի ակցիայի 14 մասնակցի։')).toEqual([
      'arrest:14',
    ]);
    expect(counts('Ակցիայի շուրջ 60 մասնակից բերման է ենթարկվել։')).toEqual(['arrest:60']);
  });
});
