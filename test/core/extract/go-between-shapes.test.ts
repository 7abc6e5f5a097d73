// Go-betweens in the shapes a report gives them, in 13 languages (issue 13, med37): a cue and
// the noun phrase it governs ('with the help of', 'gracias a los esfuerzos de', 'за допомогою',
// 'بمساعدة'), a possessor ('Qatar's efforts'), the subject of a go-between's verb ('Oman
// negotiated', 'Catar medió', 'Watykan pośredniczył'), of 'acted as mediator' and of 'played a
// key role in the exchange', an agent noun beside a country's adjective ('the Qatari
// mediators'), and the sides that are no go-betweens. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';
import { lexiconFor } from '../../../src/core/extract/lexicons/index.ts';
import { findMediators } from '../../../src/core/extract/mediators.ts';

const names = (text: string, language: string) =>
  findMediators(text, lexiconFor([language])).map((m) => m.name);

// [language, sentence, the go-betweens read, as written there]
const FOUND: [string, string, string[]][] = [
  ['en', 'Iran freed two French teachers on Tuesday with the help of Oman.', ['Oman']],
  ['en', "With Qatar's assistance, Venezuela released five Americans held in Caracas.", ['Qatar']],
  ['en', "The Taliban released the American hostage thanks to Qatar's efforts.", ['Qatar']],
  [
    'en',
    'Thanks to efforts by Qatar, the two Americans were freed from Afghan custody.',
    ['Qatar'],
  ],
  ['en', 'Egypt brokered the deal under which Hamas freed three hostages.', ['Egypt']],
  ['en', 'Oman negotiated the release of the two Belgians, officials said.', ['Oman']],
  [
    'en',
    'Switzerland facilitated the exchange, in which Iran freed five Americans.',
    ['Switzerland'],
  ],
  ['en', 'The prisoners were freed in a swap negotiated by Qatar.', ['Qatar']],
  ['en', 'Iran released the Danish aid worker in a deal mediated by Oman.', ['Oman']],
  [
    'en',
    'The Vatican, which mediated the talks, welcomed the release of the 52 prisoners.',
    ['Vatican'],
  ],
  [
    'en',
    'Russia freed the journalist under a deal in which Turkey served as intermediary.',
    ['Turkey'],
  ],
  ['en', 'The four were freed through Qatari mediation.', ['Qatar']],
  ['en', 'An Omani-brokered deal freed the French couple held in Tehran.', ['Oman']],
  ['en', 'The hostages were released at the request of Qatar, the militia said.', ['Qatar']],
  ['en', 'Turkey played a key role in the exchange that freed 26 prisoners.', ['Turkey']],
  [
    'en',
    'Saudi Arabia played a crucial part in securing the release of the basketball player.',
    ['Saudi Arabia'],
  ],
  [
    'en',
    'The Qatari mediators said the children were freed overnight and reached Doha.',
    ['Qatar'],
  ],
  ['en', 'Belarus freed 52 prisoners after a visit by U.S. envoy John Coale.', ['John Coale']],
  [
    'en',
    'Former diplomat Bill Richardson negotiated the release of the journalist in Myanmar.',
    ['Bill Richardson'],
  ],
  ['es', 'Venezuela liberó a diez estadounidenses gracias a la mediación de Catar.', ['Catar']],
  ['es', 'Irán liberó a los dos franceses con la ayuda de Omán.', ['Omán']],
  ['es', 'Con la intermediación del Vaticano, Cuba excarceló a 553 presos.', ['Vaticano']],
  ['es', 'Gracias a los esfuerzos de Catar, los rehenes fueron liberados.', ['Catar']],
  ['es', 'Catar medió en el acuerdo que permitió la liberación de los cinco presos.', ['Catar']],
  ['es', 'Brasil negoció la liberación de los opositores, según la cancillería.', ['Brasil']],
  ['es', 'El canje fue facilitado por Noruega, que actuó como mediador.', ['Noruega']],
  ['es', 'Los presos fueron liberados en un intercambio negociado por Catar.', ['Catar']],
  ['es', 'La liberación se produjo tras una mediación omaní.', ['Omán']],
  [
    'es',
    'La Santa Sede desempeñó un papel clave en la excarcelación de los presos políticos.',
    ['Santa Sede'],
  ],
  [
    'es',
    'Turquía, que actuó como mediadora, confirmó la liberación de los detenidos.',
    ['Turquía'],
  ],
  ['es', 'Los rehenes fueron liberados a petición de Catar.', ['Catar']],
  [
    'es',
    'El expresidente José Luis Rodríguez Zapatero medió en la excarcelación de los presos.',
    ['José Luis Rodríguez Zapatero'],
  ],
  ['pt', 'A Venezuela libertou dez americanos graças à mediação do Catar.', ['Catar']],
  ['pt', 'O Irã libertou os dois franceses com a ajuda de Omã.', ['Omã']],
  ['pt', 'Com a intermediação do Vaticano, Cuba libertou 553 presos.', ['Vaticano']],
  ['pt', 'O Catar mediou o acordo que permitiu a libertação dos reféns.', ['Catar']],
  ['pt', 'Os presos foram libertados numa troca negociada pelo Catar.', ['Catar']],
  ['pt', 'A Turquia teve um papel fundamental na troca de prisioneiros.', ['Turquia']],
  ['pt', 'Graças aos esforços do Catar, os reféns foram libertados.', ['Catar']],
  ['fr', "L'Iran a libéré deux Français grâce à la médiation d'Oman.", ['Oman']],
  ['fr', "Avec l'aide du Qatar, le Venezuela a libéré dix Américains.", ['Qatar']],
  ['fr', 'Grâce aux efforts du Qatar, les otages ont été libérés.', ['Qatar']],
  ['fr', 'Oman a négocié la libération des deux enseignants.', ['Oman']],
  ['fr', 'Les prisonniers ont été libérés dans un échange négocié par le Qatar.', ['Qatar']],
  ['fr', "La libération a été obtenue par l'entremise d'Oman.", ['Oman']],
  ['fr', "Le sultanat d'Oman, qui a servi d'intermédiaire, a annoncé la libération.", ['Oman']],
  ['fr', 'Les otages ont été libérés à la demande du Qatar.', ['Qatar']],
  ['fr', "La Turquie a joué un rôle clé dans l'échange de prisonniers.", ['Turquie']],
  ['fr', 'Les deux Français ont été libérés après une médiation omanaise.', ['Oman']],
  ['it', "L'Iran ha liberato due francesi grazie alla mediazione del Qatar.", ['Qatar']],
  ['it', "Con l'aiuto dell'Oman, l'Iran ha rilasciato i due europei.", ['Oman']],
  ['it', 'Grazie agli sforzi del Qatar, gli ostaggi sono stati liberati.', ['Qatar']],
  [
    'it',
    "Il Qatar ha mediato l'accordo che ha portato alla liberazione dei prigionieri.",
    ['Qatar'],
  ],
  ['it', 'I prigionieri sono stati liberati in uno scambio negoziato dalla Turchia.', ['Turchia']],
  ['it', 'La Turchia ha avuto un ruolo chiave nello scambio.', ['Turchia']],
  ['it', 'I detenuti sono stati rilasciati su richiesta del Qatar.', ['Qatar']],
  ['it', "L'Iran ha liberato i due cittadini dopo una mediazione omanita.", ['Oman']],
  ['de', 'Iran ließ die beiden Franzosen mit Hilfe von Katar frei.', ['Katar']],
  ['de', 'Dank der Vermittlung Omans kamen die Gefangenen frei.', ['Omans']],
  ['de', 'Dank der Bemühungen Omans wurden die Geiseln freigelassen.', ['Omans']],
  ['de', 'Katar vermittelte den Austausch, bei dem fünf Amerikaner freikamen.', ['Katar']],
  [
    'de',
    'Die Gefangenen wurden bei einem von der Türkei vermittelten Austausch freigelassen.',
    ['Türkei'],
  ],
  ['de', 'Die Türkei spielte eine Schlüsselrolle bei dem Gefangenenaustausch.', ['Türkei']],
  ['de', 'Auf Bitten Katars ließ die Miliz die Geiseln frei.', ['Katars']],
  ['de', 'Die Freilassung gelang durch omanische Vermittlung.', ['Oman']],
  ['de', 'Unter Vermittlung des Vatikans wurden 52 Gefangene freigelassen.', ['Vatikans']],
  ['ru', 'Иран освободил двух французов при посредничестве Катара.', ['Катара']],
  ['ru', 'Благодаря усилиям Омана заложники были освобождены.', ['Омана']],
  ['ru', 'Обмен пленными состоялся при содействии ОАЭ.', ['ОАЭ']],
  ['ru', 'Турция выступила посредником в обмене заключенными.', ['Турция']],
  ['ru', 'Турция сыграла ключевую роль в обмене заключенными.', ['Турция']],
  ['ru', 'Заложники освобождены по просьбе Катара.', ['Катара']],
  ['ru', 'Обмен прошёл благодаря катарскому посредничеству.', ['Катара']],
  ['ru', 'ОАЭ помогли организовать обмен пленными.', ['ОАЭ']],
  ['ru', 'С помощью Ватикана были освобождены пятеро пленных.', ['Ватикана']],
  ['uk', 'Росія звільнила 22 українських дітей за посередництва Катару.', ['Катару']],
  ['uk', 'Обмін полоненими відбувся за посередництва ОАЕ.', ['ОАЕ']],
  ['uk', 'Туреччина відіграла ключову роль в обміні полоненими.', ['Туреччина']],
  ['uk', 'За сприяння Ватикану з полону звільнили десятьох українців.', ['Ватикану']],
  ['uk', 'Завдяки зусиллям Катару діти повернулися додому.', ['Катару']],
  [
    'uk',
    "Обмін став можливим завдяки посередництву Об'єднаних Арабських Еміратів.",
    ["Об'єднаних Арабських Еміратів"],
  ],
  ['pl', 'Iran uwolnił dwóch Francuzów dzięki mediacji Kataru.', ['Kataru']],
  ['pl', 'Przy pośrednictwie Watykanu uwolniono 52 więźniów.', ['Watykanu']],
  ['pl', 'Turcja odegrała kluczową rolę w wymianie więźniów.', ['Turcja']],
  ['pl', 'Dzięki staraniom Kataru zakładnicy zostali uwolnieni.', ['Kataru']],
  [
    'pl',
    'Białoruś uwolniła 14 więźniów przy pomocy Stanów Zjednoczonych.',
    ['Stanów Zjednoczonych'],
  ],
  ['pl', 'Więźniowie zostali uwolnieni za pośrednictwem Omanu.', ['Omanu']],
  ['tr', "Katar'ın arabuluculuğuyla iki Amerikalı serbest bırakıldı.", ['Katar']],
  ['tr', "Takas MİT'in koordinasyonunda gerçekleştirildi ve 26 kişi serbest bırakıldı.", ['MİT']],
  ['tr', "Türkiye'nin çabalarıyla esirler serbest bırakıldı.", ['Türkiye']],
  ['tr', "Umman'ın yardımıyla iki Fransız serbest bırakıldı.", ['Umman']],
  ['tr', 'Türkiye, esir takasında kilit rol oynadı.', ['Türkiye']],
  ['tr', "Rehineler Katar'ın aracılığıyla serbest bırakıldı.", ['Katar']],
  ['ar', 'أفرجت إيران عن فرنسيين اثنين بوساطة قطرية.', ['قطر']],
  ['ar', 'أطلقت طهران سراح المواطنين بوساطة سلطنة عمان.', ['سلطنة عمان']],
  ['ar', 'أفرج عن الرهائن بفضل جهود قطر.', ['قطر']],
  ['ar', 'أدت تركيا دورا رئيسيا في صفقة تبادل الأسرى.', ['تركيا']],
  ['ar', 'أفرجت حماس عن ثلاثة رهائن بعد وساطة مصرية.', ['مصر']],
  ['ar', 'تم الإفراج عن الأسرى بمساعدة قطر.', ['قطر']],
  ['fa', 'ایران دو فرانسوی را با میانجیگری عمان آزاد کرد.', ['عمان']],
  ['fa', 'زندانیان با وساطت قطر آزاد شدند.', ['قطر']],
  ['fa', 'با کمک سوئیس دو زندانی آزاد شدند.', ['سوئیس']],
  ['zh', '在卡塔尔的斡旋下，伊朗释放了五名美国人。', ['卡塔尔']],
  ['zh', '在阿曼的调解下，两名法国人获释。', ['阿曼']],
  ['zh', '土耳其在换囚中发挥了关键作用。', ['土耳其']],
  ['zh', '经卡塔尔斡旋，人质获释。', ['卡塔尔']],
  ['zh', '在阿联酋的协助下，俄乌交换了战俘。', ['阿联酋']],
  [
    'en',
    'Officials credited Qatar, which acted as a go-between, for the release of the three men.',
    ['Qatar'],
  ],
  ['en', 'The Omani mediators flew the freed men to Muscat on Sunday.', ['Oman']],
  ['en', 'Kuwait mediated between the two sides before the prisoners were freed.', ['Kuwait']],
  ['en', 'The Vatican has quietly facilitated the return of the detained children.', ['Vatican']],
  ['en', 'Norway served as an intermediary in the talks that freed the activists.', ['Norway']],
  ['en', 'Saudi Arabia helped secure the release of the two Americans.', ['Saudi Arabia']],
  ['en', 'The men were released with the assistance of Qatar.', ['Qatar']],
  ['es', 'México actuó como intermediario en la liberación de los presos.', ['México']],
  ['es', 'Los mediadores cataríes confirmaron que los niños fueron liberados.', ['Catar']],
  [
    'es',
    'Noruega facilitó las conversaciones que llevaron a la liberación de los rehenes.',
    ['Noruega'],
  ],
  ['es', 'El Vaticano jugó un papel decisivo en la excarcelación de los opositores.', ['Vaticano']],
  ['es', 'Los presos fueron excarcelados con el apoyo de Brasil.', ['Brasil']],
  ['pt', 'O Vaticano atuou como mediador na libertação dos presos.', ['Vaticano']],
  ['pt', 'A Turquia negociou a troca de prisioneiros entre os dois países.', ['Turquia']],
  ['pt', 'Os reféns foram libertados com a ajuda do Catar.', ['Catar']],
  ['fr', 'Le Qatar a servi de médiateur dans cet échange de prisonniers.', ['Qatar']],
  ['fr', 'Les médiateurs qataris ont confirmé la libération des enfants.', ['Qatar']],
  ['fr', 'Le Vatican a joué un rôle discret dans la libération des détenus.', ['Vatican']],
  ['fr', 'Les otages ont été libérés avec le soutien de la Norvège.', ['Norvège']],
  ['it', 'La Turchia ha fatto da mediatore nello scambio di prigionieri.', ['Turchia']],
  ['it', 'Il Vaticano ha svolto un ruolo decisivo nella liberazione dei detenuti.', ['Vaticano']],
  ['it', 'I mediatori qatarioti hanno confermato il rilascio degli ostaggi.', ['Qatar']],
  ['de', 'Katar fungierte als Vermittler beim Austausch der Gefangenen.', ['Katar']],
  ['de', 'Die katarischen Vermittler bestätigten die Freilassung der Kinder.', ['Katar']],
  ['de', 'Oman spielte eine wichtige Rolle bei der Freilassung der beiden Franzosen.', ['Oman']],
  ['ru', 'ОАЭ выступили посредником в обмене пленными.', ['ОАЭ']],
  ['ru', 'Ватикан сыграл важную роль в освобождении пленных.', ['Ватикан']],
  ['ru', 'Катарские посредники подтвердили освобождение детей.', ['Катара']],
  ['ru', 'Саудовская Аравия помогла организовать обмен заключенными.', ['Саудовская Аравия']],
  ['uk', 'ОАЕ виступили посередником в обміні полоненими.', ['ОАЕ']],
  ['uk', 'Ватикан відіграв важливу роль у поверненні дітей.', ['Ватикан']],
  ['pl', 'Watykan pośredniczył w uwolnieniu więźniów.', ['Watykan']],
  [
    'pl',
    'Zjednoczone Emiraty Arabskie odegrały ważną rolę w wymianie jeńców.',
    ['Zjednoczone Emiraty Arabskie'],
  ],
  ['pl', 'Zakładników uwolniono przy wsparciu Kataru.', ['Kataru']],
  ['tr', 'Katar, rehinelerin serbest bırakılmasında arabuluculuk yaptı.', ['Katar']],
  ['tr', "BAE'nin arabuluculuğunda esir takası gerçekleşti.", ['BAE']],
  ['tr', "Umman'ın desteğiyle iki Fransız vatandaşı serbest bırakıldı.", ['Umman']],
  ['ar', 'لعبت سلطنة عمان دورا مهما في الإفراج عن الرهينتين.', ['سلطنة عمان']],
  ['ar', 'تم تبادل الأسرى برعاية الإمارات.', ['الإمارات']],
  ['fa', 'عمان در آزادی این دو زندانی نقش مهمی ایفا کرد.', ['عمان']],
  ['fa', 'با پادرمیانی قطر، زندانیان آزاد شدند.', ['قطر']],
  ['zh', '通过阿曼的调解，两名人质获释。', ['阿曼']],
  ['zh', '卡塔尔在释放人质一事中起到了重要作用。', ['卡塔尔']],
  // Thanks for a part played in the deal.
  [
    'es',
    'El canciller agradeció a Catar por su mediación en la liberación de los rehenes.',
    ['Catar'],
  ],
  ['pt', 'O governo agradeceu ao Vaticano pela mediação na libertação dos presos.', ['Vaticano']],
  [
    'fr',
    'Le président a remercié le Qatar pour sa médiation dans la libération des otages.',
    ['Qatar'],
  ],
  [
    'it',
    "Il ministro ha ringraziato l'Oman per l'intercessione nella liberazione dei due connazionali.",
    ['Oman'],
  ],
  ['de', 'Die Außenministerin dankte Katar für die Vermittlung bei der Freilassung.', ['Katar']],
  ['ru', 'Президент поблагодарил Катар за посредничество в возвращении детей.', ['Катар']],
  ['uk', 'Зеленський подякував ОАЕ за посередництво в обміні полоненими.', ['ОАЕ']],
  ['pl', 'Prezydent podziękował Watykanowi za pośrednictwo w uwolnieniu więźniów.', ['Watykanowi']],
  ['en', 'The minister thanked Oman for its mediation in freeing the two teachers.', ['Oman']],
];

// A report's releaser, the country that welcomed or received the freed, the sides of a swap.
const NONE: [string, string][] = [
  ['en', 'Iran freed two French citizens on Friday, and France welcomed the release.'],
  ['en', 'The United States thanked Belarus for releasing the prisoners.'],
  ['en', 'Lithuania received the freed prisoners at the border after Belarus released them.'],
  ['en', 'Belarus released 14 prisoners, President Alexander Lukashenko said.'],
  ['es', 'Venezuela liberó a seis presos y España celebró la noticia.'],
  ['es', 'El gobierno de Nicaragua excarceló a 135 presos, que fueron recibidos en Guatemala.'],
  ['pt', 'A Venezuela libertou seis presos e o Brasil saudou a decisão.'],
  ['fr', "L'Iran a libéré deux Français et la France a salué leur retour."],
  ['de', 'Belarus ließ 14 Gefangene frei, Litauen nahm sie an der Grenze in Empfang.'],
  ['ru', 'Белоруссия освободила 14 заключенных, Литва приняла их на границе.'],
  ['en', 'Russia and the United States negotiated the exchange, which freed 26 prisoners.'],
  ['en', "Belarus freed 14 prisoners, Lithuania's foreign ministry said."],
  ['en', 'Lithuania welcomed the release and received the freed prisoners at the border.'],
  ['en', 'Lukashenko played a key role in the release, his press service claimed.'],
  ['en', 'The deal brokered in Doha freed five Americans.'],
  ['en', "Iran released the prisoners, Qatar's foreign ministry said."],
  ['es', 'Venezuela negoció con Estados Unidos la liberación de los diez presos.'],
  ['es', 'España celebró la excarcelación de los presos políticos en Nicaragua.'],
  ['ru', 'Россия и США договорились об обмене заключенными.'],
  ['ru', 'Беларусь освободила 14 заключенных, сообщила Литва.'],
  ['de', 'Die Bundesregierung begrüßte die Freilassung der Gefangenen.'],
  ['fr', "La France a salué la libération de ses deux ressortissants par l'Iran."],
  ['it', "L'Italia ha accolto con favore la liberazione dei due connazionali."],
  ['pl', 'Polska z zadowoleniem przyjęła uwolnienie więźniów przez Białoruś.'],
  ['tr', 'Türkiye, serbest bırakılan gazeteciyi memnuniyetle karşıladı.'],
  // Thanks for something else than a go-between's part, or for help alone.
  ['it', "La ministra ha ringraziato la Francia per l'impegno a favore dei detenuti rilasciati."],
  ['de', 'Die Oppositionsführerin dankte Polen für die Unterstützung nach der Freilassung.'],
  ['es', 'El presidente agradeció a los médicos por su trabajo.'],
  ['en', 'She thanked her lawyers and family for their support after her release.'],
  ['ru', 'Он поблагодарил журналистов за внимание.'],
];

describe('go-betweens by the shape of the sentence', () => {
  it.each(FOUND)('%s: %s', (language, text, expected) => {
    expect(names(text, language)).toEqual(expected);
  });
});

describe('no go-between where the report names only the sides', () => {
  it.each(NONE)('%s: %s', (language, text) => {
    const mediators = extractReport({ text, language }).releases.flatMap((r) => r.mediators);
    expect(mediators.map((m) => m.name)).toEqual([]);
  });
});

// Verbs of help or action in general name no go-between, whoever their subject.
const NOT_READ: [string, string][] = [
  ['ru', 'Навальный организовал акцию протеста, после чего был задержан и позже освобождён.'],
  ['de', 'Die Anwältin Maria Schmidt half der Familie nach der Freilassung ihres Sohnes.'],
  ['en', 'Amnesty International intervened on behalf of the students, who were later released.'],
  ['pl', 'Sąsiadka Anna Nowak pomogła rodzinie po uwolnieniu więźnia.'],
  ['it', 'Il sindaco Marco Rossi è intervenuto alla cerimonia dopo il rilascio.'],
  ['fr', "L'avocat Jean Dupont a obtenu un report de l'audience avant la libération."],
];

describe('no go-between read from a verb of help or action in general', () => {
  it.each(NOT_READ)('%s: %s', (language, text) => {
    expect(names(text, language)).toEqual([]);
  });
});
