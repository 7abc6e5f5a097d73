// Go-betweens in the frames the world's press names them, in the languages (issue 13,
// med40): a mediation noun and the state it governs, the subject of a go-between's verb or of
// 'acted as mediator', thanks for mediation, a cue after its genitive (hu, az, ka), envoys by
// office, envoys named in Arabic, Persian and Chinese letters; and sentences that name only the
// sides, a country merely mentioned, or thanks for something else. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/core/extract/lexicons/index.ts';
import { findMediators } from '../../../src/core/extract/mediators.ts';

const names = (text: string, language: string) =>
  findMediators(text, lexiconFor([language])).map((m) => m.name);

// [language, sentence, the go-betweens read, as written there]
const FOUND: [string, string, string[]][] = [
  ['en', 'Kuwait helped mediate the handover of the two sailors, a spokesman said.', ['Kuwait']],
  ['en', 'The detainees walked free following the intercession of the Vatican.', ['Vatican']],
  ['en', 'The captives were handed to the ICRC, which acted as a neutral intermediary.', ['ICRC']],
  [
    'en',
    'Norway acted as a go-between in the talks that freed the opposition leaders.',
    ['Norway'],
  ],
  ['en', 'The Emir of Qatar thanked Algeria for its mediation in the release.', ['Algeria']],
  ['en', 'Under a deal mediated by Switzerland, the two engineers flew home.', ['Switzerland']],
  ['en', 'The journalist was freed through the good offices of Hungary.', ['Hungary']],
  ['es', 'Los presos salieron en libertad tras la intercesión de la Santa Sede.', ['Santa Sede']],
  [
    'es',
    'Noruega actuó como facilitador del diálogo que llevó a las excarcelaciones.',
    ['Noruega'],
  ],
  ['es', 'La liberación fue posible gracias a la intervención de Brasil.', ['Brasil']],
  [
    'es',
    'El gobierno agradeció a Colombia su mediación en la liberación de los rehenes.',
    ['Colombia'],
  ],
  ['fr', 'Les deux otages ont été libérés grâce à la médiation du Qatar.', ['Qatar']],
  ['fr', "L'Algérie a servi d'intermédiaire dans l'échange des prisonniers.", ['Algérie']],
  ['fr', "Paris a remercié Oman pour sa médiation dans la libération de l'humanitaire.", ['Oman']],
  ['fr', "La libération a été obtenue par l'entremise du Vatican.", ['Vatican']],
  ['it', "I due cooperanti sono stati liberati grazie alla mediazione dell'Oman.", ['Oman']],
  ['it', 'Lo scambio è avvenuto con la mediazione della Turchia.', ['Turchia']],
  ['it', 'La Norvegia ha fatto da mediatrice nei colloqui sulla liberazione.', ['Norvegia']],
  ['de', 'Oman trat als Vermittler auf, als die beiden Franzosen freigelassen wurden.', ['Oman']],
  ['pt', 'Os presos foram libertados graças à mediação do Vaticano.', ['Vaticano']],
  ['pt', 'O Catar atuou como mediador na troca de prisioneiros.', ['Catar']],
  ['ru', 'Катар выступил посредником в переговорах об освобождении детей.', ['Катар']],
  ['ru', 'Президент поблагодарил Турцию за посредничество в обмене пленными.', ['Турцию']],
  ['ru', 'Спецпосланник США Адам Белер провёл переговоры об освобождении.', ['Адам Белер']],
  ['uk', 'Обмін відбувся завдяки посередництву Катару.', ['Катару']],
  ['uk', 'Туреччина виступила посередником у переговорах про звільнення.', ['Туреччина']],
  ['uk', 'Президент подякував Катару за посередництво у поверненні дітей.', ['Катару']],
  ['be', 'Палітвязняў вызвалілі пры пасярэдніцтве Злучаных Штатаў.', ['Злучаных Штатаў']],
  ['be', 'Вызваленне стала магчымым дзякуючы намаганням Літвы.', ['Літвы']],
  ['pl', 'Więźniowie zostali uwolnieni za pośrednictwem Watykanu.', ['Watykanu']],
  ['pl', 'Prezydent podziękował Katarowi za mediację w uwolnieniu zakładników.', ['Katarowi']],
  [
    'lt',
    'Kaliniai buvo paleisti tarpininkaujant Jungtinėms Valstijoms.',
    ['Jungtinėms Valstijoms'],
  ],
  ['lt', 'Mainai įvyko Vatikano tarpininkavimu.', ['Vatikano']],
  ['hr', 'Zatvorenici su pušteni posredovanjem Vatikana.', ['Vatikana']],
  ['hr', 'Razmjena je obavljena uz posredovanje Turske.', ['Turske']],
  ['sr', 'Затвореници су пуштени уз посредовање Турске.', ['Турске']],
  ['hr', 'Katar je posredovao u razmjeni zarobljenika.', ['Katar']],
  ['sl', 'Ujetnike so izpustili s posredovanjem Vatikana.', ['Vatikana']],
  ['sl', 'Izmenjava je potekala ob posredovanju Turčije.', ['Turčije']],
  ['hu', 'A foglyokat a Vatikán közvetítésével engedték szabadon.', ['Vatikán']],
  ['hu', 'A cserét Törökország közreműködésével bonyolították le.', ['Törökország']],
  ['tr', "Esirler Katar'ın arabuluculuğuyla serbest bırakıldı.", ['Katar']],
  ['tr', 'Takas Türkiye aracılığıyla gerçekleşti.', ['Türkiye']],
  ['az', 'Əsirlər Qətərin vasitəçiliyi ilə azad edildi.', ['Qətər']],
  ['ka', 'პატიმრები ვატიკანის შუამავლობით გაათავისუფლეს.', ['ვატიკანის']],
  ['ar', 'تم تبادل الأسرى بوساطة قطر.', ['قطر']],
  ['ar', 'أعلنت قطر أنها توسطت في الإفراج عن الرهائن.', ['قطر']],
  ['ar', 'وأفرج عن الصحفي بعد تدخل من الكويت.', ['الكويت']],
  ['ar', 'وصل المبعوث الأمريكي آدم بوهلر إلى كابول لبحث الإفراج عن الرهائن.', ['آدم بوهلر']],
  ['ar', 'وأعلن مبعوث الرئيس الأمريكي لشؤون الرهائن آدم بوهلر عن الإفراج.', ['آدم بوهلر']],
  ['fa', 'عمان میان دو کشور میانجیگری کرد و زندانیان آزاد شدند.', ['عمان']],
  ['fa', 'مبادله زندانیان با میانجیگری سوئیس انجام شد.', ['سوئیس']],
  ['fa', 'فرستاده ویژه آمریکا آدام بولر برای آزادی زندانیان به کابل سفر کرد.', ['آدام بولر']],
  ['zh', '卡塔尔在此次换囚中担任调解人。', ['卡塔尔']],
  ['zh', '梵蒂冈促成了这批囚犯的释放。', ['梵蒂冈']],
  ['zh', '经阿曼调解，两名人质获释。', ['阿曼']],
  ['zh', '美国人质事务特使亚当·博勒参与了谈判。', ['亚当·博勒']],
  [
    'en',
    'Qatar, acting as mediator, announced that the four children were back with their families.',
    ['Qatar'],
  ],
  [
    'en',
    'The swap was the latest to be mediated by the United Arab Emirates.',
    ['United Arab Emirates'],
  ],
  [
    'es',
    'Los Emiratos Árabes Unidos, que ejercieron de mediadores, confirmaron el canje.',
    ['Emiratos Árabes Unidos'],
  ],
  [
    'fr',
    "L'échange a eu lieu grâce à une médiation des Émirats arabes unis.",
    ['Émirats arabes unis'],
  ],
  [
    'it',
    'Lo scambio è avvenuto grazie alla mediazione degli Emirati Arabi Uniti.',
    ['Emirati Arabi Uniti'],
  ],
  [
    'pt',
    'A troca de prisioneiros foi mediada pelos Emirados Árabes Unidos.',
    ['Emirados Árabes Unidos'],
  ],
  ['ru', 'Обмен прошёл при посреднической роли ОАЭ.', ['ОАЭ']],
  ['ru', 'Обмен стал возможен благодаря эмиратскому посредничеству.', ['ОАЭ']],
  ['ar', 'توسطت الإمارات في صفقة تبادل الأسرى بين البلدين.', ['الإمارات']],
  ['zh', '阿联酋从中斡旋，双方交换了战俘。', ['阿联酋']],
  ['ar', 'شكر الرئيس قطر على وساطتها في الإفراج عن المعتقلين.', ['قطر']],
  ['ar', 'وشكرت الحكومة قطر ومصر على وساطتهما في صفقة التبادل.', ['قطر', 'مصر']],
  ['fa', 'وزیر خارجه از عمان برای میانجیگری در آزادی زندانیان تشکر کرد.', ['عمان']],
  [
    'en',
    'The hostages were freed with the help of Qatari and Egyptian mediators.',
    ['Qatar', 'Egypt'],
  ],
  [
    'en',
    'Mediators Qatar and Egypt said the next release would take place on Saturday.',
    ['Qatar', 'Egypt'],
  ],
  [
    'en',
    'The release was part of a deal brokered by Qatar, Egypt and the United States.',
    ['Qatar', 'Egypt', 'United States'],
  ],
  [
    'es',
    'Los mediadores Catar y Egipto anunciaron una nueva liberación de rehenes.',
    ['Catar', 'Egipto'],
  ],
  [
    'ru',
    'Страны-посредники Катар и Египет объявили об освобождении заложников.',
    ['Катар', 'Египет'],
  ],
  ['ar', 'وأعلن الوسطاء قطر ومصر عن الإفراج عن دفعة جديدة من الرهائن.', ['قطر', 'مصر']],
  [
    'de',
    'Die Vermittler Katar und Ägypten kündigten die Freilassung weiterer Geiseln an.',
    ['Katar', 'Ägypten'],
  ],
  ['pl', 'Wymiana odbyła się dzięki mediacji Turcji.', ['Turcji']],
  ['en', 'The swap was mediated by Qatar, Russia said on Sunday.', ['Qatar']],
  [
    'sr',
    'Kabinet Predsednika Turske koji je posredovao pozdravio je razmenu.',
    ['Kabinet Predsednika Turske'],
  ],
  ['uk', 'Серед звільнених після перемовин зі США двоє громадян Литви.', ['США']],
  ['be', 'Палітвязняў вызвалілі пасля перамоваў са Злучанымі Штатамі.', ['Злучанымі Штатамі']],
];

const NONE: [string, string][] = [
  ['en', 'Belarus freed 14 prisoners, and Lithuania said it would welcome them.'],
  ['en', 'The freed men thanked their families for their patience.'],
  ['en', 'Iran released the two, and Qatar was mentioned as a possible venue for future talks.'],
  ['en', 'Russia and the United States negotiated the exchange for months.'],
  ['es', 'Venezuela liberó a diez presos; Colombia cerró su frontera el mismo día.'],
  ['ru', 'Белоруссия освободила 14 заключённых, их доставили в Литву.'],
  ['pl', 'Białoruś uwolniła czternastu więźniów, którzy trafili na Litwę.'],
  ['hr', 'Srbija je pustila zatvorenike, a Hrvatska je zahvalila na suradnji.'],
  ['sl', 'Rusija je izpustila ujetnike, Slovenija pa je pozdravila izpustitev.'],
  ['tr', 'Rusya mahkumları serbest bıraktı ve Türkiye açıklama yaptı.'],
  ['ar', 'أفرجت إيران عن الرهينتين وعادا إلى فرنسا.'],
  ['ar', 'وقال مبعوث الرئيس دونالد ترامب إن المفاوضات مستمرة.'],
  ['hu', 'Fehéroroszország szabadon engedett tizennégy foglyot.'],
  ['ar', 'شكر المفرج عنهم عائلاتهم على دعمهم.'],
  ['ar', 'وأشاد الوزير بدور الكويت في الإفراج عن الأسرى.'],
  ['fa', 'او از خانواده‌اش برای حمایت تشکر کرد.'],
  ['en', 'The freed men thanked Qatar, Egypt said on Sunday.'],
  ['zh', '伊朗释放了两名法国人质，他们已返回法国。'],
  ['zh', '在此次换囚中担任调解人的国家没有公开。'],
];

describe('go-betweens in the frames of many languages (med40)', () => {
  it.each(FOUND)('%s: %s', (language, sentence, expected) => {
    expect(names(sentence, language)).toEqual(expected);
  });
});

describe('no go-between where the sentence names only the sides or a mention (med40)', () => {
  it.each(NONE)('%s: %s', (language, sentence) => {
    expect(names(sentence, language)).toEqual([]);
  });
});

// God thanked for a release is thanked in a go-between's frame and is none (med42); the state
// thanked beside God stays ('y a Brasil por su mediación').
describe('God thanked for a release', () => {
  it.each([
    [
      'es',
      'Al salir de la cárcel, el sacerdote agradeció a Dios por su ayuda y a Brasil por su mediación.',
      ['Brasil'],
    ],
    ['pt', 'O jornalista agradeceu a Deus pela sua ajuda e ao Catar pela mediação.', ['Catar']],
    ['en', 'After his release the pastor thanked God for his help.', []],
    ['fr', 'Le militant a remercié Dieu pour son aide.', []],
    ['de', 'Der Reporter dankte Gott für seine Hilfe.', []],
    ['es', 'La liberación fue posible gracias a Dios, dijo su madre.', []],
  ])('%s: %s', (language, text, want) => {
    expect(names(text, language)).toEqual(want);
  });
});
